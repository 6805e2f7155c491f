using System.Collections.Concurrent;
using Mrs.Rendering.Writers;
using PuppeteerSharp;
using PuppeteerSharp.Media;

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
/// at most <see cref="PoolSize"/> at a time. Chromium is the system's (ExecutablePath); nothing is downloaded. A page can
/// load nothing but data: URLs (every other request is aborted, scripts are off) and prints with the page size and
/// margins of its CSS, tagged.
/// </summary>
public sealed class PdfBrowser : IDisposable
{
    /// <summary>Pages printed at the same time.</summary>
    public const int PoolSize = 2;

    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
    ];

    private static readonly ConcurrentDictionary<string, Lazy<PdfBrowser>> SharedBrowsers = new(StringComparer.Ordinal);

    private readonly IBrowser browser;
    private readonly SemaphoreSlim pool = new(PoolSize, PoolSize);
    private bool disposed;

    private PdfBrowser(IBrowser browser, string executable)
    {
        this.browser = browser;
        Executable = executable;
    }

    public string Executable { get; }

    /// <summary>The browser's version ("HeadlessChrome/156.0.8078.114").</summary>
    public string Version => browser.GetVersionAsync().GetAwaiter().GetResult();

    /// <summary>Starts Chromium; a program that does not start is a <see cref="MissingToolException"/>.</summary>
    public static PdfBrowser Launch(string executable)
    {
        try
        {
            var options = new LaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = Flags,
                Timeout = 60_000,
                ProtocolTimeout = 180_000,
            };
            var browser = Puppeteer.LaunchAsync(options).GetAwaiter().GetResult();
            return new PdfBrowser(browser, executable);
        }
        catch (Exception ex) when (ex is PuppeteerException or IOException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new MissingToolException(
                $"{executable}: Chromium did not start ({ex.Message.Split('\n')[0].Trim()}): install it (apt-get install chromium) or give another with --browser"
                + " / Chromium 无法启动：请安装（apt-get install chromium），或用 --browser 指定其他程序", ex);
        }
    }

    /// <summary>The browser of this process for that program: started on first use, reused by every document after, closed when the process ends.</summary>
    public static PdfBrowser Shared(string executable)
    {
        var lazy = SharedBrowsers.GetOrAdd(executable, path => new Lazy<PdfBrowser>(() =>
        {
            var launched = Launch(path);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => launched.Dispose();
            return launched;
        }));
        try
        {
            var shared = lazy.Value;
            if (!shared.disposed && shared.browser.IsConnected)
            {
                return shared;
            }
        }
        catch (MissingToolException)
        {
            SharedBrowsers.TryRemove(new KeyValuePair<string, Lazy<PdfBrowser>>(executable, lazy));
            throw;
        }
        // The browser went away (it crashed or was closed): start another.
        SharedBrowsers.TryUpdate(executable, new Lazy<PdfBrowser>(() => Launch(executable)), lazy);
        return Shared(executable);
    }

    /// <summary>Prints one HTML page to PDF.</summary>
    public PrintResult Print(string html) => PrintAsync(html).GetAwaiter().GetResult();

    public async Task<PrintResult> PrintAsync(string html)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        await pool.WaitAsync().ConfigureAwait(false);
        PooledPage? slot = null;
        try
        {
            // A fresh page for every print: a page's content policy stays with its document, so a reused page would
            // apply the previous document's policy (style hash) to the next one.
            slot = await OpenPageAsync().ConfigureAwait(false);
            await slot.Page.SetContentAsync(html, new SetContentOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 120_000 }).ConfigureAwait(false);
            var pdf = await slot.Page.PdfDataAsync(new PdfOptions
            {
                Format = PaperFormat.A4,
                PreferCSSPageSize = true,
                PrintBackground = true,
                Tagged = true,
                Outline = false,
                DisplayHeaderFooter = false,
                Timeout = 180_000,
            }).ConfigureAwait(false);
            return new PrintResult(pdf, slot.Blocked.ToArray(), slot.Loaded.ToArray());
        }
        finally
        {
            if (slot is not null && !slot.Page.IsClosed)
            {
                await slot.Page.CloseAsync().ConfigureAwait(false);
            }
            pool.Release();
        }
    }

    /// <summary>A page of the pool: scripts off, every request but data: URLs aborted (and noted, for the caller to see).</summary>
    private async Task<PooledPage> OpenPageAsync()
    {
        var page = await browser.NewPageAsync().ConfigureAwait(false);
        var slot = new PooledPage(page);
        await page.SetJavaScriptEnabledAsync(false).ConfigureAwait(false);
        await page.SetRequestInterceptionAsync(true).ConfigureAwait(false);
        page.Request += async (_, e) =>
        {
            var url = e.Request.Url;
            if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || url == "about:blank")
            {
                slot.Loaded.Enqueue(url.Length > 64 ? url[..64] : url);
                await e.Request.ContinueAsync().ConfigureAwait(false);
            }
            else
            {
                slot.Blocked.Enqueue(url);
                await e.Request.AbortAsync().ConfigureAwait(false);
            }
        };
        return slot;
    }

    private sealed record PooledPage(IPage Page)
    {
        public ConcurrentQueue<string> Blocked { get; } = new();

        public ConcurrentQueue<string> Loaded { get; } = new();
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        try
        {
            browser.CloseAsync().Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // The browser is gone already.
        }
        browser.Dispose();
    }
}
