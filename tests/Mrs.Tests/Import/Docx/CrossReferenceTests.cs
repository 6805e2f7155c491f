using Mrs.Import;
using Mrs.Model;

namespace Mrs.Tests.Import.Docx;

/// <summary>
/// Cross-references: REF fields become links to model ids. The generated GB/T documents carry REF fields Word never
/// updated (marked dirty, no cached text): Word fills them in when it opens the file, so the importer does too.
/// </summary>
public class CrossReferenceTests
{
    private static IEnumerable<string> Texts(StandardDocument document)
    {
        IEnumerable<string> Of(IEnumerable<Block> blocks) => blocks.SelectMany(b => b switch
        {
            Paragraph p => [p.Text],
            Note n => Of(n.Blocks),
            Example e => Of(e.Blocks),
            _ => Array.Empty<string>(),
        });
        IEnumerable<string> Clauses(IEnumerable<Clause> clauses) => clauses.SelectMany(c =>
            Of(c.Blocks).Concat(c.Terms.Select(t => t.Definition ?? "")).Concat(Clauses(c.Clauses)));
        return Clauses(document.Clauses).Concat(document.Annexes.SelectMany(a => Clauses(a.Clauses)));
    }

    [Theory]
    [InlineData("standards/gbt/generated/gbt-minimal.docx", "实现示例见[A.1](#clause-A.1)，对应页码见第页。", "并可引用[模板 profile](#term-3.1)。")]
    [InlineData("standards/gbt/generated/industry-minimal.docx", "备案号显示示例见[A.1](#clause-A.1)，页码见第页。", "可参见[图1](#figure-1)。")]
    public void Fields_Word_never_updated_show_the_number_or_text_of_their_target(string file, string numberReference, string otherReference)
    {
        var result = DocumentImporter.Import(TestPaths.CorpusFile(file), new ImportOptions());
        var texts = Texts(result.Document).ToList();

        Assert.Contains(texts, t => t.Contains(numberReference, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.EndsWith(otherReference, StringComparison.Ordinal));
        Assert.Equal((4, 1), (result.Report.FilledReferences, result.Report.EmptyPageReferences));
        Assert.Empty(result.Report.UnresolvedReferences);
        Assert.Contains(result.Report.Summary(), line => line.StartsWith("5 cross-reference fields never updated in Word", StringComparison.Ordinal));
    }
}
