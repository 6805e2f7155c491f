using System.IO.Compression;
using Mrs.Model;

namespace Mrs.Tests.Hostile;

/// <summary>
/// Class 1 of the hardening issue, deep nesting: one limit (<see cref="ModelLimits.MaxDepth"/>) for the XML of a part, the
/// model the importer makes and the model files the reader takes. Whatever the importer accepts is written and read back.
/// </summary>
public class NestingHostileTests
{
    [Theory]
    [InlineData(100)]
    [InlineData(20_000)]
    public void Deeply_nested_tables_are_refused_while_reading_with_the_part_and_place(int depth)
    {
        var run = new HostileCase();
        var input = run.Input("tables.docx", HostileFiles.Docx(HostileFiles.NestedTables(depth)));
        var result = run.Run(["import", input, "-o", run.Output("tables.std.yaml")]);
        Assert.Equal(2, result.ExitCode);
        var line = result.ErrorLine(input);
        Assert.Contains($"part 'word/document.xml' nests elements deeper than {ModelLimits.MaxDepth} levels at line 1, column", line);
        Assert.False(File.Exists(run.Output("tables.std.yaml")));
    }

    [Fact]
    public void A_hundred_thousand_nested_content_controls_stored_uncompressed_are_refused_at_once()
    {
        var run = new HostileCase();
        var zip = HostileFiles.Zip(CompressionLevel.NoCompression,
        [
            HostileFiles.Part("[Content_Types].xml", HostileFiles.ContentTypes),
            HostileFiles.Part("_rels/.rels", HostileFiles.PackageRels),
            HostileFiles.Part("word/document.xml", HostileFiles.Document(HostileFiles.NestedContentControls(100_000))),
        ]);
        var input = run.Input("controls.docx", zip);
        var result = run.Run(["import", input, "-o", run.Output("controls.std.yaml")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nests elements deeper than", result.ErrorLine(input));
    }

    [Fact]
    public void Tables_nested_too_deep_for_the_model_are_refused_by_the_importer_not_by_validate_later()
    {
        var run = new HostileCase();
        var input = run.Input("fifty.docx", HostileFiles.Docx(HostileFiles.NestedTables(50)));
        var result = run.Run(["import", input, "-o", run.Output("fifty.std.yaml")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"its model would be more than {ModelLimits.MaxDepth} levels deep", result.ErrorLine(input));
    }

    [Fact]
    public void The_deepest_nesting_the_importer_accepts_is_written_and_validated()
    {
        // Find the deepest table nesting that imports, then check that validate reads back what import wrote.
        var run = new HostileCase();
        var deepest = 0;
        for (var depth = 30; depth <= 60; depth++)
        {
            var input = run.Input($"t{depth}.docx", HostileFiles.Docx(HostileFiles.NestedTables(depth)));
            var output = run.Output($"t{depth}.std.yaml");
            var imported = CliRunner.Run("import", input, "-o", output);
            if (imported.ExitCode != 0)
            {
                Assert.Contains("levels deep", imported.Error);
                break;
            }
            deepest = depth;
            foreach (var model in new[] { output, run.Output($"t{depth}.std.json") })
            {
                if (model.EndsWith(".json", StringComparison.Ordinal))
                {
                    Assert.Equal(0, CliRunner.Run("import", input, "-o", model).ExitCode);
                }
                var validated = CliRunner.Run("validate", model, "--schema-only");
                Assert.True(validated.ExitCode == 0, validated.Error + validated.Out);
            }
        }
        Assert.InRange(deepest, 30, 59);
    }

    [Fact]
    public void A_model_file_nested_beyond_the_limit_gets_one_line_with_its_place()
    {
        var run = new HostileCase();
        var deep = string.Concat(Enumerable.Repeat("[", 300)) + string.Concat(Enumerable.Repeat("]", 300));
        var yaml = run.Input("deep.std.yaml", "schemaVersion: \"1.0\"\nmetadata: {}\nclauses: " + deep + "\n");
        var json = run.Input("deep.std.json", "{\"schemaVersion\": \"1.0\", \"metadata\": {}, \"clauses\": " + deep + "}");
        foreach (var model in new[] { yaml, json })
        {
            var result = run.Run(["validate", model]);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"nests deeper than {ModelLimits.MaxDepth} levels", result.ErrorLine(model));
        }
    }

    [Fact]
    public void Fields_nested_beyond_the_limit_are_refused()
    {
        var run = new HostileCase();
        var begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>QUOTE x</w:instrText></w:r>";
        var body = "<w:p>" + string.Concat(Enumerable.Repeat(begin, 50_000)) + "</w:p>"
            + string.Concat(Enumerable.Repeat(HostileFiles.P("after"), 2000));
        var input = run.Input("fields.docx", HostileFiles.Docx(body));
        var result = run.Run(["import", input, "-o", run.Output("fields.std.yaml")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("fields are nested deeper than", result.ErrorLine(input));
    }
}
