using Mrs.Cli;

namespace Mrs.Tests;

/// <summary>Runs the mrs command line in-process and captures what it prints.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = MrsCli.Run(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }
}
