namespace Mrs.Tests.Hostile;

/// <summary>
/// Class 3 (a model must not make build read any file) and class 5 (links): asset paths are relative, inside the
/// model's folder, regular files of bounded size, and the schema and validate say so; unsafe links stay text and
/// linked images are links nothing fetches.
/// </summary>
public class ModelHostileTests
{
    private const string Secret = "MRS-SECRET-7f3a9c";

    private static string Model(string assetPath) => $$"""
        schemaVersion: "1.0"
        metadata:
          identifier: "X 1"
          titles:
            - language: en
              main: Hostile
        clauses:
          - id: clause-1
            number: "1"
            title: Scope
            blocks:
              - type: figure
                id: figure-1
                number: "1"
                images:
                  - asset: img-a
        assets:
          - id: img-a
            path: "{{assetPath}}"
            mediaType: image/png
        """;

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../../../../../../../../etc/shadow")]
    [InlineData("../secret.png")]
    [InlineData("/dev/zero")]
    [InlineData("file:///etc/passwd")]
    [InlineData("assets/../../secret.png")]
    public void An_asset_path_outside_the_model_folder_is_refused_by_validate_and_build(string path)
    {
        var run = new HostileCase();
        run.Input("secret.png", Secret);
        var model = run.Input("models/doc.std.yaml", Model(path));
        var validated = run.Run(["validate", model, "--schema-only"]);
        Assert.Equal(2, validated.ExitCode);
        Assert.Contains("an asset path is relative to the model's folder and stays inside it", validated.Out);

        var built = run.Run(["build", model, "-o", run.Out], exitCodes: [1]);
        Assert.Contains(model, built.Error);
        Assert.DoesNotContain(Directory.EnumerateFiles(run.Out, "*", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains(Secret, StringComparison.Ordinal));
        Assert.Empty(BuiltFiles(run.Out));
    }

    [Theory]
    [InlineData("link-out")]
    [InlineData("device")]
    [InlineData("folder")]
    public void An_asset_that_is_a_link_out_a_device_or_a_folder_is_not_copied(string kind)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("symbolic links and devices as on POSIX");
        }
        var run = new HostileCase();
        run.Input("secret.png", Secret);
        var model = run.Input("models/doc.std.yaml", Model("assets/a.png"));
        var asset = Path.Combine(run.In, "models", "assets", "a.png");
        Directory.CreateDirectory(Path.GetDirectoryName(asset)!);
        switch (kind)
        {
            case "link-out": File.CreateSymbolicLink(asset, Path.Combine(run.In, "secret.png")); break;
            case "device": File.CreateSymbolicLink(asset, "/dev/zero"); break;
            default: Directory.CreateDirectory(asset); break;
        }
        var built = run.Run(["build", model, "-o", run.Out], exitCodes: [1]);
        var line = built.Error.Split('\n').First(l => l.Contains("error", StringComparison.Ordinal));
        Assert.Contains("asset img-a: assets/a.png", line);
        Assert.Empty(BuiltFiles(run.Out));
    }

    /// <summary>What a build wrote besides its catalogue (index.json, index.html) and cache, which every build writes.</summary>
    private static IEnumerable<string> BuiltFiles(string output) =>
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(output, f) is not ("index.json" or "index.html" or ".mrs-cache.json"));

    [Fact]
    public void An_asset_inside_the_model_folder_is_copied_beside_the_built_model()
    {
        var run = new HostileCase();
        var model = run.Input("models/doc.std.yaml", Model("assets/a.png"));
        run.Input("models/assets/a.png", HostileFiles.Png);
        var built = run.Run(["build", Path.Combine(run.In, "models"), "-o", run.Out, "--fail-on", "never"]); // the bare model has rule findings
        Assert.Equal(0, built.ExitCode);
        Assert.True(File.Exists(Path.Combine(run.Out, "assets", "doc", "a.png")));
        Assert.Equal(0, CliRunner.Run("validate", Path.Combine(run.Out, "doc.std.yaml"), "--schema-only").ExitCode);
        _ = model;
    }

    [Fact]
    public void Unsafe_hyperlinks_stay_text_and_safe_ones_stay_links()
    {
        var run = new HostileCase();
        var rels = HostileFiles.DocumentRels("""
            <Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(1)" TargetMode="External"/>
            <Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;" TargetMode="External"/>
            <Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/a" TargetMode="External"/>
            <Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="JaVa&#9;ScRiPt:alert(3)" TargetMode="External"/>
            """);
        static string Link(string id, string text) => $"<w:hyperlink r:id=\"{id}\"><w:r><w:t>{text}</w:t></w:r></w:hyperlink>";
        var field = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"vbscript:msgbox(2)\" "
            + "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>field</w:t></w:r><w:r><w:fldChar "
            + "w:fldCharType=\"end\"/></w:r>";
        var body = "<w:p>" + Link("rId5", "script") + " " + Link("rId6", "data") + " " + Link("rId7", "safe") + Link("rId8", "tabbed") + field
            + "</w:p>";
        var input = run.Input("links.docx", HostileFiles.Docx(body, HostileFiles.Part("word/_rels/document.xml.rels", rels)));
        var output = run.Output("links.std.yaml");
        Assert.Equal(0, run.Run(["import", input, "-o", output]).ExitCode);
        var yaml = File.ReadAllText(output);
        Assert.DoesNotContain("javascript", yaml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("(data:", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("vbscript", yaml, StringComparison.Ordinal);
        Assert.Contains("[safe](https://example.org/a)", yaml);
        Assert.Contains("script", yaml);
        Assert.Contains("field", yaml);
    }

    [Fact]
    public void A_linked_image_is_a_link_no_writer_fetches()
    {
        var run = new HostileCase();
        var rels = HostileFiles.DocumentRels("""
            <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/passwd" TargetMode="External"/>
            <Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://127.0.0.1:9/x.png" TargetMode="External"/>
            """);
        static string Picture(string id) =>
            """<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" """
            + """name="p"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData """
            + """uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><a:blip """
            + $"""r:link="{id}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>""";
        var input = run.Input("linked.docx",
            HostileFiles.Docx(Picture("rId9") + Picture("rId10"), HostileFiles.Part("word/_rels/document.xml.rels", rels)));
        var output = run.Output("linked.std.yaml");
        Assert.Equal(0, run.Run(["import", input, "-o", output]).ExitCode);
        var loaded = Mrs.Serialization.ModelReader.Load(output);
        Assert.Empty(loaded.SchemaViolations);
        Assert.All(loaded.Document!.Assets, a => Assert.Null(a.Path));
        Assert.Contains(loaded.Document.Assets, a => a.Link == "file:///etc/passwd");
        var built = run.Run(["build", output, "-o", Path.Combine(run.Out, "built")]);
        Assert.Equal(0, built.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(run.Out, "built", "assets")));
    }
}
