using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mrs.Model;
using Mrs.Rendering.Html;
using Mrs.Rendering.Writers;
using Mrs.Serialization;
using Mrs.Text;
using Mrs.Text.Language;

namespace Mrs.Rendering.Bundle;

/// <summary>
/// Makes every file of the API bundle in memory (path → bytes, in path order), from one walk over the model
/// (<see cref="ModelWalker"/>) and the HTML writer's pieces (<see cref="HtmlFragments"/>): nothing is written until
/// all of it is made, so a failure leaves nothing behind. The same model and options give the same bytes.
/// </summary>
internal sealed class BundleBuilder
{
    /// <summary>Version of the bundle format (manifest.bundleVersion, the schemas' ids).</summary>
    public const string FormatVersion = "1.0";

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 1024 };

    private readonly StandardDocument document;
    private readonly WriterOptions options;
    private readonly SortedDictionary<string, byte[]> files = new(StringComparer.Ordinal);
    private readonly List<Part> containers = [];
    private readonly Dictionary<object, Part> partOf = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, ReferenceEntry> referencesById = new(StringComparer.Ordinal);
    private readonly HtmlFragments fragments;
    private readonly string language;
    private JsonElement tree;

    private BundleBuilder(StandardDocument document, WriterOptions options)
    {
        this.document = document;
        this.options = options;
        fragments = HtmlFragments.Render(document, options);
        language = fragments.Language;
    }

    /// <summary>The bundle's files: path relative to its root → bytes.</summary>
    public static SortedDictionary<string, byte[]> Build(StandardDocument document, WriterOptions options) =>
        new BundleBuilder(document, options).Make();

    /// <summary>The version of mrs that wrote the bundle.</summary>
    public static string GeneratorVersion =>
        typeof(BundleBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private SortedDictionary<string, byte[]> Make()
    {
        var model = CopyAssets();
        using var json = ModelWriter.ToTree(model);
        tree = json.RootElement;
        files["document.json"] = Utf8(ModelWriter.JsonTreeToJson(tree));

        var walk = ModelWalker.Walk(model).ToList();
        FindContainers(walk);
        foreach (var node in walk)
        {
            if (node.Value is ReferenceEntry reference && fragments.AnchorOf(reference) is { } id)
            {
                referencesById.TryAdd(id, reference);
            }
        }
        AssignTermPaths(walk);
        var provisions = new JsonArray();
        var cites = new Dictionary<ReferenceEntry, List<Part>>(ReferenceEqualityComparer.Instance);
        foreach (var part in containers)
        {
            WriteClause(part, provisions, cites);
        }
        files["clauses/index.json"] = Json(new JsonObject
        {
            ["kind"] = "clauses",
            ["items"] = new JsonArray(containers.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Id,
                ["path"] = c.Path,
                ["kind"] = KindOf(c.Node.Value),
                ["number"] = c.Number,
                ["title"] = c.Title,
                ["parent"] = c.Parent?.Id,
                ["depth"] = c.Depth,
            }).ToArray()),
        });
        files["provisions.json"] = Json(new JsonObject { ["provisions"] = provisions });
        WriteTerms(walk);
        WriteReferences(walk, cites);
        WriteBlocks(walk);
        foreach (var (name, text) in BundleSchemas.All)
        {
            files["schemas/" + name] = Utf8(text);
        }
        files["openapi.json"] = Utf8(BundleOpenApi.Write(model, files.Keys));
        files["manifest.json"] = Manifest(model);
        return files;
    }

    /// <summary>
    /// The model's pictures into assets/ (their own file names) and the web pictures the HTML shows; the model's asset paths point there.
    /// </summary>
    private StandardDocument CopyAssets()
    {
        var reader = new PictureSource(document, options);
        var assets = new List<Asset>();
        foreach (var asset in document.Assets)
        {
            // a picture the document only links to (no path) stays a link: nothing is fetched
            var bytes = asset.Path is null || asset.Path.Contains("://", StringComparison.Ordinal) ? null : reader.Read(asset.Path);
            if (bytes is null)
            {
                assets.Add(asset);
                continue;
            }
            var name = BundlePaths.Safe(Path.GetFileName(asset.Path!.Replace('\\', '/')));
            var path = "assets/" + name;
            if (files.TryGetValue(path, out var existing) && !existing.AsSpan().SequenceEqual(bytes))
            {
                path = "assets/" + Convert.ToHexStringLower(SHA256.HashData(bytes)) + Path.GetExtension(name);
            }
            files[path] = bytes;
            assets.Add(asset with { Path = path });
        }
        foreach (var (name, bytes) in fragments.Assets)
        {
            files.TryAdd("assets/" + name, bytes);
        }
        return document with { Assets = assets };
    }

    // ---- clauses ----------------------------------------------------------------------------------------------

    private sealed class Part
    {
        public required ModelNode Node { get; init; }
        public required string Id { get; init; }
        public required string Path { get; init; }
        public string? Number { get; init; }
        public string? Title { get; init; }
        public Part? Parent { get; init; }
        public int Depth { get; init; }
        public List<Part> Children { get; } = [];
        public int Order { get; set; }

        public JsonObject Ref()
        {
            var json = new JsonObject { ["id"] = Id, ["path"] = Path };
            if (Number is not null)
            {
                json["number"] = Number;
            }
            if (Title is not null)
            {
                json["title"] = Title;
            }
            return json;
        }
    }

    private void FindContainers(List<ModelNode> walk)
    {
        var paths = new BundlePaths("clauses");
        foreach (var node in walk)
        {
            if (node.Value is not (Section or Clause or Annex or Bibliography) || partOf.ContainsKey(node.Value))
            {
                continue;
            }
            var parent = node.Ancestors.Select(a => partOf.GetValueOrDefault(a.Value)).FirstOrDefault(p => p is not null);
            var id = fragments.AnchorOf(node.Value) ?? "mrs" + node.Pointer.Replace('/', '-');
            var container = (IContainer)node.Value;
            var part = new Part
            {
                Node = node,
                Id = id,
                Path = paths.Of(id),
                Number = node.Value switch
                {
                    Clause c => c.Number,
                    Annex a => a.Letter.Length > 0 ? a.Letter : null,
                    _ => null,
                },
                Title = container.Title is { } title ? InlineText.ToPlain(title) : null,
                Parent = parent,
                Depth = parent is null ? 0 : parent.Depth + 1,
                Order = containers.Count,
            };
            parent?.Children.Add(part);
            partOf[node.Value] = part;
            containers.Add(part);
        }
    }

    private static string KindOf(object value) => value switch
    {
        Clause => "clause",
        Annex => "annex",
        Bibliography => "bibliography",
        Section s when s.Kind == SectionKind.Index => "index",
        _ => "section",
    };

    private static string? RoleOf(object value) => value switch
    {
        Clause c => Camel(c.Kind.ToString()),
        Section s => Camel(s.Kind.ToString()),
        Annex a => a.Obligation is { } o ? Camel(o.ToString()) : null,
        _ => null,
    };

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private void WriteClause(Part part, JsonArray allProvisions, Dictionary<ReferenceEntry, List<Part>> cites)
    {
        var node = part.Node;
        var own = node.Children.Where(c => c.Name != ModelNames.Clauses).ToList();
        var ownNodes = own.SelectMany(c => ModelWalker.Walk(c.Value, c.Pointer)).ToList();
        var text = new StringBuilder();
        foreach (var n in ownNodes)
        {
            foreach (var line in LinesOf(n.Value))
            {
                if (line.Length > 0)
                {
                    text.Append(line).Append('\n');
                }
            }
        }

        // Provisions, in document order, with ids from the clause's id and their place in it.
        var provisions = new JsonArray();
        var provisionIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in ownNodes)
        {
            var (markdown, list) = n.Value switch
            {
                Paragraph p => (p.Text, p.Provisions),
                ListItem i => (i.Text, i.Provisions),
                _ => ((string?)null, (IReadOnlyList<Provision>?)null),
            };
            if (markdown is null || list is not { Count: > 0 })
            {
                continue;
            }
            var sentences = SentenceSplitter.Split(InlineText.ToProse(markdown));
            var place = n.Pointer[node.Pointer.Length..].Trim('/').Replace('/', '-');
            foreach (var provision in list)
            {
                var sentenceText = provision.Sentence is { } s && s >= 1 && s <= sentences.Count ? sentences[s - 1] : InlineText.ToPlain(markdown);
                var baseId = part.Id + "-" + place + (provision.Sentence is { } k ? "-s" + k.ToString(CultureInfo.InvariantCulture) : "");
                var provisionId = baseId;
                for (var i = 2; !provisionIds.Add(provisionId); i++)
                {
                    provisionId = baseId + "-" + i.ToString(CultureInfo.InvariantCulture);
                }
                var json = new JsonObject { ["id"] = provisionId, ["kind"] = Camel(provision.Kind.ToString()) };
                if (provision.Form is { } form)
                {
                    json["form"] = form;
                }
                if (provision.Negative)
                {
                    json["negative"] = true;
                }
                if (provision.Sentence is { } sentence && sentence >= 1)
                {
                    json["sentence"] = sentence;
                }
                json["text"] = sentenceText.Trim();
                json["clause"] = part.Ref();
                json["pointer"] = n.Pointer;
                provisions.Add((JsonNode)json);
                allProvisions.Add(json.DeepClone());
            }
        }

        // What the clause's text cites: links to reference entries, and the identifiers of the referenced documents.
        var cited = new List<ReferenceEntry>();
        var prose = new StringBuilder();
        foreach (var n in ownNodes)
        {
            if (n.Value is ReferenceEntry)
            {
                continue;
            }
            foreach (var markdown in MarkdownOf(n.Value))
            {
                foreach (var link in InlineText.Links(markdown))
                {
                    if (link.Kind == InlineLinkKind.CrossReference && referencesById.TryGetValue(link.Target, out var target)
                        && !cited.Contains(target, ReferenceEqualityComparer.Instance))
                    {
                        cited.Add(target);
                    }
                }
                prose.Append(InlineText.ToPlain(markdown)).Append('\n');
            }
        }
        var proseText = prose.ToString();
        foreach (var reference in referencesById.Values)
        {
            if (!cited.Contains(reference, ReferenceEqualityComparer.Instance) && Mentions(proseText, reference.Identifier))
            {
                cited.Add(reference);
            }
        }
        cited.Sort((a, b) => string.CompareOrdinal(fragments.AnchorOf(a), fragments.AnchorOf(b)));
        foreach (var reference in cited)
        {
            if (!cites.TryGetValue(reference, out var list))
            {
                cites[reference] = list = [];
            }
            list.Add(part);
        }

        var index = part.Order;
        var clause = new JsonObject
        {
            ["id"] = part.Id,
            ["path"] = part.Path,
            ["kind"] = KindOf(node.Value),
            ["role"] = RoleOf(node.Value),
            ["number"] = part.Number,
            ["label"] = node.Value is Annex annex ? annex.Label : null,
            ["title"] = ((IContainer)node.Value).Title,
            ["titleText"] = part.Title,
            ["pointer"] = node.Pointer,
            ["parent"] = part.Parent?.Ref(),
            ["previous"] = index > 0 ? containers[index - 1].Ref() : null,
            ["next"] = index + 1 < containers.Count ? containers[index + 1].Ref() : null,
            ["breadcrumb"] = new JsonArray(Ancestors(part).Select(a => (JsonNode)a.Ref()).ToArray()),
            ["children"] = new JsonArray(part.Children.Select(c => (JsonNode)c.Ref()).ToArray()),
            ["blocks"] = Subtree(node.PointerTo(ModelNames.Blocks)),
            ["terms"] = Subtree(node.PointerTo(ModelNames.Terms)),
            ["references"] = Subtree(node.PointerTo(node.Value is Bibliography ? ModelNames.Entries : ModelNames.References)),
            ["text"] = text.ToString(),
            ["html"] = fragments.Of(node.Value) ?? "",
            ["provisions"] = provisions,
            ["termIds"] = new JsonArray(own.Select(c => c.Value).OfType<TermEntry>().Select(TermRef).Where(r => r is not null)
                .Select(r => (JsonNode)r!).ToArray()),
            ["cites"] = new JsonArray(cited.Select(r => (JsonNode)ReferenceRef(r)).ToArray()),
        };
        files[part.Path] = Json(clause);
    }

    private static IEnumerable<Part> Ancestors(Part part)
    {
        var list = new List<Part>();
        for (var p = part.Parent; p is not null; p = p.Parent)
        {
            list.Add(p);
        }
        list.Reverse();
        return list;
    }

    /// <summary>
    /// True when the text names the document: its identifier without the year, not followed by more of a number ("ISO 712" is not in "ISO 7120").
    /// </summary>
    private static bool Mentions(string text, string? identifier)
    {
        if (string.IsNullOrWhiteSpace(identifier))
        {
            return false;
        }
        var stem = identifier.Split(['—', ':', '–'], 2)[0].Trim();
        if (stem.Length < 3)
        {
            return false;
        }
        for (var at = text.IndexOf(stem, StringComparison.Ordinal); at >= 0; at = text.IndexOf(stem, at + 1, StringComparison.Ordinal))
        {
            var end = at + stem.Length;
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = end >= text.Length
                || !(char.IsDigit(text[end]) || (text[end] == '.' && end + 1 < text.Length && char.IsDigit(text[end + 1])));
            if (before && after)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The inline Markdown a model object holds itself (not its parts).</summary>
    private static IEnumerable<string> MarkdownOf(object value)
    {
        switch (value)
        {
            case Paragraph p:
                yield return p.Text;
                break;
            case ListItem i:
                yield return i.Text;
                break;
            case TableCell { Text: { } cell }:
                yield return cell;
                break;
            case DefinitionItem d:
                yield return d.Term;
                yield return d.Definition;
                break;
            case TermEntry { Definition: { } definition }:
                yield return definition;
                break;
            case Table { Title: { } title }:
                yield return title;
                break;
            case Figure { Title: { } title }:
                yield return title;
                break;
        }
    }

    /// <summary>The plain-text lines of a model object itself (its parts give their own).</summary>
    private static IEnumerable<string> LinesOf(object value)
    {
        switch (value)
        {
            case Paragraph p:
                yield return InlineText.ToPlain(p.Text);
                break;
            case ListItem i:
                yield return (i.Label is { Length: > 0 } label ? label + " " : "") + InlineText.ToPlain(i.Text);
                break;
            case TableRow row:
                yield return string.Join(" | ", row.Cells.Select(c => c.Text is { } t ? InlineText.ToPlain(t) : ""));
                break;
            case Table t:
                yield return Caption(t.Number, t.Title);
                break;
            case Figure f:
                yield return Caption(f.Number, f.Title);
                break;
            case Formula f:
                yield return (f.Text ?? f.Latex ?? "") + (f.Number is { } n ? " (" + n + ")" : "");
                break;
            case DefinitionItem d:
                yield return InlineText.ToPlain(d.Term) + ": " + InlineText.ToPlain(d.Definition);
                break;
            case Example { Title: { } title }:
                yield return title;
                break;
            case CodeBlock c:
                yield return c.Text;
                break;
            case RawBlock { Text: { } raw }:
                yield return raw;
                break;
            case TermEntry t:
                yield return string.Join(" ",
                    new[] { t.Number }.Concat(t.Preferred.Concat(t.Admitted).Concat(t.Equivalents).Select(d => d.Text))
                    .Where(s => !string.IsNullOrEmpty(s)));
                if (t.Definition is { } definition)
                {
                    yield return InlineText.ToPlain(definition);
                }
                break;
            case TermSource s:
                yield return s.Text ?? s.Reference;
                break;
            case ReferenceEntry r:
                yield return InlineText.ToPlain(r.Text);
                break;
        }
    }

    private static string Caption(string? number, string? title) =>
        string.Join(" ", new[] { number, title is null ? null : InlineText.ToPlain(title) }.Where(s => !string.IsNullOrEmpty(s)));

    // ---- terms ------------------------------------------------------------------------------------------------

    private readonly Dictionary<TermEntry, (string Id, string Path)> termFiles = new(ReferenceEqualityComparer.Instance);

    private JsonObject? TermRef(TermEntry entry)
    {
        if (!termFiles.TryGetValue(entry, out var file))
        {
            return null;
        }
        var json = new JsonObject { ["id"] = file.Id, ["path"] = file.Path };
        if (entry.Number is { } number)
        {
            json["number"] = number;
        }
        if (entry.Preferred is [var first, ..])
        {
            json["title"] = first.Text;
        }
        return json;
    }

    private void AssignTermPaths(List<ModelNode> walk)
    {
        var paths = new BundlePaths("terms");
        foreach (var node in walk)
        {
            if (node.Value is not TermEntry entry || termFiles.ContainsKey(entry))
            {
                continue;
            }
            var id = fragments.AnchorOf(entry) ?? "mrs" + node.Pointer.Replace('/', '-');
            termFiles[entry] = (id, paths.Of(id));
        }
    }

    private void WriteTerms(List<ModelNode> walk)
    {
        var terms = new JsonArray();
        var entries = new List<BundleTerm>();
        foreach (var node in walk)
        {
            if (node.Value is not TermEntry entry || !termFiles.TryGetValue(entry, out var file) || files.ContainsKey(file.Path))
            {
                continue;
            }
            var clause = node.Ancestors.Select(a => partOf.GetValueOrDefault(a.Value)).FirstOrDefault(p => p is not null);
            var json = new JsonObject
            {
                ["id"] = file.Id,
                ["path"] = file.Path,
                ["number"] = entry.Number,
                ["language"] = language,
                ["preferred"] = Designations(entry.Preferred, equivalent: false),
                ["admitted"] = Designations(entry.Admitted, equivalent: false),
                ["deprecated"] = Designations(entry.Deprecated, equivalent: false),
                ["equivalents"] = Designations(entry.Equivalents, equivalent: true),
                ["abbreviation"] = entry.Abbreviation,
                ["domain"] = entry.Domain,
                ["definition"] = entry.Definition,
                ["definitionText"] = entry.Definition is { } d ? InlineText.ToPlain(d) : null,
                ["notes"] = new JsonArray(entry.Notes.Select(n => (JsonNode)JsonValue.Create(PlainOf(n))).ToArray()),
                ["examples"] = new JsonArray(entry.Examples.Select(e => (JsonNode)JsonValue.Create(PlainOf(e))).ToArray()),
                ["sources"] = new JsonArray(entry.Sources.Select(s => (JsonNode)Source(s)).ToArray()),
                ["clause"] = clause?.Ref(),
                ["pointer"] = node.Pointer,
                ["entry"] = Subtree(node.Pointer),
            };
            files[file.Path] = Json(json);
            terms.Add(json.DeepClone());
            entries.Add(new BundleTerm(file.Id, entry, DesignationLanguages(entry), clause?.Id));
        }
        files["terms.json"] = Json(new JsonObject { ["language"] = language, ["terms"] = terms });
        files["terms.tbx"] = TbxWriter.Write(document, language, entries);
    }

    private static string PlainOf(IBlockContainer container) =>
        string.Join("\n", ModelWalker.Walk(container).SelectMany(n => LinesOf(n.Value)).Where(l => l.Length > 0));

    private JsonArray Designations(IReadOnlyList<Designation> designations, bool equivalent) =>
        new(designations.Select(d => (JsonNode)new JsonObject { ["text"] = d.Text, ["language"] = LanguageOf(d, equivalent) }).ToArray());

    /// <summary>A designation's language: the model's, else the document's, else (an equivalent) the other script's.</summary>
    private string LanguageOf(Designation designation, bool equivalent)
    {
        if (designation.Language is { Length: > 0 } tag)
        {
            return tag;
        }
        if (!equivalent)
        {
            return language;
        }
        var chinese = LanguageDetector.IsChinese(language);
        if (chinese && !Script.HasHan(designation.Text))
        {
            return "en";
        }
        return !chinese && Script.HasHan(designation.Text) ? "zh" : language;
    }

    private IReadOnlyList<(Designation Designation, string Language, string Status)> DesignationLanguages(TermEntry entry) =>
        entry.Preferred.Select(d => (d, LanguageOf(d, false), "preferredTerm-admn-sts"))
            .Concat(entry.Admitted.Select(d => (d, LanguageOf(d, false), "admittedTerm-admn-sts")))
            .Concat(entry.Deprecated.Select(d => (d, LanguageOf(d, false), "deprecatedTerm-admn-sts")))
            .Concat(entry.Equivalents.Select(d => (d, LanguageOf(d, true), "preferredTerm-admn-sts")))
            .ToList();

    private static JsonObject Source(TermSource source)
    {
        var json = new JsonObject { ["reference"] = source.Reference };
        if (source.Locality is { } locality)
        {
            json["locality"] = locality;
        }
        if (source.Modified)
        {
            json["modified"] = true;
        }
        if (source.Modification is { } modification)
        {
            json["modification"] = modification;
        }
        if (source.Text is { } text)
        {
            json["text"] = text;
        }
        return json;
    }

    // ---- references -------------------------------------------------------------------------------------------

    private JsonObject ReferenceRef(ReferenceEntry reference)
    {
        var json = new JsonObject { ["id"] = fragments.AnchorOf(reference)!, ["path"] = "references.json" };
        if ((reference.Label ?? reference.Identifier) is { } label)
        {
            json["number"] = label;
        }
        if (reference.Title is { } title)
        {
            json["title"] = title;
        }
        return json;
    }

    private void WriteReferences(List<ModelNode> walk, Dictionary<ReferenceEntry, List<Part>> cites)
    {
        var references = new JsonArray();
        var seen = new HashSet<ReferenceEntry>(ReferenceEqualityComparer.Instance);
        foreach (var node in walk)
        {
            if (node.Value is not ReferenceEntry reference || !seen.Add(reference) || fragments.AnchorOf(reference) is not { } id)
            {
                continue;
            }
            var holder = node.Ancestors.Select(a => partOf.GetValueOrDefault(a.Value)).FirstOrDefault(p => p is not null);
            references.Add((JsonNode)new JsonObject
            {
                ["id"] = id,
                ["kind"] = holder?.Node.Value is Bibliography ? "informative" : "normative",
                ["label"] = reference.Label,
                ["identifier"] = reference.Identifier,
                ["year"] = reference.Year,
                ["title"] = reference.Title,
                ["text"] = InlineText.ToPlain(reference.Text),
                ["url"] = reference.Url,
                ["clause"] = holder?.Ref(),
                ["citedIn"] = new JsonArray((cites.GetValueOrDefault(reference) ?? []).Select(p => (JsonNode)p.Ref()).ToArray()),
                ["pointer"] = node.Pointer,
                ["entry"] = Subtree(node.Pointer),
            });
        }
        files["references.json"] = Json(new JsonObject { ["references"] = references });
    }

    // ---- tables and figures -----------------------------------------------------------------------------------

    private void WriteBlocks(List<ModelNode> walk)
    {
        var tables = new BundlePaths("tables");
        var figures = new BundlePaths("figures");
        var indexes = new Dictionary<string, JsonArray>(StringComparer.Ordinal) { ["tables"] = [], ["figures"] = [] };
        var assetPaths = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var asset in walk.Select(n => n.Value).OfType<Asset>())
        {
            assetPaths.TryAdd(asset.Id, asset);
        }
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var node in walk)
        {
            if (node.Value is not (Table or Figure) || !seen.Add(node.Value) || fragments.AnchorOf(node.Value) is not { } id)
            {
                continue;
            }
            var isTable = node.Value is Table;
            var (number, title) = node.Value switch
            {
                Table t => (t.Number, t.Title),
                Figure f => (f.Number, f.Title),
                _ => (null, null),
            };
            var path = (isTable ? tables : figures).Of(id);
            var clause = node.Ancestors.Select(a => partOf.GetValueOrDefault(a.Value)).FirstOrDefault(p => p is not null);
            var images = new JsonArray();
            if (node.Value is Figure figure)
            {
                foreach (var image in figure.Images)
                {
                    var asset = assetPaths.GetValueOrDefault(image.Asset);
                    images.Add((JsonNode)new JsonObject
                    {
                        ["asset"] = image.Asset,
                        ["path"] = asset?.Path is { } assetPath && files.ContainsKey(assetPath) ? assetPath : null,
                        ["mediaType"] = asset?.MediaType is { Length: > 0 } type ? type : "application/octet-stream",
                    });
                }
            }
            var plainTitle = title is null ? null : InlineText.ToPlain(title);
            files[path] = Json(new JsonObject
            {
                ["id"] = id,
                ["path"] = path,
                ["kind"] = isTable ? "table" : "figure",
                ["number"] = number,
                ["title"] = plainTitle,
                ["clause"] = clause?.Ref(),
                ["pointer"] = node.Pointer,
                ["text"] = string.Join("\n", ModelWalker.Walk(node.Value).SelectMany(n => LinesOf(n.Value)).Where(l => l.Length > 0)),
                ["images"] = images,
                ["block"] = Subtree(node.Pointer),
            });
            indexes[isTable ? "tables" : "figures"].Add((JsonNode)new JsonObject
            {
                ["id"] = id,
                ["path"] = path,
                ["kind"] = isTable ? "table" : "figure",
                ["number"] = number,
                ["title"] = plainTitle,
                ["clause"] = clause?.Ref(),
            });
        }
        foreach (var (kind, items) in indexes)
        {
            if (items.Count > 0)
            {
                files[kind + "/index.json"] = Json(new JsonObject { ["kind"] = kind, ["items"] = items });
            }
        }
    }

    // ---- manifest ---------------------------------------------------------------------------------------------

    private byte[] Manifest(StandardDocument model)
    {
        var metadata = model.Metadata;
        var languages = metadata.Languages.Count > 0 ? metadata.Languages.ToList() : [language];
        var list = new JsonArray();
        foreach (var (path, bytes) in files)
        {
            if (path == "manifest.json")
            {
                continue;
            }
            var entry = new JsonObject
            {
                ["path"] = path,
                ["size"] = bytes.LongLength,
                ["mediaType"] = MediaTypeOf(path),
                ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            };
            if (SchemaOf(path) is { } schema)
            {
                entry["schema"] = schema;
            }
            list.Add((JsonNode)entry);
        }
        var manifest = new JsonObject
        {
            ["bundleVersion"] = FormatVersion,
            ["identifier"] = metadata.Identifier,
            ["version"] = VersionOf(metadata),
            ["stage"] = metadata.Stage,
            ["publicationDate"] = metadata.PublicationDate,
            ["titles"] = new JsonArray(metadata.Titles.Select(t =>
            {
                var json = new JsonObject { ["language"] = t.Language };
                if (t.Intro is { } intro)
                {
                    json["intro"] = intro;
                }
                json["main"] = t.Main;
                if (t.Part is { } part)
                {
                    json["part"] = part;
                }
                json["text"] = string.Join(" — ", new[] { t.Intro, t.Main, t.Part }.Where(s => !string.IsNullOrEmpty(s)));
                return (JsonNode)json;
            }).ToArray()),
            ["languages"] = new JsonArray(languages.Select(l => (JsonNode)JsonValue.Create(l)).ToArray()),
            ["generator"] = new JsonObject { ["name"] = "mrs", ["version"] = GeneratorVersion },
            ["schemaVersions"] = new JsonObject { ["clauseModel"] = model.SchemaVersion, ["bundle"] = FormatVersion },
            ["entryPoints"] = new JsonObject
            {
                ["openapi"] = "openapi.json",
                ["document"] = "document.json",
                ["clauses"] = "clauses/index.json",
                ["terms"] = "terms.json",
                ["provisions"] = "provisions.json",
                ["references"] = "references.json",
            },
            ["files"] = list,
        };
        return Json(manifest);
    }

    /// <summary>The edition: the year in the identifier ("GB/T 28181—2022" → "2022"), else the publication date.</summary>
    private static string? VersionOf(Metadata metadata)
    {
        if (metadata.Identifier is { } identifier)
        {
            var match = System.Text.RegularExpressions.Regex.Match(identifier, @"[—:–-]\s*((?:19|20)\d\d)\b");
            if (match.Success)
            {
                return match.Groups[1].Value;
            }
        }
        return metadata.PublicationDate;
    }

    /// <summary>The schema a file of the bundle follows, as a path in the bundle (the meta-schema's URI for the schemas).</summary>
    public static string? SchemaOf(string path) => path switch
    {
        "manifest.json" => "schemas/bundle-manifest.schema.json",
        "document.json" => "schemas/clause-model.schema.json",
        "terms.json" => "schemas/bundle-terms.schema.json",
        "provisions.json" => "schemas/bundle-provisions.schema.json",
        "references.json" => "schemas/bundle-references.schema.json",
        _ when path.EndsWith("/index.json", StringComparison.Ordinal) => "schemas/bundle-index.schema.json",
        _ when path.StartsWith("clauses/", StringComparison.Ordinal) => "schemas/bundle-clause.schema.json",
        _ when path.StartsWith("terms/", StringComparison.Ordinal) => "schemas/bundle-term.schema.json",
        _ when path.StartsWith("tables/", StringComparison.Ordinal)
            || path.StartsWith("figures/", StringComparison.Ordinal) => "schemas/bundle-block.schema.json",
        _ when path.StartsWith("schemas/", StringComparison.Ordinal) => "https://json-schema.org/draft/2020-12/schema",
        _ => null,
    };

    public static string MediaTypeOf(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        _ when path == "openapi.json" => "application/vnd.oai.openapi+json;version=3.1",
        _ when path.StartsWith("schemas/", StringComparison.Ordinal) => "application/schema+json",
        ".json" => "application/json",
        ".tbx" => "application/x-tbx+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".svg" => "image/svg+xml",
        ".webp" => "image/webp",
        ".bmp" => "image/bmp",
        ".avif" => "image/avif",
        ".tif" or ".tiff" => "image/tiff",
        ".emf" => "image/emf",
        ".wmf" => "image/wmf",
        _ => "application/octet-stream",
    };

    // ---- JSON -------------------------------------------------------------------------------------------------

    /// <summary>A part of document.json by its JSON pointer, as a node of its own (an empty array when the model has nothing there).</summary>
    private JsonNode Subtree(string pointer)
    {
        var element = tree;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/").Replace("~0", "~");
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child))
            {
                element = child;
            }
            else if (element.ValueKind == JsonValueKind.Array && int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                && i < element.GetArrayLength())
            {
                element = element[i];
            }
            else
            {
                return new JsonArray();
            }
        }
        return JsonNode.Parse(element.GetRawText(), null, DocumentOptions)!;
    }

    /// <summary>A node as the bundle's JSON text: the model's style (two-space indentation, LF, characters as themselves), UTF-8.</summary>
    internal static byte[] Json(JsonNode node)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { MaxDepth = 1024 }))
        {
            node.WriteTo(writer); // no reflection (native AOT)
        }
        using var parsed = JsonDocument.Parse(buffer.WrittenMemory, DocumentOptions);
        return Utf8(ModelWriter.JsonTreeToJson(parsed.RootElement));
    }

    internal static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}

/// <summary>A term entry as the TBX file needs it: its id, the entry, each designation with its language and status, its clause's id.</summary>
internal sealed record BundleTerm(string Id, TermEntry Entry, IReadOnlyList<(Designation Designation, string Language, string Status)> Designations,
    string? Clause);
