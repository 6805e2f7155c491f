namespace Mrs.Tests.Hostile;

/// <summary>
/// Class 2 (numbering amplification) and class 9 (scale): labels stay short whatever the start values, and the
/// structure stage is linear in paragraphs, also for the kinds of paragraph that repeat (the same heading title, notes,
/// list items, figures).
/// </summary>
public class ScaleHostileTests
{
    private const string Styles = """
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
        """;

    [Theory]
    [InlineData("upperLetter")]
    [InlineData("lowerRoman")]
    [InlineData("chicago")]
    [InlineData("ordinalText")]
    [InlineData("cardinalText")]
    [InlineData("decimalZero")]
    public void Start_values_of_two_to_the_31_give_short_labels_in_bounded_memory(string format)
    {
        var run = new HostileCase();
        var levels = string.Concat(Enumerable.Range(0, 9).Select(l =>
            $"<w:lvl w:ilvl=\"{l}\"><w:start w:val=\"2147483647\"/><w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"{string.Concat(Enumerable.Range(1, l + 1).Select(i => $"%{i}."))}\"/></w:lvl>"));
        var numbering = $"<w:abstractNum w:abstractNumId=\"1\">{levels}</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"99999999999999999999\"/></w:lvlOverride></w:num>";
        var body = string.Concat(Enumerable.Range(0, 2000).Select(i => WordFile.P($"Item {i}", pPr: $"<w:numPr><w:ilvl w:val=\"{i % 9}\"/><w:numId w:val=\"1\"/></w:numPr>")));
        var input = run.InputFrom("numbers.docx", WordFile.Make(body, numbering: numbering));
        var output = run.Output("numbers.std.yaml");
        var result = run.Run(["import", input, "-o", output]);
        Assert.Equal(0, result.ExitCode);
        Assert.True(new FileInfo(output).Length < 2_000_000, $"{new FileInfo(output).Length} bytes");
        Assert.DoesNotContain("-2147483648", File.ReadAllText(output));
    }

    [Theory]
    [InlineData("same-heading")]
    [InlineData("headings")]
    [InlineData("body")]
    [InlineData("notes")]
    [InlineData("list")]
    [InlineData("figure-titles")]
    public void Forty_thousand_paragraphs_import_in_bounded_time(string kind)
    {
        var run = new HostileCase();
        string Paragraph(int i) => kind switch
        {
            "same-heading" => WordFile.P("General", "Heading2"),
            "headings" => WordFile.P($"{i / 100 + 1}.{i % 100 + 1}\tTopic {i}", "Heading2"),
            "notes" => WordFile.P($"NOTE\tNote {i} on the text."),
            "list" => WordFile.P($"—\titem {i};"),
            "figure-titles" => WordFile.P($"Figure {i + 1} — Thing {i}"),
            _ => WordFile.P($"Paragraph {i} of some text that says something."),
        };
        var body = WordFile.P("1\tScope", "Heading1") + string.Concat(Enumerable.Range(0, 40_000).Select(Paragraph));
        var input = run.InputFrom("large.docx", WordFile.Make(body, styles: Styles));
        var result = run.Run(["import", input, "-o", run.Output("large.std.yaml")]);
        Assert.Equal(0, result.ExitCode);
    }
}
