using System.CommandLine;
using System.Text;
using Mrs.Model;
using Mrs.Serialization;
using Mrs.Text.Messages;

namespace Mrs.Cli.Commands;

/// <summary>
/// <c>mrs fmt</c>: rewrites model files in their canonical form (the writer's key order, quoting and escapes, the comment
/// lines at the top kept); <c>--renumber</c> first recomputes the numbers of clauses, annexes, term entries, tables,
/// figures, formulas, notes and examples from the structure, with the ids and cross-references that follow them;
/// <c>--check</c> writes nothing and lists the files that would change (exit 1), for CI. <c>-</c> reads standard input
/// and writes standard output. Exit codes: 0 done (or nothing to change); 1 with --check, a file would change; 2 usage
/// error, or a file that cannot be read, is not a valid model or cannot be written (the other files are still done).
/// </summary>
internal static class FmtCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs") { Description = Messages.Inputs, Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = Messages.Check };
        var renumber = new Option<bool>("--renumber") { Description = Messages.Renumber };
        var command = new Command("fmt", Messages.Command) { inputs, check, renumber, CommonOptions.Verbose() };
        command.SetAction(parse => Run(console, parse.GetValue(inputs)!, parse.GetValue(check), parse.GetValue(renumber)));
        return command;
    }

    private static int Run(CliConsole console, string[] inputs, bool check, bool renumber)
    {
        var failed = false;
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (input == "-" || !Directory.Exists(input))
            {
                files.Add(input);
                continue;
            }
            var found = ModelFiles(input);
            if (found.Count == 0)
            {
                console.Error.WriteLine(Messages.EmptyFolder(input));
            }
            files.AddRange(found);
        }
        var unformatted = 0;
        foreach (var file in files.Distinct(StringComparer.Ordinal))
        {
            switch (FormatOne(console, file, check, renumber))
            {
                case Outcome.Failed:
                    failed = true;
                    break;
                case Outcome.WouldChange:
                    unformatted++;
                    break;
            }
        }
        if (check && unformatted > 0)
        {
            console.Error.WriteLine(Messages.CheckSummary(unformatted, files.Count, renumber));
        }
        return failed ? ExitCodes.BadInput : check && unformatted > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    private enum Outcome
    {
        Unchanged,
        Changed,
        WouldChange,
        Failed,
    }

    private static Outcome FormatOne(CliConsole console, string path, bool check, bool renumber)
    {
        var stdio = path == "-";
        var name = stdio ? Messages.StandardInput : path;
        byte[] bytes;
        try
        {
            bytes = stdio ? ReadStandardInput() : ReadFile(path);
        }
        catch (ModelReadException ex)
        {
            console.Error.WriteLine(Messages.Error(name, ex.Message));
            return Outcome.Failed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(Messages.Error(name, ex is FileNotFoundException ? Messages.NoSuchFile : Messages.CannotRead(ex)));
            return Outcome.Failed;
        }
        var format = stdio ? Sniff(bytes) : ModelFormats.FromPath(path);
        FormattedModel formatted;
        try
        {
            formatted = ModelFormatter.Format(bytes, format, renumber);
        }
        catch (ModelReadException ex)
        {
            console.Error.WriteLine(ex.Line > 0 ? Messages.ErrorAt(name, ex.Line, ex.Column, ex.Message) : Messages.Error(name, ex.Message));
            return Outcome.Failed;
        }
        catch (RenumberingException ex)
        {
            console.Error.WriteLine(Messages.Error(name, ex.Message));
            return Outcome.Failed;
        }
        if (formatted.Renumbered is { } result)
        {
            foreach (var skipped in result.Skipped)
            {
                console.Error.WriteLine(Messages.Note(name, skipped));
            }
        }
        var same = Encoding.UTF8.GetString(bytes) == formatted.Text;
        if (check)
        {
            if (!same)
            {
                console.Out.WriteLine(name);
            }
            return same ? Outcome.Unchanged : Outcome.WouldChange;
        }
        if (stdio)
        {
            console.Out.Write(formatted.Text);
            return Outcome.Changed;
        }
        if (same)
        {
            return Outcome.Unchanged;
        }
        try
        {
            OutputFile.Write(path, formatted.Text);
        }
        catch (OutputException ex)
        {
            console.Error.WriteLine(ex.Message);
            return Outcome.Failed;
        }
        console.Error.WriteLine(formatted.Renumbered is { Changed: true } r ? Messages.Renumbered(path, r) : Messages.Formatted(path));
        return Outcome.Changed;
    }

    private static byte[] ReadFile(string path)
    {
        if (FileKinds.Of(path) == FileKind.Missing)
        {
            throw new FileNotFoundException(Messages.NoSuchFile, path);
        }
        if (new FileInfo(path).Length > ModelReader.DefaultMaxBytes)
        {
            throw new ModelReadException(Messages.TooLarge, 0, 0);
        }
        return File.ReadAllBytes(path);
    }

    private static byte[] ReadStandardInput()
    {
        using var input = Console.OpenStandardInput();
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = input.Read(buffer)) > 0)
        {
            if (memory.Length + n > ModelReader.DefaultMaxBytes)
            {
                throw new ModelReadException(Messages.TooLarge, 0, 0);
            }
            memory.Write(buffer, 0, n);
        }
        return memory.ToArray();
    }

    /// <summary>JSON when the text starts with '{' (after white space), YAML otherwise.</summary>
    private static ModelFormat Sniff(byte[] bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b == (byte)'{' ? ModelFormat.Json : ModelFormat.Yaml;
            }
        }
        return ModelFormat.Yaml;
    }

    /// <summary>The model files (*.std.yaml, *.std.yml, *.std.json) below a folder, in path order.</summary>
    private static List<string> ModelFiles(string folder) =>
    [
        .. Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(f => f.EndsWith(".std.yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".std.yml", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".std.json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>What fmt says, from the message catalogue (src/Mrs.Text/Messages).</summary>
    private static class Messages
    {
        public static string Command => Catalog.Get("fmt.description");
        public static string Inputs => Catalog.Get("fmt.inputs");
        public static string Check => Catalog.Get("fmt.check");
        public static string Renumber => Catalog.Get("fmt.renumber");
        public static string StandardInput => StandardLoader.StandardInputName;
        public static string NoSuchFile => Catalog.Get("load.noSuchFile");
        public static string TooLarge => Catalog.Get("fmt.tooLarge");

        public static string CannotRead(Exception ex) =>
            ex is UnauthorizedAccessException ? Catalog.Get("error.permissionDenied") : Catalog.Format("load.cannotRead", ex.Message);

        public static string Error(string path, string message) => Catalog.Format("error.at", path, message);

        public static string ErrorAt(string path, int line, int column, string message) => Catalog.Format("error.atLine", path, line, column,
            message);

        public static string Note(string path, string message) => Catalog.Format("note.at", path, message);

        public static string EmptyFolder(string folder) => Catalog.Format("fmt.emptyFolder", folder);

        public static string Formatted(string path) => Catalog.Format("fmt.formatted", path);

        public static string Renumbered(string path, RenumberResult r) => Catalog.Format("fmt.renumbered", path, r.Numbers, r.IdMap.Count, r.Links);

        public static string CheckSummary(int count, int total, bool renumber) =>
            "mrs: " + Catalog.Format("fmt.checkSummary", count, total, renumber ? " --renumber" : "");
    }
}
