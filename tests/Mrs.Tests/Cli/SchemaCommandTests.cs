using System.Text.Json;

namespace Mrs.Tests.Cli;

/// <summary><c>mrs schema</c>: the schemas of schemas/, one printed or all written, each with its own stable $id.</summary>
public class SchemaCommandTests
{
    [Fact]
    public void Out_writes_every_schema_of_the_repository_as_it_is()
    {
        var folder = Path.Combine(TestPaths.TempFolder(), "schemas");
        var result = CliRunner.Run("schema", "--out", folder);
        Assert.Equal(0, result.ExitCode);
        var expected = Directory.GetFiles(TestPaths.Schemas, "*.schema.json").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(expected, Directory.GetFiles(folder).Select(Path.GetFileName).Order().ToList());
        var ids = new HashSet<string>();
        foreach (var name in expected)
        {
            var text = File.ReadAllText(Path.Combine(folder, name!));
            Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.Schemas, name!)), text);
            using var schema = JsonDocument.Parse(text);
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
            Assert.True(ids.Add(schema.RootElement.GetProperty("$id").GetString()!), name);
        }
    }

    [Fact]
    public void One_schema_is_printed_by_name_and_the_model_schema_by_default()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.Schemas, "clause-model.schema.json")), CliRunner.Run("schema").Out);
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.Schemas, "mrs-config.schema.json")), CliRunner.Run("schema", "mrs-config").Out);
        Assert.Equal(2, CliRunner.Run("schema", "no-such").ExitCode);
    }
}
