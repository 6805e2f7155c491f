using System.Text.Json;

namespace Mrs.Tests.Serialization;

public class SchemaCommandTests
{
    [Fact]
    public void Schema_prints_the_published_schema_file()
    {
        var result = CliRunner.Run("schema");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.Schemas, "clause-model.schema.json")), result.Out);
        using var schema = JsonDocument.Parse(result.Out);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
    }
}
