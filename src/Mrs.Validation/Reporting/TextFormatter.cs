namespace Mrs.Validation.Reporting;

/// <summary>
/// Compiler-style lines, one per finding: <c>file:line:col: severity: /pointer: message [CODE]</c>, grouped by file
/// in document order; coloured only when asked (a terminal without NO_COLOR).
/// </summary>
public sealed class TextFormatter : IReportFormatter
{
    public string Name => "text";

    public void Write(ValidationReport report, TextWriter output, ReportOptions options)
    {
        foreach (var f in Ordered(report.Findings))
        {
            output.WriteLine(Line(f, options));
        }
    }

    public static IEnumerable<Finding> Ordered(IEnumerable<Finding> findings) =>
        findings.OrderBy(f => f.Location.File, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Line).ThenBy(f => f.Location.Paragraph ?? 0).ThenBy(f => f.Location.Column)
            .ThenBy(f => f.Code, StringComparer.Ordinal);

    public static string Line(Finding f, ReportOptions options)
    {
        var place = Place(f.Location);
        var severity = f.Severity.ToString().ToLowerInvariant();
        if (options.Color)
        {
            var color = f.Severity switch { Severity.Error => "\u001b[31m", Severity.Warning => "\u001b[33m", _ => "\u001b[36m" };
            severity = color + severity + "\u001b[0m";
        }
        var pointer = f.Location.Pointer is null || f.Code != Validation.SchemaCheck.Code ? "" : f.Location.Pointer + ": ";
        var clause = f.Clause is null ? "" : (options.Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? $"[{f.Clause}] " : $"[{f.Clause}] ");
        var code = f.Code == Validation.SchemaCheck.Code ? "" : $" [{f.Code}]";
        var excerpt = f.Location.Excerpt is null ? "" : $" «{f.Location.Excerpt}»";
        return $"{place}: {severity}: {pointer}{clause}{f.MessageIn(options.Language)}{code}{excerpt}";
    }

    public static string Place(FindingLocation l)
    {
        if (l.Paragraph is int p)
        {
            return $"{l.File}:¶{p + 1}";
        }
        return l.Line > 0 ? $"{l.File}:{l.Line}:{l.Column}" : l.File;
    }
}
