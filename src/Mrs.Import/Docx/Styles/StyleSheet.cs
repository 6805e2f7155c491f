using System.Xml.Linq;
using Mrs.Import.Docx.Ooxml;

namespace Mrs.Import.Docx.Styles;

/// <summary>One w:style of word/styles.xml.</summary>
public sealed class WordStyle
{
    /// <summary>w:styleId: what paragraphs reference. Unreliable as a role key (localised, numeric, obfuscated).</summary>
    public required string Id { get; init; }

    /// <summary>w:name/@w:val, falling back to <see cref="Id"/>. Roles are looked up by this, case-insensitively.</summary>
    public required string Name { get; init; }

    /// <summary>w:type: "paragraph" (also when absent), "character", "table" or "numbering".</summary>
    public string Type { get; init; } = "paragraph";

    /// <summary>w:basedOn/@w:val, the parent style id.</summary>
    public string? BasedOn { get; init; }

    /// <summary>w:default="1": the default style of its type.</summary>
    public bool IsDefault { get; init; }

    /// <summary>w:pPr/w:numPr/w:numId defined on this style itself (not inherited); 0 switches numbering off.</summary>
    public int? NumId { get; init; }

    /// <summary>w:pPr/w:numPr/w:ilvl defined on this style itself (not inherited).</summary>
    public int? Ilvl { get; init; }

    /// <summary>w:pPr/w:outlineLvl defined on this style itself (0-based; 9 = body text).</summary>
    public int? OutlineLevel { get; init; }

    /// <summary>The style's raw w:pPr, if any.</summary>
    public XElement? PPr { get; init; }

    /// <summary>The style's raw w:rPr, if any.</summary>
    public XElement? RPr { get; init; }

    /// <summary>The raw w:style element.</summary>
    public XElement? Element { get; init; }

    public bool IsParagraphStyle => Type == "paragraph";

    public override string ToString() => Id == Name ? Id : $"{Id} ({Name})";
}

/// <summary>
/// The styles of word/styles.xml, indexed by id and by name, with basedOn resolution of the properties the importer needs
/// (numbering, outline level). Parsed with System.Xml.Linq, matched by namespace URI.
/// </summary>
public sealed class StyleSheet
{
    /// <summary>How deep a basedOn chain is followed at most (Word itself stops far earlier; this only guards malformed files).</summary>
    private const int MaxChain = 64;

    private readonly Dictionary<string, WordStyle> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordStyle> _byIdIgnoreCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<WordStyle>> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<WordStyle> _styles = [];

    private StyleSheet()
    {
    }

    /// <summary>An empty sheet (no styles.xml).</summary>
    public static StyleSheet Empty { get; } = new();

    /// <summary>All styles in document order.</summary>
    public IReadOnlyList<WordStyle> Styles => _styles;

    /// <summary>The paragraph style marked w:default="1" (normally "Normal"), or null.</summary>
    public WordStyle? DefaultParagraphStyle { get; private set; }

    /// <summary>Parses a w:styles root. Null (no styles part) gives an empty sheet.</summary>
    public static StyleSheet Parse(XElement? stylesRoot)
    {
        if (stylesRoot is null)
        {
            return new StyleSheet();
        }
        var sheet = new StyleSheet();
        foreach (var e in stylesRoot.Elements(W.N("style")))
        {
            var id = W.Attr(e, "styleId");
            if (string.IsNullOrEmpty(id))
            {
                continue;
            }
            var pPr = e.Element(W.N("pPr"));
            var numPr = pPr?.Element(W.N("numPr"));
            var name = W.Val(e, "name");
            var style = new WordStyle
            {
                Id = id,
                Name = string.IsNullOrWhiteSpace(name) ? id : name.Trim(),
                Type = W.Attr(e, "type") is { Length: > 0 } t ? t : "paragraph",
                BasedOn = W.Val(e, "basedOn") is { Length: > 0 } b ? b : null,
                IsDefault = IsTrue(W.Attr(e, "default")),
                NumId = W.IntVal(numPr, "numId"),
                Ilvl = W.IntVal(numPr, "ilvl"),
                OutlineLevel = W.IntVal(pPr, "outlineLvl"),
                PPr = pPr,
                RPr = e.Element(W.N("rPr")),
                Element = e,
            };
            // Word keeps the first definition of a duplicated id.
            if (!sheet._byId.TryAdd(id, style))
            {
                continue;
            }
            sheet._byIdIgnoreCase.TryAdd(id, style);
            sheet._styles.Add(style);
            if (!sheet._byName.TryGetValue(style.Name, out var list))
            {
                sheet._byName[style.Name] = list = [];
            }
            list.Add(style);
            if (style.IsDefault && style.IsParagraphStyle && sheet.DefaultParagraphStyle is null)
            {
                sheet.DefaultParagraphStyle = style;
            }
        }
        return sheet;
    }

