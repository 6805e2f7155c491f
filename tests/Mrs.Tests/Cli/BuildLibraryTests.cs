using System.Diagnostics;
using System.Text.Json;
using Json.Schema;

namespace Mrs.Tests.Cli;

/// <summary>
/// mrs build over a small library of real corpus standards copied to a temporary folder: the catalogue, the incremental
/// cache, stable-hash shards and their merge, a corrupt document among good ones, --fail-on and the report, Ctrl+C.
/// </summary>
public class BuildLibraryTests
{
    /// <summary>Eight corpus standards of several families and sizes, kept in their corpus folders.</summary>
    private static readonly string[] Library =
    [
        "openchain/zh-Hans_OpenChainSpec-2.0.docx",
        "openchain/en_security-assurance-spec-1.1.docx",
        "etsi-itu-3gpp/itu-t-recommendation-skeleton.docx",
        "etsi-itu-3gpp/ETSI_TS_skeleton.docx",
        "gbt/generated/gbt-minimal.docx",
        "iso/opengeospatial__ogcapi-features__ISO19168-2_dis_draft.docx",
        "oasis/oasis-tcs__dss-x-spec__dss-md-cs-02.docx",
        "iso/metanorma-iso_rice.docx",
    ];

    private static string CopyLibrary()
    {
        Assert.SkipWhen(!Directory.Exists(Path.Combine(TestPaths.Corpus, "standards")), $"the corpus is not at {TestPaths.Corpus} (set MRS_CORPUS)");
        var folder = TestPaths.TempFolder();
        foreach (var relative in Library)
        {
            var target = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(TestPaths.CorpusFile("standards/" + relative), target);
        }
        return folder;
    }

