using System.CommandLine;
using Mrs.Serialization;

namespace Mrs.Cli.Commands;

/// <summary><c>mrs import</c>: a Word standard into the clause model.</summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("input") { Description = "The Word document: .docx, .dotx, .docm (and .doc, .dot, .rtf, .odt through LibreOffice)." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the model: out.std.yaml, out.std.json, or - for standard output (YAML). Default: <name>.std.yaml beside the input." };
        var options = new DocumentOptions();
        var report = new Option<string?>("--report") { Description = "Write the import report (profile, unmapped styles, raw content, numbering anomalies, tracked changes) as JSON to this file." };
        var command = new Command("import", "Import a Word standard into the clause model (YAML or JSON).") { input, output, report, CommonOptions.Verbose() };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            var target = parse.GetValue(output) ?? DefaultOutput(path);
            var toStdout = target == "-";
            var importOptions = options.Read(parse, toStdout ? null : target);
            var result = DocumentLoader.Import(path, importOptions, console, parse.GetValue(options.Soffice));
            if (result is null)
            {
                return ExitCodes.BadInput;
            }
            var format = toStdout ? ModelFormat.Yaml : ModelFormats.FromPath(target);
            var text = ModelWriter.Write(result.Document, format);
            if (toStdout)
            {
                console.Out.Write(text);
            }
            else
            {
                ModelWriter.WriteFileAtomically(target, text);
            }
            if (parse.GetValue(report) is { } reportPath)
            {
                ModelWriter.WriteFileAtomically(reportPath, ImportReportJson.Write(result.Report));
            }
            foreach (var line in result.Report.Summary())
            {
                console.Error.WriteLine($"{Path.GetFileName(path)}: {line}");
            }
            if (!toStdout)
            {
                console.Error.WriteLine($"{Path.GetFileName(path)}: wrote {target}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>"dir/name.docx" → "dir/name.std.yaml".</summary>
    public static string DefaultOutput(string input) =>
        Path.Combine(Path.GetDirectoryName(input) ?? "", Path.GetFileNameWithoutExtension(input) + ".std.yaml");
}

/// <summary><c>mrs build</c>: whole folders of standards at once.</summary>
internal static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files or folders of standards (Word documents and models).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Output folder.", Required = true };
        var to = new Option<string>("--to") { Description = "Comma-separated outputs: yaml,json,html,pdf,bundle.", DefaultValueFactory = _ => "yaml" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Documents processed in parallel.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var shard = new Option<string?>("--shard") { Description = "Process only shard i of N (i/N, 1-based), to split a build across CI machines." };
        var command = new Command("build", "Build every standard in files and folders into the chosen formats.") { inputs, output, to, jobs, shard, CommonOptions.Verbose() };
        command.SetAction(_ => NotImplemented.Report(console, "build"));
        return command;
    }
}
