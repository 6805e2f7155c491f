namespace Mrs.Tests.Cli;

/// <summary>mrs build end to end, in-process: folders of Word documents and models into YAML/JSON models.</summary>
public class BuildCommandTests
{
    /// <summary>A folder of standards: both sample Word documents (one in a subfolder) and a hand-written model with its pictures.</summary>
    private static string Archive()
    {
        var archive = TestPaths.TempFolder();
        Directory.CreateDirectory(Path.Combine(archive, "iso"));
        File.Copy(TestPaths.Sample("word/gbt-sample.docx"), Path.Combine(archive, "gbt-sample.docx"));
        File.Copy(TestPaths.Sample("word/iso-sample.docx"), Path.Combine(archive, "iso", "iso-sample.docx"));
        Directory.CreateDirectory(Path.Combine(archive, "models"));
        File.Copy(TestPaths.Sample("gbt-sample.std.yaml"), Path.Combine(archive, "models", "gbt-handwritten.std.yaml"));
        CopyPictures(Path.Combine(archive, "models"));
        File.WriteAllText(Path.Combine(archive, "readme.txt"), "not a standard");
        return archive;
    }

    /// <summary>The samples' pictures (assets/&lt;name&gt;/…) into assets/ of <paramref name="folder"/>.</summary>
    internal static void CopyPictures(string folder)
    {
        var samples = Path.Combine(TestPaths.Samples, "assets");
        foreach (var picture in Directory.GetFiles(samples, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, "assets", Path.GetRelativePath(samples, picture));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(picture, target);
        }
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes);

    [Fact]
    public void A_folder_builds_into_models_that_keep_its_layout_each_folder_with_its_assets_beside_its_models()
    {
        var archive = Archive();
        var output = TestPaths.TempFolder();

        var result = CliRunner.Run("build", archive, "-o", output, "--to", "yaml,json", "-j", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("3 built, 0 failed", result.Error, StringComparison.Ordinal);
        var files = Files(output);
        Assert.Contains("gbt-sample.std.yaml", files.Keys);
        Assert.Contains("gbt-sample.std.json", files.Keys);
        Assert.Contains("iso/iso-sample.std.yaml", files.Keys);
        Assert.Contains("models/gbt-handwritten.std.json", files.Keys);
        Assert.DoesNotContain(files.Keys, k => k.StartsWith("readme", StringComparison.Ordinal));

        // every asset path of every model leads to a file of the build
        foreach (var model in files.Keys.Where(k => k.EndsWith(".std.yaml", StringComparison.Ordinal)))
        {
            var loaded = Mrs.Serialization.ModelReader.Load(Path.Combine(output, model));
            Assert.NotNull(loaded.Document);
            Assert.NotEmpty(loaded.Document!.Assets);
            Assert.All(loaded.Document.Assets, a =>
            {
                Assert.StartsWith("assets/", a.Path, StringComparison.Ordinal);
                Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(Path.Combine(output, model))!, a.Path!)), $"{model}: {a.Path}");
            });
        }
        Assert.All(files.Keys.Where(k => k.Split('/') is { Length: > 1 } parts && !parts.Contains("assets")),
            k => Assert.True(k.EndsWith(".std.yaml", StringComparison.Ordinal) || k.EndsWith(".std.json", StringComparison.Ordinal), k));
    }

    [Fact]
    public void The_same_inputs_build_the_same_bytes()
    {
        var archive = Archive();
        var first = TestPaths.TempFolder();
        var second = TestPaths.TempFolder();
        Assert.Equal(0, CliRunner.Run("build", archive, "-o", first, "--to", "yaml,json", "-j", "2").ExitCode);
        Assert.Equal(0, CliRunner.Run("build", archive, "-o", second, "--to", "yaml,json", "-j", "1").ExitCode);
        var a = Files(first);
        var b = Files(second);
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a.Keys, k => Assert.True(a[k].AsSpan().SequenceEqual(b[k]), k));
    }

    [Fact]
    public void A_broken_document_fails_alone_and_leaves_no_output()
    {
        var archive = Archive();
        File.WriteAllBytes(Path.Combine(archive, "broken.docx"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        File.Delete(Directory.GetFiles(Path.Combine(archive, "models", "assets"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .First());
        var output = TestPaths.TempFolder();

        var result = CliRunner.Run("build", archive, "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("2 built, 2 failed", result.Error, StringComparison.Ordinal);
        Assert.Contains(result.Error.Split('\n'),
            l => l.Contains("broken.docx", StringComparison.Ordinal) && l.Contains("error", StringComparison.Ordinal));
        Assert.Contains(result.Error.Split('\n'),
            l => l.Contains("gbt-handwritten.std.yaml: error: asset", StringComparison.Ordinal) && l.Contains("not found", StringComparison.Ordinal));
        var files = Files(output);
        Assert.DoesNotContain(files.Keys, k => k.StartsWith("broken", StringComparison.Ordinal) || k.StartsWith("models/", StringComparison.Ordinal));
        Assert.DoesNotContain(files.Keys, k => k.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Shards_split_the_inputs_without_overlap()
    {
        var archive = Archive();
        var outputs = new[] { TestPaths.TempFolder(), TestPaths.TempFolder() };
        Assert.Equal(0, CliRunner.Run("build", archive, "-o", outputs[0], "--shard", "1/2").ExitCode);
        Assert.Equal(0, CliRunner.Run("build", archive, "-o", outputs[1], "--shard", "2/2").ExitCode);
        var models = outputs.Select(o => Files(o).Keys.Where(k => k.EndsWith(".std.yaml", StringComparison.Ordinal)).ToList()).ToList();
        Assert.Empty(models[0].Intersect(models[1]));
        Assert.Equal(3, models[0].Count + models[1].Count);
        Assert.Equal(2, CliRunner.Run("build", archive, "-o", outputs[0], "--shard", "3/2").ExitCode);
    }

    [Fact]
    public void Html_pages_are_built_beside_the_models_with_their_pictures_in_one_assets_folder()
    {
        var output = TestPaths.TempFolder();
        var result = CliRunner.Run("build", TestPaths.Sample("gbt-sample.std.yaml"), TestPaths.Sample("iso-sample.std.yaml"), "-o", output, "--to",
            "yaml,html");
        Assert.Equal(0, result.ExitCode);
        var files = Files(output).Keys.ToList();
        Assert.Contains(files, f => f.EndsWith("gbt-sample.html", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("iso-sample.html", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("gbt-sample.std.yaml", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("assets/", StringComparison.Ordinal) && f.EndsWith(".png", StringComparison.Ordinal));
        // the document pages (index.html is the build's catalogue, which links to the outputs beside it)
        foreach (var page in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f != "index.html"))
        {
            Mrs.Tests.Rendering.Html.HtmlChecks.Check(File.ReadAllText(Path.Combine(output, page)));
        }
    }
}
