namespace Mrs.Validation.Reporting;

/// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>), nothing else.</summary>
public sealed class GitHubFormatter : IReportFormatter
{
    public string Name => "github";

    public void Write(ValidationReport report, TextWriter output, ReportOptions options)
    {
        foreach (var f in TextFormatter.Ordered(report.Findings))
        {
            var command = f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            var properties = new List<string> { "file=" + Property(f.Location.File) };
            if (f.Location.Line > 0)
            {
                properties.Add("line=" + f.Location.Line);
                properties.Add("col=" + f.Location.Column);
            }
            properties.Add("title=" + Property(f.Code + (f.Clause is null ? "" : " " + f.Clause)));
            var place = f.Location.Paragraph is int p ? $" (paragraph {p + 1})" : "";
            output.WriteLine($"::{command} {string.Join(',', properties)}::{Data(f.MessageIn(options.Language) + place)}");
        }
    }

    /// <summary>Escapes a message as GitHub's runner expects.</summary>
    public static string Data(string s) =>
        s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a property value (also ':' and ',').</summary>
    public static string Property(string s) =>
        Data(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
