using System.Diagnostics;
using Mrs.Import;
using Mrs.Import.Legacy;

namespace Mrs.Tests.Import.Legacy;

/// <summary>
/// The LibreOffice converter: private profile and temp folder per conversion, time limit, the whole process tree
/// killed, nothing left behind. Fake soffice scripts test the failure paths without LibreOffice.
/// </summary>
public class LibreOfficeConverterTests
{
    [Fact]
    public void Converts_a_doc_to_docx_and_removes_its_folder_when_disposed()
    {
        var soffice = LegacySupport.RequireSoffice();
        var tempRoot = TestPaths.TempFolder();
        var converter = new LibreOfficeConverter(soffice, tempRoot: tempRoot);
        using (var converted = converter.Convert(LegacySupport.IndustryDoc, LegacyFormat.Doc))
        {
            Assert.True(File.Exists(converted.DocxPath));
            Assert.StartsWith(Path.Combine(tempRoot, LibreOfficeConverter.TempPrefix), converted.DocxPath, StringComparison.Ordinal);
            Assert.Matches(@"^\d+\.\d+(\.\d+)*$", converted.Version);
            Assert.Matches(@"^LibreOffice \d[\d.]* \(doc → docx, \d+\.\d s\)$", converted.DescriptionWithTime);
            Assert.Empty(LibreOfficeConverter.ProcessesUsing(tempRoot));
        }
        LegacySupport.AssertNothingLeft(tempRoot);
    }

    [Fact]
    public void The_version_is_asked_once_and_parsed()
    {
        var soffice = LegacySupport.RequireSoffice();
        var tempRoot = TestPaths.TempFolder();
        var converter = new LibreOfficeConverter(soffice, tempRoot: tempRoot);
        Assert.Matches(@"^\d+\.\d+", converter.Version());
        Assert.Equal("7.4.7.2", LibreOfficeConverter.ParseVersion("LibreOffice 7.4.7.2 40(Build:2)\n"));
        Assert.Equal("24.2.1.2", LibreOfficeConverter.ParseVersion("LibreOffice/24.2.1.2$Linux_X86_64 "
            + "LibreOffice_project/db4def46b0453cc22e2d0305797cf981b68ef5ac"));
        Assert.Null(LibreOfficeConverter.ParseVersion("Microsoft Office Word"));
        LegacySupport.AssertNothingLeft(tempRoot);
    }

