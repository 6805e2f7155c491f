using System.Reflection;
using System.Text.Json;
using Mrs.Model;
using Mrs.Serialization;

namespace Mrs.Tests.Serialization;

/// <summary>The hand-written schema and the C# model describe the same thing, and the schema documents every property.</summary>
public class SchemaModelSyncTests
{
    private static readonly JsonDocument Schema = JsonDocument.Parse(ModelSchema.Text);

    public static readonly TheoryData<string, string> TypeToDefinition = new()
    {
        { nameof(StandardDocument), "" },
        { nameof(Metadata), "metadata" }, { nameof(Title), "title" }, { nameof(Adoption), "adoption" }, { nameof(Committee), "committee" },
        { nameof(MetadataField), "metadataField" }, { nameof(Section), "section" }, { nameof(Clause), "clause" }, { nameof(Annex), "annex" },
        { nameof(Bibliography), "bibliography" }, { nameof(ReferenceEntry), "referenceEntry" }, { nameof(TermEntry), "termEntry" },
        { nameof(Designation), "designation" }, { nameof(TermSource), "termSource" }, { nameof(Footnote), "footnote" }, { nameof(Asset), "asset" },
        { nameof(SourceInfo), "source" }, { nameof(Provision), "provision" }, { nameof(Paragraph), "paragraphBlock" },
            { nameof(ListBlock), "listBlock" },
        { nameof(ListItem), "listItem" }, { nameof(Note), "noteBlock" }, { nameof(Example), "exampleBlock" }, { nameof(Table), "tableBlock" },
        { nameof(TableRow), "tableRow" }, { nameof(TableCell), "tableCell" }, { nameof(Figure), "figureBlock" }, { nameof(Image), "image" },
        { nameof(Formula), "formulaBlock" }, { nameof(DefinitionList), "definitionListBlock" }, { nameof(DefinitionItem), "definitionItem" },
        { nameof(CodeBlock), "codeBlock" }, { nameof(RawBlock), "rawBlock" },
    };

    [Theory]
    [MemberData(nameof(TypeToDefinition))]
    public void Schema_definition_lists_exactly_the_model_properties(string typeName, string definition)
    {
        var type = typeof(StandardDocument).Assembly.GetTypes().Single(t => t.Name == typeName && t.Namespace == "Mrs.Model");
        var node = definition.Length == 0 ? Schema.RootElement : Schema.RootElement.GetProperty("$defs").GetProperty(definition);
        var schemaProperties = node.GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .Where(n => n != "type" || !typeof(Block).IsAssignableFrom(type)).Order().ToList();
        var modelProperties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order().ToList();
        Assert.Equal(modelProperties, schemaProperties);
        Assert.False(node.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Every_property_and_definition_has_a_description()
    {
        var missing = new List<string>();
        void Walk(JsonElement node, string path)
        {
            if (node.ValueKind != JsonValueKind.Object)
            {
                return;
            }
            if (node.TryGetProperty("properties", out var props))
            {
                foreach (var p in props.EnumerateObject())
                {
                    if (!p.Value.TryGetProperty("description", out var d) || string.IsNullOrWhiteSpace(d.GetString()))
                    {
                        missing.Add(path + "/properties/" + p.Name);
                    }
                    Walk(p.Value, path + "/properties/" + p.Name);
                }
            }
        }
        Walk(Schema.RootElement, "");
        foreach (var def in Schema.RootElement.GetProperty("$defs").EnumerateObject())
        {
            if (!def.Value.TryGetProperty("description", out _))
            {
                missing.Add("/$defs/" + def.Name);
            }
            Walk(def.Value, "/$defs/" + def.Name);
        }
        Assert.Empty(missing);
    }

    [Fact]
    public void Schema_has_id_version_and_dialect()
    {
        Assert.Equal(ModelInfo.SchemaId, Schema.RootElement.GetProperty("$id").GetString());
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(ModelInfo.SchemaVersion,
            Schema.RootElement.GetProperty("properties").GetProperty("schemaVersion").GetProperty("const").GetString());
    }

    [Fact]
    public void Enum_values_match_the_serializer()
    {
        AssertEnum<DocumentKind>("metadata", "kind");
        AssertEnum<DocumentLevel>("metadata", "level");
        AssertEnum<DocumentStatus>("metadata", "status");
        AssertEnum<AdoptionDegree>("adoption", "degree");
        AssertEnum<SectionKind>("section", "kind");
        AssertEnum<ClauseKind>("clause", "kind");
        AssertEnum<AnnexObligation>("annex", "obligation");
        AssertEnum<ProvisionKind>("provision", "kind");
        AssertEnum<ListMarker>("listBlock", "marker");
        AssertEnum<CellAlignment>("tableCell", "align");
        var blockTypes = Schema.RootElement.GetProperty("$defs").GetProperty("block").GetProperty("properties").GetProperty("type")
            .GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(ModelNames.BlockTypes.Select(b => b.Name).ToList(), blockTypes);
    }

    private static void AssertEnum<T>(string definition, string property) where T : struct, Enum
    {
        var schemaValues = Schema.RootElement.GetProperty("$defs").GetProperty(definition).GetProperty("properties").GetProperty(property)
            .GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToList();
        var modelValues = ModelEnumNames<T>.All.ToList();
        Assert.Equal(modelValues.Order(), schemaValues.Order());
    }
}
