using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mrs.Validation.Reporting;

/// <summary>A JSON report following schemas/validation-report.schema.json.</summary>
public sealed class JsonFormatter : IReportFormatter
{
    public const string SchemaId = "urn:mrs:schema:validation-report:1.0";

    public string Name => "json";

    public void Write(ValidationReport report, TextWriter output, ReportOptions options)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaId);
            w.WriteString("tool", "mrs");
            w.WriteString("language", options.Language);
            w.WriteStartObject("summary");
            w.WriteNumber("files", report.Files.Count);
            w.WriteNumber("errors", report.Count(Severity.Error));
            w.WriteNumber("warnings", report.Count(Severity.Warning));
            w.WriteNumber("infos", report.Count(Severity.Info));
            w.WriteEndObject();
            w.WriteStartArray("findings");
            foreach (var f in TextFormatter.Ordered(report.Findings))
            {
                w.WriteStartObject();
                w.WriteString("code", f.Code);
                w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
                w.WriteString("message", f.MessageIn(options.Language));
                w.WriteString("messageEn", f.Message);
                w.WriteString("messageZh", f.MessageZh);
                if (f.Clause is not null)
                {
                    w.WriteString("clause", f.Clause);
                }
                w.WriteStartObject("location");
                w.WriteString("file", f.Location.File);
                if (f.Location.Line > 0)
                {
                    w.WriteNumber("line", f.Location.Line);
                    w.WriteNumber("column", f.Location.Column);
                }
                if (f.Location.Pointer is not null)
                {
                    w.WriteString("pointer", f.Location.Pointer);
                }
                if (f.Location.Paragraph is int p)
                {
                    w.WriteNumber("paragraph", p);
                }
                if (f.Location.Excerpt is not null)
                {
                    w.WriteString("excerpt", f.Location.Excerpt);
                }
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal));
        output.Write('\n');
    }
}
