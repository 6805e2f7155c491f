using System.Globalization;
using Mrs.Model;
using Mrs.Text;
using Mrs.Text.Language;

namespace Mrs.Rendering.Html;

/// <summary>
/// What the renderers of one document share: its language and labels, the theme, the ids, the terms, the footnotes, the pictures and the page's own
/// style rules.
/// </summary>
internal sealed class RenderContext
{
    private readonly Dictionary<string, Footnote> footnotes = new(StringComparer.Ordinal);
    private readonly Dictionary<Footnote, int> referenceCounts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<TermEntry, string> definitionIds = new(ReferenceEqualityComparer.Instance);
    private readonly SortedSet<string> columnWidths = new(StringComparer.Ordinal);

    public RenderContext(StandardDocument document, Theme theme, string language, PictureSource pictures)
    {
        Document = document;
        Theme = theme;
        Language = language;
        Labels = Labels.For(language);
        IsChinese = LanguageDetector.IsChinese(language);
        Pictures = pictures;
        Anchors = new Anchors(document);
        var terms = new List<TermEntry>();
        foreach (var node in ModelWalker.Walk(document))
        {
            switch (node.Value)
            {
                case Footnote footnote when footnote.Id.Length > 0:
                    footnotes.TryAdd(footnote.Id, footnote);
                    break;
                case TermEntry term:
                    terms.Add(term);
                    break;
                case ReferenceEntry reference when reference.Identifier is { Length: > 0 } identifier && Anchors.Of(reference) is { } target:
                    References.TryAdd(identifier, target);
                    break;
            }
        }
        Terms = new TermLinker(terms);
        Inline = new InlineRenderer(this);
    }

    public StandardDocument Document { get; }

    public Theme Theme { get; }

    /// <summary>The document's language tag, as on &lt;html lang&gt;.</summary>
    public string Language { get; }

    public bool IsChinese { get; }

    public Labels Labels { get; }

    public Anchors Anchors { get; }

    public TermLinker Terms { get; }

    public InlineRenderer Inline { get; }

    public PictureSource Pictures { get; }

    /// <summary>The ids of the reference entries, by the identifier of the document they list ("GB/T 20000.1—2014").</summary>
    public Dictionary<string, string> References { get; } = new(StringComparer.Ordinal);

    /// <summary>The entries of the page's search index, in document order.</summary>
    public List<SearchEntry> Search { get; } = [];

    /// <summary>The footnote (of the document or of a table) with that id; null when none.</summary>
    public Footnote? Footnote(string id) => footnotes.GetValueOrDefault(id);

    /// <summary>A reference to a footnote: where it goes, the mark to show, and the id of this reference (for the way back).</summary>
    public (string Target, string Mark, string Back) FootnoteReference(Footnote footnote)
    {
        var count = referenceCounts.GetValueOrDefault(footnote) + 1;
        referenceCounts[footnote] = count;
        var target = Anchors.Of(footnote)!;
        var back = count == 1 ? BackId(footnote) : Anchors.Make($"mrs-fnref-{target}-{count.ToString(CultureInfo.InvariantCulture)}");
        return (target, footnote.Mark ?? footnote.Id, back);
    }

    private readonly Dictionary<Footnote, string> backIds = new(ReferenceEqualityComparer.Instance);

    /// <summary>The id of the first reference to a footnote (its way back); null when nothing refers to it.</summary>
    public string? FirstReference(Footnote footnote) => referenceCounts.ContainsKey(footnote) ? BackId(footnote) : null;

    private string BackId(Footnote footnote)
    {
        if (!backIds.TryGetValue(footnote, out var id))
        {
            backIds[footnote] = id = Anchors.Make("mrs-fnref-" + Anchors.Of(footnote));
        }
        return id;
    }

    /// <summary>The id of a term entry's definition, which uses of the term are described by.</summary>
    public string DefinitionId(TermEntry entry)
    {
        if (!definitionIds.TryGetValue(entry, out var id))
        {
            definitionIds[entry] = id = Anchors.Make("mrs-def-" + (Anchors.Of(entry) ?? "term"));
        }
        return id;
    }

    /// <summary>The class of a table column of that share of the width (percent), with its rule added to the page's style.</summary>
    public string ColumnClass(double percent)
    {
        var tenths = (int)Math.Round(Math.Clamp(percent, 0, 100) * 10);
        var name = "mrs-w" + tenths.ToString(CultureInfo.InvariantCulture);
        columnWidths.Add(name);
        return name;
    }

    /// <summary>The page's own style rules (column widths), in a fixed order.</summary>
    public string GeneratedStyles()
    {
        var css = new System.Text.StringBuilder();
        foreach (var name in columnWidths)
        {
            var tenths = int.Parse(name.AsSpan(5), CultureInfo.InvariantCulture);
            css.Append('.').Append(name).Append("{width:").Append((tenths / 10.0).ToString("0.#", CultureInfo.InvariantCulture)).Append("%}\n");
        }
        return css.ToString();
    }

    /// <summary>
    /// The lang attribute for text of another script than the document's: "en" for Latin-only text in a Chinese document, the document's language for
    /// Chinese text in another; null when it matches.
    /// </summary>
    public string? LangOf(string text)
    {
        if (IsChinese)
        {
            return !Script.HasHan(text) && text.Any(char.IsAsciiLetter) ? "en" : null;
        }
        return Script.IsMostlyHan(text) ? "zh" : null;
    }

    /// <summary>The lang of a text whose language the model says; null when it is the document's.</summary>
    public string? LangAttribute(string? tag) =>
        tag is null || string.Equals(tag, Language, StringComparison.OrdinalIgnoreCase)
            || tag.Split('-')[0].Equals(Language.Split('-')[0], StringComparison.OrdinalIgnoreCase)
            ? null
            : tag;

    /// <summary>The plain text of inline Markdown.</summary>
    public static string Plain(string? markdown) => markdown is null ? "" : InlineText.ToPlain(markdown);
}

/// <summary>An entry of the page's search index: what it is, its number or label, its text, its id.</summary>
internal sealed record SearchEntry(string Kind, string Label, string Text, string Id);