    private static JsonElement Json(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement;

    private static List<JsonElement> Documents(string indexJson) => [.. Json(indexJson).GetProperty("documents").EnumerateArray()];

    private static Dictionary<string, string> Actions(string report) =>
        Documents(report).ToDictionary(d => d.GetProperty("input").GetString()!, d => d.GetProperty("action").GetString()!);

    private static void AssertValid(string file)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.Schemas, "build-report.schema.json")),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var result = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, file + ": " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void A_library_builds_in_parallel_and_a_second_run_rebuilds_nothing_and_a_changed_file_alone_is_rebuilt()
    {
        var library = CopyLibrary();
        var output = TestPaths.TempFolder();
        var report = Path.Combine(TestPaths.TempFolder(), "build-report.json");

        var first = Stopwatch.StartNew();
        var built = CliRunner.Run("build", library, "-o", output, "--to", "yaml,json", "-j", "2", "--fail-on", "never", "--report", report);
        first.Stop();

        Assert.True(built.ExitCode == 0, built.Error);
        Assert.Contains($"{Library.Length} built, 0 failed, 0 up to date", built.Error, StringComparison.Ordinal);
        Assert.All(Actions(report).Values, a => Assert.Equal("built", a));
        var catalogue = Documents(Path.Combine(output, "index.json"));
        Assert.Equal(Library.Order(StringComparer.Ordinal), catalogue.Select(d => d.GetProperty("input").GetString()));
        foreach (var entry in catalogue)
        {
            Assert.Equal("ok", entry.GetProperty("status").GetString());
            Assert.True(entry.TryGetProperty("family", out _));
            var outputs = entry.GetProperty("outputs").EnumerateArray().Select(o => o.GetString()!).ToList();
            Assert.Equal(2, outputs.Count);
            Assert.All(outputs, o => Assert.True(File.Exists(Path.Combine(output, o)), o));
        }
        // a folder per source folder, models named from the input's relative path
        Assert.True(File.Exists(Path.Combine(output, "iso", "metanorma-iso_rice.std.yaml")));
        Assert.True(File.Exists(Path.Combine(output, "gbt", "generated", "gbt-minimal.std.json")));
        Assert.True(File.Exists(Path.Combine(output, BuildCacheName)));
        var page = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("metanorma-iso_rice.std.yaml", page, StringComparison.Ordinal);
        var links = Mrs.Tests.Rendering.Html.HtmlChecks.Parse(page).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(Library.Length * 2, links.Count);
        Assert.All(links, l => Assert.True(File.Exists(Path.Combine(output, Uri.UnescapeDataString(l))), l));
        AssertValid(Path.Combine(output, "index.json"));
        AssertValid(report);
        var index = File.ReadAllBytes(Path.Combine(output, "index.json"));
        var model = File.ReadAllBytes(Path.Combine(output, "iso", "metanorma-iso_rice.std.yaml"));

        // The same inputs again: nothing is built, in well under a third of the time, and the catalogue is the same bytes.
        var second = Stopwatch.StartNew();
        var again = CliRunner.Run("build", library, "-o", output, "--to", "yaml,json", "-j", "2", "--fail-on", "never", "--report", report);
        second.Stop();
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains($"0 built, 0 failed, {Library.Length} up to date", again.Error, StringComparison.Ordinal);
        Assert.All(Actions(report).Values, a => Assert.Equal("up-to-date", a));
        Assert.True(second.Elapsed * 3 < first.Elapsed, $"first run {first.Elapsed.TotalSeconds:F2} s, second {second.Elapsed.TotalSeconds:F2} s");
        Assert.Equal(index, File.ReadAllBytes(Path.Combine(output, "index.json")));

        // One file changed: that one alone is built again.
        File.Copy(TestPaths.CorpusFile("standards/openchain/de_OpenChainSpec-2.0.docx"),
            Path.Combine(library, "openchain", "zh-Hans_OpenChainSpec-2.0.docx"), overwrite: true);
        var third = CliRunner.Run("build", library, "-o", output, "--to", "yaml,json", "-j", "2", "--fail-on", "never", "--report", report);
        Assert.True(third.ExitCode == 0, third.Error);
        var actions = Actions(report);
        Assert.Equal("built", actions["openchain/zh-Hans_OpenChainSpec-2.0.docx"]);
        Assert.All(actions.Where(a => a.Key != "openchain/zh-Hans_OpenChainSpec-2.0.docx"), a => Assert.Equal("up-to-date", a.Value));
        Assert.Equal(model, File.ReadAllBytes(Path.Combine(output, "iso", "metanorma-iso_rice.std.yaml")));

        // Other formats, a deleted output or --force: built again.
        File.Delete(Path.Combine(output, "iso", "metanorma-iso_rice.std.json"));
        Assert.Equal(0, CliRunner.Run("build", library, "-o", output, "--to", "yaml,json", "--fail-on", "never", "--report", report).ExitCode);
        Assert.Equal(["iso/metanorma-iso_rice.docx"], Actions(report).Where(a => a.Value == "built").Select(a => a.Key));
        Assert.Equal(0, CliRunner.Run("build", library, "-o", output, "--to", "yaml", "--fail-on", "never", "--report", report).ExitCode);
        Assert.All(Actions(report).Values, a => Assert.Equal("built", a));
        Assert.Equal(0, CliRunner.Run("build", library, "-o", output, "--to", "yaml", "--force", "--fail-on", "never", "--report", report).ExitCode);
        Assert.All(Actions(report).Values, a => Assert.Equal("built", a));
    }

    private const string BuildCacheName = ".mrs-cache.json";

    [Fact]
    public void Shards_are_disjoint_cover_every_input_stay_put_when_inputs_are_added_and_merge_into_one_catalogue()
    {
        var library = CopyLibrary();
        var shards = Enumerable.Range(1, 3).Select(_ => TestPaths.TempFolder()).ToList();
        for (var i = 0; i < 3; i++)
        {
            var result = CliRunner.Run("build", library, "-o", shards[i], "--shard", $"{i + 1}/3", "-j", "2", "--fail-on", "never");
            Assert.True(result.ExitCode == 0, result.Error);
            Assert.Equal($"{i + 1}/3", Json(Path.Combine(shards[i], "index.json")).GetProperty("shard").GetString());
        }
        var inputs = shards.Select(s => Documents(Path.Combine(s, "index.json")).Select(d => d.GetProperty("input").GetString()!).ToList()).ToList();
        for (var i = 0; i < 3; i++)
        {
            for (var j = i + 1; j < 3; j++)
            {
                Assert.Empty(inputs[i].Intersect(inputs[j]));
            }
        }
        Assert.Equal(Library.Order(StringComparer.Ordinal), inputs.SelectMany(x => x).Order(StringComparer.Ordinal));
        Assert.True(inputs.Count(x => x.Count > 0) >= 2, "eight inputs in three shards: more than one shard has work");

        // The shard of a document is a hash of its relative path: adding documents moves none of the others.
        File.Copy(TestPaths.CorpusFile("standards/openchain/de_OpenChainSpec-2.0.docx"), Path.Combine(library, "added.docx"));
        var later = TestPaths.TempFolder();
        var shardOfAdded = 0;
        for (var i = 0; i < 3; i++)
        {
            var folder = Path.Combine(later, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(0, CliRunner.Run("build", library, "-o", folder, "--shard", $"{i + 1}/3", "--fail-on", "never").ExitCode);
            var now = Documents(Path.Combine(folder, "index.json")).Select(d => d.GetProperty("input").GetString()!).ToList();
            Assert.Equal(inputs[i], now.Where(n => n != "added.docx"));
            shardOfAdded += now.Contains("added.docx") ? 1 : 0;
        }
        Assert.Equal(1, shardOfAdded);

        // --merge joins the shards: every document, its files, one catalogue and report.
        var merged = TestPaths.TempFolder();
        var report = Path.Combine(merged, "..", Path.GetFileName(merged) + "-report.json");
        var joined = CliRunner.Run(["build", "--merge", .. shards, "-o", merged, "--report", report, "--fail-on", "never"]);
        Assert.True(joined.ExitCode == 0, joined.Error);
        var all = Documents(Path.Combine(merged, "index.json"));
        Assert.Equal(Library.Order(StringComparer.Ordinal), all.Select(d => d.GetProperty("input").GetString()));
        Assert.False(Json(Path.Combine(merged, "index.json")).TryGetProperty("shard", out _));
        Assert.All(all.SelectMany(d => d.GetProperty("outputs").EnumerateArray()),
            o => Assert.True(File.Exists(Path.Combine(merged, o.GetString()!)), o.GetString()));
        AssertValid(Path.Combine(merged, "index.json"));
        AssertValid(report);
        Assert.Equal(3, Json(report).GetProperty("merged").GetArrayLength());

        // The merged folder's cache holds every shard's entries: a whole build there has nothing to do.
        var whole = CliRunner.Run("build", library, "-o", merged, "--fail-on", "never", "--report", report);
        Assert.Contains($"1 built, 0 failed, {Library.Length} up to date", whole.Error, StringComparison.Ordinal);
        Assert.Equal("built", Actions(report)["added.docx"]);

        Assert.Equal(2, CliRunner.Run("build", "--merge", library, "-o", merged).ExitCode);
        Assert.Equal(2, CliRunner.Run("build", "--merge", shards[0], "-o", merged, "--shard", "1/2").ExitCode);
    }

    [Fact]
    public void A_corrupt_document_among_good_ones_is_reported_and_the_others_are_built()
    {
        var library = CopyLibrary();
        File.WriteAllBytes(Path.Combine(library, "iso", "corrupt.docx"), [0x50, 0x4B, 0x03, 0x04, 9, 9, 9, 9, 9]);
        var output = TestPaths.TempFolder();
        var report = Path.Combine(TestPaths.TempFolder(), "r.json");

        var result = CliRunner.Run("build", library, "-o", output, "-j", "2", "--report", report);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{Library.Length} built, 1 failed", result.Error, StringComparison.Ordinal);
        Assert.Contains(result.Error.Split('\n'),
            l => l.StartsWith(Path.Combine(library, "iso", "corrupt.docx") + ": error: ", StringComparison.Ordinal));
        var corrupt = Documents(report).Single(d => d.GetProperty("input").GetString() == "iso/corrupt.docx");
        Assert.Equal("failed", corrupt.GetProperty("status").GetString());
        Assert.StartsWith("iso/corrupt.docx: error: ", corrupt.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(corrupt.GetProperty("outputs").EnumerateArray());
        Assert.Equal(Library.Length, Documents(report).Count(d => d.GetProperty("status").GetString() == "ok"));
        Assert.DoesNotContain(Directory.GetFiles(output, "*", SearchOption.AllDirectories),
            f => f.Contains("corrupt", StringComparison.Ordinal) || f.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Contains("corrupt.docx", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);

        // --fail-on never: the failure is reported, the exit code is 0; a failed document is tried again next time.
        var again = CliRunner.Run("build", library, "-o", output, "--fail-on", "never", "--report", report);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal("failed", Actions(report)["iso/corrupt.docx"]);
    }

    [Fact]
    public void Fail_on_decides_the_exit_code_from_the_findings_counts_also_of_documents_up_to_date()
    {
        var library = CopyLibrary();
        var output = TestPaths.TempFolder();
        var report = Path.Combine(TestPaths.TempFolder(), "r.json");
        Assert.Equal(0, CliRunner.Run("build", library, "-o", output, "-j", "2", "--fail-on", "never", "--report", report).ExitCode);
        var summary = Json(report).GetProperty("summary");
        var errors = summary.GetProperty("errors").GetInt32();
        var warnings = summary.GetProperty("warnings").GetInt32();
        Assert.True(errors + warnings > 0, "the corpus documents have findings");
        Assert.Equal(errors + warnings, Documents(report).Sum(d => d.GetProperty("errors").GetInt32() + d.GetProperty("warnings").GetInt32()));

        // the second and third runs build nothing: the cached entries keep their counts
        Assert.Equal(errors > 0 ? 1 : 0, CliRunner.Run("build", library, "-o", output, "--fail-on", "error").ExitCode);
        Assert.Equal(1, CliRunner.Run("build", library, "-o", output, "--fail-on", "warning").ExitCode);
        Assert.Equal(errors, Json(Path.Combine(output, "index.json")).GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void A_quoted_glob_builds_the_standards_it_matches()
    {
        var library = CopyLibrary();
        var output = TestPaths.TempFolder();
        var result = CliRunner.Run("build", Path.Combine(library, "**", "*OpenChain*.docx"), Path.Combine(library, "iso", "*rice*"), "-o", output,
            "--fail-on", "never");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(["metanorma-iso_rice.docx", "openchain/zh-Hans_OpenChainSpec-2.0.docx"],
            Documents(Path.Combine(output, "index.json")).Select(d => d.GetProperty("input").GetString()));
        Assert.Equal(2, CliRunner.Run("build", Path.Combine(library, "*.nothing"), "-o", output).ExitCode);
    }

    [Fact]
    public void A_document_named_like_the_catalogue_keeps_its_extension()
    {
        var folder = TestPaths.TempFolder();
        File.Copy(TestPaths.Sample("word/gbt-sample.docx"), Path.Combine(folder, "index.docx"));
        var output = TestPaths.TempFolder();
        var result = CliRunner.Run("build", folder, "-o", output, "--to", "yaml,html");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(File.Exists(Path.Combine(output, "index.docx.html")));
        Assert.True(File.Exists(Path.Combine(output, "index.docx.std.yaml")));
        var page = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("href=\"index.docx.html\"", page, StringComparison.Ordinal);
        Assert.Equal("en", Mrs.Tests.Rendering.Html.HtmlChecks.Parse(page).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Ctrl_C_stops_the_build_cleanly_keeping_what_finished()
    {
        var library = CopyLibrary();
        var output = TestPaths.TempFolder();
        // Through perl, which sets SIGINT back to its default: a process started in the background (a test run under
        // '&', some CI runners) inherits SIGINT ignored, and .NET then leaves it ignored.
        var start = new ProcessStartInfo("perl")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die", "dotnet", Path.Combine(AppContext.BaseDirectory, "mrs.dll"),
            "build", library, "-o", output, "-j", "1", "--fail-on", "never" })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var lines = new List<string>();
        string? line;
        while ((line = process.StandardError.ReadLine()) is not null)
        {
            lines.Add(line);
            if (line.StartsWith("[1/", StringComparison.Ordinal))
            {
                using var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
                kill.WaitForExit();
                break;
            }
        }
        var rest = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000));
        Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}: {string.Join('\n', lines)}\n{rest}");
        Assert.Contains("stopping: no new documents start", rest, StringComparison.Ordinal);
        Assert.Contains("documents not started", rest, StringComparison.Ordinal);
        var catalogue = Documents(Path.Combine(output, "index.json"));
        Assert.InRange(catalogue.Count, 1, Library.Length - 1);
        Assert.All(catalogue, d => Assert.True(File.Exists(Path.Combine(output, d.GetProperty("outputs")[0].GetString()!))));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(output, "*", SearchOption.AllDirectories),
            f => f.EndsWith(".tmp", StringComparison.Ordinal));
        // what finished is cached: the next run builds only the rest
        var next = CliRunner.Run("build", library, "-o", output, "-j", "2", "--fail-on", "never");
        Assert.Contains($"{Library.Length - catalogue.Count} built, 0 failed, {catalogue.Count} up to date", next.Error, StringComparison.Ordinal);
    }
}
