using System.IO.Compression;
using System.Xml.Linq;

namespace Mrs.Tests.Import.Numbering;

/// <summary>The copies LibreOffice renders for the oracles: tracked changes accepted in a real redline standard.</summary>
public class TrackedChangesTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Fact]
    public void Accepting_the_changes_of_a_redline_keeps_exactly_the_text_not_deleted_and_joins_paragraphs_whose_mark_is_deleted()
    {
        var path = TestPaths.CorpusFile("standards/oasis/oasis-tcs__dss-x-spec__dss-core-v2.0-cs01_redline.docx");
        if (!File.Exists(path))
        {
            Assert.Skip($"the shared corpus is not there ({TestPaths.Corpus})");
        }
        Assert.Equal("word/document.xml", TrackedChanges.MainPart(path));
        XDocument Load()
        {
            using var zip = ZipFile.OpenRead(path);
            using var stream = zip.GetEntry("word/document.xml")!.Open();
            return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
        }
        var before = Load();
        bool Deleted(XElement e) => e.Ancestors().Any(a =>
            a.Name == W + "del" || a.Name == W + "moveFrom" || a.Name == W + "tr" && a.Element(W + "trPr")?.Element(W + "del") is not null);
        var kept = string.Concat(before.Descendants(W + "t").Where(t => !Deleted(t)).Select(t => t.Value));
        var deletedRows = before.Descendants(W + "tr").Count(r => r.Element(W + "trPr")?.Element(W + "del") is not null);
        var deletedMarks = before.Descendants(W + "p").Count(p => p.Element(W + "pPr")?.Element(W + "rPr")?.Element(W + "del") is not null);
        Assert.True(deletedRows > 0 && deletedMarks > 0, $"the redline has {deletedRows} deleted rows and {deletedMarks} deleted paragraph marks");

        var after = Load();
        Assert.True(TrackedChanges.Accept(after));

        Assert.Equal(kept, string.Concat(after.Descendants(W + "t").Select(t => t.Value)));
        Assert.Empty(after.Descendants(W + "delText"));
        Assert.DoesNotContain(after.Descendants(), e =>
            (e.Name == W + "del" || e.Name == W + "moveFrom" || e.Name == W + "ins" || e.Name == W + "moveTo") && e.Parent?.Name != W + "rPr");
        Assert.DoesNotContain(after.Descendants(W + "tr"), r => r.Element(W + "trPr")?.Element(W + "del") is not null);
        // A paragraph whose mark is deleted is left only where no paragraph follows it (a table, or the end of a cell).
        var left = after.Descendants(W + "p").Where(p => p.Element(W + "pPr")?.Element(W + "rPr")?.Element(W + "del") is not null).ToList();
        Assert.All(left, p => Assert.NotEqual(W + "p",
            p.ElementsAfterSelf().FirstOrDefault(x => x.Name == W + "p" || x.Name == W + "tbl" || x.Name == W + "sdt")?.Name));
        Assert.True(before.Descendants(W + "p").Count() - after.Descendants(W + "p").Count() >= deletedMarks - left.Count);
    }
}
