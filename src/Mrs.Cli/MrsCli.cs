using System.CommandLine;
using System.Globalization;
using System.Reflection;
using Mrs.Cli.Commands;
using Mrs.Cli.Messages;
using Mrs.Text.Messages;

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
        var root = new RootCommand(Catalog.Get("root.description"));
        root.Options.Add(LanguageOption());
        foreach (var option in root.Options)
        {
            // System.CommandLine's own catalogue lacks these two in Chinese.
            option.Description = option switch
            {
                System.CommandLine.Help.HelpOption => Catalog.Get("option.help"),
                VersionOption => Catalog.Get("option.version"),
                _ => option.Description,
            };
        }
        LocalizedHelpAction.Install(root);
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

    /// <summary>--lang on every command; its value is read before parsing (<see cref="CliLanguage"/>), as help needs it.</summary>
    private static Option<string> LanguageOption()
    {
        var option = new Option<string>("--lang")
        {
            Description = Catalog.Get("option.lang"),
            Recursive = true,
            HelpName = "en|zh-CN",
        };
        option.AcceptOnlyFromAmong(CliLanguage.Names);
        return option;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, output, error, Environment.GetEnvironmentVariable, Environment.CurrentDirectory);

    /// <summary>
    /// Runs mrs in the language that the arguments, <paramref name="environment"/> and the .mrs.yaml of <paramref name="workingFolder"/> choose.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment, string workingFolder) =>
        Run(args, output, error, environment, workingFolder, Console.OpenStandardInput);

    /// <summary>As above, with what "-" reads instead of standard input.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment, string workingFolder,
        Func<Stream> input)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CliLanguage.Resolve(args, environment, workingFolder).Culture;
        try
        {
            return RunInLanguage(args, output, error, input);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static int RunInLanguage(string[] args, TextWriter output, TextWriter error, Func<Stream> input)
    {
        var console = new CliConsole(output, error, args.Contains("--verbose")) { Input = input };
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
            error.WriteLine(Catalog.Format("usage.help", command == root ? "" : command.Name + " "));
            return ExitCodes.BadInput;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            // The last line of defence: a bug, never a stack trace unless asked for.
            error.WriteLine("mrs: " + Catalog.Format("error.internal", ex.Message));
            if (console.Verbose)
            {
                error.WriteLine(ex.ToString());
            }
            return ExitCodes.BadInput;
        }
    }
}

/// <summary>Where commands write: results to Out, messages (one line each) to Error; what `-` reads: Input.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error, bool verbose)
{
    /// <summary>Standard input, for an input named "-" (tests give their own).</summary>
    public Func<Stream> Input { get; init; } = Console.OpenStandardInput;

    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;
    public bool Verbose { get; } = verbose;

    /// <summary>Writes "mrs: message" to stderr.</summary>
    public void Fail(string message) => Error.WriteLine("mrs: " + message);
}