    /// <summary>The style with this id (exact match first, then case-insensitive), or null.</summary>
    public WordStyle? Get(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }
        return _byId.TryGetValue(id, out var s) ? s : _byIdIgnoreCase.GetValueOrDefault(id);
    }

    /// <summary>
    /// The style with this name, case-insensitively (surrounding white space ignored). When several styles share the
    /// name, a paragraph style is preferred, then the first in document order.
    /// </summary>
    public WordStyle? FindByName(string name) => FindByName(name, null);

    /// <summary>The style with this name and type ("paragraph", "character", "table", "numbering"); null type = any.</summary>
    public WordStyle? FindByName(string name, string? type)
    {
        if (string.IsNullOrWhiteSpace(name) || !_byName.TryGetValue(name.Trim(), out var list))
        {
            return null;
        }
        if (type is not null)
        {
            return list.FirstOrDefault(s => s.Type == type);
        }
        return list.FirstOrDefault(s => s.IsParagraphStyle) ?? list[0];
    }

    /// <summary>
    /// The style's name; an unknown id gives the id itself; null or empty gives the default paragraph style's name
    /// (a paragraph without w:pStyle is in that style), or "" when there is none.
    /// </summary>
    public string NameOf(string? styleId)
    {
        if (string.IsNullOrEmpty(styleId))
        {
            return DefaultParagraphStyle?.Name ?? "";
        }
        return Get(styleId)?.Name ?? styleId;
    }

    /// <summary>
    /// The ids of the style and its ancestors, nearest first: the style itself, its basedOn, that one's basedOn …
    /// Stops at an unknown id or a cycle. An unknown or null id gives nothing.
    /// </summary>
    public IEnumerable<string> BasedOnChain(string? id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var s = Get(id); s is not null && seen.Count < MaxChain && seen.Add(s.Id); s = Get(s.BasedOn))
        {
            yield return s.Id;
        }
    }

    /// <summary>
    /// The numbering a paragraph style gives, following basedOn: each of numId and ilvl comes from the nearest style in
    /// the chain that defines it (Word inherits the two properties separately). NumId 0 means numbering explicitly off.
    /// </summary>
    public (int? NumId, int? Ilvl) ResolveNumbering(string? styleId)
    {
        int? numId = null;
        int? ilvl = null;
        foreach (var s in Chain(styleId))
        {
            numId ??= s.NumId;
            ilvl ??= s.Ilvl;
            if (numId is not null && ilvl is not null)
            {
                break;
            }
        }
        return (numId, ilvl);
    }

    /// <summary>The outline level (0-based, 9 = body text) the style gives, from the nearest style in the basedOn chain.</summary>
    public int? ResolveOutlineLevel(string? styleId)
    {
        foreach (var s in Chain(styleId))
        {
            if (s.OutlineLevel is { } level)
            {
                return level;
            }
        }
        return null;
    }

    private IEnumerable<WordStyle> Chain(string? id)
    {
        foreach (var chainId in BasedOnChain(id))
        {
            yield return _byId.TryGetValue(chainId, out var s) ? s : _byIdIgnoreCase[chainId];
        }
    }

    private static bool IsTrue(string? v) => v is "1" or "true" or "on";
}
