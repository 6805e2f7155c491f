using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Mrs.Text.Messages;

namespace Mrs.Import.Legacy;

/// <summary>
/// Converts .doc, .dot, .rtf and .odt documents to .docx with LibreOffice in headless mode. Every conversion runs in a
/// fresh temporary folder (mrs-soffice-&lt;guid&gt; under <see cref="TempRoot"/>) holding a private LibreOffice profile
/// (so parallel conversions and the user's own LibreOffice never share one), its own TMPDIR, a copy of the input under
/// a plain ASCII name, and the output. The conversion has a time limit; when it runs out the whole process tree is
/// killed. Nothing survives a conversion: no process whose command line names the folder, and not the folder itself
/// once the <see cref="ConvertedDocument"/> is disposed.
/// </summary>
public sealed partial class LibreOfficeConverter
{
    public const string TimeoutVariable = "MRS_SOFFICE_TIMEOUT";
    public const string TempPrefix = "mrs-soffice-";
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static string UnreadableMessage => Catalog.Get("import.error.sofficeUnreadable");

    private static readonly ConcurrentDictionary<string, string?> Versions = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Process> Running = new(StringComparer.Ordinal);

    /// <summary>Conversion folders that exist now (conversions running, converted documents not yet disposed).</summary>
    private static readonly ConcurrentDictionary<string, byte> Folders = new(StringComparer.Ordinal);
    private static readonly List<PosixSignalRegistration> Signals = [];
    private static volatile bool stopping;
    private static readonly ManualResetEventSlim CleanedUp = new();

