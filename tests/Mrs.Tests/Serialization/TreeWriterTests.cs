using Mrs.Import;
using Mrs.Model;
using Mrs.Serialization;
using Mrs.Tests.Import.Docx;

namespace Mrs.Tests.Serialization;

/// <summary>The fast model writer and reader give exactly what the general serializer gives, on every kind of model we have.</summary>
public class TreeWriterTests
{
    private static void AssertSameTree(StandardDocument document)
    {
        using var fast = ModelWriter.ToTree(document);
        using var reference = ModelJsonOptions.ToTree(document);
        var json = ModelWriter.JsonTreeToJson(fast.RootElement);
        Assert.Equal(ModelWriter.JsonTreeToJson(reference.RootElement), json);
        // and the fast reader reads back what the general serializer reads from the same tree
        var read = ModelReader.ReadValid(json, ModelFormat.Json);
        var referenceRead = ModelJsonOptions.FromTree(fast.RootElement)!;
        Assert.Equal(ModelWriter.ToJson(referenceRead), ModelWriter.ToJson(read));
        Assert.Equal(json, ModelWriter.ToJson(read));
    }

    [Fact]
    public void Kitchen_sink() => AssertSameTree(ModelFixtures.KitchenSink());

    [Fact]
    public void The_compile_time_metadata_knows_every_block_type()
    {
        foreach (var (type, _) in ModelNames.BlockTypes)
        {
            Assert.NotNull(ModelJsonOptions.WriterOptions.GetTypeInfo(type));
        }
    }

    [Fact]
    public void Samples()
    {
        foreach (var file in Directory.GetFiles(TestPaths.Samples, "*.std.yaml"))
        {
            AssertSameTree(ModelReader.ReadValid(File.ReadAllText(file), ModelFormat.Yaml));
        }
    }

    [Fact]
    public void Rule_fixtures()
    {
        var folder = Path.Combine(TestPaths.Repository, "tests", "Mrs.Tests", "Validation");
        var count = 0;
        foreach (var file in Directory.GetFiles(folder, "*.std.yaml", SearchOption.AllDirectories))
        {
            using var loaded = ModelReader.Load(file);
            if (loaded.Document is not null)
            {
                AssertSameTree(loaded.Document);
                count++;
            }
        }
        Assert.True(count > 100);
    }

    public static TheoryData<string> Standards() =>
        CorpusFiles.Data(CorpusFiles.Standards().Where(f => !f.EndsWith(".doc", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Standards))]
    public void Imported_standards(string file)
    {
        AssertSameTree(Mrs.Tests.Import.Docx.CorpusFiles.ImportOrSkip(file).Document);
    }
}
