using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mrs.Validation.Reporting;

/// <summary>Describes a rule for reports: what SARIF calls a reportingDescriptor.</summary>
public sealed record RuleDescriptor(string Code, string Name, string Summary, string SummaryZh, Severity DefaultSeverity, string? Clause, string? HelpUri);

/// <summary>SARIF 2.1.0: rules with help text, results with locations and fingerprints for GitHub code scanning.</summary>
public sealed class SarifFormatter : IReportFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Finds the descriptor of a rule code; set by the rule registry.</summary>
    public static Func<string, RuleDescriptor?> Describe { get; set; } = code => code == SchemaCheck.Code
        ? new RuleDescriptor(SchemaCheck.Code, "SchemaViolation", "The model does not follow the clause-model JSON Schema.", "模型不符合条款模型 JSON Schema。", Severity.Error, null, null)
        : null;

    public string Name => "sarif";

    public void Write(ValidationReport report, TextWriter output, ReportOptions options)
    {
        var findings = TextFormatter.Ordered(report.Findings).ToList();
        var codes = findings.Select(f => f.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = codes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "mrs");
            w.WriteString("semanticVersion", typeof(SarifFormatter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            w.WriteStartArray("rules");
            foreach (var code in codes)
            {
                var d = Describe(code) ?? new RuleDescriptor(code, code, code, code, Severity.Warning, null, null);
                var summary = options.Language.StartsWith("zh", StringComparison.Ordinal) ? d.SummaryZh : d.Summary;
                w.WriteStartObject();
                w.WriteString("id", d.Code);
                w.WriteString("name", d.Name);
                w.WriteStartObject("shortDescription");
                w.WriteString("text", summary);
                w.WriteEndObject();
                w.WriteStartObject("fullDescription");
                w.WriteString("text", d.Clause is null ? summary : $"{summary} ({d.Clause})");
                w.WriteEndObject();
                w.WriteStartObject("help");
                w.WriteString("text", $"{d.Summary}\n{d.SummaryZh}" + (d.Clause is null ? "" : $"\nSee {d.Clause}."));
                w.WriteEndObject();
                if (d.HelpUri is not null)
                {
                    w.WriteString("helpUri", d.HelpUri);
                }
                w.WriteStartObject("defaultConfiguration");
                w.WriteString("level", Level(d.DefaultSeverity));
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("results");
            foreach (var f in findings)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", f.Code);
                w.WriteNumber("ruleIndex", index[f.Code]);
                w.WriteString("level", Level(f.Severity));
                w.WriteStartObject("message");
                w.WriteString("text", f.MessageIn(options.Language));
                w.WriteEndObject();
                w.WriteStartArray("locations");
                w.WriteStartObject();
                w.WriteStartObject("physicalLocation");
                w.WriteStartObject("artifactLocation");
                w.WriteString("uri", Uri(f.Location.File));
                w.WriteEndObject();
                if (f.Location.Line > 0)
                {
                    w.WriteStartObject("region");
                    w.WriteNumber("startLine", f.Location.Line);
                    w.WriteNumber("startColumn", Math.Max(1, f.Location.Column));
                    w.WriteEndObject();
                }
                w.WriteEndObject();
                var logical = f.Clause ?? f.Location.Pointer;
                if (logical is not null)
                {
                    w.WriteStartArray("logicalLocations");
                    w.WriteStartObject();
                    w.WriteString("fullyQualifiedName", logical);
                    w.WriteString("kind", f.Clause is null ? "member" : "module");
                    w.WriteEndObject();
                    w.WriteEndArray();
                }
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteStartObject("partialFingerprints");
                w.WriteString("mrsFinding/v1", Fingerprint(f));
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    private static string Level(Severity s) => s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };

    /// <summary>Relative paths as URI references with forward slashes; spaces and other characters escaped.</summary>
    public static string Uri(string path)
    {
        var p = path.Replace('\\', '/');
        return string.Join('/', p.Split('/').Select(System.Uri.EscapeDataString));
    }

    /// <summary>Stable across runs and line shifts: rule, file, the JSON pointer or clause, and the message.</summary>
    public static string Fingerprint(Finding f)
    {
        var key = string.Join('\u001f', f.Code, f.Location.File.Replace('\\', '/'), f.Location.Pointer ?? "", f.Clause ?? "", f.Message);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }
}
