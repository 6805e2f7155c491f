using System.IO.Compression;
using System.Text;

namespace Mrs.Tests.Hostile;

/// <summary>
/// Class 8 (packages: duplicate entries, entries that declare fewer bytes than they hold) and class 11 (no exception
/// type reaches a user: gridSpan 2³¹−1, piped standard input), each made here.
/// </summary>
public class PackageHostileTests
{
    [Fact]
    public void Two_entries_of_the_same_name_are_refused()
    {
        var run = new HostileCase();
        var zip = HostileFiles.Zip(CompressionLevel.Optimal,
        [
            HostileFiles.Part("[Content_Types].xml", HostileFiles.ContentTypes),
            HostileFiles.Part("_rels/.rels", HostileFiles.PackageRels),
            HostileFiles.Part("word/document.xml", HostileFiles.Document(HostileFiles.P("first copy"))),
            HostileFiles.Part("Word/Document.xml", HostileFiles.Document(HostileFiles.P("second copy"))),
        ]);
        var input = run.Input("twice.docx", zip);
        var result = run.Run(["import", input, "-o", run.Output("twice.std.yaml")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("two entries named 'Word/Document.xml'", result.ErrorLine(input));
    }

    [Theory]
    [InlineData(CompressionLevel.Optimal)]
    [InlineData(CompressionLevel.NoCompression)]
    public void An_entry_that_declares_fewer_bytes_than_it_holds_is_refused(CompressionLevel level)
    {
        var run = new HostileCase();
        var picture = new byte[20_000];
        new Random(11).NextBytes(picture);
        HostileFiles.Png.CopyTo(picture, 0);
        var rels = HostileFiles.DocumentRels("""<Relationship Id="rId9" """
            + """Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/p.png"/>""");
        var body = """<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr """
            + """id="1" name="p"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData """
            + """uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><a:blip """
            + """r:embed="rId9"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>""";
        var zip = HostileFiles.Zip(level,
        [
            HostileFiles.Part("[Content_Types].xml", HostileFiles.ContentTypes),
            HostileFiles.Part("_rels/.rels", HostileFiles.PackageRels),
            HostileFiles.Part("word/document.xml", HostileFiles.Document(body)),
            HostileFiles.Part("word/_rels/document.xml.rels", rels),
            ("word/media/p.png", picture),
        ]);
        var input = run.Input("short.docx", HostileFiles.WithDeclaredSize(zip, "word/media/p.png", 100));
        var result = run.Run(["import", input, "-o", run.Output("short.std.yaml")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("part 'word/media/p.png'", result.ErrorLine(input));
        Assert.False(File.Exists(run.Output("short.std.yaml")));
    }

    [Fact]
    public void A_document_part_that_declares_fewer_bytes_than_it_holds_is_refused()
    {
        var run = new HostileCase();
        var zip = HostileFiles.Docx(HostileFiles.P("a paragraph long enough to be cut short by a lying size"));
        var input = run.Input("cut.docx", HostileFiles.WithDeclaredSize(zip, "word/document.xml", 120));
        var result = run.Run(["import", input, "-o", run.Output("cut.std.yaml")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("word/document.xml", result.ErrorLine(input));
    }

    [Fact]
    public void A_grid_span_of_two_to_the_31_minus_one_gives_a_bounded_table()
    {
        var run = new HostileCase();
        var cell = "<w:tc><w:tcPr><w:gridSpan w:val=\"2147483647\"/><w:vMerge w:val=\"restart\"/></w:tcPr>" + HostileFiles.P("wide") + "</w:tc>";
        var body = "<w:tbl>" + string.Concat(Enumerable.Repeat("<w:tr>" + cell + cell + "</w:tr>", 3)) + "</w:tbl>";
        var input = run.Input("span.docx", HostileFiles.Docx(body));
        var output = run.Output("span.std.yaml");
        var result = run.Run(["import", input, "-o", output]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("colSpan: 1000", File.ReadAllText(output));
        Assert.Equal(0, CliRunner.Run("validate", output, "--schema-only").ExitCode);
    }

    [Fact]
    public void A_table_of_merged_cells_is_converted_in_linear_time()
    {
        var run = new HostileCase();
        var cell = "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + HostileFiles.P("m") + "</w:tc>";
        var row = "<w:tr>" + string.Concat(Enumerable.Repeat(cell, 200)) + "</w:tr>";
        var input = run.Input("merged.docx", HostileFiles.Docx("<w:tbl>" + string.Concat(Enumerable.Repeat(row, 200)) + "</w:tbl>"));
        var result = run.Run(["import", input, "-o", run.Output("merged.std.yaml")]);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void A_document_piped_to_standard_input_imports()
    {
        var run = new HostileCase();
        var output = run.Output("piped.std.yaml");
        var result = run.Run(["import", "/dev/stdin", "-o", output], stdin: HostileFiles.Docx(HostileFiles.P("Piped text")));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Piped text", File.ReadAllText(output));
    }

    [Fact]
    public void A_model_piped_to_standard_input_validates_and_an_endless_device_is_bounded()
    {
        var run = new HostileCase();
        var model = File.ReadAllBytes(TestPaths.Sample("iso-sample.std.yaml"));
        var piped = run.Run(["validate", "/dev/stdin", "--schema-only"], stdin: model);
        Assert.Equal(0, piped.ExitCode);
        if (File.Exists("/dev/zero"))
        {
            var endless = run.Run(["validate", "/dev/zero"]);
            Assert.Equal(2, endless.ExitCode);
            Assert.Contains("/dev/zero", endless.Error);
        }
    }

    [Fact]
    public void A_dash_reads_standard_input_and_piped_input_needs_an_output_name()
    {
        var run = new HostileCase();
        var docx = HostileFiles.Docx(HostileFiles.P("Piped text"));
        var output = run.Output("dash.std.yaml");
        var dash = run.Run(["import", "-", "-o", output], stdin: docx);
        Assert.Equal(0, dash.ExitCode);
        Assert.Contains("Piped text", File.ReadAllText(output));
        // Without -o the model's name would be /dev/stdin.std.yaml, in /dev.
        var unnamed = run.Run(["import", "/dev/stdin"], stdin: docx);
        Assert.Equal(2, unnamed.ExitCode);
        Assert.Contains("give -o", unnamed.ErrorLine("/dev/stdin"));
    }

    [Fact]
    public void A_folder_given_as_a_document_or_a_model_is_named_as_a_folder()
    {
        var run = new HostileCase();
        var docx = Directory.CreateDirectory(Path.Combine(run.In, "folder.docx")).FullName;
        var import = run.Run(["import", docx, "-o", run.Output("x.std.yaml")]);
        Assert.Equal(2, import.ExitCode);
        Assert.Contains("is a folder", import.ErrorLine(docx));
        var model = Directory.CreateDirectory(Path.Combine(run.In, "folder.std.yaml")).FullName;
        var ex = Assert.Throws<Mrs.Serialization.ModelReadException>(() => Mrs.Serialization.ModelReader.Load(model));
        Assert.Equal("this is a folder, not a model file", ex.Message);
    }

    [Fact]
    public void A_part_larger_than_the_part_limit_is_named_with_that_limit()
    {
        var run = new HostileCase();
        var path = Path.Combine(run.In, "big-part.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var entry in new ZipArchive(new MemoryStream(HostileFiles.Docx(HostileFiles.P("x")))).Entries)
            {
                using var from = entry.Open();
                using var to = zip.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }
            using var big = zip.CreateEntry("word/media/big.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 300; i++)
            {
                big.Write(zeros);
            }
        }
        var result = run.Run(["import", path, "-o", run.Output("x.std.yaml")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("part 'word/media/big.bin' expands to 300 MB, more than 256 MB", result.ErrorLine(path));
    }

    [Fact]
    public void Random_bytes_piped_in_get_one_line()
    {
        var run = new HostileCase();
        var bytes = new byte[5000];
        new Random(3).NextBytes(bytes);
        var result = run.Run(["import", "/dev/stdin", "-o", run.Output("x.std.yaml")], stdin: bytes);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a Word document", result.ErrorLine("/dev/stdin"));
    }

    internal static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
