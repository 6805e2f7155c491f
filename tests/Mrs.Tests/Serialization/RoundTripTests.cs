using System.Text;
using Mrs.Model;
using Mrs.Serialization;

namespace Mrs.Tests.Serialization;

public class RoundTripTests
{
    private static StandardDocument Read(string text, ModelFormat format) => ModelReader.ReadValid(text, format);

    [Fact]
    public void Kitchen_sink_model_is_schema_valid_in_both_formats()
    {
        var model = ModelFixtures.KitchenSink();
        foreach (var format in new[] { ModelFormat.Yaml, ModelFormat.Json })
        {
            using var loaded = ModelReader.Parse(Encoding.UTF8.GetBytes(ModelWriter.Write(model, format)), format);
            Assert.Empty(loaded.SchemaViolations);
            Assert.NotNull(loaded.Document);
        }
    }

    [Fact]
    public void Write_read_write_is_byte_identical_in_yaml()
    {
        var first = ModelWriter.ToYaml(ModelFixtures.KitchenSink());
        var second = ModelWriter.ToYaml(Read(first, ModelFormat.Yaml));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Write_read_write_is_byte_identical_in_json()
    {
        var first = ModelWriter.ToJson(ModelFixtures.KitchenSink());
        var second = ModelWriter.ToJson(Read(first, ModelFormat.Json));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Json_and_yaml_hold_the_same_model()
    {
        var model = ModelFixtures.KitchenSink();
        var fromYaml = Read(ModelWriter.ToYaml(model), ModelFormat.Yaml);
        var fromJson = Read(ModelWriter.ToJson(model), ModelFormat.Json);
        Assert.Equal(ModelWriter.ToJson(model), ModelWriter.ToJson(fromYaml));
        Assert.Equal(ModelWriter.ToYaml(fromYaml), ModelWriter.ToYaml(fromJson));
    }

    [Fact]
    public void Every_awkward_string_survives_yaml_exactly()
    {
        var back = Read(ModelWriter.ToYaml(ModelFixtures.KitchenSink()), ModelFormat.Yaml);
        var texts = back.Clauses[0].Blocks.Cast<Paragraph>().Select(p => p.Text).ToArray();
        Assert.Equal(ModelFixtures.AwkwardStrings, texts);
    }

    [Fact]
    public void Output_is_utf8_without_bom_with_lf_and_cjk_as_characters()
    {
        var model = ModelFixtures.KitchenSink();
        foreach (var text in new[] { ModelWriter.ToYaml(model), ModelWriter.ToJson(model) })
        {
            Assert.DoesNotContain("\r\n", text);
            Assert.DoesNotContain("\\u4e", text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("国家标准化管理委员会", text);
            Assert.Contains("😀", text);
            Assert.False(text.StartsWith('\ufeff'));
        }
        var path = Path.Combine(TestPaths.TempFolder(), "m.std.yaml");
        ModelWriter.WriteFileAtomically(path, ModelWriter.ToYaml(model));
        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]);
    }

    [Fact]
    public void Clause_numbers_are_always_written_as_strings()
    {
        var yaml = ModelWriter.ToYaml(ModelFixtures.KitchenSink());
        Assert.Contains("number: \"1\"\n", yaml);
        Assert.Contains("number: \"4.1\"\n", yaml);
        Assert.Contains("number: A.1\n", yaml);
        Assert.DoesNotContain("number: 4.1\n", yaml);
    }

    [Fact]
    public void Keys_keep_a_stable_order_with_the_block_type_first()
    {
        var yaml = ModelWriter.ToYaml(ModelFixtures.KitchenSink());
        Assert.StartsWith("schemaVersion: \"1.0\"\nmetadata:\n  identifier: GB/T 99999.1—2026\n  kind: standard\n  level: national\n", yaml);
        Assert.Contains("- type: paragraph\n", yaml);
        Assert.Contains("degree: MOD", yaml);
        Assert.Equal(yaml, ModelWriter.ToYaml(ModelFixtures.KitchenSink()));
    }

    [Fact]
    public void Hand_written_yaml_with_keys_in_any_order_reads()
    {
        const string yaml = """
            metadata:
              identifier: ISO 1:2020
            schemaVersion: "1.0"
            clauses:
              - blocks:
                  - text: Hello
                    type: paragraph
                number: "1"
                id: clause-1
            """;
        var model = Read(yaml, ModelFormat.Yaml);
        Assert.Equal("Hello", Assert.IsType<Paragraph>(model.Clauses[0].Blocks[0]).Text);
        // Absent lists read as empty lists, never null.
        Assert.NotNull(model.Annexes);
        Assert.NotNull(model.Clauses[0].Terms);
        Assert.NotNull(model.Metadata.Titles);
        Assert.NotNull(Assert.IsType<Paragraph>(model.Clauses[0].Blocks[0]).Provisions);
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Samples_round_trip_through_the_writer(string file)
    {
        var text = File.ReadAllText(TestPaths.Sample(file));
        var header = string.Concat(text.Split('\n').TakeWhile(l => l.StartsWith('#')).Select(l => l + "\n"));
        var body = text[header.Length..];
        var model = Read(text, ModelFormat.Yaml);
        if (Environment.GetEnvironmentVariable("MRS_UPDATE_SAMPLES") == "1")
        {
            // Re-writes a hand-edited sample in the writer's canonical form, keeping its comment header.
            File.WriteAllText(TestPaths.Sample(file), header + ModelWriter.ToYaml(model), new UTF8Encoding(false));
            return;
        }
        Assert.Equal(body, ModelWriter.ToYaml(model));
        Assert.Equal(ModelWriter.ToYaml(model), ModelWriter.ToYaml(Read(ModelWriter.ToJson(model), ModelFormat.Json)));
    }

    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(TestPaths.Samples, "*.std.yaml").Order())
        {
            data.Add(Path.GetFileName(f));
        }
        return data;
    }
}

/// <summary>A Markdown escape is written one way in YAML: as it is, plain or in single quotes, never doubled in double quotes.</summary>
public class YamlEscapeTests
{
    [Theory]
    [InlineData(@"\[SOURCE: ISO 7301:2011, 3.1\]", @"'\[SOURCE: ISO 7301:2011, 3.1\]'")]
    [InlineData(@"1\. General", @"'1\. General'")]
    [InlineData(@"it's \*not\* bold: here", @"'it''s \*not\* bold: here'")]
    [InlineData(@"plain \[3\] stays plain", @"plain \[3\] stays plain")]
    [InlineData("a \\ and a tab\there", "\"a \\\\ and a tab\\there\"")]
    public void A_backslash_is_written_as_it_is(string text, string written)
    {
        var document = new StandardDocument { Clauses = [new Clause { Id = "c1", Title = "t", Blocks = [new Paragraph { Text = text }] }] };
        var yaml = ModelWriter.ToYaml(document);
        Assert.Contains("text: " + written + "\n", yaml, StringComparison.Ordinal);
        var read = ModelReader.ReadValid(yaml, ModelFormat.Yaml);
        Assert.Equal(text, ((Paragraph)read.Clauses[0].Blocks[0]).Text);
    }
}
