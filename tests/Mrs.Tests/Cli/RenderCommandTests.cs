namespace Mrs.Tests.Cli;

/// <summary>mrs render answers from the writer registry: renderings only, each refused while it is not implemented.</summary>
public class RenderCommandTests
{
    [Theory]
    [InlineData("pdf", "x.pdf")]
    public void A_rendering_not_implemented_yet_is_refused_before_the_input_is_read(string format, string output)
    {
        var folder = TestPaths.TempFolder();
        var result = CliRunner.Run("render", Path.Combine(folder, "missing.std.yaml"), "--to", format, "-o", Path.Combine(folder, output));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("mrs: render is not implemented yet\n", result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Theory]
    [InlineData("yaml")]
    [InlineData("docx")]
    public void A_format_that_is_not_a_rendering_is_a_usage_error(string format)
    {
        var result = CliRunner.Run("render", TestPaths.Sample("gbt-sample.std.yaml"), "--to", format, "-o", Path.Combine(TestPaths.TempFolder(), "x"));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"mrs: Argument '{format}' not recognized. Must be one of:", result.Error, StringComparison.Ordinal);
        Assert.Contains("'html'", result.Error, StringComparison.Ordinal);
    }
}