    [Fact]
    public void A_conversion_out_of_time_is_killed_with_all_its_processes()
    {
        var soffice = LegacySupport.RequireSoffice();
        var tempRoot = TestPaths.TempFolder();
        var converter = new LibreOfficeConverter(soffice, TimeSpan.FromSeconds(0.5), tempRoot);
        var clock = Stopwatch.StartNew();
        var ex = Assert.Throws<ImportException>(() => converter.Convert(LegacySupport.IndustryDoc, LegacyFormat.Doc));
        Assert.Equal("LibreOffice did not finish converting the document within 0.5 s; the document may be damaged (the limit is set by "
            + "MRS_SOFFICE_TIMEOUT, in seconds)", ex.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        LegacySupport.AssertNothingLeft(tempRoot);
    }

    [Fact]
    public void Parallel_conversions_each_have_their_own_profile()
    {
        var soffice = LegacySupport.RequireSoffice();
        var tempRoot = TestPaths.TempFolder();
        var converter = new LibreOfficeConverter(soffice, tempRoot: tempRoot);
        string[] files = [LegacySupport.IndustryDoc, LegacySupport.Poi("simple-table.doc"), LegacySupport.Poi("Lists.doc")];
        var results = new ImportResult[files.Length];
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = files.Length },
            i => results[i] = DocumentImporter.Import(files[i], new ImportOptions(), converter));
        Assert.Equal(6, results[0].Report.Clauses);
        Assert.Equal(1, results[1].Report.Tables);
        Assert.All(results, r => Assert.Single(r.Report.Conversions));
        LegacySupport.AssertNothingLeft(tempRoot);
    }

    [Fact]
    public void A_document_LibreOffice_cannot_read_is_refused_in_one_line()
    {
        var soffice = LegacySupport.RequireSoffice();
        var tempRoot = TestPaths.TempFolder();
        var folder = TestPaths.TempFolder();
        var broken = Path.Combine(folder, "no-table.doc");
        File.WriteAllBytes(broken, LegacySupport.WithoutTableStream(File.ReadAllBytes(LegacySupport.Poi("simple-list.doc"))));
        var converter = new LibreOfficeConverter(soffice, tempRoot: tempRoot);
        var ex = Assert.Throws<ImportException>(() => DocumentImporter.Import(broken, new ImportOptions(), converter));
        Assert.Equal(LibreOfficeConverter.UnreadableMessage, ex.Message);
        LegacySupport.AssertNothingLeft(tempRoot);
    }

    [Fact]
    public void The_model_names_the_original_file_and_the_conversion()
    {
        // A fake soffice that "converts" by copying a .docx: the plumbing without LibreOffice.
        var tools = TestPaths.TempFolder();
        var soffice = LegacySupport.FakeSoffice(tools, $"""
            case " $* " in *" --version "*) echo "LibreOffice 9.8.7.6 00(Build:1)"; exit 0;; esac
            prev=""; for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done
            cp '{LegacySupport.IndustryDocx}' "$out/document.docx"
            """);
        var tempRoot = TestPaths.TempFolder();
        var result = DocumentImporter.Import(LegacySupport.IndustryDoc, new ImportOptions(), new LibreOfficeConverter(soffice, tempRoot: tempRoot));
        var source = result.Document.Source!;
        Assert.Equal("industry-minimal.doc", source.File);
        Assert.Equal("doc", source.Format);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(LegacySupport.IndustryDoc))),
            source.Sha256);
        Assert.Equal(["LibreOffice 9.8.7.6 (doc → docx)"], source.Conversions);
        Assert.Equal("industry-minimal.doc", result.Report.File);
        Assert.Matches(@"^LibreOffice 9\.8\.7\.6 \(doc → docx, \d+\.\d s\)$", Assert.Single(result.Report.Conversions));
        Assert.Contains(result.Report.Summary(), l => l.StartsWith("converted first: LibreOffice 9.8.7.6 (doc → docx, ", StringComparison.Ordinal));
        LegacySupport.AssertNothingLeft(tempRoot);
    }

    [Fact]
    public void Soffice_exiting_without_a_docx_gives_the_damaged_message()
    {
        var soffice = LegacySupport.FakeSoffice(TestPaths.TempFolder(), "echo 'Error: source file could not be loaded' >&2; exit 0");
        var tempRoot = TestPaths.TempFolder();
        var ex = Assert.Throws<ImportException>(() => new LibreOfficeConverter(soffice, tempRoot: tempRoot)
            .Convert(LegacySupport.IndustryDoc, LegacyFormat.Doc));
        Assert.Equal(LibreOfficeConverter.UnreadableMessage, ex.Message);
        LegacySupport.AssertNothingLeft(tempRoot);
    }

    [Fact]
    public void A_hanging_soffice_and_its_children_are_killed_at_the_time_limit()
    {
        // Like oosplash starting soffice.bin: a child that carries the arguments (the profile path) and runs on.
        var soffice = LegacySupport.FakeSoffice(TestPaths.TempFolder(), """
            sh -c 'while :; do sleep 1; done' "$@" &
            sleep 300
            """);
        var tempRoot = TestPaths.TempFolder();
        var ex = Assert.Throws<ImportException>(() => new LibreOfficeConverter(soffice, TimeSpan.FromSeconds(1), tempRoot)
            .Convert(LegacySupport.IndustryDoc, LegacyFormat.Doc));
        Assert.StartsWith("LibreOffice did not finish converting the document within 1 s", ex.Message, StringComparison.Ordinal);
        LegacySupport.AssertNothingLeft(tempRoot);
    }

    [Fact]
    public void A_process_that_escapes_the_tree_is_found_by_its_command_line_and_killed()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("the sweep reads /proc");
        }
        // The child starts its own session and the script exits at once: no longer in soffice's process tree.
        var soffice = LegacySupport.FakeSoffice(TestPaths.TempFolder(), """
            setsid sh -c 'while :; do sleep 1; done' "$@" >/dev/null 2>&1 < /dev/null &
            sleep 0.3
            exit 0
            """);
        var tempRoot = TestPaths.TempFolder();
        var ex = Assert.Throws<ImportException>(() => new LibreOfficeConverter(soffice, tempRoot: tempRoot)
            .Convert(LegacySupport.IndustryDoc, LegacyFormat.Doc));
        Assert.Equal(LibreOfficeConverter.UnreadableMessage, ex.Message);
        LegacySupport.AssertNothingLeft(tempRoot);
    }

    [Fact]
    public void A_soffice_that_cannot_start_is_named()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("execute permission is a Unix matter");
        }
        var folder = TestPaths.TempFolder();
        var soffice = Path.Combine(folder, "soffice");
        File.WriteAllText(soffice, "not a program");
        var tempRoot = TestPaths.TempFolder();
        var ex = Assert.Throws<ImportException>(() => new LibreOfficeConverter(soffice, tempRoot: tempRoot)
            .Convert(LegacySupport.IndustryDoc, LegacyFormat.Doc));
        Assert.StartsWith($"LibreOffice could not be started ({soffice}): ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        LegacySupport.AssertNothingLeft(tempRoot);
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    [InlineData("HUP")]
    public void Mrs_stopped_by_a_signal_takes_LibreOffice_and_its_folder_along(string signal)
    {
        LegacySupport.RequireSoffice();
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("signals and /proc");
        }
        var tempRoot = TestPaths.TempFolder();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "mrs.dll"), "import", LegacySupport.Poi("saved-by-table.doc"), "-o",
            Path.Combine(TestPaths.TempFolder(), "out.std.yaml") })
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["TMPDIR"] = tempRoot;
        start.Environment["DOTNET_EnableDiagnostics"] = "0"; // the runtime's own pipes in TMPDIR outlive a signal
        using var mrs = Process.Start(start)!;
        _ = mrs.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = mrs.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        // Wait until LibreOffice runs, then stop mrs.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (LibreOfficeConverter.ProcessesUsing(tempRoot).Count < 2 && !mrs.HasExited && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }
        Assert.False(mrs.HasExited, "mrs finished before LibreOffice was seen running");
        using (var kill = Process.Start("kill", ["-" + signal, mrs.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }
        Assert.True(mrs.WaitForExit(TimeSpan.FromSeconds(30)), "mrs did not stop");
        LegacySupport.AssertNothingLeft(tempRoot);
    }

    [Fact]
    public void The_time_limit_comes_from_MRS_SOFFICE_TIMEOUT()
    {
        Assert.Equal(TimeSpan.FromSeconds(60), LibreOfficeConverter.DefaultTimeout);
        var soffice = LegacySupport.FakeSoffice(TestPaths.TempFolder(), "exit 0");
        var result = MrsProcess.Run(
            ["import", LegacySupport.IndustryDoc, "-o", Path.Combine(TestPaths.TempFolder(), "out.std.yaml")],
            new Dictionary<string, string> { ["MRS_SOFFICE"] = soffice, ["MRS_SOFFICE_TIMEOUT"] = "soon" });
        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith("error: MRS_SOFFICE_TIMEOUT must be a number of seconds (got 'soon')\n", result.Error, StringComparison.Ordinal);
    }
}
