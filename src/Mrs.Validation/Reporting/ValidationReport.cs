namespace Mrs.Validation.Reporting;

/// <summary>One input of a validate run: its path, the rule family used and whether the schema check passed.</summary>
/// <param name="Family">"gbt", "iso", "etsi", "itu" or "generic"; null when the rules did not run (schema errors, --schema-only).</param>
/// <param name="FamilyReason">Why that family: "identifier GB/T 1.1—2020", "the cover names OASIS", "option --rules" ….</param>
/// <param name="FamilyReasonZh">The same reason in Chinese.</param>
public sealed record InputReport(string Path, string? Family = null, string? FamilyReason = null, bool SchemaValid = true,
    string? FamilyReasonZh = null);

/// <summary>What one validate run found, over all its inputs.</summary>
public sealed record ValidationReport
{
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Inputs that were read and checked.</summary>
    public IReadOnlyList<InputReport> Inputs { get; init; } = [];

    /// <summary>Inputs that could not be read at all (no such file, not a Word document, YAML syntax): not among <see cref="Inputs"/>.</summary>
    public int Unreadable { get; init; }

    public IReadOnlyList<string> Files => Inputs.Select(i => i.Path).ToList();

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    public string Summary() =>
        $"{Count(Severity.Error)} {Plural(Count(Severity.Error), "error")}, {Count(Severity.Warning)} "
            + $"{Plural(Count(Severity.Warning), "warning")}, " +
        $"{Count(Severity.Info)} {Plural(Count(Severity.Info), "info")} in {Inputs.Count} {Plural(Inputs.Count, "file")}" +
        (Unreadable > 0 ? $"; {Unreadable} {Plural(Unreadable, "file")} could not be read" : "");

    public string SummaryZh() =>
        $"{Inputs.Count} 个文件：{Count(Severity.Error)} 个错误，{Count(Severity.Warning)} 个警告，{Count(Severity.Info)} 条提示" +
        (Unreadable > 0 ? $"；{Unreadable} 个文件无法读取" : "");

    public string SummaryIn(string language) => ReportOptions.IsChinese(language) ? SummaryZh() : Summary();

    private static string Plural(int n, string word) => n == 1 ? word : word + "s";
}

/// <summary>Writes a validation report in one output format.</summary>
public interface IReportFormatter
{
    /// <summary>The --format name.</summary>
    string Name { get; }

    void Write(ValidationReport report, TextWriter output, ReportOptions options);
}

public sealed record ReportOptions
{
    /// <summary>"en" or "zh-CN".</summary>
    public string Language { get; init; } = "en";

    /// <summary>ANSI colours (text output on a terminal, NO_COLOR unset).</summary>
    public bool Color { get; init; }

    /// <summary>Absolute URL of docs/rules.md; SARIF helpUri values are built from it (see <see cref="RuleDescriptor.HelpUri"/>).</summary>
    public string? DocsUrl { get; init; }

    /// <summary>Where the GitHub format appends its job summary (Markdown), from $GITHUB_STEP_SUMMARY; null for none.</summary>
    public TextWriter? StepSummary { get; init; }

    public bool Chinese => IsChinese(Language);

    public static bool IsChinese(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>Colour only on a terminal, only when NO_COLOR is unset or empty (https://no-color.org) and TERM is not dumb.</summary>
    public static bool UseColor(bool terminal, string? noColor, string? term = null) =>
        terminal && string.IsNullOrEmpty(noColor) && term != "dumb";
}
