using Mrs.Serialization;

namespace Mrs.Rendering.Bundle;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the bundle's files, one per kind of file, as kept in the repository's
/// schemas/ and schemas/bundle/ folders: each bundle carries them in its schemas/ folder, and openapi.json refers to
/// them. They refer to each other, and to the clause model's schema, by their ids (urn:mrs:schema:…).
/// </summary>
public static class BundleSchemas
{
    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> Schemas = new(Load);

    /// <summary>File name → schema text, in name order; the clause model's schema among them.</summary>
    public static IReadOnlyList<(string Name, string Text)> All => Schemas.Value;

    /// <summary>The kinds of bundle file and the schema of each: name in schemas/ ("bundle-clause.schema.json").</summary>
    public static IReadOnlyList<string> Names => All.Select(s => s.Name).ToList();

    private static IReadOnlyList<(string, string)> Load()
    {
        const string prefix = "Mrs.Rendering.Bundle.";
        var assembly = typeof(BundleSchemas).Assembly;
        var list = new List<(string, string)> { ("clause-model.schema.json", ModelSchema.Text) };
        foreach (var name in assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".schema.json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            list.Add((name[prefix.Length..], reader.ReadToEnd().Replace("\r\n", "\n")));
        }
        return list.OrderBy(s => s.Item1, StringComparer.Ordinal).ToList();
    }
}
