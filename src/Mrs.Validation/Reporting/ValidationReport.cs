namespace Mrs.Validation.Reporting;

/// <summary>What one validate run found, over all its inputs.</summary>
public sealed record ValidationReport
{
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    /// <summary>Inputs that were checked.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    public string Summary() =>
        $"{Count(Severity.Error)} {Plural(Count(Severity.Error), "error")}, {Count(Severity.Warning)} {Plural(Count(Severity.Warning), "warning")}, " +
        $"{Count(Severity.Info)} {Plural(Count(Severity.Info), "info")} in {Files.Count} {Plural(Files.Count, "file")}";

    public string SummaryZh() =>
        $"{Files.Count} 个文件：{Count(Severity.Error)} 个错误，{Count(Severity.Warning)} 个警告，{Count(Severity.Info)} 条提示";

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
    public bool Color { get; init; }
}
