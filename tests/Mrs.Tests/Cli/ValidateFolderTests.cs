namespace Mrs.Tests.Cli;

/// <summary>
/// Validating a folder: a Word document beside its own model is one standard, checked once in the model; --exclude
/// leaves files out by glob.
/// </summary>
public class ValidateFolderTests
{
    private static string Folder()
    {
        var folder = TestPaths.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder, "drafts", "old"));
        File.Copy(TestPaths.Sample("gbt-sample.std.yaml"), Path.Combine(folder, "gbt.std.yaml"));
        File.Copy(Path.Combine(TestPaths.Samples, "word", "gbt-sample.docx"), Path.Combine(folder, "gbt.docx"));
        File.Copy(TestPaths.Sample("iso-sample.std.yaml"), Path.Combine(folder, "drafts", "iso.std.yaml"));
        File.Copy(TestPaths.Sample("iso-sample.std.yaml"), Path.Combine(folder, "drafts", "old", "iso-2019.std.yaml"));
        return folder;
    }

    [Fact]
    public void A_document_beside_its_model_is_checked_once_in_the_model()
    {
        var folder = Folder();
        var result = CliRunner.Run("validate", folder, "--format", "json");
        Assert.Contains($"{Path.Combine(folder, "gbt.docx")}: skipped, the same standard is checked in gbt.std.yaml", result.Error);
        Assert.Contains("in 3 files", result.Error);
        Assert.DoesNotContain("gbt.docx\"", result.Out);
    }

    [Theory]
    [InlineData("drafts/old/**", 2)]
    [InlineData("old", 2)]
    [InlineData("*.std.yaml", 1)] // the models go, the Word document stays
    [InlineData("*", 0)]
    [InlineData("drafts/*.std.yaml", 2)]
    [InlineData("**/iso*.std.yaml", 1)]
    public void Exclude_leaves_out_what_its_glob_names(string glob, int files)
    {
        var result = CliRunner.Run("validate", Folder(), "--exclude", glob, "--format", "json");
        if (files == 0)
        {
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("that --exclude leaves", result.Error);
            return;
        }
        Assert.Contains($"in {files} file", result.Error);
    }
}
