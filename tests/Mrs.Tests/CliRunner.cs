using Mrs.Cli;

namespace Mrs.Tests;

/// <summary>Runs the mrs command line in-process and captures what it prints.</summary>
public static class CliRunner
{
    /// <summary>The variables that choose mrs's language: unset in <see cref="Run"/>, so tests read English on any machine.</summary>
    private static readonly string[] LanguageVariables = ["MRS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];

    public sealed record Result(int ExitCode, string Out, string Error);

    /// <summary>mrs in English (whatever the machine's locale), in the current folder.</summary>
    public static Result Run(params string[] args) =>
        RunWith(new Dictionary<string, string?>(), Environment.CurrentDirectory, args);

    /// <summary>mrs with these language variables (the others unset) in <paramref name="workingFolder"/>.</summary>
    public static Result RunWith(IReadOnlyDictionary<string, string?> languageVariables, string workingFolder, params string[] args) =>
        Run(languageVariables, workingFolder, [], args);

    /// <summary>mrs in English reading <paramref name="input"/> as standard input ("-").</summary>
    public static Result RunWithInput(byte[] input, params string[] args) =>
        Run(new Dictionary<string, string?>(), Environment.CurrentDirectory, input, args);

    private static Result Run(IReadOnlyDictionary<string, string?> languageVariables, string workingFolder, byte[] input, string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = MrsCli.Run(args, output, error,
            name => LanguageVariables.Contains(name) ? languageVariables.GetValueOrDefault(name) : Environment.GetEnvironmentVariable(name),
            workingFolder, () => new MemoryStream(input, writable: false));
        return new Result(code, output.ToString(), error.ToString());
    }
}
