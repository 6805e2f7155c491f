using System.Diagnostics;
using Mrs.Import;
using Mrs.Model;
using Mrs.Serialization;

namespace Mrs.Tests.Import.Docx;

/// <summary>Every Word file of the corpus imports, or is refused with a one-line reason; never a crash or a hang.</summary>
public class CorpusImportTests
{
    public static TheoryData<string> All() => CorpusFiles.Data(CorpusFiles.AllPackages());

    [Theory]
    [MemberData(nameof(All))]
    public void Imports_or_is_refused_with_one_line(string file)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var result = DocumentImporter.Import(TestPaths.CorpusFile(file), new ImportOptions());
            // The model it makes is valid against the schema and survives a round trip.
            var yaml = ModelWriter.ToYaml(result.Document);
            var back = ModelReader.ReadValid(yaml, ModelFormat.Yaml);
            Assert.Equal(yaml, ModelWriter.ToYaml(back));
        }
        catch (ImportException ex)
        {
            Assert.DoesNotContain('\n', ex.Message);
            Assert.True(ex.Message.Length is > 10 and < 300, ex.Message);
        }
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{file} took {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Theory]
    [InlineData("poi/bug53475-password-is-pass.docx", "encrypted")]
    [InlineData("poi/truncated62886.docx", "damaged or truncated")]
    [InlineData("poi/ExternalEntityInText.docx", "DTD")]
    [InlineData("mammoth/hello.zip", "no Word document part")]
    [InlineData("poi/integration/stress025.docx", "no body")]
    public void Bad_corpus_files_are_refused_with_their_reason(string file, string reason)
    {
        var ex = Assert.Throws<ImportException>(() => DocumentImporter.Import(TestPaths.CorpusFile(file), new ImportOptions()));
        Assert.Contains(reason, ex.Message);
    }

    [Fact]
    public void Import_is_deterministic()
    {
        var file = TestPaths.CorpusFile("standards/iso/metanorma-iso_rice.docx");
        var first = ModelWriter.ToYaml(DocumentImporter.Import(file, new ImportOptions()).Document);
        var second = ModelWriter.ToYaml(DocumentImporter.Import(file, new ImportOptions()).Document);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Non_standard_namespace_prefixes_are_read()
    {
        // gbt-minimal.docx writes ns0: instead of w: throughout.
        var result = DocumentImporter.Import(TestPaths.CorpusFile("standards/gbt/generated/gbt-minimal.docx"), new ImportOptions());
        Assert.Equal("GB/T 12345—2026", result.Document.Metadata.Identifier);
        Assert.Equal(["1", "2", "3", "4"], result.Document.Clauses.Select(c => c.Number!).ToArray());
        Assert.Equal(ClauseKind.Scope, result.Document.Clauses[0].Kind);
    }
}
