using System.Text;

namespace Mrs.Validation.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=…::message</c>). GitHub shows only the first
/// <see cref="AnnotationsShown"/> annotations of each kind of a step, so the most severe come first; the rest are
/// written as plain log lines, with one notice saying how many were not annotated. With a job summary file
/// (<see cref="ReportOptions.StepSummary"/>, from $GITHUB_STEP_SUMMARY) a Markdown table per file and of the first
/// findings is appended to it.
/// </summary>
public sealed class GitHubFormatter : IReportFormatter
{
    /// <summary>Annotations of one kind (error, warning, notice) GitHub displays for a step.</summary>
    public const int AnnotationsShown = 10;

    /// <summary>Findings listed in the job summary.</summary>
    public const int SummaryRows = 50;

    public string Name => "github";

    public void Write(ValidationReport report, TextWriter output, ReportOptions options)
    {
        var ordered = MostSevereFirst(report.Findings).ToList();
        var annotated = new Dictionary<Severity, int>();
        var notShown = 0;
        foreach (var f in ordered)
        {
            var n = annotated.GetValueOrDefault(f.Severity);
            if (n < AnnotationsShown)
            {
                annotated[f.Severity] = n + 1;
                output.Write(Annotation(f, options));
            }
            else
            {
                notShown++;
                output.Write(TextFormatter.Line(f, options with { Color = false }) + "\n");
            }
        }
        if (notShown > 0)
        {
            var message = options.Chinese
                ? $"另有 {notShown} 条发现未作为注释显示（GitHub 每一步每类只显示 {AnnotationsShown} 条）：见上面的日志和作业摘要，或用 --format sarif 上传到代码扫描。"
                : $"{notShown} more findings are not shown as annotations (GitHub shows {AnnotationsShown} of each kind per step): " +
                  "see the log above and the job summary, or upload --format sarif to code scanning.";
            output.Write($"::notice title={Property("mrs")}::{Data(message)}\n");
        }
        if (options.StepSummary is { } summary)
        {
            summary.Write(Summary(report, ordered, options));
        }
    }

    /// <summary>Errors, then warnings, then infos; within each, in file and position order.</summary>
    public static IEnumerable<Finding> MostSevereFirst(IEnumerable<Finding> findings) =>
        TextFormatter.Ordered(findings).OrderBy(f => f.Severity switch { Severity.Error => 0, Severity.Warning => 1, _ => 2 });

    private static string Annotation(Finding f, ReportOptions options)
    {
        var command = f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
        var properties = new List<string> { "file=" + Property(f.Location.File.Replace('\\', '/')) };
        if (f.Location.Line > 0)
        {
            properties.Add("line=" + f.Location.Line);
            properties.Add("col=" + f.Location.Column);
        }
        var clause = f.Clause is null ? "" : " " + TextFormatter.ClauseLabel(f.Clause, options);
        properties.Add("title=" + Property("mrs " + f.Code + clause));
        return $"::{command} {string.Join(',', properties)}::{Data(f.MessageIn(options.Language) + Place(f, options))}\n";
    }

    private static string Place(Finding f, ReportOptions options) =>
        f.Location.Paragraph is int p ? (options.Chinese ? $"（第{p + 1}段）" : $" (paragraph {p + 1})") : "";

    /// <summary>The job summary: counts per file, then the first findings, most severe first.</summary>
    public static string Summary(ValidationReport report, IReadOnlyList<Finding> ordered, ReportOptions options)
    {
        var zh = options.Chinese;
        var b = new StringBuilder();
        b.Append(zh ? "### mrs validate\n\n" : "### mrs validate\n\n");
        b.Append(Cell(report.SummaryIn(options.Language))).Append("\n\n");
        b.Append(zh ? "| 文件 | 规则 | 错误 | 警告 | 提示 |\n|---|---|---:|---:|---:|\n"
            : "| file | rules | errors | warnings | infos |\n|---|---|---:|---:|---:|\n");
        foreach (var input in report.Inputs)
        {
            var mine = report.Findings.Where(f => f.Location.File == input.Path).ToList();
            b.Append($"| {Cell(input.Path)} | {Cell(input.Family ?? "—")} | {mine.Count(f => f.Severity == Severity.Error)} | " +
                     $"{mine.Count(f => f.Severity == Severity.Warning)} | {mine.Count(f => f.Severity == Severity.Info)} |\n");
        }
        if (ordered.Count > 0)
        {
            b.Append('\n').Append(zh ? "| 级别 | 代码 | 位置 | 说明 |\n|---|---|---|---|\n" : "| severity | code | where | message |\n|---|---|---|---|\n");
            foreach (var f in ordered.Take(SummaryRows))
            {
                var severity = zh ? f.Severity switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" }
                    : f.Severity.ToString().ToLowerInvariant();
                var where = f.Location.File + (f.Location.Line > 0 ? $":{f.Location.Line}" : "") + Place(f, options);
                b.Append($"| {severity} | {Cell(f.Code)} | {Cell(where)} | {Cell(f.MessageIn(options.Language))} |\n");
            }
            if (ordered.Count > SummaryRows)
            {
                b.Append('\n').Append(zh ? $"另有 {ordered.Count - SummaryRows} 条发现未列出。\n"
                    : $"{ordered.Count - SummaryRows} more findings are not listed.\n");
            }
        }
        return b.Append('\n').ToString();
    }

    /// <summary>Document text in a Markdown table cell: as text, never markup (no table breaks, links, emphasis or HTML).</summary>
    public static string Cell(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r':
                    break;
                case '\n':
                    b.Append(' ');
                    break;
                case '<':
                    b.Append("&lt;");
                    break;
                case '>':
                    b.Append("&gt;");
                    break;
                case '&':
                    b.Append("&amp;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '~' or '!' or '$':
                    b.Append('\\').Append(c);
                    break;
                default:
                    b.Append(c);
                    break;
            }
        }
        return b.ToString();
    }

    /// <summary>Escapes a message as the runner expects: %, CR and LF.</summary>
    public static string Data(string s) =>
        s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a property value: also ':' and ','.</summary>
    public static string Property(string s) =>
        Data(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
