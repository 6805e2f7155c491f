using System.Globalization;
using System.Text;
using Mrs.Tests.Import.Docx;
using Mrs.Validation;
using Mrs.Validation.Reporting;
using Mrs.Validation.Rules;
using YamlDotNet.RepresentationModel;

namespace Mrs.Tests.Validation.Precision;

/// <summary>
/// Precision on real documents, kept honest by a judged ledger (ledger.yaml): every error and warning mrs gives on the
/// ledger's corpus documents (rules chosen by --rules auto) was read against the document and judged true or false.
/// The findings are recomputed here; a finding nobody judged fails (judge it on the real text before the rule lands),
/// a false finding that was fixed and comes back fails, and precision below 90 % for errors or 75 % for warnings fails.
/// </summary>
public class PrecisionLedgerTests(ITestOutputHelper output)
{
    public const double ErrorThreshold = 0.90;
    public const double WarningThreshold = 0.75;

    private static readonly string LedgerPath = Path.Combine(TestPaths.Repository, "tests", "Mrs.Tests", "Validation", "Precision", "ledger.yaml");

    private static readonly Lazy<Ledger> Judged = new(() => Ledger.Load(LedgerPath));

    private static readonly Dictionary<string, Lazy<Computed>> Runs = Judged.Value.Documents.ToDictionary(
        d => d.File, d => new Lazy<Computed>(() => Compute(d.File)), StringComparer.Ordinal);

    public static TheoryData<string> Documents() => CorpusFiles.Data(Judged.Value.Documents.Select(d => d.File));

