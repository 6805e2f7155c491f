namespace Mrs.Validation.Reporting;

/// <summary>
/// Compiler-style lines, <c>file:line:col: severity: [clause] message [CODE]</c>, grouped by file under a heading, then
/// the summary line counting errors, warnings and infos. Coloured only when asked (a terminal without NO_COLOR).
/// </summary>
public sealed class TextFormatter : IReportFormatter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";

    public string Name => "text";

    public void Write(ValidationReport report, TextWriter output, ReportOptions options)
    {
        var inputs = report.Inputs.ToDictionary(i => i.Path, StringComparer.Ordinal);
        var first = true;
        foreach (var group in Ordered(report.Findings).GroupBy(f => f.Location.File))
        {
            if (!first)
            {
                output.WriteLine();
            }
            first = false;
            var heading = group.Key + Describe(inputs.GetValueOrDefault(group.Key), options);
            output.WriteLine(options.Color ? Bold + heading + Reset : heading);
            foreach (var f in group)
            {
                output.WriteLine(Line(f, options));
            }
        }
        if (!first)
        {
            output.WriteLine();
        }
        output.WriteLine(report.SummaryIn(options.Language));
    }

    private static string Describe(InputReport? input, ReportOptions options)
    {
        if (input is null)
        {
            return "";
        }
        if (!input.SchemaValid)
        {
            return options.Chinese ? "（不符合模式；未检查规则）" : " (schema errors; rules not checked)";
        }
        if (Rules.Families.Parse(input.Family) is not { } family)
        {
            return "";
        }
        var info = Rules.Families.Info(family);
        var reason = options.Chinese ? input.FamilyReasonZh ?? input.FamilyReason : input.FamilyReason;
        return options.Chinese
            ? $"（{info.Name} 规则，{info.TitleZh}{(reason is { Length: > 0 } ? "：" + reason : "")}）"
            : $" ({info.Name} rules, {info.Title}{(reason is { Length: > 0 } ? ": " + reason : "")})";
    }

    public static IEnumerable<Finding> Ordered(IEnumerable<Finding> findings) =>
        findings.OrderBy(f => f.Location.File, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Line).ThenBy(f => f.Location.Paragraph ?? 0).ThenBy(f => f.Location.Column)
            .ThenBy(f => f.Code, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal);

    public static string Line(Finding f, ReportOptions options)
    {
        var place = Place(f.Location);
        var severity = options.Chinese ? f.Severity switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" }
            : f.Severity.ToString().ToLowerInvariant();
        var code = f.Code == SchemaCheck.Code ? "" : $" [{f.Code}]";
        if (options.Color)
        {
            var color = f.Severity switch { Severity.Error => "\u001b[31m", Severity.Warning => "\u001b[33m", _ => "\u001b[36m" };
            severity = color + severity + Reset;
            code = code.Length == 0 ? "" : " " + Dim + code.TrimStart() + Reset;
        }
        var pointer = f.Location.Pointer is not null && f.Code == SchemaCheck.Code ? f.Location.Pointer + ": " : "";
        var clause = f.Clause is null ? "" : $"[{ClauseLabel(f.Clause, options)}] ";
        var excerpt = f.Location.Excerpt is null ? "" : $" «{f.Location.Excerpt}»";
        return $"{place}: {severity}: {pointer}{clause}{f.MessageIn(options.Language)}{code}{excerpt}";
    }

    public static string ClauseLabel(string clause, ReportOptions options) => options.Chinese ? Rules.Labels.Zh(clause) : clause;

    public static string Place(FindingLocation l)
    {
        if (l.Paragraph is int p)
        {
            return $"{l.File}:¶{p + 1}";
        }
        return l.Line > 0 ? $"{l.File}:{l.Line}:{l.Column}" : l.File;
    }
}
