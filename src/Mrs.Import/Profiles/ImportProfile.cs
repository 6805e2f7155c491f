using System.Reflection;
using Mrs.Text.Messages;
using YamlDotNet.RepresentationModel;

namespace Mrs.Import.Profiles;

/// <summary>What a paragraph style means in a standard.</summary>
public enum RoleKind
{
    /// <summary>Ordinary text of the current element.</summary>
    Body,
    /// <summary>Not content (running heads, copyright boilerplate of templates).</summary>
    Ignore,
    /// <summary>A cover field; <see cref="StyleRole.Detail"/> names it (identifier, title, titleEn, ics …).</summary>
    Cover,
    /// <summary>A heading of a preliminary element or the table of contents: its text says which (前言, Foreword, 目次 …).</summary>
    SectionTitle,
    TocEntry,
    /// <summary>The title repeated above clause 1 (标准文件_正文标准名称, zzSTDTitle).</summary>
    DocumentTitle,
    /// <summary>A titled clause heading at <see cref="StyleRole.Level"/> (1 = clause, 2 = subclause …).</summary>
    Heading,
    /// <summary>A numbered clause without title (无标题条) at <see cref="StyleRole.Level"/>.</summary>
    Untitled,
    /// <summary>The annex designation ("附录A", "Annex A"), possibly with the obligation and title after line breaks.</summary>
    AnnexDesignation,
    AnnexObligation,
    AnnexTitle,
    /// <summary>A term entry heading (GB: number drawn by the list, preferred term and English equivalent in the text).</summary>
    Term,
    TermNumber,
    TermPreferred,
    TermAdmitted,
    TermDeprecated,
    Definition,
    TermSource,
    Note,
    NoteContinued,
    Example,
    ExampleContent,
    /// <summary>A list item: <see cref="StyleRole.Detail"/> is the marker style (dash, lowerLetter, decimal … or auto), Level its depth.</summary>
    List,
    ListContinue,
    TableTitle,
    TableTitleEn,
    TableText,
    TableNote,
    TableFootnote,
    FigureTitle,
    FigureTitleEn,
    FigureKey,
    /// <summary>A caption that says itself whether it is a table or figure title.</summary>
    Caption,
    Formula,
    FormulaWhere,
    NormativeReference,
    BibliographyTitle,
    BibliographyEntry,
    IndexTitle,
    IndexEntry,
    Code,
    /// <summary>One line of a definition list (ETSI EX/EW: "symbol&lt;tab&gt;meaning").</summary>
    DefinitionItem,
    DefinitionTerm,
    DefinitionText,
}

public sealed record StyleRole(RoleKind Kind, int Level = 0, string? Detail = null)
{
    public static readonly StyleRole Body = new(RoleKind.Body);

    /// <summary>Parses "heading 2", "list dash 1", "cover identifier", "note" ….</summary>
    public static StyleRole Parse(string text)
    {
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            throw new FormatException(Catalog.Get("import.styleMap.emptyRole"));
        }
        var name = string.Concat(parts[0].Split('-').Select(s => char.ToUpperInvariant(s[0]) + s[1..]));
        if (!Enum.TryParse<RoleKind>(name, ignoreCase: false, out var kind))
        {
            throw new FormatException(Catalog.Format("import.styleMap.unknownRole", parts[0]));
        }
        int level = 0;
        string? detail = null;
        foreach (var p in parts.Skip(1))
        {
            if (int.TryParse(p, out var n))
            {
                level = n;
            }
            else
            {
                detail = p;
            }
        }
        return new StyleRole(kind, level, detail);
    }
}