    [Fact]
    public void The_ledger_covers_fifteen_documents_of_every_family()
    {
        var docs = Judged.Value.Documents;
        Assert.True(docs.Count >= 15, $"the ledger judges {docs.Count} documents; at least 15");
        foreach (var family in new[] { "gbt", "iso", "etsi", "itu", "generic" })
        {
            Assert.Contains(docs, d => d.Family == family);
        }
        Assert.True(docs.Select(d => d.Language).Distinct().Count() >= 5, "the ledger covers at least five languages");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_finding_is_judged_and_no_fixed_false_finding_returns(string file)
    {
        if (!File.Exists(TestPaths.CorpusFile(file)))
        {
            Assert.Skip($"corpus file {file} not found (set MRS_CORPUS)");
        }
        var run = Runs[file].Value;
        var document = Judged.Value.Documents.Single(d => d.File == file);
        Assert.Equal(document.Family, run.Family);

        var entries = Judged.Value.Entries.Where(e => e.File == file).ToDictionary(e => e.Fingerprint, StringComparer.Ordinal);
        var unjudged = new StringBuilder();
        var returned = new StringBuilder();
        foreach (var (finding, fingerprint) in run.Findings)
        {
            if (!entries.TryGetValue(fingerprint, out var entry))
            {
                unjudged.AppendLine(CultureInfo.InvariantCulture,
                    $"  - {{ file: {file}, fingerprint: {fingerprint}, code: {finding.Code}, severity: {Severities.Name(finding.Severity)}, "
                        + $"clause: \"{finding.Clause}\", message: \"{finding.Message.Replace("\"", "\\\"")}\", verdict: ?, reason: \"\" }}");
            }
            else if (entry.Fixed)
            {
                returned.AppendLine(CultureInfo.InvariantCulture,
                    $"  {finding.Code} ({finding.Clause}): {finding.Message} — judged false: {entry.Reason}");
            }
        }
        Assert.True(returned.Length == 0, $"false findings that were fixed are back in {file}:\n{returned}");
        Assert.True(unjudged.Length == 0,
            $"findings not judged yet in {file}; read each against the document and add it to ledger.yaml with its verdict:\n{unjudged}");
    }

    [Fact]
    public void Precision_is_at_least_90_percent_for_errors_and_75_percent_for_warnings()
    {
        var rows = new List<(string Family, string Severity, bool True)>();
        var before = new List<(string Family, string Severity, bool True)>();
        foreach (var document in Judged.Value.Documents)
        {
            if (!File.Exists(TestPaths.CorpusFile(document.File)))
            {
                Assert.Skip($"corpus file {document.File} not found (set MRS_CORPUS)");
            }
            var entries = Judged.Value.Entries.Where(e => e.File == document.File).ToDictionary(e => e.Fingerprint, StringComparer.Ordinal);
            foreach (var (finding, fingerprint) in Runs[document.File].Value.Findings)
            {
                if (entries.TryGetValue(fingerprint, out var entry) && !entry.Fixed)
                {
                    rows.Add((document.Family, Severities.Name(finding.Severity), entry.Verdict));
                }
            }
            before.AddRange(entries.Values.Where(e => e.Fixed).Select(e => (document.Family, e.Severity, false)));
        }
        before.AddRange(rows);

        output.WriteLine(Table(rows, before));
        var errors = Precision(rows, "error");
        var warnings = Precision(rows, "warning");
        Assert.True(errors >= ErrorThreshold, $"precision of errors {errors:P1} < {ErrorThreshold:P0}\n{Table(rows, before)}");
        Assert.True(warnings >= WarningThreshold, $"precision of warnings {warnings:P1} < {WarningThreshold:P0}\n{Table(rows, before)}");
    }

    private static double Precision(IEnumerable<(string Family, string Severity, bool True)> rows, string severity)
    {
        var mine = rows.Where(r => r.Severity == severity).ToList();
        return mine.Count == 0 ? 1 : (double)mine.Count(r => r.True) / mine.Count;
    }

    /// <summary>Per family and severity: judged findings, true ones, precision, and the false findings fixed and kept out.</summary>
    private static string Table(List<(string Family, string Severity, bool True)> rows, List<(string Family, string Severity, bool True)> before)
    {
        var text = new StringBuilder("family   severity  findings  true  precision  fixed false findings kept out\n");
        foreach (var family in new[] { "gbt", "iso", "etsi", "itu", "generic", "all" })
        {
            foreach (var severity in new[] { "error", "warning" })
            {
                var now = rows.Where(r => (family == "all" || r.Family == family) && r.Severity == severity).ToList();
                var then = before.Where(r => (family == "all" || r.Family == family) && r.Severity == severity).ToList();
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"{family,-8} {severity,-9} {now.Count,8} {now.Count(r => r.True),5} {Precision(now, severity),10:P1}  {then.Count - now.Count}");
            }
        }
        return text.ToString();
    }

    private sealed record Computed(string Family, IReadOnlyList<(Finding Finding, string Fingerprint)> Findings);

    /// <summary>
    /// Imports a corpus document, runs the rules --rules auto picks, and fingerprints the errors and warnings as `mrs validate` does (file = the
    /// corpus path).
    /// </summary>
    private static Computed Compute(string file)
    {
        var imported = Mrs.Import.DocumentImporter.Import(TestPaths.CorpusFile(file), new Mrs.Import.ImportOptions());
        var result = new RuleEngine().Run(imported.Document, new PointerLocator(file));
        var fingerprints = Fingerprints.Compute(result.Findings);
        var findings = result.Findings
            .Where(f => f.Severity is Severity.Error or Severity.Warning)
            .Select(f => (f, fingerprints[f]))
            .ToList();
        return new Computed(FamilyDetector.Name(result.Family), findings);
    }

    private static class Severities
    {
        public static string Name(Severity severity) => severity.ToString().ToLowerInvariant();
    }

    private sealed record LedgerDocument(string File, string Family, string Language);

    private sealed record LedgerEntry(string File, string Fingerprint, string Code, string Severity, bool Verdict, bool Fixed, string Reason);

    private sealed record Ledger(IReadOnlyList<LedgerDocument> Documents, IReadOnlyList<LedgerEntry> Entries)
    {
        public static Ledger Load(string path)
        {
            var yaml = new YamlStream();
            using (var reader = File.OpenText(path))
            {
                yaml.Load(reader);
            }
            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            static string S(YamlMappingNode node, string key) =>
                node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value ?? "" : "";
            var documents = ((YamlSequenceNode)root["documents"]).Cast<YamlMappingNode>()
                .Select(d => new LedgerDocument(S(d, "file"), S(d, "family"), S(d, "language")))
                .ToList();
            var entries = new List<LedgerEntry>();
            foreach (var (key, isFixed) in new[] { ("findings", false), ("fixed", true) })
            {
                if (!root.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is not YamlSequenceNode list)
                {
                    continue;
                }
                foreach (var e in list.Cast<YamlMappingNode>())
                {
                    var verdict = S(e, "verdict");
                    Assert.True(verdict is "true" or "false", $"ledger.yaml: verdict of {S(e, "fingerprint")} is “{verdict}”; true or false");
                    Assert.False(string.IsNullOrWhiteSpace(S(e, "reason")), $"ledger.yaml: {S(e, "fingerprint")} gives no reason");
                    Assert.True(!isFixed || verdict == "false", $"ledger.yaml: fixed finding {S(e, "fingerprint")} must be judged false");
                    entries.Add(new LedgerEntry(S(e, "file"), S(e, "fingerprint"), S(e, "code"), S(e, "severity"), verdict == "true", isFixed,
                        S(e, "reason")));
                }
            }
            return new Ledger(documents, entries);
        }
    }
}
