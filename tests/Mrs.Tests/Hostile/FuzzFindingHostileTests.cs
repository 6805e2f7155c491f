namespace Mrs.Tests.Hostile;

/// <summary>What the fuzzer (tests/Mrs.Fuzz) found, each case made here from its cause.</summary>
public class FuzzFindingHostileTests
{
    [Fact]
    public void Characters_xml_cannot_hold_in_text_attributes_and_namespaces_are_replaced()
    {
        // A character reference &#0; in a namespace declaration made every element of that namespace unwritable
        // (ArgumentException from the drawing kept as raw markup); in text it made a model no reader takes.
        var run = new HostileCase();
        var drawing = """<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" """
            + """xmlns:x="urn:x&#0;y"><wp:docPr id="1" name="d&#1;"/><a:graphic """
            + """xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="urn:chart&#xFFFF;"><x:chart """
            + """x:id="&#0;"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>""";
        var body = "<w:p><w:r><w:t>nul &#0; here, a lone &#xD800; surrogate</w:t></w:r></w:p>" + drawing;
        var input = run.Input("nul.docx", HostileFiles.Docx(body));
        var output = run.Output("nul.std.yaml");
        Assert.Equal(0, run.Run(["import", input, "-o", output]).ExitCode);
        Assert.Equal(0, CliRunner.Run("validate", output, "--schema-only").ExitCode);
        Assert.Contains("nul \uFFFD here", File.ReadAllText(output));
    }

    [Fact]
    public void Blocks_without_a_type_nested_deep_are_checked_in_bounded_memory()
    {
        // 24 levels of "- blocks:" without "type" made every 'if type is X' of the schema true, so the schema was
        // evaluated 10^24 ways: out of memory.
        var run = new HostileCase();
        var nested = string.Concat(Enumerable.Range(0, 24).Select(d => new string(' ', 6 + 2 * d) + "- blocks:\n")) + new string(' ', 56)
            + "- type: paragraph\n" + new string(' ', 58) + "text: deep\n";
        var model = run.Input("typeless.std.yaml",
            "schemaVersion: \"1.0\"\nmetadata:\n  identifier: \"X 1\"\nclauses:\n  - id: c1\n    number: \"1\"\n    title: Scope\n    blocks:\n"
            + nested);
        var result = run.Run(["validate", model]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("lacks required key 'type'", result.Out);
    }
}
