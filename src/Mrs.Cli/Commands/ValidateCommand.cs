using System.CommandLine;
using Mrs.Validation;
using Mrs.Validation.Configuration;
using Mrs.Validation.Reporting;
using Mrs.Validation.Rules;
using Mrs.Cli.Messages;
using Mrs.Text.Messages;

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
    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.InvariantCulture;
    private static readonly System.Globalization.CultureInfo Chinese = System.Globalization.CultureInfo.GetCultureInfo("zh-Hans");

    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs") { Description = Catalog.Get("validate.inputs"), Arity = ArgumentArity.ZeroOrMore };
        var schemaOnly = new Option<bool>("--schema-only") { Description = Catalog.Get("validate.schemaOnly") };
        var rules = new Option<string?>("--rules")
        {
            Description = Catalog.Get("validate.rules"),
            Arity = ArgumentArity.ZeroOrOne,
        };
        rules.AcceptOnlyFromAmong([.. Families.All.Select(f => f.Name), "auto", "list"]);
        var config = new Option<string?>("--config") { Description = Catalog.Get("validate.config") };
        var format = new Option<string>("--format") { Description = Catalog.Get("validate.format"), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formatters.Select(f => f.Name).ToArray());
        var failOn = new Option<string>("--fail-on") { Description = Catalog.Get("validate.failOn"), DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "never");
        var colour = new Option<string>("--color")
        {
            Description = Catalog.Get("validate.color"),
            DefaultValueFactory = _ => "auto",
        };
        colour.AcceptOnlyFromAmong("auto", "always", "never");
        var exclude = new Option<string[]>("--exclude")
        {
            Description = Catalog.Get("validate.exclude"),
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("validate", Catalog.Get("validate.description"))
        {
            inputs, rules, config, schemaOnly, format, failOn, colour, exclude, CommonOptions.Verbose(),
        };
        var documentOptions = new DocumentOptions();
        documentOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var rulesValue = parse.GetValue(rules);
            if (rulesValue == "list" || parse.GetResult(rules) is { Implicit: false, Tokens.Count: 0 })
            {
                ListFamilies(console);
                return ExitCodes.Success;
            }
            if (parse.GetValue(inputs) is not { Length: > 0 })
            {
                console.Fail(Catalog.Get("validate.needsInput"));
                return ExitCodes.BadInput;
            }
            return Run(console, new Settings(
            parse.GetValue(inputs)!,
            FamilyDetector.ParseName(rulesValue),
            parse.GetValue(config),
            parse.GetValue(schemaOnly),
            Formatters.First(f => f.Name == parse.GetValue(format)),
            parse.GetValue(failOn) switch { "warning" => Severity.Warning, "never" => (Severity?)null, _ => Severity.Error },
            CliLanguage.ReportName(System.Globalization.CultureInfo.CurrentUICulture),
            documentOptions.Read(parse, null) with { AssetsFolder = null },
            parse.GetValue(documentOptions.Soffice),
            parse.GetValue(colour)!,
            parse.GetValue(exclude)));
        });
        return command;
    }

    /// <summary><c>mrs validate --rules</c>: each family, the number of rules it runs and the documents it is for.</summary>
    private static void ListFamilies(CliConsole console)
    {
        var zh = Catalog.IsChinese;
        console.Out.WriteLine(Catalog.Get("validate.families"));
        foreach (var f in Families.All)
        {
            var count = RuleRegistry.All.Count(r => r.AppliesTo(f.Family));
            console.Out.WriteLine();
            console.Out.WriteLine($"  {f.Name,-8} " + Catalog.Format("validate.family", zh ? f.TitleZh : f.Title, count));
            console.Out.WriteLine($"           {(zh ? f.DocumentsZh : f.Documents)}");
        }
        console.Out.WriteLine();
        console.Out.WriteLine("  auto     " + Catalog.Get("validate.familyAuto"));
    }

    private sealed record Settings(string[] Inputs, RuleFamily? Family, string? ConfigPath, bool SchemaOnly, IReportFormatter Formatter,
        Severity? FailOn, string Language,
        Mrs.Import.ImportOptions Import, string? Soffice, string Colour = "auto", string[]? ExcludePatterns = null)
    {
        public string[] Excludes => ExcludePatterns ?? [];
    }

    private static void RunRules(Mrs.Model.StandardDocument document, IFindingLocator locator, string path, MrsConfig config, Settings settings,
        CliConsole console, List<Finding> findings, List<InputReport> reports)
    {
        var family = settings.Family ?? config.Family;
        var result = new RuleEngine().Run(document, locator, new RuleRunOptions
        {
            Family = family,
            Levels = config.Levels,
            Ignored = config.IgnoredFor(path),
        });
        var (reason, reasonZh) = settings.Family is not null
            ? (Catalog.In(English, "validate.reason.option")!, Catalog.In(Chinese, "validate.reason.option")!)
            : config.Family is not null
            ? (Catalog.In(English, "validate.reason.config") + config.Path, Catalog.In(Chinese, "validate.reason.config") + config.Path)
            : (result.FamilyReason, result.FamilyReasonZh);
        reports.Add(new InputReport(path, FamilyDetector.Name(result.Family), reason, FamilyReasonZh: reasonZh));
        findings.AddRange(result.Findings);
        if (console.Verbose)
        {
            var slowest = string.Join(", ",
                result.Timings.OrderByDescending(t => t.Milliseconds).Take(3).Select(t => $"{t.Code} {t.Milliseconds:F1} ms"));
            console.Error.WriteLine("mrs: "
                + Catalog.Format("validate.verbose", path, FamilyDetector.Name(result.Family), Catalog.IsChinese ? reasonZh : reason,
                result.Findings.Count, result.Suppressed, result.Timings.Sum(t => t.Milliseconds), slowest));
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
                console.Fail(Catalog.Format(excludes.Count > 0 ? "validate.emptyFolderExcluded" : "validate.emptyFolder", input));
                return ExitCodes.BadInput;
            }
            // x.docx beside its model x.std.yaml is one standard: check it once, in the model
            var skipped = new List<(string Skipped, string Instead)>();
            inputs.AddRange(StandardLoader.OnePerStandard(found, skipped));
            foreach (var (file, instead) in skipped)
            {
                console.Error.WriteLine(Catalog.Format("validate.skipped", file, Path.GetFileName(instead)));
            }
        }
        settings = settings with { Inputs = [.. inputs.Distinct(StringComparer.Ordinal)] };

        // Configuration problems are usage errors: report them before reading any input.
        var configFor = new Dictionary<string, MrsConfig>(StringComparer.Ordinal);
        try
        {
            if (settings.ConfigPath is { } explicitPath && !File.Exists(explicitPath))
            {
                console.Fail(Catalog.Format("validate.noConfig", explicitPath));
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
        var unreadable = 0;
        string? docsUrl = Environment.GetEnvironmentVariable("MRS_DOCS_URL") is { Length: > 0 } envUrl ? envUrl : null;
        foreach (var path in settings.Inputs)
        {
            var config = configFor[path];
            docsUrl ??= config.DocsUrl;
            using var loaded = path == "-"
                ? StandardLoader.LoadStandardInput(console.Input(), settings.Import, settings.Soffice)
                : StandardLoader.Load(path, settings.Import, settings.Soffice);
            findings.AddRange(loaded.SchemaFindings);
            if (!loaded.IsRead)
            {
                loaded.ReportError(console);
                if (loaded.SchemaFindings.Count > 0)
                {
                    reports.Add(new InputReport(loaded.Path, SchemaValid: false));
                }
                else
                {
                    unreadable++;
                }
                badInput = true;
                continue;
            }
            if (settings.SchemaOnly)
            {
                reports.Add(new InputReport(loaded.Path));
                continue;
            }
            // Findings name the paragraphs of a Word document (imported on the fly) or the lines of a model file.
            RunRules(loaded.Document, loaded.Locator, loaded.Path, config, settings, console, findings, reports);
        }

        var report = new ValidationReport { Findings = findings, Inputs = reports, Unreadable = unreadable };
        var terminal = ReferenceEquals(console.Out, Console.Out) && !Console.IsOutputRedirected;
        var color = settings.Formatter is TextFormatter && settings.Colour switch
        {
            "always" => true,
            "never" => false,
            _ => ReportOptions.UseColor(terminal, Environment.GetEnvironmentVariable("NO_COLOR"), Environment.GetEnvironmentVariable("TERM")),
        };
        using var stepSummary = settings.Formatter is GitHubFormatter ? StepSummary() : null;
        settings.Formatter.Write(report, console.Out,
            new ReportOptions { Language = settings.Language, Color = color, DocsUrl = docsUrl, StepSummary = stepSummary });
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
