using Mrs.Serialization;

namespace Mrs.Tests.Import.Docx;

/// <summary>mrs import end to end: outputs, formats, report, images.</summary>
public class ImportCommandTests
{
    private static string Copy(string corpusFile)
    {
        var folder = TestPaths.TempFolder();
        var path = Path.Combine(folder, Path.GetFileName(corpusFile));
        File.Copy(TestPaths.CorpusFile(corpusFile), path);
        return path;
    }

    [Fact]
    public void Default_output_is_a_yaml_model_beside_the_input_with_its_images()
    {
        var input = Copy("standards/iso/metanorma-iso_rice.docx");
        var result = CliRunner.Run("import", input);
        Assert.Equal(0, result.ExitCode);
        var output = Path.ChangeExtension(input, null) + ".std.yaml";
        Assert.True(File.Exists(output));
        using var model = ModelReader.Load(output);
        Assert.Empty(model.SchemaViolations);
        foreach (var asset in model.Document!.Assets.Where(a => a.Sha256 is not null))
        {
            var file = Path.Combine(Path.GetDirectoryName(output)!, asset.Path!);
            Assert.True(File.Exists(file), asset.Path);
            Assert.Equal(asset.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file))));
        }
        Assert.Contains("profile iso", result.Error);
    }

    [Fact]
    public void Json_output_and_report()
    {
        var input = Copy("standards/gbt/generated/gbt-minimal.docx");
        var folder = Path.GetDirectoryName(input)!;
        var result = CliRunner.Run("import", input, "-o", Path.Combine(folder, "out.std.json"), "--report", Path.Combine(folder, "report.json"));
        Assert.Equal(0, result.ExitCode);
        using var model = ModelReader.Load(Path.Combine(folder, "out.std.json"));
        Assert.Equal("GB/T 12345—2026", model.Document!.Metadata.Identifier);
        var report = File.ReadAllText(Path.Combine(folder, "report.json"));
        Assert.Contains("\"profile\": \"gbt\"", report);
        Assert.Contains("unmappedStyles", report);
    }

    [Fact]
    public void Dash_writes_yaml_to_standard_output()
    {
        var result = CliRunner.Run("import", TestPaths.CorpusFile("standards/gbt/generated/gbt-minimal.docx"), "-o", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("schemaVersion: \"1.0\"", result.Out);
        // No model file is written; the one picture goes to assets/gbt-minimal/ in the working directory, and that is said.
        Assert.Equal(["gbt-minimal.docx: wrote 1 picture to assets/gbt-minimal/ (the model names them assets/gbt-minimal/…, "
            + "from the working directory)"],
            result.Error.Split('\n').Where(l => l.Contains("wrote", StringComparison.Ordinal)));
    }

    [Fact]
    public void Profile_can_be_chosen_and_a_style_map_layered_over_it()
    {
        var folder = TestPaths.TempFolder();
        var map = Path.Combine(folder, "map.yaml");
        File.WriteAllText(map, "name: mine\nstyles:\n  Normal: note\n");
        var result = CliRunner.Run("import", TestPaths.CorpusFile("pandoc/lists.docx"), "-o", "-", "--profile", "generic", "--style-map", map);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("profile mine", result.Error);
        var bad = Path.Combine(folder, "bad.yaml");
        File.WriteAllText(bad, "styles:\n  Normal: flying-saucer\n");
        var refused = CliRunner.Run("import", TestPaths.CorpusFile("pandoc/lists.docx"), "-o", "-", "--style-map", bad);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("unknown role 'flying-saucer'", refused.Error);
    }

    [Fact]
    public void Tracked_changes_are_accepted_by_default_and_can_be_rejected()
    {
        var file = TestPaths.CorpusFile("pandoc/track_changes_insertion.docx");
        var accepted = CliRunner.Run("import", file, "-o", "-");
        var rejected = CliRunner.Run("import", file, "-o", "-", "--track-changes", "reject");
        Assert.Equal(0, accepted.ExitCode);
        Assert.Equal(0, rejected.ExitCode);
        Assert.NotEqual(accepted.Out, rejected.Out);
        Assert.Contains("tracked changes", accepted.Error);
    }
}
