using System.Buffers;
using System.Runtime.CompilerServices;
using Markdig;
using Markdig.Syntax;

namespace Mrs.Text;

/// <summary>
/// Reads the inline Markdown of the clause model with Markdig (<see cref="InlineDialect"/>): one parse gives the plain
/// text, the links and footnote references, the maths and the HTML. The readers below cache what they read per text
/// (by reference, for as long as the text lives) and skip the parser for text without any markup character, which
/// is most of a document.
/// </summary>
public static class InlineText
{
    /// <summary>Stands for material that is not prose in <see cref="ParsedInline.Prose"/>: a code span or an autolink.</summary>
    public const char Opaque = '\uFFFC';

    /// <summary>The characters that can start markup in the dialect; text without them (and not padded) reads as itself.</summary>
    private static readonly SearchValues<char> MarkupCharacters = SearchValues.Create("\\`*_~^+$[<&\n\r");

    private static readonly ConditionalWeakTable<string, InlineViews> Cache = new();

    /// <summary>Parses <paramref name="markdown"/>; the result keeps the syntax tree, for <see cref="ParsedInline.ToHtml"/>.</summary>
    public static ParsedInline Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, InlineDialect.Pipeline);
        return new ParsedInline(markdown, InlineViews.Read(document), document);
    }

    /// <summary>The plain text (<see cref="ParsedInline.Plain"/>), or with each link as one space (<see cref="ParsedInline.Unlinked"/>).</summary>
    public static string ToPlain(string markdown, bool keepLinkText = true)
    {
        var views = Views(markdown);
        return keepLinkText ? views.Plain : views.Unlinked;
    }

    /// <summary>The text as prose (<see cref="ParsedInline.Prose"/>), for sentence splitting and verbal forms.</summary>
    public static string ToProse(string markdown) => Views(markdown).Prose;

    /// <summary>Cross-references, hyperlinks and footnote references in document order.</summary>
    public static IReadOnlyList<InlineLink> Links(string markdown) => Views(markdown).Links;

    /// <summary>The text as HTML inlines (paragraphs of a multi-paragraph text as &lt;p&gt;).</summary>
    public static string ToHtml(string markdown) => Parse(markdown).ToHtml();

    /// <summary>True when the text holds no character that could be markup: it reads as itself.</summary>
    public static bool IsLiteral(string markdown) =>
        markdown.AsSpan().IndexOfAny(MarkupCharacters) < 0
        && (markdown.Length == 0 || markdown[0] is not (' ' or '\t') && markdown[^1] is not (' ' or '\t'));

    private static InlineViews Views(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (IsLiteral(markdown))
        {
            return InlineViews.Literal(markdown);
        }
        return Cache.GetValue(markdown, static m => InlineViews.Read(Markdown.Parse(m, InlineDialect.Pipeline)));
    }
}

/// <summary>What a text says, read once: <see cref="InlineText.Parse"/>.</summary>
public sealed class ParsedInline
{
    private readonly InlineViews views;
    private readonly MarkdownDocument document;

    internal ParsedInline(string source, InlineViews views, MarkdownDocument document)
    {
        Source = source;
        this.views = views;
        this.document = document;
    }

    /// <summary>The Markdown as given.</summary>
    public string Source { get; }

    /// <summary>
    /// The text as a reader sees it: markers and escapes gone, entities decoded, links as their text, footnote references
    /// gone, maths as written between its dollars, code as its content, a line break as "\n", paragraphs apart by a
    /// blank line.
    /// </summary>
    public string Plain => views.Plain;

    /// <summary>As <see cref="Plain"/>, with each link (cross-reference or hyperlink) as one space.</summary>
    public string Unlinked => views.Unlinked;

    /// <summary>
    /// As <see cref="Plain"/>, for reading sentences: a code span or an autolink is one <see cref="InlineText.Opaque"/>
    /// (so that nothing inside it reads as a word or a sentence end) and a hard line break is a space.
    /// </summary>
    public string Prose => views.Prose;

    /// <summary>Cross-references, hyperlinks and footnote references in document order.</summary>
    public IReadOnlyList<InlineLink> Links => views.Links;

    /// <summary>The LaTeX of each inline maths span, in order.</summary>
    public IReadOnlyList<string> Math => views.Math;

    /// <summary>Markdig's syntax tree of the text (paragraphs of inlines), for writers that render the inlines themselves.</summary>
    public MarkdownDocument Syntax => document;

    /// <summary>The text as HTML, from the same parse.</summary>
    public string ToHtml()
    {
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        InlineDialect.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}

/// <summary>What a link in inline text is.</summary>
public enum InlineLinkKind
{
    /// <summary>[text](#id): to an element of the document.</summary>
    CrossReference,
    /// <summary>[text](url), &lt;url&gt;: to somewhere else.</summary>
    Hyperlink,
    /// <summary>[^id]: to a footnote of the document.</summary>
    Footnote,
}

/// <summary>A link or footnote reference found in inline text.</summary>
/// <param name="Target">The id after '#' (cross-references), the footnote id, or the URL (hyperlinks).</param>
/// <param name="Text">The link's plain text; empty for a footnote reference.</param>
public readonly record struct InlineLink(InlineLinkKind Kind, string Target, string Text)
{
    public bool Footnote => Kind == InlineLinkKind.Footnote;

    /// <summary>A cross-reference or a footnote reference: its target is an id in the document.</summary>
    public bool Internal => Kind != InlineLinkKind.Hyperlink;
}
