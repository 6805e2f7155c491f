using System.Text;
using Mrs.Import;
using Mrs.Import.Legacy;
using Mrs.Tests.Import.Numbering;

namespace Mrs.Tests.Import.Docx;

/// <summary>
/// Every standard of the corpus (standards/: .docx, .dotx, .docm, .doc) against LibreOffice's rendering of it: the
/// numbers a reader sees — numbered headings and numbered term entries (<see cref="LibreOfficeOracle"/>) — must be in
/// the model mrs imports, with their titles or designations. LibreOffice renders copies with the tracked changes
/// accepted (<see cref="TrackedChanges"/>; legacy files are converted to .docx first), as mrs imports them; the whole
/// corpus goes through one soffice run per export format.
/// <para>
/// Rule: at least 99 % of all entries are found, and every document finds at least 95 % of its own, except the
/// documents in <see cref="AcceptedExceptions"/>, each with the reason why the rendering and the model may differ
/// (an oracle's limit, not an importer bug). A document LibreOffice cannot render fails the test.
/// </para>
/// <para>
/// The test prints a table (found/stated, %, document) and the entries not found. To see it when the test passes:
/// <c>dotnet test --project tests/Mrs.Tests -c Release --no-build --output Detailed -- --filter-class '*LibreOfficeOracleTests'</c>.
/// </para>
/// </summary>
public class LibreOfficeOracleTests(ITestOutputHelper output)
{
    /// <summary>Documents allowed below 95 %, with the reason.</summary>
    private static readonly Dictionary<string, string> AcceptedExceptions = new(StringComparer.Ordinal);

    /// <summary>Documents the oracle must read at least this many entries from, so that it cannot silently go empty.</summary>
    private static readonly Dictionary<string, int> MinimumEntries = new(StringComparer.Ordinal)
    {
        ["standards/gbt/real/laolv2023__28181-2022__GBT_28181_2022.docx"] = 180,
        ["standards/oasis/mqtt-sn-2-0-wd_2024-06-06.docx"] = 200,
        ["standards/iso/opengeospatial__om-swg__FINAL_ISO_DIS_19156_ed.2_-_id.82463_Enquiry_Word_(en).docx"] = 400,
    };

    private const double MinimumTotal = 0.99;
    private const double MinimumPerDocument = 0.95;

    /// <summary>A document's score; <paramref name="Problem"/> says why it was not rendered or not imported.</summary>
    private sealed record DocumentScore(string File, int Stated, int Found, IReadOnlyList<string> Missing, string? Problem, bool Rendered = true)
    {
        public double Ratio => Stated == 0 ? 1 : (double)Found / Stated;
    }

    private static readonly Lazy<IReadOnlyList<DocumentScore>> Scores = new(ScoreCorpus, LazyThreadSafetyMode.ExecutionAndPublication);

