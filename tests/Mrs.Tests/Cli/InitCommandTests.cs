namespace Mrs.Tests.Cli;

/// <summary><c>mrs init</c>: each template gives a standard that validates cleanly, and init never overwrites.</summary>
public class InitCommandTests
{
    [Theory]
    [InlineData("gbt", "gbt rules")]
    [InlineData("iso", "iso rules")]
    [InlineData("etsi", "etsi rules")]
    public void Each_template_validates_cleanly_under_its_own_rules(string template, string family)
    {
        var folder = Path.Combine(TestPaths.TempFolder(), template);
        var init = CliRunner.Run("init", "--template", template, folder);
        Assert.Equal(0, init.ExitCode);
        foreach (var file in new[] { "standard.std.yaml", ".mrs.yaml", ".vscode/settings.json", "schemas/clause-model.schema.json",
            "schemas/mrs-config.schema.json" })
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), file);
        }
        Assert.StartsWith("# yaml-language-server: $schema=schemas/clause-model.schema.json\n",
            File.ReadAllText(Path.Combine(folder, "standard.std.yaml")));
        var validate = CliRunner.Run("validate", Path.Combine(folder, "standard.std.yaml"), "--fail-on", "warning", "--format", "json");
        Assert.True(validate.ExitCode == 0, validate.Out + validate.Error);
        Assert.Contains("0 errors, 0 warnings, 0 infos in 1 file", validate.Error);
        Assert.Contains(family.Split(' ')[0], validate.Out);
    }

    [Fact]
    public void Init_never_overwrites()
    {
        var folder = TestPaths.TempFolder();
        File.WriteAllText(Path.Combine(folder, "standard.std.yaml"), "mine");
        var result = CliRunner.Run("init", folder);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("standard.std.yaml", result.Error);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "standard.std.yaml")));
        Assert.False(File.Exists(Path.Combine(folder, ".mrs.yaml")));
    }
}
