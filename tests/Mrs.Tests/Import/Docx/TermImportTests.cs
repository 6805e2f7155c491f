using Mrs.Import;
using Mrs.Model;

namespace Mrs.Tests.Import.Docx;

/// <summary>Term entries of real documents: numbers, designations, definitions, notes to entry and sources on the right entry.</summary>
public class TermImportTests
{
    private static IReadOnlyList<TermEntry> Terms(string file)
    {
        var document = DocumentImporter.Import(TestPaths.CorpusFile(file), new ImportOptions()).Document;
        var terms = document.Clauses.Single(c => c.Kind == ClauseKind.TermsAndDefinitions);
        return Flatten(terms).ToList();
    }

    private static IEnumerable<TermEntry> Flatten(Clause clause) => clause.Terms.Concat(clause.Clauses.SelectMany(Flatten));

    [Fact]
    public void Every_rice_term_has_number_designation_and_definition()
    {
        var terms = Terms("standards/iso/metanorma-iso_rice.docx");
        Assert.Equal(Enumerable.Range(1, 15).Select(i => $"3.{i}"), terms.Select(t => t.Number));
        Assert.All(terms, t =>
        {
            Assert.NotEmpty(t.Preferred);
            Assert.False(string.IsNullOrWhiteSpace(t.Definition), $"term {t.Number} has no definition");
            Assert.DoesNotContain("**", t.Preferred[0].Text);
        });
        var byNumber = terms.ToDictionary(t => t.Number!);
        Assert.Equal("paddy", byNumber["3.1"].Preferred[0].Text);
        Assert.Equal(["paddy rice", "rough rice"], byNumber["3.1"].Admitted.Select(a => a.Text));
        Assert.Equal("cargo rice", byNumber["3.2"].Deprecated.Single().Text);
        Assert.True(byNumber["3.2"].Sources.Single().Modified);
        Assert.Equal("ISO 7301:2011", byNumber["3.2"].Sources.Single().Reference);
        Assert.Equal("3.2", byNumber["3.2"].Sources.Single().Locality);
        Assert.Single(byNumber["3.5"].Notes);
        Assert.Equal("1", byNumber["3.5"].Notes[0].Number);
        Assert.Equal("rice", byNumber["3.6"].Domain);
        Assert.Single(byNumber["3.6"].Examples);
        Assert.Single(byNumber["3.11"].Notes);
        Assert.Equal("ISO 20483:2013", byNumber["3.11"].Sources.Single().Reference);
        Assert.Empty(byNumber["3.4"].Notes);
        Assert.Contains("(#term-3.1)", byNumber["3.2"].Definition);
    }

    [Theory]
    [InlineData("standards/gbt/generated/gbt-minimal.docx")]
    [InlineData("standards/gbt/generated/industry-minimal.docx")]
    public void Gbt_terms_have_number_designation_and_definition(string file)
    {
        var terms = Terms(file);
        Assert.NotEmpty(terms);
        Assert.All(terms, t =>
        {
            Assert.Matches(@"^3\.\d+(\.\d+)?$", t.Number!);
            Assert.NotEmpty(t.Preferred);
            Assert.False(string.IsNullOrWhiteSpace(t.Definition), $"term {t.Number} has no definition");
        });
    }

    [Fact]
    public void Gbt_minimal_term_matches_its_source_yaml()
    {
        var term = Terms("standards/gbt/generated/gbt-minimal.docx").Single();
        Assert.Equal("3.1", term.Number);
        Assert.Equal("模板 profile", term.Preferred.Single().Text);
        Assert.StartsWith("用于描述不同标准模板之间封面字段、表单域和固定占位差异的配置集合", term.Definition);
    }

    [Fact]
    public void Sarif_glossary_becomes_term_entries()
    {
        var document = DocumentImporter.Import(TestPaths.CorpusFile("standards/oasis/sarif-v2.1.0-committee-specification.docx"), new ImportOptions())
            .Document;
        var terms = document.Clauses.SelectMany(Flatten).ToList();
        Assert.True(terms.Count > 80);
        Assert.Contains(terms, t => t.Preferred[0].Text == "triage"
            && t.Definition!.StartsWith("decide whether a [result](#term-", StringComparison.Ordinal));
    }
}
