using System.Collections.Concurrent;
using System.Diagnostics;
using Mrs.Import;
using Mrs.Import.Legacy;

namespace Mrs.Tests.Import.Legacy;

/// <summary>
/// Every legacy Word file of the corpus (poi-doc: Word 6, 95 and 97-2003 files, a password-protected one, fuzzer
/// crashes; and the GB/T .doc) imports or is refused with a one-line reason, within the time limit, and leaves no
/// LibreOffice process and no temporary folder behind.
/// </summary>
public class LegacyCorpusTests(ITestOutputHelper output)
{
    /// <summary>Files refused, with the reason; every other file imports.</summary>
    private static readonly Dictionary<string, string> Refused = new(StringComparer.Ordinal)
    {
        ["PasswordProtected.doc"] = LegacyFormat.EncryptedMessage,
    };

    private static List<string> Files()
    {
        var folder = TestPaths.CorpusFile("poi-doc");
        if (!Directory.Exists(folder))
        {
            Assert.Skip("the shared corpus is not there");
        }
        return [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal), LegacySupport.IndustryDoc];
    }

    [Fact]
    public void Every_legacy_file_imports_or_is_refused_in_one_line_and_nothing_is_left_behind()
    {
        var soffice = LegacySupport.RequireSoffice();
        var files = Files();
        Assert.Equal(23, files.Count);
        var tempRoot = TestPaths.TempFolder();
        var converter = new LibreOfficeConverter(soffice, tempRoot: tempRoot);
        var outcomes = new ConcurrentDictionary<string, (string Outcome, TimeSpan Elapsed)>();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 2 }, file =>
        {
            var clock = Stopwatch.StartNew();
            string outcome;
            try
            {
                var result = DocumentImporter.Import(file, new ImportOptions(), converter);
                var source = result.Document.Source!;
                outcome = source.Format == "doc" && source.File == Path.GetFileName(file) && source.Conversions.Count == 1
                    && result.Report.Conversions.Count == 1
                    ? "imported"
                    : $"imported, but the source says {source.File} {source.Format} [{string.Join(", ", source.Conversions)}]";
            }
            catch (ImportException ex)
            {
                outcome = "refused: " + ex.Message;
            }
            outcomes[Path.GetFileName(file)] = (outcome, clock.Elapsed);
        });

        foreach (var (file, (outcome, elapsed)) in outcomes.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{file}: {outcome} ({elapsed.TotalSeconds:0.0} s)");
        }
        var problems = new List<string>();
        foreach (var (file, (outcome, elapsed)) in outcomes)
        {
            var expected = Refused.TryGetValue(file, out var reason) ? "refused: " + reason : "imported";
            if (outcome != expected)
            {
                problems.Add($"{file}: {outcome} (expected {expected})");
            }
            if (outcome.Contains('\n') || outcome.Contains('\r'))
            {
                problems.Add($"{file}: the reason is not one line");
            }
            if (elapsed > converter.Timeout + TimeSpan.FromSeconds(30))
            {
                problems.Add($"{file}: took {elapsed.TotalSeconds:0} s");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        LegacySupport.AssertNothingLeft(tempRoot);
    }

    [Fact]
    public void Mrs_import_exits_2_with_one_line_for_refused_files_and_0_for_converted_ones()
    {
        LegacySupport.RequireSoffice();
        var tempRoot = TestPaths.TempFolder();
        var outputs = TestPaths.TempFolder();
        var environment = new Dictionary<string, string> { ["TMPDIR"] = tempRoot };
        var fuzzed = Path.Combine(outputs, "fuzzed.doc");
        File.WriteAllBytes(fuzzed, LegacySupport.RandomCompoundFile(30_000, seed: 3));
        var unreadable = Path.Combine(outputs, "no-table.doc");
        File.WriteAllBytes(unreadable, LegacySupport.WithoutTableStream(File.ReadAllBytes(LegacySupport.Poi("simple-list.doc"))));

        foreach (var (file, reason) in new[]
        {
            (LegacySupport.Poi("PasswordProtected.doc"), LegacyFormat.EncryptedMessage),
            (fuzzed, "the file is damaged: it begins like a Word 97-2003 document, but its structure cannot be read"),
            (unreadable, LibreOfficeConverter.UnreadableMessage),
        })
        {
            var refused = MrsProcess.Run(["import", file, "-o", Path.Combine(outputs, "refused.std.yaml")], environment);
            Assert.Equal(2, refused.ExitCode);
            Assert.Equal($"{file}: error: {reason}\n", refused.Error);
        }

        var model = Path.Combine(outputs, "word95.std.yaml");
        var imported = MrsProcess.Run(["import", LegacySupport.Poi("Word95.doc"), "-o", model, "--report", Path.Combine(outputs, "report.json")],
            environment);
        Assert.Equal(0, imported.ExitCode);
        Assert.Matches(@"Word95\.doc: converted first: LibreOffice [\d.]+ \(doc → docx, \d+\.\d s\)\n", imported.Error);
        Assert.Contains("format: doc\n", File.ReadAllText(model), StringComparison.Ordinal);
        Assert.Contains("\"conversions\": [\n    \"LibreOffice ", File.ReadAllText(Path.Combine(outputs, "report.json")), StringComparison.Ordinal);
        LegacySupport.AssertNothingLeft(tempRoot);
    }
}
