using System.Text.Json.Serialization;
using Mrs.Model;

namespace Mrs.Tests.Serialization;

/// <summary>Compile-time JSON metadata for the model (fast start-up); <see cref="ModelJsonOptions"/> adds the mapping rules.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StandardDocument))]
[JsonSerializable(typeof(Paragraph))]
[JsonSerializable(typeof(ListBlock))]
[JsonSerializable(typeof(Note))]
[JsonSerializable(typeof(Example))]
[JsonSerializable(typeof(Table))]
[JsonSerializable(typeof(Figure))]
[JsonSerializable(typeof(Formula))]
[JsonSerializable(typeof(DefinitionList))]
[JsonSerializable(typeof(CodeBlock))]
[JsonSerializable(typeof(RawBlock))]
internal sealed partial class ModelJsonContext : JsonSerializerContext;
