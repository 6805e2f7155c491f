using System.Diagnostics;
using System.Text;

namespace Mrs.Tests.Hostile;

/// <summary>
/// One hostile case run as users run mrs: a separate process in a folder of its own (in/ for what the test makes, out/
/// for what mrs writes, its own TMPDIR and HOME), measured and checked for what every case must give: exit 0 or 2, no
/// stack trace, no "internal error", at most 500 MB of memory and 10 s, nothing left in its TMPDIR, nothing written
/// outside out/. The 10 s are processor time (mrs and the processes it waited for, LibreOffice included): the work a
/// case costs, which a busy machine does not inflate as it does the time on the clock (that is bounded at 60 s).
/// </summary>
public sealed class HostileCase
{
    public const long MaxMemoryKb = 500 * 1024;
    public static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(10);

    public HostileCase()
    {
        Root = TestPaths.TempFolder();
        In = Directory.CreateDirectory(Path.Combine(Root, "in")).FullName;
        Out = Directory.CreateDirectory(Path.Combine(Root, "out")).FullName;
        Temp = Directory.CreateDirectory(Path.Combine(Root, "tmp")).FullName;
        Home = Directory.CreateDirectory(Path.Combine(Root, "home")).FullName;
    }

    public string Root { get; }
    public string In { get; }
    public string Out { get; }
    public string Temp { get; }
    public string Home { get; }

    /// <summary>A file the test makes in in/.</summary>
    public string Input(string name, byte[] content)
    {
        var path = Path.Combine(In, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Input(string name, string content) => Input(name, Encoding.UTF8.GetBytes(content));

    /// <summary>Copies a file made elsewhere (a package built by <see cref="HostileFiles"/>) into in/.</summary>
    public string InputFrom(string name, string madePath) => Input(name, File.ReadAllBytes(madePath));

    public string Output(string name) => Path.Combine(Out, name);

    public sealed record Result(int ExitCode, string Out, string Error, long PeakRssKb, TimeSpan Elapsed, TimeSpan Cpu)
    {
        /// <summary>The one line of an error, which names <paramref name="file"/>.</summary>
        public string ErrorLine(string file)
        {
            var lines = Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains("error", StringComparison.Ordinal)).ToList();
            var line = Assert.Single(lines);
            Assert.Contains(file, line);
            return line;
        }
    }

    /// <summary>
    /// Runs mrs with <paramref name="args"/>, standard input from <paramref name="stdin"/> when given, and checks the rules every case keeps.
    /// </summary>
    public Result Run(IEnumerable<string> args, byte[]? stdin = null, IDictionary<string, string>? environment = null, int[]? exitCodes = null)
    {
        var before = Snapshot();
        var result = Start(args, stdin, environment);
        var shown = $"mrs {string.Join(' ', args)}\nexit {result.ExitCode}, {result.PeakRssKb / 1024} MB, {result.Cpu.TotalSeconds:F1} s processor "
            + $"time ({result.Elapsed.TotalSeconds:F1} s on the clock)\n{result.Error}";
        Assert.True((exitCodes ?? [0, 2]).Contains(result.ExitCode), "exit code: " + shown);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("internal error", result.Error);
        Assert.DoesNotContain("please report", result.Error);
        Assert.DoesNotContain("Exception", result.Error);
        Assert.DoesNotContain("Stack overflow", result.Error);
        Assert.True(result.PeakRssKb < MaxMemoryKb, "memory: " + shown);
        Assert.True(result.Cpu < MaxTime, "time: " + shown);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Temp));
        var after = Snapshot();
        var written = after.Except(before).Where(p => !p.StartsWith(Out + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
        Assert.True(written.Count == 0, "written outside out/: " + string.Join(", ", written));
        return result;
    }

    /// <summary>Every file and folder under the case's root except TMPDIR's, with its size and time.</summary>
    private HashSet<string> Snapshot() =>
        Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories)
            .Select(p => File.Exists(p) ? $"{p}" + "|" + new FileInfo(p).Length + "|" + File.GetLastWriteTimeUtc(p).Ticks : p)
            .Where(p => !p.StartsWith(Temp, StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

    private Result Start(IEnumerable<string> args, byte[]? stdin, IDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mrs.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["TMPDIR"] = Temp;
        start.Environment["HOME"] = Home;
        start.Environment["DOTNET_EnableDiagnostics"] = "0"; // the runtime's own pipes in TMPDIR are not mrs's files
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[k] = v;
        }
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var feed = Task.Run(() =>
        {
            try
            {
                if (stdin is not null)
                {
                    process.StandardInput.BaseStream.Write(stdin);
                }
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // mrs stopped reading: what it did with the rest is what the test checks
            }
        });
        long peak = 0;
        var cpu = TimeSpan.Zero;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, PeakRss(process.Id));
            cpu = Max(cpu, CpuTime(process.Id));
            if (DateTime.UtcNow > deadline)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"mrs {string.Join(' ', args)} did not finish in 60 s");
            }
        }
        process.WaitForExit();
        var elapsed = clock.Elapsed;
        feed.Wait(TimeSpan.FromSeconds(5));
        return new Result(process.ExitCode, stdout.Result, stderr.Result.Replace("\r\n", "\n"), peak, elapsed, cpu);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>
    /// The processor time of a running process and of the children it has waited for (utime, stime, cutime, cstime of
    /// /proc/pid/stat, in ticks of 1/100 s); zero once it is gone. Read every 20 ms, it misses at most the last 20 ms.
    /// </summary>
    private static TimeSpan CpuTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // fields[0] is field 3 (state): utime..cstime are fields 14..17
            long ticks = 0;
            for (var i = 11; i <= 14; i++)
            {
                ticks += long.Parse(fields[i], System.Globalization.CultureInfo.InvariantCulture);
            }
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException
            or ArgumentOutOfRangeException)
        {
            return TimeSpan.Zero;
        }
    }

    private static long PeakRss(int pid)
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
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
        return 0;
    }
}
