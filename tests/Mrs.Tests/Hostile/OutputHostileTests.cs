using System.Diagnostics;

namespace Mrs.Tests.Hostile;

/// <summary>
/// Class 6 (outputs) and class 7 (leftovers): links are written through, devices and FIFOs directly, paths that cannot
/// be written get a plain line naming the user's path (never a hidden temporary file), and a stopped run leaves nothing.
/// </summary>
public class OutputHostileTests
{
    private static string Docx(HostileCase run) => run.Input("doc.docx", HostileFiles.Docx(HostileFiles.P("Some text")));

    [Fact]
    public void Output_onto_a_symbolic_link_writes_its_target_and_keeps_the_link()
    {
        var run = new HostileCase();
        var input = Docx(run);
        var target = run.Output("real.std.yaml");
        File.WriteAllText(target, "old");
        var link = run.Output("link.std.yaml");
        File.CreateSymbolicLink(link, target);
        var result = run.Run(["import", input, "-o", link]);
        Assert.Equal(0, result.ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Contains("Some text", File.ReadAllText(target));
    }

    [Fact]
    public async Task Output_onto_a_fifo_writes_into_it_and_leaves_it_a_fifo()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("FIFOs are POSIX");
        }
        var run = new HostileCase();
        var input = Docx(run);
        var fifo = run.Output("pipe.std.yaml");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }
        var reader = Task.Run(() => File.ReadAllText(fifo), TestContext.Current.CancellationToken);
        var result = run.Run(["import", input, "-o", fifo]);
        Assert.Equal(0, result.ExitCode);
        var text = await reader.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Contains("Some text", text);
        Assert.Equal(Mrs.Serialization.FileKind.Special, Mrs.Serialization.FileKinds.Of(fifo));
    }

    [Fact]
    public void Output_to_dev_null_writes_the_device_and_does_not_replace_it()
    {
        var run = new HostileCase();
        var input = Docx(run);
        var result = run.Run(["import", input, "-o", "/dev/null"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Mrs.Serialization.FileKind.Special, Mrs.Serialization.FileKinds.Of("/dev/null"));
    }

    [Fact]
    public void Output_to_dev_stdout_on_a_pipe_writes_the_pipe()
    {
        // The harness reads standard output through a pipe: /dev/stdout links to "pipe:[…]", which is no path.
        var run = new HostileCase();
        var input = Docx(run);
        var result = run.Run(["import", input, "-o", "/dev/stdout"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Some text", result.Out);
    }

    [Fact]
    public void An_output_that_is_a_folder_gets_a_plain_line()
    {
        var run = new HostileCase();
        var input = Docx(run);
        var folder = Directory.CreateDirectory(run.Output("model.std.yaml")).FullName;
        var result = run.Run(["import", input, "-o", folder]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"{folder}: error: cannot write it: it is a folder (give a file name)", result.ErrorLine(folder));
    }

    [Fact]
    public void An_output_whose_parent_is_a_file_gets_a_plain_line()
    {
        var run = new HostileCase();
        var input = Docx(run);
        var file = run.Output("plain");
        File.WriteAllText(file, "x");
        var output = Path.Combine(file, "sub", "model.std.yaml");
        var result = run.Run(["import", input, "-o", output]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"{output}: error: cannot write it: '{file}' is a file, not a folder", result.ErrorLine(output));
        var build = run.Run(["build", input, "-o", file]);
        Assert.Equal(2, build.ExitCode);
        Assert.Contains("is a file, not a folder", build.ErrorLine(file));
    }

    [Fact]
    public void An_unwritable_folder_gets_a_plain_line_and_no_temporary_file_is_named()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            // root writes anywhere: a read-only bind is not at hand, so the folder is made unwritable by being /proc.
            var asRoot = new HostileCase();
            var output = "/proc/mrs-cannot-write/model.std.yaml";
            var result = asRoot.Run(["import", Docx(asRoot), "-o", output]);
            Assert.Equal(2, result.ExitCode);
            var line = result.ErrorLine(output);
            Assert.StartsWith(output + ": error: cannot write it:", line);
            Assert.DoesNotContain(".tmp", line);
            return;
        }
        var run = new HostileCase();
        var input = Docx(run);
        var locked = Directory.CreateDirectory(run.Output("locked")).FullName;
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var model = Path.Combine(locked, "model.std.yaml");
        var denied = run.Run(["import", input, "-o", model]);
        Assert.Equal(2, denied.ExitCode);
        Assert.Equal($"{model}: error: cannot write it: permission denied", denied.ErrorLine(model));
    }

    [Fact]
    public void A_report_that_cannot_be_written_leaves_no_model()
    {
        var run = new HostileCase();
        var input = Docx(run);
        var model = run.Output("model.std.yaml");
        var report = Directory.CreateDirectory(run.Output("report.json")).FullName;
        var result = run.Run(["import", input, "-o", model, "--report", report]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("it is a folder", result.ErrorLine(report));
        Assert.False(File.Exists(model));
    }

    [Fact]
    public void Sigterm_during_a_large_write_leaves_no_temporary_file()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("signals are POSIX");
        }
        var run = new HostileCase();
        var body = string.Concat(Enumerable.Range(0, 60_000)
            .Select(i => HostileFiles.P($"Paragraph {i} with some words in it, long enough to make a large model.")));
        var input = run.Input("large.docx", HostileFiles.Docx(body));
        for (var delay = 600; delay <= 2400; delay += 600)
        {
            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mrs.dll"));
            foreach (var a in new[] { "import", input, "-o", run.Output("large.std.json") })
            {
                start.ArgumentList.Add(a);
            }
            start.Environment["TMPDIR"] = run.Temp;
            start.Environment["DOTNET_EnableDiagnostics"] = "0"; // the runtime's own pipes in TMPDIR are not mrs's files
            using var process = Process.Start(start)!;
            Thread.Sleep(delay);
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                kill.WaitForExit();
            }
            Assert.True(process.WaitForExit(20_000));
            Assert.Empty(Directory.GetFiles(run.Out, "*.tmp", SearchOption.AllDirectories));
            Assert.Empty(Directory.EnumerateFileSystemEntries(run.Temp));
        }
    }
}
