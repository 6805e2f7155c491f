using System.IO.Compression;
using System.Text;
using Mrs.Import;

namespace Mrs.Tests.Import.Docx;

/// <summary>
/// Broken and hostile packages made here: each gets one clear line and exit 2, or a tolerant import; never a crash or a write outside the output
/// folder.
/// </summary>
public class HostileInputTests
{
    private const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
        </Types>
        """;

    private const string Rels = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
        </Relationships>
        """;

    private static string Document(string body) =>
        """<?xml version="1.0" encoding="UTF-8"?><w:document """
            + $"""xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>""";

    private static string Package(params (string Name, byte[] Content)[] entries)
    {
        var path = Path.Combine(TestPaths.TempFolder(), "test.docx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            stream.Write(content);
        }
        return path;
    }

    private static (string, byte[]) Entry(string name, string text) => (name, Encoding.UTF8.GetBytes(text));

    private static string Minimal(string body = "<w:p><w:r><w:t>Hello</w:t></w:r></w:p>") =>
        Package(Entry("[Content_Types].xml", ContentTypes), Entry("_rels/.rels", Rels), Entry("word/document.xml", Document(body)));

    [Fact]
    public void A_minimal_package_imports()
    {
        var result = DocumentImporter.Import(Minimal(), new ImportOptions());
        Assert.Contains("Hello", Mrs.Serialization.ModelWriter.ToYaml(result.Document));
    }

    [Fact]
    public void A_zip_bomb_is_refused()
    {
        var zeros = new byte[40 * 1024 * 1024];
        var path = Package(Entry("[Content_Types].xml", ContentTypes), Entry("_rels/.rels", Rels), Entry("word/document.xml", Document("")),
            ("word/media/bomb.bin", zeros));
        var ex = Assert.Throws<ImportException>(() => DocumentImporter.Import(path, new ImportOptions()));
        Assert.Contains("zip bomb", ex.Message);
    }

    [Fact]
    public void Entries_with_paths_outside_the_package_are_ignored_and_nothing_is_written_outside()
    {
        var outside = Path.Combine(Path.GetTempPath(), "mrs-zip-slip-" + Guid.NewGuid().ToString("N") + ".xml");
        var name = "../../../../../../../../" + outside.TrimStart('/');
        var path = Package(Entry("[Content_Types].xml", ContentTypes), Entry("_rels/.rels", Rels),
            Entry("word/document.xml", Document("<w:p><w:r><w:t>x</w:t></w:r></w:p>")), Entry(name, "<evil/>"));
        var assets = TestPaths.TempFolder();
        var result = DocumentImporter.Import(path, new ImportOptions { AssetsFolder = assets });
        Assert.False(File.Exists(outside));
        Assert.Contains(result.Report.Warnings, w => w.Contains("outside the package", StringComparison.Ordinal));
    }

    [Fact]
    public void A_package_without_content_types_imports_with_a_warning()
    {
        var path = Package(Entry("_rels/.rels", Rels), Entry("word/document.xml", Document("<w:p><w:r><w:t>Tolerated</w:t></w:r></w:p>")));
        var result = DocumentImporter.Import(path, new ImportOptions());
        Assert.Contains(result.Report.Warnings, w => w.Contains("Content_Types", StringComparison.Ordinal));
    }

    [Fact]
    public void A_package_without_relationships_finds_its_document()
    {
        var path = Package(Entry("[Content_Types].xml", ContentTypes),
            Entry("word/document.xml", Document("<w:p><w:r><w:t>Found</w:t></w:r></w:p>")));
        var result = DocumentImporter.Import(path, new ImportOptions());
        Assert.Contains(result.Report.Warnings, w => w.Contains("main document", StringComparison.Ordinal));
    }

    [Fact]
    public void Xml_with_an_external_entity_is_refused()
    {
        var evil = """<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document """
            + """xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body>"""
            + """</w:document>""";
        var path = Package(Entry("[Content_Types].xml", ContentTypes), Entry("_rels/.rels", Rels), Entry("word/document.xml", evil));
        var ex = Assert.Throws<ImportException>(() => DocumentImporter.Import(path, new ImportOptions()));
        Assert.Contains("DTD", ex.Message);
    }

    [Fact]
    public void Malformed_xml_names_the_part_and_place()
    {
        var path = Package(Entry("[Content_Types].xml", ContentTypes), Entry("_rels/.rels", Rels),
            Entry("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"));
        var ex = Assert.Throws<ImportException>(() => DocumentImporter.Import(path, new ImportOptions()));
        Assert.Contains("word/document.xml", ex.Message);
        Assert.Contains("line", ex.Message);
    }

    [Fact]
    public void Other_prefixes_for_the_word_namespace_are_read()
    {
        var xml = """<?xml version="1.0"?><x:document """
            + """xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:r><x:t>Prefixed</x:t></x:r></x:p></x:body>"""
            + """</x:document>""";
        var path = Package(Entry("[Content_Types].xml", ContentTypes), Entry("_rels/.rels", Rels), Entry("word/document.xml", xml));
        Assert.Contains("Prefixed", Mrs.Serialization.ModelWriter.ToYaml(DocumentImporter.Import(path, new ImportOptions()).Document));
    }

    [Fact]
    public void Strict_namespaces_are_read()
    {
        var xml = """<?xml version="1.0"?><w:document """
            + """xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r><w:t>Strict</w:t></w:r></w:p></w:body></w:document>""";
        var path = Package(Entry("[Content_Types].xml", ContentTypes), Entry("_rels/.rels", Rels), Entry("word/document.xml", xml));
        Assert.Contains("Strict", Mrs.Serialization.ModelWriter.ToYaml(DocumentImporter.Import(path, new ImportOptions()).Document));
    }

    [Theory]
    [InlineData("not-a-zip.docx", "just some text", "not a Word document")]
    [InlineData("empty.docx", "", "empty")]
    public void Files_that_are_not_packages_are_refused(string name, string content, string reason)
    {
        var path = Path.Combine(TestPaths.TempFolder(), name);
        File.WriteAllText(path, content);
        var ex = Assert.Throws<ImportException>(() => DocumentImporter.Import(path, new ImportOptions()));
        Assert.Contains(reason, ex.Message);
    }

    [Fact]
    public void Import_failure_leaves_no_output_file_and_exits_2()
    {
        var folder = TestPaths.TempFolder();
        var input = Path.Combine(folder, "broken.docx");
        File.WriteAllText(input, "PK\u0003\u0004 truncated");
        var output = Path.Combine(folder, "broken.std.yaml");
        var result = CliRunner.Run("import", input, "-o", output);
        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(output));
        Assert.DoesNotContain(Directory.GetFiles(folder), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        var line = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.StartsWith(input + ": error:", line);
    }
}
