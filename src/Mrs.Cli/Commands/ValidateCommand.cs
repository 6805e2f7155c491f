using System.CommandLine;
using Mrs.Validation;
using Mrs.Validation.Configuration;
using Mrs.Validation.Reporting;
using Mrs.Validation.Rules;

namespace Mrs.Cli.Commands;

/// <summary>
/// <c>mrs validate</c>: the clause-model schema first, then (for schema-valid models) the drafting rules of the
/// document's family, configured by .mrs.yaml; output for people (text) and for CI (json, sarif, github).
/// Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 usage error, malformed configuration,
/// or an input that cannot be read or does not follow the schema.
/// </summary>
internal static class ValidateCommand
{
    private static readonly IReadOnlyList<IReportFormatter> Formatters = ReportFormatters.All;

    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Models (*.std.yaml, *.std.json), Word documents (imported on the fly), or folders of them.", Arity = ArgumentArity.ZeroOrMore };
        var schemaOnly = new Option<bool>("--schema-only") { Description = "Check the JSON Schema only, not the drafting rules." };
        var rules = new Option<string?>("--rules")
        {
            Description = "Rule family: gbt (GB/T 1.1-2020), iso (ISO/IEC Directives Part 2), etsi, itu, generic (rules for any standard), or auto (from the document's identifier, cover and import profile). Without a value (or 'list'): list the families.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        rules.AcceptOnlyFromAmong([.. Families.All.Select(f => f.Name), "auto", "list"]);
        var config = new Option<string?>("--config") { Description = "The configuration file (default: the nearest .mrs.yaml in the input's folder or above, up to the repository root)." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formatters.Select(f => f.Name).ToArray());
        var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 when a finding of this severity or above is found.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "never");
        var lang = new Option<string>("--lang") { Description = "Language of the messages.", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong("en", "zh-CN");
        var colour = new Option<string>("--color")
        {
            Description = "Colour in text output: auto (on a terminal, unless NO_COLOR is set or TERM is dumb), always or never.",
            DefaultValueFactory = _ => "auto",
        };
        colour.AcceptOnlyFromAmong("auto", "always", "never");
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "Leave out the files of a folder that match this glob (relative to the folder; ** any folders, * any name part); repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("validate", "Check standards: the clause-model schema, then the drafting rules of the family that fits each document (GB/T 1.1-2020, ISO/IEC Directives Part 2, ETSI, ITU, or the generic rules for any standard).")
        {
            inputs, rules, config, schemaOnly, format, failOn, lang, colour, exclude, CommonOptions.Verbose(),
        };
        var documentOptions = new DocumentOptions();
        documentOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var rulesValue = parse.GetValue(rules);
            if (rulesValue == "list" || parse.GetResult(rules) is { Implicit: false, Tokens.Count: 0 })
            {
                ListFamilies(console, parse.GetValue(lang)!);
                return ExitCodes.Success;
            }
            if (parse.GetValue(inputs) is not { Length: > 0 })
            {
                console.Fail("validate needs at least one model, Word document or folder (or --rules alone, to list the rule families)");
                return ExitCodes.BadInput;
            }
            return Run(console, new Settings(
            parse.GetValue(inputs)!,
            FamilyDetector.ParseName(rulesValue),
            parse.GetValue(config),
            parse.GetValue(schemaOnly),
            Formatters.First(f => f.Name == parse.GetValue(format)),
            parse.GetValue(failOn) switch { "warning" => Severity.Warning, "never" => (Severity?)null, _ => Severity.Error },
            parse.GetValue(lang)!,
            documentOptions.Read(parse, null) with { AssetsFolder = null },
            parse.GetValue(documentOptions.Soffice),
            parse.GetValue(colour)!,
            parse.GetValue(exclude)));
        });
        return command;
    }

    /// <summary><c>mrs validate --rules</c>: each family, the number of rules it runs and the documents it is for.</summary>
    private static void ListFamilies(CliConsole console, string language)
    {
        var zh = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        console.Out.WriteLine(zh
            ? "规则族（--rules auto 为每个文件选择一个并说明原因；generic 规则在每个族中都运行）："
            : "Rule families (--rules auto picks one for each document and says why; the generic rules run in every family):");
        foreach (var f in Families.All)
        {
            var count = RuleRegistry.All.Count(r => r.AppliesTo(f.Family));
            console.Out.WriteLine();
            console.Out.WriteLine(zh ? $"  {f.Name,-8} {f.TitleZh}，{count} 条规则" : $"  {f.Name,-8} {f.Title}, {count} rules");
            console.Out.WriteLine($"           {(zh ? f.DocumentsZh : f.Documents)}");
        }
        console.Out.WriteLine();
        console.Out.WriteLine(zh
            ? "  auto     默认：按文件的编号、封面和导入配置选择（见 docs/rules.md）。"
            : "  auto     The default: chosen from the document's identifier, its cover and its import profile (see docs/rules.md).");
    }

    private sealed record Settings(string[] Inputs, RuleFamily? Family, string? ConfigPath, bool SchemaOnly, IReportFormatter Formatter, Severity? FailOn, string Language,
        Mrs.Import.ImportOptions Import, string? Soffice, string Colour = "auto", string[]? ExcludePatterns = null)
    {
        public string[] Excludes => ExcludePatterns ?? [];
    }

    private static void RunRules(Mrs.Model.StandardDocument document, IFindingLocator locator, string path, MrsConfig config, Settings settings, CliConsole console, List<Finding> findings, List<InputReport> reports)
    {
        var family = settings.Family ?? config.Family;
        var result = new RuleEngine().Run(document, locator, new RuleRunOptions
        {
            Family = family,
            Levels = config.Levels,
            Ignored = config.IgnoredFor(path),
        });
        var (reason, reasonZh) = settings.Family is not null ? ("option --rules", "选项 --rules")
            : config.Family is not null ? ("configuration " + config.Path, "配置 " + config.Path)
            : (result.FamilyReason, result.FamilyReasonZh);
        reports.Add(new InputReport(path, FamilyDetector.Name(result.Family), reason, FamilyReasonZh: reasonZh));
        findings.AddRange(result.Findings);
        if (console.Verbose)
        {
            var slowest = string.Join(", ", result.Timings.OrderByDescending(t => t.Milliseconds).Take(3).Select(t => $"{t.Code} {t.Milliseconds:F1} ms"));
            console.Error.WriteLine($"mrs: {path}: {FamilyDetector.Name(result.Family)} rules ({reason}); {result.Findings.Count} findings, {result.Suppressed} suppressed; "
                + $"{result.Timings.Sum(t => t.Milliseconds):F1} ms (slowest: {slowest})");
        }
    }

    private static int Run(CliConsole console, Settings settings)
    {
        // A folder stands for the standards in it and below (models and Word documents), less what --exclude names.
        var excludes = settings.Excludes.Select(StandardLoader.Glob).ToList();
        var inputs = new List<string>();
        foreach (var input in settings.Inputs)
        {
            if (!Directory.Exists(input))
            {
                inputs.Add(input);
                continue;
            }
            var found = StandardLoader.StandardsIn(input)
                .Where(f => !excludes.Any(x => x.IsMatch(Path.GetRelativePath(input, f).Replace('\\', '/'))))
                .ToList();
            if (found.Count == 0)
            {
                console.Fail($"{input}: no Word documents or models (*.std.yaml, *.std.json) in this folder" + (excludes.Count > 0 ? " that --exclude leaves" : ""));
                return ExitCodes.BadInput;
            }
            // x.docx beside its model x.std.yaml is one standard: check it once, in the model
            var skipped = new List<(string Skipped, string Instead)>();
            inputs.AddRange(StandardLoader.OnePerStandard(found, skipped));
            foreach (var (file, instead) in skipped)
            {
                console.Error.WriteLine(settings.Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
                    ? $"{file}: 跳过，检查同一标准的 {Path.GetFileName(instead)}"
                    : $"{file}: skipped, the same standard is checked in {Path.GetFileName(instead)}");
            }
        }
        settings = settings with { Inputs = [.. inputs.Distinct(StringComparer.Ordinal)] };

        // Configuration problems are usage errors: report them before reading any input.
        var configFor = new Dictionary<string, MrsConfig>(StringComparer.Ordinal);
        try
        {
            if (settings.ConfigPath is { } explicitPath && !File.Exists(explicitPath))
            {
                console.Fail($"{explicitPath}: no such configuration file");
                return ExitCodes.BadInput;
            }
            var loaded = new Dictionary<string, MrsConfig>(StringComparer.Ordinal);
            foreach (var input in settings.Inputs)
            {
                var path = settings.ConfigPath ?? ConfigFinder.Find(input);
                if (path is not null && !loaded.ContainsKey(path))
                {
                    loaded[path] = MrsConfig.Load(path);
                }
                configFor[input] = path is null ? MrsConfig.Empty : loaded[path];
            }
        }
        catch (ConfigException ex)
        {
            console.Error.WriteLine(ex.Describe());
            return ExitCodes.BadInput;
        }

        var findings = new List<Finding>();
        var reports = new List<InputReport>();
        var badInput = false;
        string? docsUrl = Environment.GetEnvironmentVariable("MRS_DOCS_URL") is { Length: > 0 } envUrl ? envUrl : null;
        foreach (var path in settings.Inputs)
        {
            var config = configFor[path];
            docsUrl ??= config.DocsUrl;
            using var loaded = StandardLoader.Load(path, settings.Import, settings.Soffice);
            findings.AddRange(loaded.SchemaFindings);
            if (!loaded.IsRead)
            {
                loaded.ReportError(console);
                if (loaded.SchemaFindings.Count > 0)
                {
                    reports.Add(new InputReport(path, SchemaValid: false));
                }
                badInput = true;
                continue;
            }
            if (settings.SchemaOnly)
            {
                reports.Add(new InputReport(path));
                continue;
            }
            // Findings name the paragraphs of a Word document (imported on the fly) or the lines of a model file.
            RunRules(loaded.Document, loaded.Locator, path, config, settings, console, findings, reports);
        }

        var report = new ValidationReport { Findings = findings, Inputs = reports };
        var terminal = ReferenceEquals(console.Out, Console.Out) && !Console.IsOutputRedirected;
        var color = settings.Formatter is TextFormatter && settings.Colour switch
        {
            "always" => true,
            "never" => false,
            _ => ReportOptions.UseColor(terminal, Environment.GetEnvironmentVariable("NO_COLOR"), Environment.GetEnvironmentVariable("TERM")),
        };
        using var stepSummary = settings.Formatter is GitHubFormatter ? StepSummary() : null;
        settings.Formatter.Write(report, console.Out, new ReportOptions { Language = settings.Language, Color = color, DocsUrl = docsUrl, StepSummary = stepSummary });
        if (settings.Formatter is not TextFormatter)
        {
            // Text output ends with the summary; the machine formats keep standard output clean and say it on standard error.
            console.Error.WriteLine(report.SummaryIn(settings.Language));
        }

        if (badInput)
        {
            return ExitCodes.BadInput;
        }
        return settings.FailOn is { } threshold && findings.Any(f => f.Severity <= threshold) ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>The job summary file GitHub Actions names in $GITHUB_STEP_SUMMARY (appended to), or null.</summary>
    private static StreamWriter? StepSummary()
    {
        var path = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }
        try
        {
            return new StreamWriter(path, append: true, new System.Text.UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the summary is a courtesy: the annotations and the exit code are the result
        }
    }
}
