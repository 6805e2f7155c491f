namespace Mrs.Tests.Cli;

/// <summary>mrs render --to pdf: the browser found by --browser, MRS_CHROMIUM or PATH; without one a one-line error and exit 2.</summary>
public class RenderPdfCommandTests
{
    [Fact]
    public void A_browser_that_is_not_there_is_one_line_that_says_how_to_install_it_and_nothing_is_written()
    {
        var folder = TestPaths.TempFolder();
        var output = Path.Combine(folder, "x.pdf");
        var result = CliRunner.Run("render", TestPaths.Sample("gbt-sample.std.yaml"), "--to", "pdf", "-o", output, "--browser",
            Path.Combine(folder, "no-chromium"));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("mrs: ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("apt-get install chromium", result.Error, StringComparison.Ordinal);
        Assert.Contains("未找到", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Render_to_pdf_writes_a_pdf_and_nothing_else()
    {
        var folder = TestPaths.TempFolder();
        var output = Path.Combine(folder, "iso.pdf");
        var result = CliRunner.Run("render", TestPaths.Sample("iso-sample.std.yaml"), "--to", "pdf", "-o", output, "--theme", "iso");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal([output], Directory.GetFileSystemEntries(folder));
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(output)[..5]);
    }

    [Fact]
    public void Build_without_a_browser_refuses_pdf_before_reading_any_document()
    {
        var folder = TestPaths.TempFolder();
        var result = CliRunner.Run("build", TestPaths.Sample("gbt-sample.std.yaml"), "-o", Path.Combine(folder, "out"), "--to", "pdf", "--browser",
            Path.Combine(folder, "no-chromium"));
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.False(Directory.Exists(Path.Combine(folder, "out")));
    }
}