    static LibreOfficeConverter()
    {
        // mrs stopped while LibreOffice works (Ctrl+C, SIGTERM, a closed terminal): LibreOffice and the folders go
        // with it. The default action of the signal (ending mrs) still follows.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => CleanUpAll();
        foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGQUIT, PosixSignal.SIGHUP })
        {
            try
            {
                Signals.Add(PosixSignalRegistration.Create(signal, _ => CleanUpAll()));
            }
            catch (Exception ex) when (ex is PlatformNotSupportedException or IOException or ArgumentOutOfRangeException)
            {
                // not on this platform
            }
        }
    }

    private static void CleanUpAll()
    {
        lock (Signals)
        {
            stopping = true;
            foreach (var (work, process) in Running)
            {
                // No waiting for the exit here: signal handlers run on the thread that would report it.
                Kill(process, work, wait: false);
            }
            foreach (var work in Folders.Keys)
            {
                DeleteFolder(work);
            }
            CleanedUp.Set();
        }
    }

    public LibreOfficeConverter(string soffice, TimeSpan? timeout = null, string? tempRoot = null)
    {
        Soffice = soffice;
        Timeout = timeout ?? DefaultTimeout;
        TempRoot = tempRoot ?? Path.GetTempPath();
    }

    /// <summary>The soffice program run.</summary>
    public string Soffice { get; }

    /// <summary>How long one conversion may take.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The folder the per-conversion folders are made in (the system temp folder by default).</summary>
    public string TempRoot { get; }

    /// <summary>A converter for soffice as located by <see cref="SofficeLocator"/>, with the time limit from
    /// MRS_SOFFICE_TIMEOUT (seconds) or the default of 60 s.</summary>
    public static LibreOfficeConverter Create(string? soffice, string format = "doc") =>
        new(SofficeLocator.Locate(soffice, format), TimeoutFromEnvironment());

    public static TimeSpan TimeoutFromEnvironment()
    {
        var text = Environment.GetEnvironmentVariable(TimeoutVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return DefaultTimeout;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= 24 * 3600)
        {
            return TimeSpan.FromSeconds(seconds);
        }
        throw new ImportException(Catalog.Format("import.soffice.badTimeout", TimeoutVariable, text));
    }

    /// <summary>
    /// Converts <paramref name="source"/> to .docx. Throws <see cref="ImportException"/> (one line) when LibreOffice
    /// cannot start, cannot read the document, or runs out of time; the temporary folder is gone by then. On success
    /// the caller disposes the result, which deletes the folder.
    /// </summary>
    public ConvertedDocument Convert(string source, LegacyFormat format)
    {
        if (stopping)
        {
            throw new ImportException(Catalog.Get("import.soffice.interrupted"));
        }
        SweepStaleFolders(TempRoot);
        var work = NewWorkFolder();
        var clock = Stopwatch.StartNew();
        Folders[work] = 0;
        try
        {
            string input, outDir, tmp;
            try
            {
                input = Path.Combine(Directory.CreateDirectory(Path.Combine(work, "in")).FullName, "document" + format.Extension);
                outDir = Directory.CreateDirectory(Path.Combine(work, "out")).FullName;
                tmp = Directory.CreateDirectory(Path.Combine(work, "tmp")).FullName;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ImportException(Catalog.Format("import.soffice.noTempFolder", TempRoot, ex.Message));
            }
            try
            {
                File.Copy(source, input);
                if (format == LegacyFormat.Rtf)
                {
                    // INCLUDEPICTURE and its kin would make LibreOffice read files outside the document.
                    var rtf = File.ReadAllBytes(input);
                    var safe = RtfFields.Neutralize(rtf, out var removed);
                    if (removed > 0)
                    {
                        File.WriteAllBytes(input, safe);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ImportException(Catalog.Format("import.soffice.cannotReadInput", ex.Message));
            }
            Run(work, tmp, ["--convert-to", "docx:MS Word 2007 XML", "--outdir", outDir, input], Timeout, out _);
            var output = Path.Combine(outDir, "document.docx");
            if (!File.Exists(output) || new FileInfo(output).Length == 0)
            {
                throw new ImportException(UnreadableMessage);
            }
            var version = VersionOf(output) ?? Version();
            return new ConvertedDocument(work, output, format, version, clock.Elapsed);
        }
        catch
        {
            DeleteFolder(work);
            throw;
        }
    }

    /// <summary>LibreOffice's version ("7.4.7.2") from soffice --version, asked once per program; null when it does not say.</summary>
    public string? Version() => Versions.GetOrAdd(Soffice, _ =>
    {
        var work = NewWorkFolder();
        Folders[work] = 0;
        try
        {
            var tmp = Directory.CreateDirectory(Path.Combine(work, "tmp")).FullName;
            Run(work, tmp, ["--version"], TimeSpan.FromSeconds(30), out var stdout);
            return ParseVersion(stdout);
        }
        catch (ImportException)
        {
            return null;
        }
        finally
        {
            DeleteFolder(work);
        }
    });

    /// <summary>"LibreOffice 7.4.7.2 40(Build:2)" or "LibreOffice/7.4.7.2$Linux…" → "7.4.7.2".</summary>
    public static string? ParseVersion(string text)
    {
        var match = Regex.Match(text, @"LibreOffice(?:Dev)?[ /](\d+(?:\.\d+)+)", RegexOptions.CultureInvariant);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The version LibreOffice wrote into the package it made (docProps/app.xml, Application).</summary>
    private static string? VersionOf(string docx)
    {
        try
        {
            using var zip = ZipFile.OpenRead(docx);
            var entry = zip.GetEntry("docProps/app.xml");
            if (entry is null || entry.Length > 1024 * 1024)
            {
                return null;
            }
            using var reader = new StreamReader(entry.Open());
            return ParseVersion(reader.ReadToEnd());
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            return null;
        }
    }

    private void Run(string work, string tmp, IEnumerable<string> arguments, TimeSpan timeout, out string stdout)
    {
        var start = new ProcessStartInfo(Soffice)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
            WorkingDirectory = work,
        };
        WriteProfileSettings(Path.Combine(work, "profile"));
        start.ArgumentList.Add("-env:UserInstallation=" + new Uri(Path.Combine(work, "profile")).AbsoluteUri);
        foreach (var a in new[] { "--headless", "--invisible", "--nologo", "--nodefault", "--norestore", "--nolockcheck" })
        {
            start.ArgumentList.Add(a);
        }
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        // LibreOffice's own temporary files go into the conversion folder too.
        start.Environment["TMPDIR"] = tmp;
        start.Environment["TMP"] = tmp;
        start.Environment["TEMP"] = tmp;
        // So do its caches and settings (dconf, fontconfig, the desktop's config): nothing is written in the user's home.
        start.Environment["HOME"] = tmp;
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(tmp, "config");
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(tmp, "cache");
        start.Environment["XDG_DATA_HOME"] = Path.Combine(tmp, "data");
        start.Environment["XDG_STATE_HOME"] = Path.Combine(tmp, "state");
        start.Environment["XDG_RUNTIME_DIR"] = tmp;
        // Nothing leaves the machine: any code that honours the usual variables meets a proxy that is not there.
        foreach (var proxy in new[] { "http_proxy", "https_proxy", "ftp_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "ALL_PROXY" })
        {
            start.Environment[proxy] = DeadProxy;
        }
        start.Environment.Remove("no_proxy");
        start.Environment.Remove("NO_PROXY");

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new ImportException(Catalog.Format("import.soffice.cannotStart", Soffice, ex.Message));
        }
        Running[work] = process;
        try
        {
            if (stopping)
            {
                throw new ImportException(Catalog.Get("import.soffice.interrupted"));
            }
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardInput.Close();
            if (!process.WaitForExit(timeout) || stopping)
            {
                if (stopping)
                {
                    // mrs is being stopped: let the clean-up finish before this thread ends the program.
                    CleanedUp.Wait(TimeSpan.FromSeconds(10));
                    throw new ImportException(Catalog.Get("import.soffice.interrupted"));
                }
                Kill(process, work);
                throw new ImportException(Catalog.Format("import.soffice.timeout", timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture),
                    TimeoutVariable));
            }
            // A helper that outlived soffice would keep the pipes open: gone first, and the pipes not waited for long.
            KillStragglers(work);
            stdout = output.Wait(TimeSpan.FromSeconds(5)) ? output.Result : "";
            _ = error.Wait(TimeSpan.FromSeconds(1));
        }
        finally
        {
            if (!HasExited(process))
            {
                Kill(process, work); // an exception on the way out: LibreOffice must not outlive it
            }
            KillStragglers(work);
            Running.TryRemove(work, out _);
        }
    }

    /// <summary>A proxy address nothing listens on (port 9, discard, on the loopback address).</summary>
    private const string DeadProxy = "http://127.0.0.1:9";

    /// <summary>
    /// The settings of the private profile, written before LibreOffice first starts with it: links from the document
    /// (linked pictures, style sheets of a web page, OLE links) are not loaded (BlockUntrustedRefererLinks), macros never
    /// run, and every internet access goes to a proxy that is not there, so that a conversion touches neither the
    /// network nor files outside the document.
    /// </summary>
    private static void WriteProfileSettings(string profile)
    {
        var user = Directory.CreateDirectory(Path.Combine(profile, "user")).FullName;
        var settings = Path.Combine(user, "registrymodifications.xcu");
        if (File.Exists(settings))
        {
            return;
        }
        static string Item(string path, string name, string value) =>
            $"<item oor:path=\"{path}\"><prop oor:name=\"{name}\" oor:op=\"fuse\"><value>{value}</value></prop></item>\n";
        const string scripting = "/org.openoffice.Office.Common/Security/Scripting";
        const string inet = "/org.openoffice.Inet/Settings";
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
            + Item(scripting, "BlockUntrustedRefererLinks", "true")
            + Item(scripting, "MacroSecurityLevel", "3")
            + Item(scripting, "DisableMacrosExecution", "true")
            + Item("/org.openoffice.Office.Common/Misc", "UseLocking", "false")
            + Item(inet, "ooInetProxyType", "1")
            + Item(inet, "ooInetHTTPProxyName", "127.0.0.1")
            + Item(inet, "ooInetHTTPProxyPort", "9")
            + Item(inet, "ooInetHTTPSProxyName", "127.0.0.1")
            + Item(inet, "ooInetHTTPSProxyPort", "9")
            + Item(inet, "ooInetFTPProxyName", "127.0.0.1")
            + Item(inet, "ooInetFTPProxyPort", "9")
            + Item(inet, "ooInetNoProxy", "")
            + "</oor:items>\n";
        File.WriteAllText(settings, text);
    }

    /// <summary>A new conversion folder's path: mrs-soffice-&lt;process id&gt;-&lt;guid&gt;, so that a later run can tell whose it was.</summary>
    private string NewWorkFolder() => Path.Combine(TempRoot, $"{TempPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");

    private static readonly ConcurrentDictionary<string, byte> Swept = new(StringComparer.Ordinal);

    /// <summary>
    /// Deletes conversion folders left by mrs processes that no longer run (killed with SIGKILL, say: no clean-up ran),
    /// once per temporary root and process. A folder whose process runs, or that a process still uses, stays; so do
    /// folders of the old naming (no process id) younger than a day.
    /// </summary>
    public static void SweepStaleFolders(string root) => SweepStaleFolders(root, TempPrefix);

    /// <summary>The same for the folders named <paramref name="prefix"/>&lt;pid&gt;-… (copies of piped input: mrs-input-).</summary>
    public static void SweepStaleFolders(string root, string prefix)
    {
        if (!Swept.TryAdd(root + "\0" + prefix, 0) || !Directory.Exists(root))
        {
            return;
        }
        try
        {
            foreach (var folder in Directory.EnumerateDirectories(root, prefix + "*"))
            {
                var name = Path.GetFileName(folder);
                var rest = name[prefix.Length..];
                var dash = rest.IndexOf('-');
                var pid = 0;
                var owned = dash > 0 && int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out pid);
                var stale = owned
                    ? !IsMrs(pid)
                    : Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddDays(-1);
                if (!stale)
                {
                    continue;
                }
                if (owned && OperatingSystem.IsLinux() && !Directory.Exists($"/proc/{pid}"))
                {
                    // Its mrs is gone (SIGKILL): a LibreOffice still converting there is an orphan nobody waits for,
                    // and would run on with no time limit. (A process id in use by another program may be an mrs
                    // embedded under another name: its folders stay while used.)
                    KillStragglers(folder);
                }
                if (ProcessesUsing(name).Count == 0)
                {
                    DeleteFolder(folder);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // another run sweeps at the same time, or the folder is not ours to clean
        }
    }

    /// <summary>True when process <paramref name="pid"/> runs and is mrs (its command line names it).</summary>
    private static bool IsMrs(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }
        try
        {
            var cmdline = File.ReadAllText($"/proc/{pid}/cmdline");
            return cmdline.Contains("mrs", StringComparison.OrdinalIgnoreCase) || cmdline.Contains("Mrs.", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return !OperatingSystem.IsLinux(); // gone (or, off Linux, unknown: kept)
        }
    }

    private static bool HasExited(Process process)
    {
        try
        {
            return process.HasExited;
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            return true;
        }
    }

    /// <summary>Kills soffice with its children (oosplash starts soffice.bin) and anything else still running
    /// from the conversion folder.</summary>
    private static void Kill(Process process, string work, bool wait = true)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            if (wait)
            {
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception or AggregateException or NotSupportedException
            or ObjectDisposedException)
        {
            // it has already exited
        }
        KillStragglers(work);
    }

    /// <summary>
    /// Processes whose command line contains <paramref name="folder"/> (a conversion folder's name or path: soffice.bin
    /// gets the profile path) and that are
    /// still running, e.g. because their parent died first and they were handed to init. Linux only (/proc); elsewhere
    /// the process-tree kill is all there is.
    /// </summary>
    public static IReadOnlyList<int> ProcessesUsing(string folder)
    {
        var found = new List<int>();
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc"))
        {
            return found;
        }
        var self = Environment.ProcessId;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == self)
            {
                continue;
            }
            try
            {
                var cmdline = File.ReadAllText(Path.Combine(dir, "cmdline"));
                if (cmdline.Contains(folder, StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // gone, or not ours to read
            }
        }
        return found;
    }

    private static void KillStragglers(string work)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var left = ProcessesUsing(Path.GetFileName(work));
            if (left.Count == 0)
            {
                return;
            }
            foreach (var pid in left)
            {
                try
                {
                    using var p = Process.GetProcessById(pid);
                    p.Kill(entireProcessTree: true);
                }
                catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or Win32Exception or AggregateException)
                {
                    // exited meanwhile
                }
            }
            Thread.Sleep(50 * (attempt + 1));
        }
    }

    /// <summary>Deletes a conversion folder, retrying a few times while files are still held open.</summary>
    internal static void DeleteFolder(string work)
    {
        for (var attempt = 0; attempt < 6 && Directory.Exists(work); attempt++)
        {
            try
            {
                Directory.Delete(work, recursive: true);
                break;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100 * (attempt + 1));
            }
        }
        // Only now: a clean-up on the way out (see CleanUpAll) deletes what is still listed, alongside this thread.
        Folders.TryRemove(work, out _);
    }
}

/// <summary>The .docx LibreOffice made, in its temporary folder; disposing deletes the folder.</summary>
public sealed class ConvertedDocument : IDisposable
{
    private readonly string work;

    internal ConvertedDocument(string work, string docxPath, LegacyFormat format, string? version, TimeSpan elapsed)
    {
        this.work = work;
        DocxPath = docxPath;
        Format = format;
        Version = version;
        Elapsed = elapsed;
    }

    public string DocxPath { get; }
    public LegacyFormat Format { get; }
    /// <summary>LibreOffice's version, e.g. "7.4.7.2"; null when unknown.</summary>
    public string? Version { get; }
    public TimeSpan Elapsed { get; }

    /// <summary>For the model: "LibreOffice 7.4.7.2 (doc → docx)".</summary>
    public string Description => $"LibreOffice{(Version is null ? "" : " " + Version)} ({Format.Name} → docx)";

    /// <summary>For the report: "LibreOffice 7.4.7.2 (doc → docx, 2.3 s)".</summary>
    public string DescriptionWithTime =>
        $"LibreOffice{(Version is null ? "" : " " + Version)} ({Format.Name} → docx, "
            + $"{Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s)";

    public void Dispose() => LibreOfficeConverter.DeleteFolder(work);
}
