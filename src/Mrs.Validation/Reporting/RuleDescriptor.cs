using System.Security.Cryptography;
using System.Text;
using Mrs.Validation.Rules;

namespace Mrs.Validation.Reporting;

/// <summary>A rule as reports describe it (SARIF's reportingDescriptor), including the schema check.</summary>
public sealed record RuleDescriptor(
    string Code,
    string Name,
    string Summary,
    string SummaryZh,
    Severity DefaultSeverity,
    string Families,
    string Reference,
    string Category)
{
    /// <summary>The rule's section in docs/rules.md.</summary>
    public string DocsPath => "docs/rules.md#" + Code.ToLowerInvariant();

    /// <summary>
    /// The documentation link. SARIF 2.1.0 (§3.49.12) wants helpUri to be an absolute URI, and mrs has no website: with a
    /// published copy of docs/rules.md (docsUrl in .mrs.yaml or MRS_DOCS_URL) the link is absolute; without one it is
    /// the repository-relative reference docs/rules.md#code, which viewers of the repository resolve and which the
    /// official schema accepts (its "uri" format is an annotation, not an assertion).
    /// </summary>
    public string HelpUri(string? docsUrl) =>
        docsUrl is { Length: > 0 } ? docsUrl.Split('#')[0] + "#" + Code.ToLowerInvariant() : DocsPath;

    public static RuleDescriptor Schema { get; } = new(
        SchemaCheck.Code, "SchemaViolation",
        "The model follows the clause-model JSON Schema (schemas/clause-model.schema.json).",
        "模型符合条款模型 JSON Schema（schemas/clause-model.schema.json）。",
        Severity.Error, "generic", "", "SCHEMA");

    public static RuleDescriptor Of(Rule rule) => new(
        rule.Code, rule.Name, rule.Summary, rule.SummaryZh, rule.DefaultSeverity,
        Rules.Families.Describe(rule.Families),
        rule.ReferenceText(), rule.Category);

    /// <summary>The schema check first, then every registered rule, in catalogue order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [Schema, .. RuleRegistry.All.Select(Of)];

    public static RuleDescriptor Find(string code) =>
        All.FirstOrDefault(d => d.Code == code) ?? new RuleDescriptor(code, code, code, code, Severity.Warning, "", "", "OTHER");
}

/// <summary>
/// Fingerprints that identify a finding across runs: rule, file, clause, the English message and the occurrence
/// among identical findings; never the line or the JSON pointer, so that edits elsewhere in the file do not change them.
/// </summary>
public static class Fingerprints
{
    public static Dictionary<Finding, string> Compute(IEnumerable<Finding> ordered)
    {
        var result = new Dictionary<Finding, string>(ReferenceEqualityComparer.Instance);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in ordered)
        {
            var key = string.Join('\u001f', f.Code, f.Location.File.Replace('\\', '/'), f.Clause ?? "", f.Message);
            var n = seen.GetValueOrDefault(key);
            seen[key] = n + 1;
            result[f] = Hash(key + '\u001f' + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return result;
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
}
