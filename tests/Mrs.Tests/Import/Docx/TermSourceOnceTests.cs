using Mrs.Import;
using Mrs.Model;
using Mrs.Tests.Validation;

namespace Mrs.Tests.Import.Docx;

/// <summary>
/// A fact is stored once: a term source written as the drafting rules write it is kept as its fields only (reference,
/// locality, modified, modification); its text is kept when it says something the fields do not give back — and the
/// form rule (TERM-009) reads that text.
/// </summary>
public class TermSourceOnceTests
{
    [Fact]
    public void A_source_in_the_prescribed_form_is_stored_as_its_fields_only()
    {
        var rice = DocxImporter.Import(TestPaths.CorpusFile("standards/iso/metanorma-iso_rice.docx"), new ImportOptions()).Document;
        var sources = rice.Descendants<TermSource>().ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.Null(s.Text));
        var modified = sources.Single(s => s.Modified);
        Assert.Equal(("ISO 7301:2011", "3.2"), (modified.Reference, modified.Locality));
        Assert.StartsWith("The term “cargo rice” is shown as deprecated", modified.Modification, StringComparison.Ordinal);

        var sample = DocxImporter.Import(TestPaths.Sample("word/gbt-sample.docx"), new ImportOptions()).Document;
        var chinese = sample.Descendants<TermSource>().First();
        Assert.Equal(("GB/T 20000.1—2014", "5.2", true, null), (chinese.Reference, chinese.Locality, chinese.Modified, chinese.Text));
    }

    [Fact]
    public void A_source_in_another_form_keeps_its_text_and_the_form_rule_reports_it()
    {
        // The Chinese sample with its source written the ISO way: "[SOURCE: GB/T 20000.1—2014，5.2，有修改…]".
        var variant = DocxVariant.Make(TestPaths.Sample("word/gbt-sample.docx"), ("[来源：GB/T 20000.1", "[SOURCE: GB/T 20000.1"));
        var document = DocxImporter.Import(variant, new ImportOptions()).Document;
        var source = document.Descendants<TermSource>().First();
        Assert.Equal("GB/T 20000.1—2014", source.Reference);
        Assert.StartsWith("\\[SOURCE: GB/T 20000.1—2014，5.2，有修改", source.Text, StringComparison.Ordinal);

        var findings = RuleTestKit.Run(document).Findings.Where(f => f.Code == "TERM-009").ToList();
        Assert.Single(findings);
        Assert.EndsWith("/sources/0/text", findings[0].Location.Pointer, StringComparison.Ordinal);
    }
}
