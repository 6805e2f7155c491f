namespace Mrs.Tests.Cli;

/// <summary>mrs render answers from the writer registry: renderings only.</summary>
public class RenderCommandTests
{
    [Theory]
    [InlineData("yaml")]
    [InlineData("docx")]
    public void A_format_that_is_not_a_rendering_is_a_usage_error(string format)
    {
        var result = CliRunner.Run("render", TestPaths.Sample("gbt-sample.std.yaml"), "--to", format, "-o",
            Path.Combine(TestPaths.TempFolder(), "x"));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"mrs: Argument '{format}' not recognized. Must be one of:", result.Error, StringComparison.Ordinal);
        Assert.Contains("'html'", result.Error, StringComparison.Ordinal);
    }
}
