using System.Diagnostics;

namespace Mrs.Tests;

/// <summary>Runs mrs as a separate process (for limits, memory and process-level behaviour).</summary>
public static class MrsProcess
{
    public sealed record Result(int ExitCode, string Out, string Error, long PeakRssKb);

    public static Result Run(IEnumerable<string> args, IDictionary<string, string>? environment = null, int timeoutSeconds = 120) =>
        Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "mrs.dll"), .. args], environment, timeoutSeconds);

    /// <summary>Runs another mrs executable (the native AOT one) the same way.</summary>
    public static Result RunExecutable(string executable, IEnumerable<string> args, IDictionary<string, string>? environment = null,
        int timeoutSeconds = 120) =>
        Start(executable, args, environment, timeoutSeconds);

    private static Result Start(string executable, IEnumerable<string> args, IDictionary<string, string>? environment, int timeoutSeconds)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[k] = v;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, ReadPeakRss(process.Id));
            if (DateTime.UtcNow > deadline)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"mrs {string.Join(' ', args)} did not finish in {timeoutSeconds} s");
            }
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result, peak);
    }

    /// <summary>VmHWM (peak resident set) of a running process, in kB; 0 when unknown.</summary>
    private static long ReadPeakRss(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return 0;
    }
}
