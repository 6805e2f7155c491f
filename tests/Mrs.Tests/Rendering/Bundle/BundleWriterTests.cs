using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Json.Schema;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Mrs.Rendering.Bundle;
using Mrs.Rendering.Writers;

namespace Mrs.Tests.Rendering.Bundle;

/// <summary>
/// The API bundle of the samples and of three real standards: every file listed in the manifest with the right size
/// and SHA-256, and valid against its JSON Schema (from the bundle's own schemas/); the OpenAPI description read by
/// Microsoft.OpenApi without errors or warnings, its schema references pointing at files of the bundle; the TBX file
/// holding every term; ids that are the HTML anchors and URL-safe file names; the same bytes every time.
/// </summary>
public class BundleWriterTests
{
    public static TheoryData<string> Standards => BundleFixture.Standards;

    [Theory]
    [MemberData(nameof(Standards))]
    public void Every_file_is_in_the_manifest_with_its_hash_and_valid_against_its_schema(string name)
    {
        var root = BundleFixture.Write(name);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "manifest.json")));
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        var onDisk = Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => f != "manifest.json").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(onDisk, listed.Select(f => f.GetProperty("path").GetString()!).ToList());
        foreach (var file in listed)
        {
            var bytes = File.ReadAllBytes(Path.Combine(root, file.GetProperty("path").GetString()!));
            Assert.Equal(bytes.LongLength, file.GetProperty("size").GetInt64());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.GetProperty("sha256").GetString());
        }

        var schemas = Schemas(root);
        var checkedFiles = 0;
        foreach (var file in listed.Append(JsonDocument.Parse("""{"path":"manifest.json","schema":"schemas/bundle-manifest.schema.json"}""")
            .RootElement))
        {
            var path = file.GetProperty("path").GetString()!;
            if (!file.TryGetProperty("schema", out var schemaName))
            {
                // every JSON file has a schema, but the OpenAPI description (read below)
                Assert.DoesNotMatch(@"\.json$", path.Replace("openapi.json", "", StringComparison.Ordinal));
                continue;
            }
            using var instance = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, path)), new JsonDocumentOptions { MaxDepth = 1024 });
            var schema = schemaName.GetString()!;
            if (schema.StartsWith("https://json-schema.org/", StringComparison.Ordinal))
            {
                Assert.Equal("https://json-schema.org/draft/2020-12/schema", instance.RootElement.GetProperty("$schema").GetString());
                continue; // the schemas themselves: built (and so checked) by Schemas(root)
            }
            var result = schemas[schema].Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid,
                $"{name}: {path} against {schema}: "
                + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(5)
                    .Select(d => d.InstanceLocation + " " + string.Join(", ", d.Errors!.Values))));
            checkedFiles++;
        }
        Assert.True(checkedFiles >= 8, $"{checkedFiles} files checked");

        // The OpenAPI description: no error, no warning, and its schema references are files of the bundle.
        var openApi = File.ReadAllText(Path.Combine(root, "openapi.json"));
        var read = OpenApiDocument.Parse(openApi, "json", new OpenApiReaderSettings());
        Assert.Empty(read.Diagnostic!.Errors);
        Assert.Empty(read.Diagnostic.Warnings);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, read.Diagnostic.SpecificationVersion);
        foreach (Match reference in Regex.Matches(openApi, "\"\\$ref\": \"([^\"#]+)#\""))
        {
            Assert.True(File.Exists(Path.Combine(root, reference.Groups[1].Value)), reference.Groups[1].Value);
        }

        // Terms: the same entries in terms.json, terms/ and the TBX file.
        using var terms = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "terms.json")));
        var termIds = terms.RootElement.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToList();
        var tbx = XDocument.Load(Path.Combine(root, "terms.tbx"));
        XNamespace ns = "urn:iso:std:iso:30042:ed-2";
        Assert.Equal("TBX-Basic", tbx.Root!.Attribute("type")!.Value);
        Assert.Equal(termIds, tbx.Descendants(ns + "conceptEntry").Select(e => e.Attribute("id")!.Value).ToList());
        Assert.All(tbx.Descendants(ns + "termSec"), t => Assert.False(string.IsNullOrWhiteSpace(t.Element(ns + "term")!.Value)));
    }

    [Theory]
    [MemberData(nameof(Standards))]
    public void Ids_are_the_html_anchors_and_every_link_between_files_arrives(string name)
    {
        var root = BundleFixture.Write(name);
        using var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "clauses", "index.json")));
        var items = index.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.Equal(items.Count, items.Select(i => i.GetProperty("id").GetString()).Distinct(StringComparer.Ordinal).Count());
        foreach (var item in items)
        {
            var path = item.GetProperty("path").GetString()!;
            Assert.Matches("^clauses/[A-Za-z0-9._~-]+\\.json$", path);
            using var clause = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, path)), new JsonDocumentOptions { MaxDepth = 1024 });
            var id = clause.RootElement.GetProperty("id").GetString()!;
            Assert.Equal(item.GetProperty("id").GetString(), id);
            // The clause's own HTML starts with its section, whose id is the clause's id.
            Assert.StartsWith($"<section id=\"{System.Net.WebUtility.HtmlEncode(id)}\"", clause.RootElement.GetProperty("html").GetString(),
                StringComparison.Ordinal);
            foreach (var link in new[] { "parent", "previous", "next" }.Select(p => clause.RootElement.GetProperty(p))
                .Where(l => l.ValueKind == JsonValueKind.Object)
                .Concat(clause.RootElement.GetProperty("children").EnumerateArray())
                .Concat(clause.RootElement.GetProperty("breadcrumb").EnumerateArray())
                .Concat(clause.RootElement.GetProperty("termIds").EnumerateArray()))
            {
                Assert.True(File.Exists(Path.Combine(root, link.GetProperty("path").GetString()!)), $"{path} links to {link.GetProperty("path")}");
            }
        }
        // The first has no previous, the last no next; the breadcrumb ends with the parent.
        using var first = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, items[0].GetProperty("path").GetString()!)),
            new JsonDocumentOptions { MaxDepth = 1024 });
        Assert.Equal(JsonValueKind.Null, first.RootElement.GetProperty("previous").ValueKind);
    }

    [Fact]
    public void A_clause_of_a_gbt_standard_holds_its_place_content_provisions_and_terms()
    {
        var root = BundleFixture.Write("samples/gbt-sample.std.yaml");
        using var clause = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "clauses", "clause-5.2.json")));
        var c = clause.RootElement;
        Assert.Equal("5.2", c.GetProperty("number").GetString());
        Assert.Equal("clause-5", c.GetProperty("parent").GetProperty("id").GetString());
        Assert.Equal("clause-5.1", c.GetProperty("previous").GetProperty("id").GetString());
        Assert.Equal("clause-5.3", c.GetProperty("next").GetProperty("id").GetString());
        Assert.Equal(["clause-5"], c.GetProperty("breadcrumb").EnumerateArray().Select(b => b.GetProperty("id").GetString()));
        Assert.Equal("paragraph", c.GetProperty("blocks")[0].GetProperty("type").GetString());
        Assert.StartsWith("模型中的章、条、附录", c.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("href=\"#annex-A\"", c.GetProperty("html").GetString(), StringComparison.Ordinal);
        var provisions = c.GetProperty("provisions").EnumerateArray().ToList();
        Assert.Equal(["requirement", "requirement", "requirement", "recommendation"], provisions.Select(p => p.GetProperty("kind").GetString()));
        Assert.Equal("clause-5.2-blocks-2-s1", provisions[2].GetProperty("id").GetString());
        Assert.Equal("不应", provisions[2].GetProperty("form").GetString());
        Assert.Equal("同一模型文件中的稳定标识符不应重复。", provisions[2].GetProperty("text").GetString());

        using var all = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "provisions.json")));
        Assert.Contains(all.RootElement.GetProperty("provisions").EnumerateArray(), p => p.GetProperty("id").GetString() == "clause-5.2-blocks-2-s1");

        using var terms = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "clauses", "clause-3.json")));
        Assert.Contains(terms.RootElement.GetProperty("termIds").EnumerateArray(), t => t.GetProperty("path").GetString() == "terms/term-3.1.json");
        using var term = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "terms", "term-3.1.json")));
        Assert.Equal("标准化文件", term.RootElement.GetProperty("preferred")[0].GetProperty("text").GetString());
        Assert.Equal("en", term.RootElement.GetProperty("equivalents")[0].GetProperty("language").GetString());
        Assert.Equal("clause-3", term.RootElement.GetProperty("clause").GetProperty("id").GetString());

        // A normative reference knows where it is cited.
        using var references = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "references.json")));
        var normative = references.RootElement.GetProperty("references").EnumerateArray().Where(r => r.GetProperty("kind").GetString() == "normative")
            .ToList();
        Assert.NotEmpty(normative);
        Assert.Contains(normative, r => r.GetProperty("citedIn").GetArrayLength() > 0);
    }

    [Fact]
    public void The_same_model_gives_the_same_bytes_folder_and_zip()
    {
        const string name = "corpus/standards/gbt/real/laolv2023__28181-2022__GBT_28181_2022.docx";
        var first = BundleFixture.Write(name);
        var second = BundleFixture.Write(name);
        var files = Directory.GetFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f))
            .Order(StringComparer.Ordinal).ToList());
        Assert.All(files, f => Assert.True(File.ReadAllBytes(Path.Combine(first, f)).AsSpan()
            .SequenceEqual(File.ReadAllBytes(Path.Combine(second, f))), f));

        var zipA = File.ReadAllBytes(BundleFixture.Write(name, zip: true));
        var zipB = File.ReadAllBytes(BundleFixture.Write(name, zip: true));
        Assert.Equal(zipA, zipB);
        using var zip = new ZipArchive(new MemoryStream(zipA));
        Assert.Equal(files.Select(f => f.Replace('\\', '/')).ToList(), zip.Entries.Select(e => e.FullName).ToList());
        Assert.All(zip.Entries, e => Assert.Equal(BundleWriter.ZipTime.Year, e.LastWriteTime.Year));
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.True(copy.ToArray().AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(first, entry.FullName))), entry.FullName);
        }
    }

    [Fact]
    public void A_failed_render_leaves_the_previous_bundle_and_no_half_bundle()
    {
        var (document, folder) = BundleFixture.Load("samples/gbt-sample.std.yaml");
        var parent = TestPaths.TempFolder();
        var output = Path.Combine(parent, "out.bundle");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "previous.txt"), "kept");
        Assert.Throws<ArgumentException>(() => new BundleWriter()
            .Write(document, output, new WriterOptions { SourceFolder = folder, Theme = "no-such-theme" }));
        Assert.Equal(["out.bundle"], Directory.GetFileSystemEntries(parent).Select(Path.GetFileName));
        Assert.Equal(["previous.txt"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));

        new BundleWriter().Write(document, output, new WriterOptions { SourceFolder = folder });
        Assert.Equal(["out.bundle"], Directory.GetFileSystemEntries(parent).Select(Path.GetFileName));
        Assert.False(File.Exists(Path.Combine(output, "previous.txt")), "the new bundle replaces the old one whole");
        Assert.True(File.Exists(Path.Combine(output, "manifest.json")));
    }

    [Fact]
    public void File_names_are_url_safe_and_stable()
    {
        Assert.Equal("clause-5.2", BundlePaths.Safe("clause-5.2"));
        Assert.Equal("term-_4e2d_6587", BundlePaths.Safe("term-中文"));
        Assert.Equal("a_20b_2fc", BundlePaths.Safe("a b/c"));
        var paths = new BundlePaths("clauses");
        Assert.Equal("clauses/annex-A.json", paths.Of("annex-A"));
        Assert.Equal("clauses/annex-a-2.json", paths.Of("annex-a"));
        Assert.Equal("clauses/annex-A.json", paths.Of("annex-A"));
        Assert.Equal("clauses/_index.json", paths.Of("index"));
    }

    /// <summary>The bundle's schemas, built from its schemas/ folder into one registry; by path in the bundle.</summary>
    public static Dictionary<string, JsonSchema> Schemas(string root)
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var order = new[] { "clause-model.schema.json", "bundle-provisions.schema.json", "bundle-term.schema.json" };
        var names = Directory.GetFiles(Path.Combine(root, "schemas")).Select(Path.GetFileName)
            .OrderBy(n => Array.IndexOf(order, n) is var i && i < 0 ? 99 : i).ThenBy(n => n, StringComparer.Ordinal);
        return names.ToDictionary(n => "schemas/" + n, n => JsonSchema.FromText(File.ReadAllText(Path.Combine(root, "schemas", n!)), options));
    }
}
