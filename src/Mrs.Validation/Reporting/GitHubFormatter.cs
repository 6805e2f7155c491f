namespace Mrs.Validation.Reporting;

/// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=…::message</c>), and nothing else.</summary>
public sealed class GitHubFormatter : IReportFormatter
{
    public string Name => "github";

    public void Write(ValidationReport report, TextWriter output, ReportOptions options)
    {
        foreach (var f in TextFormatter.Ordered(report.Findings))
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
            var place = f.Location.Paragraph is int p ? (options.Chinese ? $"（第{p + 1}段）" : $" (paragraph {p + 1})") : "";
            output.Write($"::{command} {string.Join(',', properties)}::{Data(f.MessageIn(options.Language) + place)}\n");
        }
    }

    /// <summary>Escapes a message as the runner expects: %, CR and LF.</summary>
    public static string Data(string s) =>
        s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a property value: also ':' and ','.</summary>
    public static string Property(string s) =>
        Data(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
