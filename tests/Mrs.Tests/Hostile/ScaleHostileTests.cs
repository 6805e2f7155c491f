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
            $"<w:lvl w:ilvl=\"{l}\"><w:start w:val=\"2147483647\"/><w:numFmt w:val=\"{format}\"/><w:lvlText "
                + $"w:val=\"{string.Concat(Enumerable.Range(1, l + 1).Select(i => $"%{i}."))}\"/></w:lvl>"));
        var numbering = $"<w:abstractNum w:abstractNumId=\"1\">{levels}</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId "
            + "w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"99999999999999999999\"/></w:lvlOverride></w:num>";
        var body = string.Concat(Enumerable.Range(0, 2000)
            .Select(i => WordFile.P($"Item {i}", pPr: $"<w:numPr><w:ilvl w:val=\"{i % 9}\"/><w:numId w:val=\"1\"/></w:numPr>")));
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

/// <summary>
/// Found by the fuzzer: a model with thousands of findings took 20 s to report (every finding read the file again to
/// find its line). The index that replaces those lookups must give the same places.
/// </summary>
public class SourceIndexHostileTests
{
    public static TheoryData<string> Models => new() { "gbt-sample.std.yaml", "iso-sample.std.yaml" };

    [Theory]
    [MemberData(nameof(Models))]
    public void The_index_gives_the_places_the_lookup_one_by_one_gives(string sample)
    {
        foreach (var format in new[] { Mrs.Serialization.ModelFormat.Yaml, Mrs.Serialization.ModelFormat.Json })
        {
            var text = File.ReadAllText(TestPaths.Sample(sample));
            if (format == Mrs.Serialization.ModelFormat.Json)
            {
                text = Mrs.Serialization.ModelWriter.ToJson(Mrs.Serialization.ModelReader.ReadValid(text, Mrs.Serialization.ModelFormat.Yaml));
            }
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            using var model = Mrs.Serialization.ModelReader.Parse(bytes, format);
            var pointers = new List<string>();
            void Walk(System.Text.Json.JsonElement e, string pointer)
            {
                pointers.Add(pointer);
                pointers.Add(pointer + "/missing");
                if (e.ValueKind == System.Text.Json.JsonValueKind.Object)
                {
                    foreach (var p in e.EnumerateObject())
                    {
                        Walk(p.Value, pointer + "/" + p.Name.Replace("~", "~0").Replace("/", "~1"));
                    }
                }
                else if (e.ValueKind == System.Text.Json.JsonValueKind.Array)
                {
                    var i = 0;
                    foreach (var item in e.EnumerateArray())
                    {
                        Walk(item, pointer + "/" + i++);
                    }
                    pointers.Add(pointer + "/" + i);
                }
            }
            Walk(model.Tree.RootElement, "");
            foreach (var pointer in pointers.Where((_, i) => i % 7 == 0))
            {
                foreach (var preferKey in new[] { false, true })
                {
                    Assert.Equal(Mrs.Serialization.SourceLocator.Locate(bytes, format, pointer, preferKey), model.Locate(pointer, preferKey));
                }
            }
        }
    }

    [Fact]
    public void A_model_with_thousands_of_findings_is_reported_in_bounded_time()
    {
        var run = new HostileCase();
        var clauses = string.Concat(Enumerable.Range(0, 4000)
            .Select(i => $"  - id: c{i}\n    number: \"{i + 10}\"\n    title: \"title {i}\"\n    blocks:\n      - type: paragraph\n        text: "
                + $"\"The user must shall may {i}.\"\n"));
        var model = run.Input("many.std.yaml", "schemaVersion: \"1.0\"\nmetadata:\n  identifier: \"ISO 1\"\nclauses:\n" + clauses);
        var result = run.Run(["validate", model], exitCodes: [0, 1]);
        Assert.True(result.Out.Split('\n').Length > 2000, result.Out[..Math.Min(500, result.Out.Length)]);
    }
}