/// <summary>
/// An import profile: a style map from Word style names to roles, with the style names that identify its template
/// family. Profiles are data (YAML files shipped in the tool, or a user's --style-map); the "generic" profile is the
/// base every other profile falls back to.
/// </summary>
public sealed class ImportProfile
{
    public required string Name { get; init; }
    public required string Title { get; init; }
    /// <summary>The validation rule family this profile implies: "gbt" or "iso".</summary>
    public required string Family { get; init; }
    public required string Language { get; init; }
    public required IReadOnlyList<string> Detect { get; init; }
    private readonly Dictionary<string, StyleRole> exact = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IReadOnlyList<string>> words = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, StyleRole Role)> prefixes = [];
    public ImportProfile? Base { get; init; }

    public int StyleCount => exact.Count + prefixes.Count;

    /// <summary>The role of a style name; null when neither this profile nor its base maps it.</summary>
    public StyleRole? RoleOf(string styleName)
    {
        if (exact.TryGetValue(styleName.Trim(), out var role))
        {
            return role;
        }
        foreach (var (prefix, r) in prefixes)
        {
            if (styleName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return r;
            }
        }
        return Base?.RoleOf(styleName);
    }

    public bool Maps(string styleName) => RoleOf(styleName) is not null;

    /// <summary>A word list of the profile (its own words first, then its base's): "annex", "normative", "informative", "monospaceFonts".</summary>
    public IReadOnlyList<string> Words(string list) =>
        (words.TryGetValue(list, out var own) ? own : []).Concat(Base?.Words(list) ?? []).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Reads a profile from YAML text; <paramref name="source"/> names it in errors.</summary>
    public static ImportProfile Parse(string yaml, string source, ImportProfile? @base)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new ImportException(Catalog.Format("import.styleMap.notYaml", source, ex.Start.Line, ex.Start.Column, ex.Message));
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ImportException(Catalog.Format("import.styleMap.notMapping", source));
        }
        string Scalar(string key, string fallback) =>
            root.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s && s.Value is { Length: > 0 } text ? text
                : fallback;

        var profile = new ImportProfile
        {
            Name = Scalar("name", Path.GetFileNameWithoutExtension(source)),
            Title = Scalar("title", Scalar("name", source)),
            Family = Scalar("family", @base?.Family ?? "iso"),
            Language = Scalar("language", @base?.Language ?? "en"),
            Detect = root.Children.TryGetValue(new YamlScalarNode("detect"), out var d) && d is YamlSequenceNode seq
                ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList()
                : [],
            Base = @base,
        };
        if (root.Children.TryGetValue(new YamlScalarNode("words"), out var wordsNode))
        {
            if (wordsNode is not YamlMappingNode lists)
            {
                throw new ImportException(Catalog.Format("import.styleMap.words", source, wordsNode.Start.Line, wordsNode.Start.Column));
            }
            foreach (var (key, value) in lists.Children)
            {
                profile.words[(key as YamlScalarNode)?.Value ?? ""] = value is YamlSequenceNode seqOfWords
                    ? seqOfWords.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList()
                    : throw new ImportException(Catalog.Format("import.styleMap.wordList", source, value.Start.Line, value.Start.Column,
                        (key as YamlScalarNode)?.Value));
            }
        }
        if (root.Children.TryGetValue(new YamlScalarNode("styles"), out var stylesNode))
        {
            if (stylesNode is not YamlMappingNode styles)
            {
                throw new ImportException(Catalog.Format("import.styleMap.styles", source, stylesNode.Start.Line, stylesNode.Start.Column));
            }
            foreach (var (key, value) in styles.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                var roleText = (value as YamlScalarNode)?.Value ?? "";
                StyleRole role;
                try
                {
                    role = StyleRole.Parse(roleText);
                }
                catch (FormatException ex)
                {
                    throw new ImportException(Catalog.Format("import.styleMap.style", source, value.Start.Line, value.Start.Column, name,
                        ex.Message));
                }
                if (name.EndsWith('*'))
                {
                    profile.prefixes.Add((name.TrimEnd('*').TrimEnd(), role));
                }
                else
                {
                    profile.exact[name.Trim()] = role;
                }
            }
        }
        return profile;
    }
}

/// <summary>The profiles shipped inside mrs, and the choice among them.</summary>
public static class Profiles
{
    public static readonly IReadOnlyList<string> Names = ["gbt", "iso", "etsi", "itu", "generic"];

    private static readonly Lazy<ImportProfile> GenericLazy = new(() => ImportProfile.Parse(Resource("generic"), "generic.profile.yaml", null));

    public static ImportProfile Generic => GenericLazy.Value;

    private static readonly Lazy<IReadOnlyDictionary<string, ImportProfile>> AllLazy = new(() =>
        Names.ToDictionary(n => n, n => n == "generic" ? Generic : ImportProfile.Parse(Resource(n), n + ".profile.yaml", Generic)));

    public static ImportProfile Get(string name) =>
        AllLazy.Value.TryGetValue(name, out var p) ? p
            : throw new ImportException(Catalog.Format("import.error.unknownProfile", name, string.Join(", ", Names)));

    /// <summary>Loads a user's style map, layered over the named shipped profile.</summary>
    public static ImportProfile LoadStyleMap(string path, ImportProfile @base)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ImportException(Catalog.Format("import.styleMap.cannotRead", path, ex.Message));
        }
        return ImportProfile.Parse(text, path, @base);
    }

    /// <summary>Picks the profile whose identifying styles the document's paragraphs use most (the generic one when fewer than
    /// two paragraphs use any).</summary>
    public static (ImportProfile Profile, ProfileChoice Reason) Detect(IReadOnlyDictionary<string, int> paragraphsPerStyle)
    {
        ImportProfile? best = null;
        var bestScore = 0;
        foreach (var name in Names.Where(n => n != "generic"))
        {
            var profile = Get(name);
            var detect = profile.Detect.ToHashSet(StringComparer.OrdinalIgnoreCase);
            var score = paragraphsPerStyle.Where(kv => detect.Contains(kv.Key)).Sum(kv => kv.Value);
            if (score > bestScore)
            {
                best = profile;
                bestScore = score;
            }
        }
        return (best is null || bestScore < 2 ? Generic : best, new ProfileChoice(Detected: true, bestScore));
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"profiles/{name}.profile.yaml")
            ?? throw new InvalidOperationException($"profile {name} is missing from the mrs assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
