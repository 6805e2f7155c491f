using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;

namespace Mrs.Rendering.Pdf.Chromium;

/// <summary>
/// A headless Chromium of our own: the system's program (nothing is downloaded), a fresh profile in a temporary
/// folder, and the DevTools endpoint on a port Chromium picks (<c>--remote-debugging-port=0</c>), read from the
/// "DevTools listening on ws://…" line it writes to standard error. Disposing ends the program with every process it
/// started and deletes the profile; so does the end of the .NET process for one nobody disposed: no Chromium outlives
/// its owner.
/// </summary>
internal sealed class ChromiumProcess : IDisposable
{
    private const string Listening = "DevTools listening on ";

    private readonly Process process;
    private readonly string profile;
    private readonly ConcurrentQueue<string> errors = new();
    private readonly TaskCompletionSource<Uri> endpoint = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool disposed;

    private ChromiumProcess(Process process, string profile)
    {
        this.process = process;
        this.profile = profile;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>The browser's web socket ("ws://127.0.0.1:41234/devtools/browser/…").</summary>
    public Uri Endpoint => endpoint.Task.Result;

    public bool HasExited => process.HasExited;

    /// <summary>The program's process id and its profile folder (both gone after <see cref="Dispose"/>).</summary>
    public int Id => process.Id;

    public string Profile => profile;

    /// <summary>Starts the program and waits for its DevTools endpoint; an <see cref="IOException"/> says why there is none.</summary>
    public static ChromiumProcess Start(string executable, IEnumerable<string> flags, TimeSpan timeout)
    {
        var profile = Directory.CreateTempSubdirectory("mrs-chromium-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var flag in flags)
        {
            start.ArgumentList.Add(flag);
        }
        foreach (var flag in new[] { "--headless=new", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank" })
        {
            start.ArgumentList.Add(flag);
        }
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var chromium = new ChromiumProcess(process, profile);
        process.ErrorDataReceived += (_, e) => chromium.OnError(e.Data);
        process.OutputDataReceived += (_, _) => { };
        process.Exited += (_, _) => chromium.endpoint.TrySetException(new IOException(chromium.ExitReason()));
        try
        {
            process.Start();
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            if (!chromium.endpoint.Task.Wait(timeout))
            {
                throw new IOException($"no DevTools endpoint after {timeout.TotalSeconds:0} s{chromium.LastError()}");
            }
            return chromium;
        }
        catch (Exception ex)
        {
            chromium.Dispose();
            if (ex is AggregateException { InnerException: IOException inner })
            {
                throw inner;
            }
            if (ex is Win32Exception or InvalidOperationException)
            {
                throw new IOException(ex.Message, ex);
            }
            throw;
        }
    }

    /// <summary>Waits for the program to end by itself (after Browser.close).</summary>
    public bool WaitForExit(TimeSpan timeout) => process.WaitForExit(timeout);

    private void OnError(string? line)
    {
        if (line is null)
        {
            return;
        }
        var at = line.IndexOf(Listening, StringComparison.Ordinal);
        if (at >= 0 && Uri.TryCreate(line[(at + Listening.Length)..].Trim(), UriKind.Absolute, out var uri))
        {
            endpoint.TrySetResult(uri);
            return;
        }
        if (!string.IsNullOrWhiteSpace(line) && !endpoint.Task.IsCompleted)
        {
            errors.Enqueue(line.Trim());
            while (errors.Count > 5 && errors.TryDequeue(out _))
            {
            }
        }
    }

    private string ExitReason()
    {
        // The last lines of standard error come after the exit event now and then: give them a moment.
        process.WaitForExit(TimeSpan.FromSeconds(1));
        return $"it exited with code {process.ExitCode}{LastError()}";
    }

    /// <summary>": " and the last error line Chromium wrote (else its last line), or nothing.</summary>
    private string LastError()
    {
        var lines = errors.ToArray();
        var line = lines.LastOrDefault(l => l.Contains("rror", StringComparison.Ordinal)) ?? lines.LastOrDefault();
        return line is null ? "" : ": " + line;
    }

    private void OnProcessExit(object? sender, EventArgs e) => Dispose();

    /// <summary>Ends the processes whose command line names <paramref name="profile"/> (Linux: read from /proc).</summary>
    private static void EndHelpers(string profile)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var ended = new List<Process>();
        try
        {
            foreach (var folder in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(folder), out var id) || id == Environment.ProcessId)
                {
                    continue;
                }
                try
                {
                    var commandLine = File.ReadAllText(Path.Combine(folder, "cmdline"));
                    if (commandLine.Contains(profile + "\0", StringComparison.Ordinal)
                        || commandLine.Contains(profile + "/", StringComparison.Ordinal))
                    {
                        var helper = Process.GetProcessById(id);
                        helper.Kill();
                        ended.Add(helper);
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException
                    or Win32Exception)
                {
                    // gone meanwhile, or not ours to end
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var helper in ended)
        {
            try
            {
                helper.WaitForExit(TimeSpan.FromSeconds(5));
            }
            catch (Exception ex) when (ex is InvalidOperationException or Win32Exception)
            {
                // gone already
            }
            helper.Dispose();
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Never started, or gone already.
        }
        process.Dispose();
        // A browser that crashed (or was killed alone) leaves its helpers behind, no longer its children, and they may go
        // on writing into the profile: end every process that names it before removing it.
        EndHelpers(profile);
        // The profile: Chromium's helpers may still close files in it for a moment.
        for (var attempt = 0; attempt < 8 && Directory.Exists(profile); attempt++)
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100 * (attempt + 1));
            }
        }
    }
}
