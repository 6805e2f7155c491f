using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
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

/// <summary>
/// The clause-model JSON Schema (draft 2020-12), shipped inside the tool, and its evaluation. A valid model is checked
/// in one quick pass (<see cref="SchemaFastCheck"/>, compiled from the schema, without the general evaluator); only a
/// model that pass rejects goes to the general evaluator (JsonSchema.Net), which searches it for its violations piece
/// by piece (each clause, annex, block on its own), so that even a very large model is checked in bounded memory.
/// </summary>
public static class ModelSchema
{
    /// <summary>Subtrees up to this many bytes of JSON are evaluated for details in one go.</summary>
    private const int DetailChunkBytes = 256 * 1024;

    private static readonly Lazy<string> TextLazy = new(() =>
    {
        using var stream = typeof(ModelSchema).Assembly.GetManifestResourceStream("clause-model.schema.json")
            ?? throw new InvalidOperationException("the clause-model schema is missing from the mrs assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private static readonly BuildOptions Build = new() { SchemaRegistry = new SchemaRegistry() };
    private static readonly Lazy<JsonSchema> RootSchema = new(() => JsonSchema.FromText(TextLazy.Value, Build));
    private static readonly Lazy<JsonDocument> SchemaTree = new(() => JsonDocument.Parse(TextLazy.Value));
    private static readonly Lazy<SchemaFastCheck?> FastCheck = new(() => SchemaFastCheck.Compile(SchemaTree.Value.RootElement));
    private static readonly ConcurrentDictionary<string, JsonSchema> DefinitionSchemas = new(StringComparer.Ordinal);
    private static readonly Lock BuildLock = new();

    /// <summary>The schema text as published in schemas/clause-model.schema.json.</summary>
    public static string Text => TextLazy.Value;

    /// <summary>Checks a model tree; returns its violations ordered by place, at most one per place and keyword.</summary>
    public static IReadOnlyList<SchemaViolation> Evaluate(JsonElement instance)
    {
        if (QuickCheck(instance))
        {
            return [];
        }
        var violations = new List<SchemaViolation>();
        Check(instance, null, "", violations);
        var seen = new HashSet<(string, string)>();
        return violations.Where(v => seen.Add((v.Pointer, v.Keyword))).OrderBy(v => v.Pointer, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The quick check alone: true when the tree certainly follows the schema, false when the general evaluator has to
    /// decide (and explain). Never true for a tree the general evaluator rejects.
    /// </summary>
    public static bool QuickCheck(JsonElement instance) => FastCheck.Value?.Accepts(instance) == true;

    /// <summary>True when the quick check could be compiled from the schema (it knows every keyword the schema uses).</summary>
    public static bool HasQuickCheck => FastCheck.Value is not null;

    /// <summary>The general evaluator's yes/no answer (JsonSchema.Net, flag output): the reference of <see cref="QuickCheck"/>.</summary>
    public static bool EvaluatorAccepts(JsonElement instance) =>
        SchemaFor(null).Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;

    private static JsonSchema SchemaFor(string? definition)
    {
        var root = RootSchema.Value;
        if (definition is null)
        {
            return root;
        }
        return DefinitionSchemas.GetOrAdd(definition, d =>
        {
            lock (BuildLock)
            {
                return JsonSchema.FromText(
                    $$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:mrs:schema:clause-model:1.0:part:{{d}}","$ref":"urn:m"""
                        + $$"""rs:schema:clause-model:1.0#/$defs/{{d}}"}""",
                    Build);
            }
        });
    }

    private static void Check(JsonElement element, string? definition, string prefix, List<SchemaViolation> violations)
    {
        var schema = SchemaFor(definition);
        if (schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
        {
            return;
        }
        var children = ChildArrays(element, definition);
        if (children.Count == 0 || JsonMarshal.GetRawUtf8Value(element).Length <= DetailChunkBytes)
        {
            Detail(element, schema, prefix, violations);
            return;
        }
        // Too big to explain in one go: explain the element without its child lists, then each child on its own.
        using (var shallow = WithoutChildren(element, children))
        {
            Detail(shallow.RootElement, schema, prefix, violations);
        }
        foreach (var (property, itemDefinition) in children)
        {
            var i = 0;
            foreach (var item in element.GetProperty(property).EnumerateArray())
            {
                Check(item, itemDefinition, $"{prefix}/{property}/{i++}", violations);
            }
        }
    }

    private static void Detail(JsonElement element, JsonSchema schema, string prefix, List<SchemaViolation> violations)
    {
        var results = schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List });
        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is null || detail.IsValid)
            {
                continue;
            }
            var pointer = detail.InstanceLocation.ToString();
            foreach (var (keyword, message) in detail.Errors)
            {
                var v = SchemaMessages.Describe(element, pointer, keyword, message, detail.EvaluationPath.ToString(),
                    detail.SchemaLocation?.Fragment ?? "", SchemaTree.Value.RootElement);
                if (v is not null)
                {
                    violations.Add(v with { Pointer = prefix + v.Pointer });
                }
            }
        }
    }

    /// <summary>Array-valued members whose items are model objects with a definition of their own (clauses, blocks …).</summary>
    private static List<(string Property, string ItemDefinition)> ChildArrays(JsonElement element, string? definition)
    {
        var result = new List<(string, string)>();
        if (element.ValueKind != JsonValueKind.Object)
        {
            return result;
        }
        var defs = SchemaTree.Value.RootElement.GetProperty("$defs");
        var schemaNode = definition is null ? SchemaTree.Value.RootElement : defs.GetProperty(definition);
        if (definition == "block" && element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            && defs.TryGetProperty(type.GetString() + "Block", out var typed))
        {
            schemaNode = typed;
        }
        if (!schemaNode.TryGetProperty("properties", out var properties))
        {
            return result;
        }
        foreach (var member in element.EnumerateObject())
        {
            if (member.Value.ValueKind != JsonValueKind.Array || !properties.TryGetProperty(member.Name, out var propertySchema))
            {
                continue;
            }
            var items = ItemDefinition(propertySchema, defs);
            if (items is not null)
            {
                result.Add((member.Name, items));
            }
        }
        return result;
    }

    private static string? ItemDefinition(JsonElement propertySchema, JsonElement defs)
    {
        if (propertySchema.TryGetProperty("$ref", out var reference))
        {
            var name = DefinitionName(reference.GetString());
            return name is not null && defs.TryGetProperty(name, out var target) ? ItemDefinition(target, defs) : null;
        }
        if (propertySchema.TryGetProperty("items", out var items) && items.TryGetProperty("$ref", out var itemRef))
        {
            return DefinitionName(itemRef.GetString());
        }
        return null;
    }

    private static string? DefinitionName(string? reference) =>
        reference is not null && reference.StartsWith("#/$defs/", StringComparison.Ordinal) ? reference["#/$defs/".Length..] : null;

    private static JsonDocument WithoutChildren(JsonElement element, List<(string Property, string ItemDefinition)> children)
    {
        var skip = children.Select(c => c.Property).ToHashSet(StringComparer.Ordinal);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var member in element.EnumerateObject())
            {
                if (skip.Contains(member.Name))
                {
                    writer.WriteStartArray(member.Name);
                    writer.WriteEndArray();
                }
                else
                {
                    member.WriteTo(writer);
                }
            }
            writer.WriteEndObject();
        }
        return JsonDocument.Parse(buffer.WrittenMemory);
    }
}
