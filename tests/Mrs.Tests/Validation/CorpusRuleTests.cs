using Mrs.Import;
using Mrs.Model;
using Mrs.Validation.Rules;
using Mrs.Tests.Import.Docx;

namespace Mrs.Tests.Validation;

/// <summary>
/// The rule set on real documents: it runs over every standard of the corpus without failing, and the six seeded
/// defects are caught on a GB/T document (gbt-minimal) and an ISO document (the rice model) after import.
/// </summary>
public class CorpusRuleTests
{
    public static TheoryData<string> Standards() => CorpusFiles.Data(CorpusFiles.Standards());

    [Theory]
    [MemberData(nameof(Standards))]
    public void Rule_set_runs_over_every_corpus_standard(string file)
    {
        var imported = CorpusFiles.ImportOrSkip(file);
        var result = new RuleEngine().Run(imported.Document, new PointerLocator(file));
        Assert.All(result.Findings, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Message));
            Assert.False(string.IsNullOrWhiteSpace(f.MessageZh));
        });
    }

    public static TheoryData<string, string> Defects()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in new[] { "standards/gbt/generated/gbt-minimal.docx", "standards/iso/metanorma-iso_rice.docx" })
        {
            foreach (var defect in new[] { "no-normative-references", "lone-subclause", "duplicate-number", "requirement-in-note", "uncited-annex",
                "dangling-reference" })
            {
                data.Add(file, defect);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Defects))]
    public void Seeded_defect_is_caught_in_an_imported_standard(string file, string defect)
    {
        var doc = DocumentImporter.Import(TestPaths.CorpusFile(file), new ImportOptions()).Document;
        var chinese = file.Contains("gbt", StringComparison.Ordinal);
        var technical = doc.Clauses.First(c => c.Kind == ClauseKind.General && c.Clauses.Count > 0);
        var first = technical.Clauses[0];
        var nextLetter = ((char)(doc.Annexes[^1].Letter[^1] + 1)).ToString();
        var (broken, code, clause) = defect switch
        {
            "no-normative-references" => (doc with { Clauses = doc.Clauses.Where(c => c.Kind != ClauseKind.NormativeReferences).ToList() },
                "STRUCT-002", "2"),
            "lone-subclause" => (SeededDefectTests.MapClause(doc, technical.Id, c => c with { Clauses = c.Clauses.Take(1).ToList() }), "STRUCT-011",
                technical.Number!),
            "duplicate-number" => (SeededDefectTests.MapClause(doc, technical.Id,
                c => c with { Clauses = [.. c.Clauses, first with { Id = first.Id + "-copy" }] }), "NUM-001", first.Number!),
            "requirement-in-note" => (SeededDefectTests.MapClause(doc, first.Id, c => c with
            {
                Blocks = [.. c.Blocks, new Note { Blocks = [new Paragraph { Text = chinese ? "模板应由系统选择。" : "The sample shall be stored dry." }] }],
            }), "PROV-004", first.Number!),
            "uncited-annex" => (doc with
            {
                Annexes = [.. doc.Annexes, new Annex
                {
                    Id = "annex-seeded", Letter = nextLetter, Obligation = AnnexObligation.Informative, Title = chinese ? "历史" : "History",
                    Blocks = [new Paragraph { Text = chinese ? "本附录给出历史信息。" : "This annex gives historical information." }],
                }],
            }, "STRUCT-017", "Annex " + nextLetter),
            "dangling-reference" => (SeededDefectTests.MapClause(doc, first.Id, c => c with
            {
                Blocks = [.. c.Blocks, new Paragraph { Text = chinese ? "其他规定见[9.9](#nope)。" : "Other rules are given in [9.9](#nope)." }],
            }), "REF-001", first.Number!),
            _ => throw new ArgumentOutOfRangeException(nameof(defect)),
        };
        var before = new RuleEngine().Run(doc, new PointerLocator(file)).Findings.Count(f => f.Code == code && f.Clause == clause);
        var after = new RuleEngine().Run(broken, new PointerLocator(file)).Findings.Count(f => f.Code == code && f.Clause == clause);
        Assert.True(after > before || after > 0 && defect == "lone-subclause",
            $"{defect}: expected {code} at {clause} (before seeding: {before}, after: {after})");
    }

    [Fact]
    public void Findings_on_real_documents_that_were_checked_by_hand()
    {
        // gbt-minimal.docx: clause 4 has a single subclause 4.1, visible in the document itself. Annex A is cited: its
        // REF fields ("见A.1") have no cached text, but Word fills them in on opening, and so does the importer.
        var gbt = DocumentImporter.Import(TestPaths.CorpusFile("standards/gbt/generated/gbt-minimal.docx"), new ImportOptions());
        var findings = new RuleEngine().Run(gbt.Document, new PointerLocator("gbt-minimal.docx")).Findings;
        Assert.Contains(findings, f => f.Code == "STRUCT-011" && f.Clause == "4");
        Assert.DoesNotContain(findings, f => f.Code == "STRUCT-017" && f.Clause == "Annex A");

        // The rice model: annex E is cited nowhere, and the table of defects in 4.2.2 is cited as Table 1.
        var rice = DocumentImporter.Import(TestPaths.CorpusFile("standards/iso/metanorma-iso_rice.docx"), new ImportOptions());
        var riceFindings = new RuleEngine().Run(rice.Document, new PointerLocator("rice.docx")).Findings;
        Assert.Contains(riceFindings, f => f.Code == "STRUCT-017" && f.Clause == "Annex E");
        Assert.DoesNotContain(riceFindings, f => f.Code == "BLOCK-005" && f.Message.Contains("Table 1 ", StringComparison.Ordinal));
    }
}