    private static IReadOnlyList<string> Standards() =>
        Directory.Exists(TestPaths.CorpusFile("standards"))
            ? Directory.EnumerateFiles(TestPaths.CorpusFile("standards"), "*", SearchOption.AllDirectories)
                .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".docx" or ".dotx" or ".docm" or ".doc")
                .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(TestPaths.Corpus, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    private static IReadOnlyList<DocumentScore> Require()
    {
        if (LibreOfficeText.FindSoffice() is null)
        {
            Assert.Skip("LibreOffice (soffice) is not installed; .ci/run installs it");
        }
        if (Standards().Count == 0)
        {
            Assert.Skip($"the shared corpus is not there ({TestPaths.Corpus})");
        }
        return Scores.Value;
    }

    private static IReadOnlyList<DocumentScore> ScoreCorpus()
    {
        var soffice = LibreOfficeText.FindSoffice()!;
        var files = Standards();
        var rendering = Task.Run(() => LibreOfficeText.Render(soffice, files.Select(TestPaths.CorpusFile).ToList(),
            new LibreOfficeText.RenderOptions(AcceptTrackedChanges: true, FlatOdt: true)));
        // While LibreOffice renders, mrs imports (legacy files through LibreOffice too, as mrs import does).
        var converter = new LibreOfficeConverter(soffice);
        var models = new Dictionary<string, (LibreOfficeOracle.ModelNumbers? Numbers, string? Refused)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                var model = DocumentImporter.Import(TestPaths.CorpusFile(file), new ImportOptions(), converter).Document;
                models[file] = (new LibreOfficeOracle.ModelNumbers(model), null);
            }
            catch (ImportException ex)
            {
                models[file] = (null, "refused: " + ex.Message);
            }
        }
        var rendered = rendering.GetAwaiter().GetResult();
        var scores = new List<DocumentScore>();
        foreach (var file in files)
        {
            if (rendered[TestPaths.CorpusFile(file)] is not { } r)
            {
                scores.Add(new DocumentScore(file, 0, 0, [], "LibreOffice could not render it", Rendered: false));
                continue;
            }
            var entries = LibreOfficeOracle.Entries(r);
            var (numbers, refused) = models[file];
            var missing = entries
                .Where(e => numbers?.Has(e) != true)
                .Select(e => numbers is null ? e.ToString() : $"{e} — model: [{string.Join(" | ", numbers.Under(e.Number).Take(3))}]")
                .ToList();
            scores.Add(new DocumentScore(file, entries.Count, entries.Count - missing.Count, missing, refused));
        }
        return scores;
    }

    [Fact]
    public void Numbered_headings_and_term_entries_LibreOffice_renders_are_in_the_model()
    {
        var scores = Require();
        var table = new StringBuilder();
        table.AppendLine("found/stated      %  document");
        foreach (var s in scores.Where(s => s.Stated > 0 || s.Problem is not null))
        {
            table.AppendLine($"{s.Found,5}/{s.Stated,-5} {100 * s.Ratio,6:0.0}  {s.File}{(s.Problem is null ? "" : "  (" + s.Problem + ")")}");
        }
        var stated = scores.Sum(s => s.Stated);
        var found = scores.Sum(s => s.Found);
        var total = stated == 0 ? 0 : (double)found / stated;
        table.AppendLine($"{found,5}/{stated,-5} {100 * total,6:0.0}  TOTAL ({scores.Count} documents, "
            + $"{scores.Count(s => s.Stated == 0 && s.Problem is null)} without numbered entries)");
        foreach (var s in scores.Where(s => s.Missing.Count > 0))
        {
            table.AppendLine($"{s.File}: {s.Missing.Count} not found, e.g.");
            foreach (var m in s.Missing.Take(8))
            {
                table.AppendLine("    " + m);
            }
        }
        foreach (var file in AcceptedExceptions.Keys.Where(f => scores.FirstOrDefault(s => s.File == f) is not { } s
            || s.Ratio >= MinimumPerDocument))
        {
            table.AppendLine($"note: {file} is an accepted exception but no longer needs to be");
        }
        output.WriteLine(table.ToString());

        var problems = new List<string>();
        problems.AddRange(scores.Where(s => !s.Rendered).Select(s => $"{s.File}: {s.Problem}"));
        if (total < MinimumTotal)
        {
            problems.Add($"in total {found} of {stated} entries found ({100 * total:0.0} %, at least {100 * MinimumTotal:0} % needed)");
        }
        problems.AddRange(scores
            .Where(s => s.Ratio < MinimumPerDocument && !AcceptedExceptions.ContainsKey(s.File))
            .Select(s => $"{s.File}: {s.Found} of {s.Stated} entries found ({100 * s.Ratio:0.0} %, at least {100 * MinimumPerDocument:0} % needed)"));
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n\n" + table);
    }

    [Fact]
    public void The_oracle_reads_the_numbers_of_known_standards()
    {
        var scores = Require();
        foreach (var (file, minimum) in MinimumEntries)
        {
            var score = scores.FirstOrDefault(s => s.File == file);
            Assert.True(score is not null, $"{file} is not in the corpus");
            Assert.True(score.Stated >= minimum,
                $"{file}: the oracle reads {score.Stated} entries from LibreOffice's rendering; at least {minimum} expected");
        }
    }
}
