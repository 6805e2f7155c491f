using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mrs.Serialization;

/// <summary>
/// A quick yes/no check of a tree against the clause-model schema, compiled once from the schema itself. It answers
/// whether a model is valid without loading the general JSON Schema evaluator (JsonSchema.Net), which takes most of the
/// time of validating a large model; the evaluator still finds and explains the violations of a model this check
/// rejects, so messages and places do not depend on it. It knows the keywords the schema uses (type, const, enum,
/// pattern, minimum, properties, additionalProperties, required, items, allOf, if/then/else, $ref into $defs) and is
/// stricter than the specification where that is cheaper (a whole number written as 2.0 is left to the evaluator).
/// A schema with any other keyword is not compiled, and the evaluator does all the work. A test compares its answers
/// with the evaluator's on every sample, fixture and corpus model, and on damaged copies of them.
/// </summary>
internal sealed class SchemaFastCheck
{
    private readonly Node root;

    private SchemaFastCheck(Node root) => this.root = root;

    /// <summary>True when the tree certainly follows the schema; false when it may not (the evaluator decides).</summary>
    public bool Accepts(JsonElement instance) => root.Accepts(instance);

    /// <summary>The check compiled from a schema; null when the schema uses anything it does not know.</summary>
    public static SchemaFastCheck? Compile(JsonElement schema)
    {
        var compiler = new Compiler(schema);
        try
        {
            var root = compiler.Compile(schema);
            compiler.ResolveReferences();
            return new SchemaFastCheck(root);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private sealed class Compiler(JsonElement schemaRoot)
    {
        private readonly Dictionary<string, Reference> references = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Regex> patterns = new(StringComparer.Ordinal);
        private Node? rootNode;
        private bool atRoot = true;

        /// <summary>Keywords that say nothing about validity.</summary>
        private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
        {
            "$schema", "$defs", "$comment", "title", "description", "examples", "default", "deprecated", "readOnly", "writeOnly",
        };

        public Node Compile(JsonElement schema)
        {
            var isRoot = atRoot;
            atRoot = false;
            if (schema.ValueKind == JsonValueKind.True)
            {
                return Always.True;
            }
            if (schema.ValueKind == JsonValueKind.False)
            {
                return Always.False;
            }
            if (schema.ValueKind != JsonValueKind.Object)
            {
                throw new NotSupportedException();
            }
            var node = new Keywords();
            if (isRoot)
            {
                rootNode = node;
            }
            foreach (var keyword in schema.EnumerateObject())
            {
                var value = keyword.Value;
                switch (keyword.Name)
                {
                    case "$id" when isRoot:
                        break;
                    case var name when Annotations.Contains(name):
                        break;
                    case "type":
                        node.Types = value.ValueKind == JsonValueKind.Array
                            ? value.EnumerateArray().Aggregate(JsonType.None, (t, e) => t | TypeOf(e))
                            : TypeOf(value);
                        break;
                    case "const":
                        node.Const = [value.Clone()];
                        break;
                    case "enum":
                        node.Enum = ArrayOf(value).Select(e => e.Clone()).ToArray();
                        break;
                    case "pattern":
                        var pattern = value.GetString() ?? throw new NotSupportedException();
                        if (!patterns.TryGetValue(pattern, out var regex))
                        {
                            regex = new Regex(pattern, RegexOptions.CultureInvariant);
                            patterns[pattern] = regex;
                        }
                        node.Pattern = regex;
                        break;
                    case "minimum":
                        node.Minimum = value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var minimum) ? minimum
                            : throw new NotSupportedException();
                        break;
                    case "required":
                        node.Required = ArrayOf(value).Select(e => e.GetString() ?? throw new NotSupportedException()).ToArray();
                        break;
                    case "properties":
                        if (value.ValueKind != JsonValueKind.Object)
                        {
                            throw new NotSupportedException();
                        }
                        node.Properties = new Dictionary<string, Node>(StringComparer.Ordinal);
                        foreach (var property in value.EnumerateObject())
                        {
                            node.Properties[property.Name] = Compile(property.Value);
                        }
                        break;
                    case "additionalProperties":
                        node.AdditionalProperties = Compile(value);
                        break;
                    case "items":
                        node.Items = Compile(value);
                        break;
                    case "allOf":
                        node.AllOf = ArrayOf(value).Select(Compile).ToArray();
                        break;
                    case "if":
                        node.If = Compile(value);
                        break;
                    case "then":
                        node.Then = Compile(value);
                        break;
                    case "else":
                        node.Else = Compile(value);
                        break;
                    case "$ref":
                        node.Ref = ReferenceTo(value.GetString() ?? throw new NotSupportedException());
                        break;
                    default:
                        throw new NotSupportedException();
                }
            }
            return node;
        }

        private Reference ReferenceTo(string target)
        {
            if (target != "#" && !target.StartsWith("#/$defs/", StringComparison.Ordinal))
            {
                throw new NotSupportedException();
            }
            if (!references.TryGetValue(target, out var reference))
            {
                reference = new Reference(target);
                references[target] = reference;
            }
            return reference;
        }

        /// <summary>Compiles each definition a $ref points to (and those they point to) and links the references.</summary>
        public void ResolveReferences()
        {
            var compiled = new Dictionary<string, Node>(StringComparer.Ordinal);
            while (references.Values.FirstOrDefault(r => r.Target is null) is { } open)
            {
                if (open.Path == "#")
                {
                    open.Target = rootNode ?? throw new NotSupportedException();
                    continue;
                }
                var name = open.Path["#/$defs/".Length..];
                if (name.Contains('/', StringComparison.Ordinal) || name.Contains('~', StringComparison.Ordinal)
                    || !schemaRoot.TryGetProperty("$defs", out var defs) || !defs.TryGetProperty(name, out var definition))
                {
                    throw new NotSupportedException();
                }
                if (!compiled.TryGetValue(name, out var node))
                {
                    node = Compile(definition);
                    compiled[name] = node;
                }
                open.Target = node;
            }
        }

        private static JsonElement[] ArrayOf(JsonElement value) =>
            value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : throw new NotSupportedException();

        private static JsonType TypeOf(JsonElement name) => name.GetString() switch
        {
            "object" => JsonType.Object,
            "array" => JsonType.Array,
            "string" => JsonType.String,
            "number" => JsonType.Number,
            "integer" => JsonType.Integer,
            "boolean" => JsonType.Boolean,
            "null" => JsonType.Null,
            _ => throw new NotSupportedException(),
        };
    }

    [Flags]
    private enum JsonType
    {
        None = 0,
        Object = 1,
        Array = 2,
        String = 4,
        Number = 8,
        Integer = 16,
        Boolean = 32,
        Null = 64,
    }

    private abstract class Node
    {
        public abstract bool Accepts(JsonElement instance);
    }

    private sealed class Always(bool value) : Node
    {
        public static readonly Always True = new(true);
        public static readonly Always False = new(false);

        public override bool Accepts(JsonElement instance) => value;
    }

    private sealed class Reference(string path) : Node
    {
        public string Path { get; } = path;
        public Node? Target { get; set; }

        public override bool Accepts(JsonElement instance) => Target!.Accepts(instance);
    }

    private sealed class Keywords : Node
    {
        public JsonType Types;
        public JsonElement[]? Const;
        public JsonElement[]? Enum;
        public Regex? Pattern;
        public decimal? Minimum;
        public string[]? Required;
        public Dictionary<string, Node>? Properties;
        public Node? AdditionalProperties;
        public Node? Items;
        public Node[]? AllOf;
        public Node? If;
        public Node? Then;
        public Node? Else;
        public Node? Ref;

        public override bool Accepts(JsonElement instance)
        {
            var kind = instance.ValueKind;
            if (Types != JsonType.None && !HasType(instance, Types))
            {
                return false;
            }
            if (Const is { } constant && !JsonElement.DeepEquals(constant[0], instance))
            {
                return false;
            }
            if (Enum is { } values && !values.Any(v => JsonElement.DeepEquals(v, instance)))
            {
                return false;
            }
            if (kind == JsonValueKind.String && Pattern is { } pattern && !pattern.IsMatch(instance.GetString()!))
            {
                return false;
            }
            if (kind == JsonValueKind.Number && Minimum is { } minimum && !(instance.TryGetDecimal(out var number) && number >= minimum))
            {
                return false;
            }
            if (kind == JsonValueKind.Object && !AcceptsObject(instance))
            {
                return false;
            }
            if (kind == JsonValueKind.Array && Items is { } items)
            {
                foreach (var item in instance.EnumerateArray())
                {
                    if (!items.Accepts(item))
                    {
                        return false;
                    }
                }
            }
            if (AllOf is { } all)
            {
                foreach (var part in all)
                {
                    if (!part.Accepts(instance))
                    {
                        return false;
                    }
                }
            }
            if (If is { } condition)
            {
                var branch = condition.Accepts(instance) ? Then : Else;
                if (branch is not null && !branch.Accepts(instance))
                {
                    return false;
                }
            }
            return Ref is null || Ref.Accepts(instance);
        }

        private bool AcceptsObject(JsonElement instance)
        {
            if (Required is { } required)
            {
                foreach (var name in required)
                {
                    if (!instance.TryGetProperty(name, out _))
                    {
                        return false;
                    }
                }
            }
            if (Properties is null && AdditionalProperties is null)
            {
                return true;
            }
            foreach (var member in instance.EnumerateObject())
            {
                if (Properties is not null && Properties.TryGetValue(member.Name, out var property))
                {
                    if (!property.Accepts(member.Value))
                    {
                        return false;
                    }
                }
                else if (AdditionalProperties is { } additional && !additional.Accepts(member.Value))
                {
                    return false;
                }
            }
            return true;
        }

        private static bool HasType(JsonElement instance, JsonType types) => instance.ValueKind switch
        {
            JsonValueKind.Object => (types & JsonType.Object) != 0,
            JsonValueKind.Array => (types & JsonType.Array) != 0,
            JsonValueKind.String => (types & JsonType.String) != 0,
            JsonValueKind.True or JsonValueKind.False => (types & JsonType.Boolean) != 0,
            JsonValueKind.Null => (types & JsonType.Null) != 0,
            // A whole number only when written as one (2, not 2.0 or 2e0): stricter than the specification, never laxer.
            JsonValueKind.Number => (types & JsonType.Number) != 0 || (types & JsonType.Integer) != 0 && IsPlainInteger(instance),
            _ => false,
        };

        private static bool IsPlainInteger(JsonElement number)
        {
            var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(number);
            foreach (var b in raw)
            {
                if (b is (byte)'.' or (byte)'e' or (byte)'E')
                {
                    return false;
                }
            }
            return true;
        }
    }
}
