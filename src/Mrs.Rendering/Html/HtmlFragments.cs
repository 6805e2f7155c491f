using Mrs.Model;
using Mrs.Rendering.Html.Renderers;
using Mrs.Rendering.Writers;

namespace Mrs.Rendering.Html;

/// <summary>
/// The web edition cut into pieces: the HTML of each heading-level container (front section, clause, annex,
/// bibliography, index) on its own — its heading, blocks, references and term entries, not its subclauses — written
/// by the same renderers, with the same ids, as <see cref="HtmlEdition"/>. The API bundle puts each piece into its
/// clause's file. Links stay in-page ("#clause-5.2"): the ids are the bundle's ids, so a reader finds the target's
/// file through clauses/index.json. Pictures go to an assets/ folder (<see cref="Assets"/>), as with
/// <see cref="AssetMode.Folder"/>.
/// </summary>
public sealed class HtmlFragments
{
    private readonly Dictionary<object, string> fragments = new(ReferenceEqualityComparer.Instance);
    private readonly RenderContext context;

    private HtmlFragments(RenderContext context) => this.context = context;

    /// <summary>The document's language tag, as the web edition's &lt;html lang&gt;.</summary>
    public string Language => context.Language;

    /// <summary>The pictures the pieces show: name in assets/ → bytes, in name order.</summary>
    public IReadOnlyDictionary<string, byte[]> Assets => context.Pictures.Files;

    /// <summary>Renders every heading-level container of the document once, in document order.</summary>
    public static HtmlFragments Render(StandardDocument document, WriterOptions options)
    {
        var language = HtmlEdition.LanguageOf(document);
        var theme = Theme.For(options.Theme, document, language.Split('-')[0].ToLowerInvariant())
            ?? throw new ArgumentException($"unknown theme '{options.Theme}' (choose from {string.Join(", ", Theme.Names)})", nameof(options));
        var pictures = new PictureSource(document, options with { Assets = AssetMode.Folder });
        var result = new HtmlFragments(new RenderContext(document, theme, language, pictures));
        foreach (var node in ModelWalker.Walk(document))
        {
            if (node.Value is Section or Clause or Annex or Bibliography && !result.fragments.ContainsKey(node.Value))
            {
                var level = 2 + node.Ancestors.Count(a => a.Value is Section or Clause or Annex);
                var markup = new Markup(4096);
                ClauseRenderer.Write(result.context, markup, node, Math.Min(level, 9), subclauses: false);
                result.fragments[node.Value] = markup.ToString();
            }
        }
        return result;
    }

    /// <summary>The HTML of a container's own content; null for anything else.</summary>
    public string? Of(object container) => fragments.GetValueOrDefault(container);

    /// <summary>The id (HTML anchor) of a model object in the web edition; null for one that has none.</summary>
    public string? AnchorOf(object value) => context.Anchors.Of(value);
}
