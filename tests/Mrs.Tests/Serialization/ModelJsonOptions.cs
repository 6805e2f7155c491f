using System.Collections;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Mrs.Model;

namespace Mrs.Tests.Serialization;

/// <summary>
/// The reference mapping of the clause model to JSON through System.Text.Json's general serializer, kept in the tests
/// only: mrs itself reads and writes the tree with ModelTreeReader and ModelTreeWriter (no reflection, native AOT),
/// and the tests check that both give the same trees.
/// How the clause model maps to JSON (and therefore YAML): camelCase keys in declaration order, base-type keys first,
/// "type" as the block discriminator, enums as camelCase text, and nothing written for absent values, empty lists or
/// false flags. All knowledge of the file format lives here, so that the model stays a plain type tree.
/// </summary>
public static class ModelJsonOptions
{
    /// <summary>The tree the general serializer writes for a model (the reference of the fast writer).</summary>
    public static JsonDocument ToTree(StandardDocument document) => JsonSerializer.SerializeToDocument(document, WriterOptions);

    /// <summary>The model the general serializer reads from a tree (the reference of the fast reader).</summary>
    public static StandardDocument? FromTree(JsonElement tree) => tree.Deserialize<StandardDocument>(Options);

    /// <summary>Enum values that are implied when absent, so never written ("kind: general" on every clause is noise).</summary>
    private static readonly HashSet<Enum> ImpliedValues = [ClauseKind.General, SectionKind.Other];

    /// <summary>Options for reading (reflection-based, so that absent lists keep their empty defaults).</summary>
    public static JsonSerializerOptions Options { get; } = Create(new DefaultJsonTypeInfoResolver());

    /// <summary>Options for writing, on compile-time metadata for a fast start.</summary>
    public static JsonSerializerOptions WriterOptions { get; } = Create(ModelJsonContext.Default);

    private static JsonSerializerOptions Create(IJsonTypeInfoResolver baseResolver)
    {
        var resolver = baseResolver.WithAddedModifier(ConfigureType);
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            AllowOutOfOrderMetadataProperties = true,
            RespectNullableAnnotations = false,
            MaxDepth = ModelLimits.MaxDepth + 8,
            TypeInfoResolver = resolver,
        };
        options.Converters.Add(new ModelEnumConverterFactory());
        options.MakeReadOnly();
        return options;
    }

    private static void ConfigureType(JsonTypeInfo info)
    {
        if (info.Type == typeof(Block))
        {
            var polymorphism = new JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = "type",
                UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
            };
            foreach (var (type, name) in ModelNames.BlockTypes)
            {
                polymorphism.DerivedTypes.Add(new JsonDerivedType(type, name));
            }
            info.PolymorphismOptions = polymorphism;
        }

        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.AttributeProvider is PropertyInfo pi)
            {
                property.Order = DeclarationOrder(info.Type, pi);
            }
            property.ShouldSerialize = static (_, value) => value switch
            {
                null => false,
                ICollection collection => collection.Count > 0,
                bool flag => flag,
                Enum e => !ImpliedValues.Contains(e),
                _ => true,
            };
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Dictionary<string, int>> Orders = new();

    /// <summary>Base-type properties first, then each derived type's, each in source declaration order.</summary>
    private static int DeclarationOrder(Type type, PropertyInfo property)
    {
        var declaring = property.DeclaringType!;
        var order = Orders.GetOrAdd(declaring, static t =>
        {
            var depth = 0;
            for (var b = t.BaseType; b is not null && b != typeof(object); b = b.BaseType)
            {
                depth++;
            }
            return t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .OrderBy(p => p.MetadataToken)
                .Select((p, i) => (p.Name, Order: depth * 1000 + i))
                .ToDictionary(x => x.Name, x => x.Order, StringComparer.Ordinal);
        });
        return order[property.Name];
    }
}

/// <summary>Enums as text: camelCase names, except degrees of correspondence, which are written as IDT, MOD, NEQ.</summary>
internal sealed class ModelEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ModelEnumConverter<>).MakeGenericType(typeToConvert))!;
}

/// <summary>One enum as text, with a name table made once (cheaper to start than the general string-enum converter).</summary>
internal sealed class ModelEnumConverter<T> : JsonConverter<T> where T : struct, Enum
{
    private static readonly Dictionary<T, string> Names = Enum.GetValues<T>().ToDictionary(v => v, Name);

    public static string NameOf(T value) => Names[value];
    private static readonly Dictionary<string, T> Values = Names.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    private static string Name(T value)
    {
        var name = value.ToString();
        return typeof(T) == typeof(AdoptionDegree) ? name.ToUpperInvariant() : char.ToLowerInvariant(name[0]) + name[1..];
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Values.TryGetValue(reader.GetString()!, out var value)
            ? value
            : throw new JsonException($"'{(reader.TokenType == JsonTokenType.String ? reader.GetString() : reader.TokenType.ToString())}' is not a "
                + $"value of {typeof(T).Name}");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Names[value]);
}
