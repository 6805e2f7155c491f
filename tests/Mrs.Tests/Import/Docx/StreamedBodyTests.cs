using Mrs.Import;
using Mrs.Import.Docx.Package;
using Mrs.Import.Docx.Word;
using static Mrs.Tests.WordFile;

namespace Mrs.Tests.Import.Docx;

/// <summary>
/// The main part is parsed on another processor and its blocks are read as they arrive (DocxPackage.StreamContainers):
/// what is read must be what a part loaded whole gives, wherever the hand-over batches fall, and a part that cannot be
/// read must be reported as before.
/// </summary>
public sealed class StreamedBodyTests
{
    private static List<string> BodyTexts(string path)
    {
        using var package = DocxPackage.Open(path);
        return DocxReader.Read(package).Body.OfType<WordParagraph>().Select(p => p.Text).ToList();
    }

    private const string DeletedMark = """<w:rPr><w:del w:id="1" w:author="a" w:date="2020-01-01T00:00:00Z"/></w:rPr>""";

    [Fact]
    public void A_paragraph_whose_mark_is_deleted_joins_the_next_wherever_the_next_is_handed_over()
    {
        // batches of 1, 2, 4 … 64 blocks: marks deleted at the first block, at batch edges, and at the last paragraph
        int[] deleted = [0, 1, 2, 6, 62, 63, 126, 127, 199];
        var body = string.Concat(Enumerable.Range(0, 200).Select(i => P($"p{i} ", pPr: deleted.Contains(i) ? DeletedMark : "")));
        var expected = new List<string>();
        var carried = "";
        for (var i = 0; i < 200; i++)
        {
            if (deleted.Contains(i) && i < 199)
            {
                carried += $"p{i} ";
                continue;
            }
            expected.Add(carried + $"p{i} ");
            carried = "";
        }
        Assert.Equal(expected, BodyTexts(Make(body)));
    }

    [Fact]
    public void Several_bodies_are_read_one_after_the_other()
    {
        var body = P("one") + P("two") + "</w:body><w:sectPr/><w:body>" + P("three") + "</w:body><w:body/><w:body>" + P("four");
        Assert.Equal(["one", "two", "three", "four"], BodyTexts(Make(body)));
    }

    [Fact]
    public void Strict_names_met_after_the_root_are_read_as_transitional()
    {
        var late = """<w:p xmlns:s="http://purl.oclc.org/ooxml/wordprocessingml/main"><s:r><s:t>late strict</s:t></s:r></w:p>""";
        var path = Make(P("plain") + late);
        Assert.Equal(["plain", "late strict"], BodyTexts(path));
        using var package = DocxPackage.Open(path);
        DocxReader.Read(package);
        Assert.True(package.IsStrict);
    }

    [Fact]
    public void A_main_part_broken_after_many_blocks_is_named_before_a_broken_styles_part()
    {
        var body = string.Concat(Enumerable.Range(0, 300).Select(i => P($"p{i}"))) + "<w:p><w:r>";
        var path = Make(body, styles: "<w:style");
        var ex = Assert.Throws<ImportException>(() => DocumentImporter.Import(path, new ImportOptions()));
        Assert.Contains("word/document.xml", ex.Message);
    }

    [Fact]
    public void A_main_part_broken_after_many_blocks_reports_its_place_and_writes_nothing()
    {
        var folder = TestPaths.TempFolder();
        var input = Make(string.Concat(Enumerable.Range(0, 300).Select(i => P($"p{i}"))) + "<w:p><w:r></w:p>");
        var output = Path.Combine(folder, "broken.std.yaml");
        var result = CliRunner.Run("import", input, "-o", output);
        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(output));
        var line = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("word/document.xml", line);
        Assert.Contains("line 1", line);
    }
}
