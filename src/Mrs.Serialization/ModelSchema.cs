using System.Reflection;
using System.Text.Json;
using Json.Schema;

namespace Mrs.Serialization;

/// <summary>One violation of the clause-model JSON Schema.</summary>
/// <param name="Pointer">JSON pointer of the offending value.</param>
/// <param name="Keyword">The schema keyword that failed ("type", "required", "enum", …).</param>
/// <param name="Message">English message.</param>
/// <param name="MessageZh">Simplified Chinese message.</param>
/// <param name="AtKey">True when the finding is best shown at the member's key (unknown keys).</param>
public sealed record SchemaViolation(string Pointer, string Keyword, string Message, string MessageZh, bool AtKey);

/// <summary>The clause-model JSON Schema (draft 2020-12), shipped inside the tool.</summary>
public static class ModelSchema
{
    private static readonly Lazy<string> TextLazy = new(() =>
    {
        using var stream = typeof(ModelSchema).Assembly.GetManifestResourceStream("clause-model.schema.json")
            ?? throw new InvalidOperationException("the clause-model schema is missing from the mrs assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private static readonly Lazy<JsonSchema> SchemaLazy = new(() =>
        JsonSchema.FromText(TextLazy.Value, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static readonly Lazy<JsonDocument> SchemaTreeLazy = new(() => JsonDocument.Parse(TextLazy.Value));

    /// <summary>The schema text as published in schemas/clause-model.schema.json.</summary>
    public static string Text => TextLazy.Value;

    /// <summary>Checks a model tree; returns the violations, most specific first, at most one per place and keyword.</summary>
    public static IReadOnlyList<SchemaViolation> Evaluate(JsonElement instance)
    {
        var results = SchemaLazy.Value.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }
        var violations = new List<SchemaViolation>();
        var seen = new HashSet<(string, string)>();
        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is null || detail.IsValid)
            {
                continue;
            }
            var pointer = detail.InstanceLocation.ToString();
            foreach (var (keyword, libraryMessage) in detail.Errors)
            {
                var violation = SchemaMessages.Describe(instance, pointer, keyword, libraryMessage, detail.EvaluationPath.ToString(), detail.SchemaLocation?.Fragment ?? "", SchemaTreeLazy.Value.RootElement);
                if (violation is not null && seen.Add((violation.Pointer, violation.Keyword)))
                {
                    violations.Add(violation);
                }
            }
        }
        return violations
            .OrderBy(v => v.Pointer, StringComparer.Ordinal)
            .ToList();
    }
}
