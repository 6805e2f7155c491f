using System.Text.Json;
using System.Text.Json.Nodes;
using Mrs.Serialization;

namespace Mrs.Tests.Serialization;

/// <summary>
/// The quick schema check (compiled from the schema, used for valid models) gives the general evaluator's answer
/// (JsonSchema.Net): on every sample and model fixture, on imported corpus standards, and on thousands of damaged copies
/// of the samples (a member removed, an unknown member added, a value of the wrong kind). It must never accept a tree
/// the evaluator rejects: that would hide violations.
/// </summary>
public class SchemaQuickCheckTests
{
    private static void AssertAgrees(JsonElement tree, string what)
    {
        var quick = ModelSchema.QuickCheck(tree);
        var evaluator = ModelSchema.EvaluatorAccepts(tree);
        Assert.True(quick == evaluator,
            $"{what}: quick check says {(quick ? "valid" : "invalid")}, the evaluator {(evaluator ? "valid" : "invalid")}");
    }

    [Fact]
    public void The_schema_compiles_to_a_quick_check() => Assert.True(ModelSchema.HasQuickCheck);

    [Fact]
    public void Samples_and_model_fixtures()
    {
        var files = Directory.GetFiles(TestPaths.Samples, "*.std.yaml")
            .Concat(Directory.GetFiles(Path.Combine(TestPaths.Repository, "tests", "Mrs.Tests"), "*.std.*", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            .ToList();
        var (valid, invalid) = (0, 0);
        foreach (var file in files)
        {
            LoadedModel loaded;
            try
            {
                loaded = ModelReader.Load(file);
            }
            catch (ModelReadException)
            {
                continue; // not a tree at all (syntax, encoding): the schema is never asked
            }
            using (loaded)
            {
                AssertAgrees(loaded.Tree.RootElement, file);
                _ = loaded.SchemaViolations.Count == 0 ? valid++ : invalid++;
            }
        }
        Assert.True(valid > 100 && invalid > 5, $"{valid} valid and {invalid} invalid models checked");
    }

    [Theory]
    [InlineData("gbt-sample.std.yaml")]
    [InlineData("iso-sample.std.yaml")]
    public void Damaged_copies_of_the_samples(string sample)
    {
        using var loaded = ModelReader.Load(TestPaths.Sample(sample));
        var original = JsonNode.Parse(loaded.Tree.RootElement.GetRawText())!;
        var count = 0;
        foreach (var (description, damaged) in Damages(original))
        {
            using var tree = JsonDocument.Parse(damaged.ToJsonString());
            AssertAgrees(tree.RootElement, $"{sample}: {description}");
            count++;
        }
        Assert.True(count > 500, $"only {count} damaged copies");
    }

    [Fact]
    public void Imported_corpus_standards()
    {
        var files = Mrs.Tests.Import.Docx.CorpusFiles.Standards().Where(f => f.EndsWith(".docx", StringComparison.Ordinal)).Take(12).ToList();
        foreach (var file in files)
        {
            var document = Mrs.Tests.Import.Docx.CorpusFiles.ImportOrSkip(file).Document;
            using var tree = ModelWriter.ToTree(document);
            AssertAgrees(tree.RootElement, file);
            Assert.True(ModelSchema.QuickCheck(tree.RootElement), $"{file}: the imported model does not pass the quick check");
        }
    }

    /// <summary>Copies of the tree, each with one thing wrong (or, for some, right in an unusual way).</summary>
    private static IEnumerable<(string, JsonNode)> Damages(JsonNode original)
    {
        var paths = new List<string>();
        Paths(original, "", paths);
        JsonNode?[] replacements = [JsonValue.Create(7), JsonValue.Create(2.5), JsonValue.Create(-1), JsonValue.Create("x"),
            JsonValue.Create("1 bad id"),
            JsonValue.Create(true), null, new JsonArray(), new JsonObject()];
        foreach (var path in paths)
        {
            var copy = original.DeepClone();
            var (parent, key) = Locate(copy, path);
            if (parent is JsonObject o)
            {
                o.Remove(key);
                yield return ($"{path} removed", copy);
                copy = original.DeepClone();
                ((JsonObject)Locate(copy, path).Parent!).Add("zzUnknown", 1);
                yield return ($"{path}: unknown member beside it", copy);
            }
            foreach (var replacement in replacements)
            {
                copy = original.DeepClone();
                var (p, k) = Locate(copy, path);
                Set(p!, k, replacement?.DeepClone());
                yield return ($"{path} = {replacement?.ToJsonString() ?? "null"}", copy);
            }
            if (Locate(original, path) is var (op, ok) && Get(op!, ok) is JsonValue v && v.TryGetValue<string>(out var text))
            {
                foreach (var variant in new[] { text + "\n", " " + text, text.ToUpperInvariant(), "" })
                {
                    copy = original.DeepClone();
                    var (p, k) = Locate(copy, path);
                    Set(p!, k, JsonValue.Create(variant));
                    yield return ($"{path} = {JsonSerializer.Serialize(variant)}", copy);
                }
            }
        }
    }

    private static void Paths(JsonNode? node, string path, List<string> paths)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    paths.Add(path + "/" + key);
                    Paths(value, path + "/" + key, paths);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count && i < 3; i++)
                {
                    paths.Add(path + "/" + i);
                    Paths(a[i], path + "/" + i, paths);
                }
                break;
        }
    }

    private static (JsonNode? Parent, string Key) Locate(JsonNode root, string path)
    {
        var parts = path.Split('/')[1..];
        var node = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            node = node is JsonArray a ? a[int.Parse(parts[i], System.Globalization.CultureInfo.InvariantCulture)]! : node![parts[i]]!;
        }
        return (node, parts[^1]);
    }

    private static JsonNode? Get(JsonNode parent, string key) =>
        parent is JsonArray a ? a[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] : parent[key];

    private static void Set(JsonNode parent, string key, JsonNode? value)
    {
        if (parent is JsonArray a)
        {
            a[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent[key] = value;
        }
    }
}
