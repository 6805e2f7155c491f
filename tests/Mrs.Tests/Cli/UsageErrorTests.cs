using Mrs.Cli;

namespace Mrs.Tests.Cli;

/// <summary>
/// A mistyped command or option is a usage error that names it and the nearest real one; it is never taken for an
/// input file, and nothing is read or written.
/// </summary>
public class UsageErrorTests
{
    [Theory]
    [InlineData(new[] { "validate", "x.std.yaml", "--fromat", "json" }, "unknown option '--fromat' for 'mrs validate'. Did you mean '--format'?")]
    [InlineData(new[] { "valdate", "x.std.yaml" }, "'valdate' is not an mrs command. Did you mean 'validate'?")]
    [InlineData(new[] { "import", "x.docx", "--ouput", "y.std.yaml" }, "unknown option '--ouput' for 'mrs import'. Did you mean '--output'?")]
    [InlineData(new[] { "render", "x.std.yaml", "--too", "html", "-o", "x.html" }, "unknown option '--too' for 'mrs render'. Did you mean '--to'?")]
    [InlineData(new[] { "--verison" }, "unknown option '--verison'. Did you mean '--version'?")]
    [InlineData(new[] { "import", "-x", "a.docx" }, "unknown option '-x' for 'mrs import'.")]
    public void A_mistyped_word_is_named_with_the_nearest_real_one(string[] args, string message)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        var lines = result.Error.TrimEnd().Split('\n');
        Assert.Equal("mrs: " + message, lines[0]);
        Assert.StartsWith("Run 'mrs ", lines[^1]);
        Assert.Equal(2, lines.Length); // what the mistyped word led to (a missing option, its value) is not reported too
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Mrs_alone_prints_the_help()
    {
        var result = CliRunner.Run();
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
        Assert.Contains("validate", result.Out);
    }

    [Theory]
    [InlineData("validate", "valdate", 1)]
    [InlineData("--format", "--fromat", 1)]
    [InlineData("--output", "--ouput", 1)]
    [InlineData("import", "render", 6)]
    public void Distance_counts_edits_and_swaps(string a, string b, int distance) =>
        Assert.Equal(distance, UsageErrors.Distance(a, b));
}
