using System.CommandLine;
using System.Reflection;
using Mrs.Cli.Commands;

namespace Mrs.Cli;

/// <summary>Exit codes shared by every command.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Findings at or above --fail-on (validate), or a document that failed (build).</summary>
    public const int Findings = 1;
    /// <summary>Usage error, or unreadable or invalid input.</summary>
    public const int BadInput = 2;
}

/// <summary>The command tree of mrs. Each command lives in its own file under Commands/.</summary>
public static class MrsCli
{
    public static string Version =>
        typeof(MrsCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand(
            "mrs compiles Word standards into a machine-readable clause model (YAML/JSON), checks it against its schema and " +
            "the rules of GB/T 1.1-2020 and ISO/IEC Directives Part 2, and renders it.");
        root.Subcommands.Add(ImportCommand.Create(console));
        root.Subcommands.Add(ValidateCommand.Create(console));
        root.Subcommands.Add(RenderCommand.Create(console));
        root.Subcommands.Add(BuildCommand.Create(console));
        root.Subcommands.Add(FmtCommand.Create(console));
        root.Subcommands.Add(InitCommand.Create(console));
        root.Subcommands.Add(SchemaCommand.Create(console));
        root.Subcommands.Add(CompletionCommand.Create(console, () => root));
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error, args.Contains("--verbose"));
        var root = Build(console);
        if (args.Length == 0)
        {
            args = ["--help"]; // mrs alone: what it can do
        }
        var parse = root.Parse(args);
        var usage = UsageErrors.Find(root, parse);
        if (usage.Count > 0)
        {
            foreach (var message in usage)
            {
                error.WriteLine($"mrs: {message}");
            }
            var command = parse.CommandResult.Command;
            error.WriteLine($"Run 'mrs {(command == root ? "" : command.Name + " ")}--help' for usage.");
            return ExitCodes.BadInput;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            // The last line of defence: a bug, never a stack trace unless asked for.
            error.WriteLine($"mrs: internal error: {ex.Message} (please report this; --verbose shows details)");
            if (console.Verbose)
            {
                error.WriteLine(ex.ToString());
            }
            return ExitCodes.BadInput;
        }
    }
}

/// <summary>Where commands write: results to Out, messages (one line each) to Error.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error, bool verbose)
{
    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;
    public bool Verbose { get; } = verbose;

    /// <summary>Writes "mrs: message" to stderr.</summary>
    public void Fail(string message) => Error.WriteLine("mrs: " + message);
}
