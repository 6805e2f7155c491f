using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mrs.Validation.Reporting;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: every rule with its help (text and Markdown) and
/// help URI, every finding with its location (a region in YAML/JSON models; a logical "paragraph N" location in Word
/// documents) and a partial fingerprint that stays the same across runs and line shifts.
/// </summary>
public sealed class SarifFormatter : IReportFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public const string FingerprintKey = "mrsFinding/v1";

    public static string ToolVersion =>
        typeof(SarifFormatter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(SarifFormatter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public string Name => "sarif";

    public void Write(ValidationReport report, TextWriter output, ReportOptions options)
    {
        var findings = TextFormatter.Ordered(report.Findings).ToList();
        var fingerprints = Fingerprints.Compute(findings);
        var rules = RuleDescriptor.All;
        var index = rules.Select((r, i) => (r.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
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
            w.WriteString("fullName", "mrs — machine-readable standards");
            w.WriteString("semanticVersion", ToolVersion);
            if (options.DocsUrl is { Length: > 0 } docs)
            {
                w.WriteString("informationUri", docs.Split('#')[0]);
            }
            w.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(w, rule, options);
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("results");
            foreach (var f in findings)
            {
                WriteResult(w, f, index.TryGetValue(f.Code, out var i) ? i : -1, fingerprints[f], options);
            }
            w.WriteEndArray();
            w.WriteString("columnKind", "utf16CodeUnits");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal));
        output.Write('\n');
    }

    private static void WriteRule(Utf8JsonWriter w, RuleDescriptor d, ReportOptions options)
    {
        var summary = options.Chinese ? d.SummaryZh : d.Summary;
        var enforces = d.Reference.Length == 0 ? "" : $"Enforces {d.Reference}.";
        w.WriteStartObject();
        w.WriteString("id", d.Code);
        w.WriteString("name", d.Name);
        w.WriteStartObject("shortDescription");
        w.WriteString("text", summary);
        w.WriteEndObject();
        w.WriteStartObject("fullDescription");
        w.WriteString("text", $"{d.Summary} {d.SummaryZh}" + (enforces.Length == 0 ? "" : " " + enforces));
        w.WriteEndObject();
        w.WriteStartObject("help");
        var suppress = d.Code == SchemaCheck.Code
            ? "Fix the model so that it follows the schema; schema errors cannot be suppressed."
            : $"Suppress it for one clause or block with `suppress: [{d.Code}]` in the model, or for a project in .mrs.yaml (`rules: {{ {d.Code}: "
            + $"off }}`).";
        w.WriteString("text", string.Join('\n',
            new[] { d.Summary, d.SummaryZh, enforces, $"Rule families: {d.Families}.", suppress.Replace("`", "", StringComparison.Ordinal),
                "Documentation: " + d.DocsPath }.Where(s => s.Length > 0)));
        w.WriteString("markdown", string.Join("\n\n", new[]
        {
            $"**{d.Code} {d.Name}**: {d.Summary}",
            d.SummaryZh,
            enforces,
            $"Rule families: {d.Families}. Default severity: {d.DefaultSeverity.ToString().ToLowerInvariant()}.",
            suppress,
            $"[Rule catalogue]({d.HelpUri(options.DocsUrl)})",
        }.Where(s => s.Length > 0)));
        w.WriteEndObject();
        w.WriteString("helpUri", d.HelpUri(options.DocsUrl));
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", Level(d.DefaultSeverity));
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteStartArray("tags");
        w.WriteStringValue("standards");
        w.WriteStringValue(d.Category.ToLowerInvariant());
        foreach (var family in d.Families.Split(", ", StringSplitOptions.RemoveEmptyEntries))
        {
            w.WriteStringValue(family);
        }
        w.WriteEndArray();
        w.WriteString("problem.severity",
            d.DefaultSeverity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "recommendation" });
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, Finding f, int ruleIndex, string fingerprint, ReportOptions options)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.Code);
        if (ruleIndex >= 0)
        {
            w.WriteNumber("ruleIndex", ruleIndex);
        }
        w.WriteString("level", Level(f.Severity));
        w.WriteStartObject("message");
        var paragraph = f.Location.Paragraph is int p ? (options.Chinese ? $"（第{p + 1}段）" : $" (paragraph {p + 1})") : "";
        w.WriteString("text", f.MessageIn(options.Language) + paragraph);
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
        var logical = new List<(string Name, string Kind)>();
        if (f.Clause is not null)
        {
            logical.Add((f.Clause, "section"));
        }
        if (f.Location.Paragraph is int para)
        {
            logical.Add(($"paragraph {para + 1}", "text"));
        }
        else if (f.Location.Pointer is not null)
        {
            logical.Add((f.Location.Pointer, "object"));
        }
        if (logical.Count > 0)
        {
            w.WriteStartArray("logicalLocations");
            foreach (var (name, kind) in logical)
            {
                w.WriteStartObject();
                w.WriteString("name", name);
                w.WriteString("fullyQualifiedName", name);
                w.WriteString("kind", kind);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (f.Location.Excerpt is not null)
        {
            w.WriteStartObject("message");
            w.WriteString("text", f.Location.Excerpt);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("partialFingerprints");
        w.WriteString(FingerprintKey, fingerprint);
        w.WriteEndObject();
        w.WriteStartObject("properties");
        if (f.Clause is not null)
        {
            w.WriteString("clause", f.Clause);
        }
        if (f.Location.Pointer is not null)
        {
            w.WriteString("pointer", f.Location.Pointer);
        }
        w.WriteString("messageEn", f.Message);
        w.WriteString("messageZh", f.MessageZh);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string Level(Severity s) => s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };

    /// <summary>Relative paths as URI references with forward slashes; absolute paths as file: URIs.</summary>
    public static string Uri(string path)
    {
        if (Path.IsPathFullyQualified(path))
        {
            return new Uri(path).AbsoluteUri;
        }
        var p = path.Replace('\\', '/');
        return string.Join('/', p.Split('/').Select(System.Uri.EscapeDataString));
    }
}
