using System.CommandLine;
using Mrs.Serialization;
using Mrs.Validation;
using Mrs.Validation.Reporting;

namespace Mrs.Cli.Commands;

/// <summary><c>mrs validate</c>: schema first, then the rule set; output for people and for CI.</summary>
internal static class ValidateCommand
{
    private static readonly IReadOnlyList<IReportFormatter> Formatters = ReportFormatters.All;

    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Models (*.std.yaml, *.std.json) or Word documents (imported on the fly).", Arity = ArgumentArity.OneOrMore };
        var schemaOnly = new Option<bool>("--schema-only") { Description = "Check the JSON Schema only, not the drafting rules." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formatters.Select(f => f.Name).ToArray());
        var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 when a finding of this severity or above is found.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "never");
        var lang = new Option<string>("--lang") { Description = "Language of the messages.", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong("en", "zh-CN");
        var command = new Command("validate", "Check standards: the clause-model schema, then the structural rules.") { inputs, schemaOnly, format, failOn, lang, CommonOptions.Verbose() };
        command.SetAction(parse =>
        {
            var formatter = Formatters.First(f => f.Name == parse.GetValue(format));
            var language = parse.GetValue(lang)!;
            var findings = new List<Finding>();
            var files = new List<string>();
            var unreadable = false;
            foreach (var path in parse.GetValue(inputs)!)
            {
                if (!ModelFormats.IsModelPath(path))
                {
                    console.Fail($"{path}: validating Word documents needs the importer, which is not implemented yet");
                    unreadable = true;
                    continue;
                }
                try
                {
                    using var model = ModelReader.Load(path);
                    files.Add(path);
                    findings.AddRange(SchemaCheck.Findings(model));
                }
                catch (ModelReadException ex)
                {
                    console.Error.WriteLine(ex.Line > 0 ? $"{path}:{ex.Line}:{ex.Column}: error: {ex.Message}" : $"{path}: error: {ex.Message}");
                    unreadable = true;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    console.Fail($"{path}: cannot read the file: {ex.Message}");
                    unreadable = true;
                }
            }

            var report = new ValidationReport { Findings = findings, Files = files };
            var color = formatter is TextFormatter && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null && ReferenceEquals(console.Out, Console.Out);
            formatter.Write(report, console.Out, new ReportOptions { Language = language, Color = color });
            if (formatter is TextFormatter && files.Count > 0)
            {
                console.Error.WriteLine(language.StartsWith("zh", StringComparison.Ordinal) ? report.SummaryZh() : report.Summary());
            }

            if (unreadable)
            {
                return ExitCodes.BadInput;
            }
            var threshold = parse.GetValue(failOn) switch { "warning" => Severity.Warning, "never" => (Severity?)null, _ => Severity.Error };
            return threshold is { } t && findings.Any(f => f.Severity <= t) ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }
}
