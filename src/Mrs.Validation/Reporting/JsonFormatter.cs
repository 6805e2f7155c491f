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
        var findings = TextFormatter.Ordered(report.Findings).ToList();
        var fingerprints = Fingerprints.Compute(findings);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaId);
            w.WriteString("tool", "mrs");
            w.WriteString("version", SarifFormatter.ToolVersion);
            w.WriteString("language", options.Chinese ? "zh-CN" : "en");
            w.WriteStartObject("summary");
            w.WriteNumber("files", report.Inputs.Count);
            w.WriteNumber("errors", report.Count(Severity.Error));
            w.WriteNumber("warnings", report.Count(Severity.Warning));
            w.WriteNumber("infos", report.Count(Severity.Info));
            if (report.Unreadable > 0)
            {
                w.WriteNumber("unreadable", report.Unreadable);
            }
            w.WriteEndObject();
            w.WriteStartArray("files");
            foreach (var input in report.Inputs)
            {
                w.WriteStartObject();
                w.WriteString("path", input.Path);
                if (input.Family is not null)
                {
                    w.WriteString("family", input.Family);
                }
                if (input.FamilyReason is not null)
                {
                    w.WriteString("familyReason", input.FamilyReason);
                }
                w.WriteBoolean("schemaValid", input.SchemaValid);
                w.WriteNumber("findings", findings.Count(f => f.Location.File == input.Path));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("findings");
            foreach (var f in findings)
            {
                var rule = RuleDescriptor.Find(f.Code);
                w.WriteStartObject();
                w.WriteString("code", f.Code);
                w.WriteString("rule", rule.Name);
                w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
                w.WriteString("message", f.MessageIn(options.Language));
                w.WriteString("messageEn", f.Message);
                w.WriteString("messageZh", f.MessageZh);
                if (f.Clause is not null)
                {
                    w.WriteString("clause", f.Clause);
                }
                if (rule.Reference.Length > 0)
                {
                    w.WriteString("reference", rule.Reference);
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
                w.WriteString("fingerprint", fingerprints[f]);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal));
        output.Write('\n');
    }
}
