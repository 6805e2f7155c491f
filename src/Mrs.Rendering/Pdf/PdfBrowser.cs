using System.Collections.Concurrent;
using Mrs.Rendering.Pdf.Chromium;
using Mrs.Rendering.Writers;

namespace Mrs.Rendering.Pdf;

/// <summary>Finds the Chromium that prints PDF: --browser, then MRS_CHROMIUM, then chromium (or chromium-browser, google-chrome) on PATH.</summary>
public static class BrowserLocator
{
    public const string EnvironmentVariable = "MRS_CHROMIUM";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The program's full path; null when there is none.</summary>
    public static string? Find(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return File.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : null;
        }
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return File.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in Names)
        {
            foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    /// <summary>The program's path, or the one-line message that says how to get one.</summary>
    public static string Require(string? explicitPath) => Find(explicitPath) ?? throw new MissingToolException(
        (string.IsNullOrWhiteSpace(explicitPath)
            ? $"no Chromium found for PDF: install it (apt-get install chromium) or give its path with --browser or {EnvironmentVariable}"
            : $"{explicitPath}: no such browser program: install Chromium (apt-get install chromium) or give its path with --browser")
        + $" / 未找到用于生成 PDF 的 Chromium：请安装（apt-get install chromium），或用 --browser 或 {EnvironmentVariable} 指定其路径");
}

/// <summary>A printed page: the PDF, the requests the page tried that were refused, and those let through (data: URLs only).</summary>
public sealed record PrintResult(byte[] Pdf, IReadOnlyList<string> BlockedRequests, IReadOnlyList<string> LoadedRequests);

/// <summary>
/// One headless Chromium, started once and used for many documents: each print gets a fresh page,
/// at most <see cref="PoolSize"/> at a time. Chromium is the system's; nothing is downloaded. It is driven over the
/// DevTools protocol by our own small client (<see cref="DevToolsConnection"/>), which is native-AOT safe. A page can
/// load nothing but data: URLs (every other request is aborted, scripts are off) and prints with the page size and
/// margins of its CSS, tagged.
/// </summary>
public sealed class PdfBrowser : IDisposable
{
    /// <summary>Pages printed at the same time.</summary>
    public const int PoolSize = 2;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(180);
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Chromium's flags: no sandbox (containers), no GPU, nothing in the background (no network, updates, sync,
    /// field trials, throttling of the tab that is not in front), sRGB colours and no scroll bars so that the same
    /// document prints the same.
    /// </summary>
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars", "--disable-field-trial-config",
        "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows", "--disable-renderer-backgrounding",
        "--disable-breakpad", "--disable-client-side-phishing-detection", "--disable-component-extensions-with-background-pages",
        "--disable-dev-shm-usage", "--disable-hang-monitor", "--disable-ipc-flooding-protection", "--disable-popup-blocking",
        "--disable-prompt-on-repost", "--disable-search-engine-choice-screen", "--disable-infobars", "--force-color-profile=srgb",
        "--metrics-recording-only", "--password-store=basic", "--use-mock-keychain", "--export-tagged-pdf",
        "--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes",
    ];

    private static readonly ConcurrentDictionary<string, Lazy<PdfBrowser>> SharedBrowsers = new(StringComparer.Ordinal);

    private readonly ChromiumProcess process;
    private readonly DevToolsConnection connection;
    private readonly SemaphoreSlim pool = new(PoolSize, PoolSize);
    private bool disposed;

    private PdfBrowser(ChromiumProcess process, DevToolsConnection connection, string executable, string version)
    {
        this.process = process;
        this.connection = connection;
        Executable = executable;
        Version = version;
    }

    public string Executable { get; }

    /// <summary>The browser's version ("Chrome/156.0.8078.114"), as Browser.getVersion gives it.</summary>
    public string Version { get; }

    /// <summary>The Chromium program this browser runs (tests look at its processes and profile).</summary>
    internal ChromiumProcess Process => process;

    private bool IsConnected => !disposed && connection.IsConnected && !process.HasExited;

    /// <summary>Starts Chromium; a program that does not start is a <see cref="MissingToolException"/>.</summary>
    public static PdfBrowser Launch(string executable)
    {
        ChromiumProcess? process = null;
        DevToolsConnection? connection = null;
        try
        {
            process = ChromiumProcess.Start(executable, Flags, StartTimeout);
            connection = DevToolsConnection.ConnectAsync(process.Endpoint, StartTimeout).GetAwaiter().GetResult();
            var version = connection.SendAsync("Browser.getVersion", null, null, StartTimeout).GetAwaiter().GetResult();
            return new PdfBrowser(process, connection, executable, version.GetProperty("product").GetString() ?? "Chromium");
        }
        catch (Exception ex) when (ex is IOException or TimeoutException or DevToolsException or System.Net.WebSockets.WebSocketException)
        {
            connection?.Dispose();
            process?.Dispose();
            throw new MissingToolException(
                $"{executable}: Chromium did not start ({ex.Message.Split('\n')[0].Trim()}): install it (apt-get install chromium) or give another "
                    + "with --browser"
                + " / Chromium 无法启动：请安装（apt-get install chromium），或用 --browser 指定其他程序", ex);
        }
    }

    /// <summary>
    /// The browser of this process for that program: started on first use, reused by every document after, closed when the process ends.
    /// </summary>
    public static PdfBrowser Shared(string executable)
    {
        // Its Chromium ends with the process (ChromiumProcess sees to that).
        var lazy = SharedBrowsers.GetOrAdd(executable, path => new Lazy<PdfBrowser>(() => Launch(path)));
        try
        {
            var shared = lazy.Value;
            if (shared.IsConnected)
            {
                return shared;
            }
            shared.Dispose();
        }
        catch (MissingToolException)
        {
            SharedBrowsers.TryRemove(new KeyValuePair<string, Lazy<PdfBrowser>>(executable, lazy));
            throw;
        }
        // The browser went away (it crashed or was closed): start another.
        SharedBrowsers.TryRemove(new KeyValuePair<string, Lazy<PdfBrowser>>(executable, lazy));
        return Shared(executable);
    }

    /// <summary>Prints one HTML page to PDF.</summary>
    public PrintResult Print(string html) => PrintAsync(html).GetAwaiter().GetResult();

    public async Task<PrintResult> PrintAsync(string html)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        await pool.WaitAsync().ConfigureAwait(false);
        DevToolsPage? page = null;
        try
        {
            // A fresh page for every print: a page's content policy stays with its document, so a reused page would
            // apply the previous document's policy (style hash) to the next one.
            page = await DevToolsPage.OpenAsync(connection, CommandTimeout).ConfigureAwait(false);
            await page.SetContentAsync(html, LoadTimeout).ConfigureAwait(false);
            var pdf = await page.PrintAsync(CommandTimeout).ConfigureAwait(false);
            return new PrintResult(pdf, page.Blocked.ToArray(), page.Loaded.ToArray());
        }
        finally
        {
            if (page is not null)
            {
                await page.CloseAsync().ConfigureAwait(false);
            }
            pool.Release();
        }
    }

    /// <summary>Closes the browser (asks it to, then ends whatever is left of it) and deletes its profile.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        if (connection.IsConnected)
        {
            try
            {
                connection.SendAsync("Browser.close", null, null, TimeSpan.FromSeconds(5)).Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
                // The connection ends with the browser, before or after the answer.
            }
            process.WaitForExit(TimeSpan.FromSeconds(5));
        }
        connection.Dispose();
        process.Dispose();
    }
}
