namespace Mrs.Validation.Reporting;

/// <summary>The output formats of <c>mrs validate</c>, registered in one place.</summary>
public static class ReportFormatters
{
    public static IReadOnlyList<IReportFormatter> All { get; } =
    [
        new TextFormatter(),
        new JsonFormatter(),
        new SarifFormatter(),
        new GitHubFormatter(),
    ];
}
