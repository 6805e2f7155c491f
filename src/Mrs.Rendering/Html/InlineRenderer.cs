using System.Text;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Mrs.Model;
using Mrs.Text;

namespace Mrs.Rendering.Html;

/// <summary>How a piece of inline text is written.</summary>
[Flags]
internal enum InlineMode
{
    /// <summary>Running text: links, footnote references and uses of defined terms become links.</summary>
    Flow = 0,

    /// <summary>No uses of terms linked (headings, captions, references, designations).</summary>
    NoTermLinks = 1,

    /// <summary>No links at all (inside a heading with its permalink, inside a link): their text only.</summary>
    NoLinks = 2 | NoTermLinks,
}

/// <summary>
/// A stretch of the text's plain characters [Start, End) to wrap in a span of <see cref="Classes"/> (a sentence that makes a provision).
/// </summary>
internal readonly record struct Segment(int Start, int End, string Classes, string Kinds);

/// <summary>
/// Writes the model's inline Markdown as HTML from Markdig's syntax tree (read by <see cref="InlineText"/>), inline by
/// inline: every text escaped; raw HTML is text (the dialect disables it); a link goes somewhere only when it is a
/// cross-reference to an id of the document or an http, https or mailto URL, else it is its text; a picture is its
/// text (no request leaves the page); footnote references link to their footnotes; uses of defined terms link to
/// their entries. It counts the plain characters it writes, the same way for measuring (<see cref="Plain"/>) and for
/// writing, so that sentences found in the plain text can be wrapped where they stand.
/// </summary>
internal sealed class InlineRenderer(RenderContext context)
{
    /// <summary>The plain text as this renderer counts it (links as their text, footnote references as nothing).</summary>
    public string Plain(string markdown)
    {
        if (InlineText.IsLiteral(markdown))
        {
            return markdown;
        }
        var run = new Run(context, null, InlineMode.NoLinks, null, null);
        run.Document(Syntax(markdown));
        return run.PlainText!.ToString();
    }

    // The last text parsed and its tree: a paragraph with provisions is measured (Plain) and then written from one parse.
    private string? lastText;
    private Markdig.Syntax.MarkdownDocument? lastSyntax;

    private Markdig.Syntax.MarkdownDocument Syntax(string markdown)
    {
        if (!ReferenceEquals(markdown, lastText) || lastSyntax is null)
        {
            lastSyntax = InlineText.Parse(markdown).Syntax;
            lastText = markdown;
        }
        return lastSyntax;
    }

    /// <summary>
    /// Writes <paramref name="markdown"/>; <paramref name="segments"/> (ordered, not overlapping) are wrapped in spans where the inlines allow.
    /// </summary>
    public void Write(Markup markup, string? markdown, InlineMode mode = InlineMode.Flow, IReadOnlyList<Segment>? segments = null,
        TermEntry? self = null)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return;
        }
        var run = new Run(context, markup, mode, segments, self);
        if (InlineText.IsLiteral(markdown))
        {
            run.Literal(markdown);
        }
        else
        {
            run.Document(Syntax(markdown));
        }
        run.Finish();
    }

    private sealed class Run(RenderContext context, Markup? markup, InlineMode mode, IReadOnlyList<Segment>? segments, TermEntry? self)
    {
        public readonly StringBuilder? PlainText = markup is null ? new StringBuilder() : null;
        private int offset;
        private int depth;
        private int linkDepth;
        private int segment;
        private bool open;

        private bool Measuring => markup is null;

        public void Document(MarkdownDocument document)
        {
            var first = true;
            foreach (var block in document)
            {
                if (block is not LeafBlock { Inline: { } inline })
                {
                    continue;
                }
                if (!first)
                {
                    Boundary();
                    markup?.Raw("<br>");
                    Count("\n\n");
                }
                first = false;
                Children(inline);
            }
        }

        public void Finish()
        {
            if (open)
            {
                markup!.Raw("</span>");
                open = false;
            }
        }

        private void Children(ContainerInline container)
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                Inline(inline);
            }
        }

        private void Count(ReadOnlySpan<char> text)
        {
            offset += text.Length;
            PlainText?.Append(text);
        }

        /// <summary>Opens or closes the span of a segment where the plain text has come to (only between top-level inlines).</summary>
        private void Boundary()
        {
            if (segments is null || depth > 0 || Measuring)
            {
                return;
            }
            while (true)
            {
                if (open && offset >= segments[segment].End)
                {
                    markup!.Raw("</span>");
                    open = false;
                    segment++;
                    continue;
                }
                if (!open && segment < segments.Count && offset >= segments[segment].Start)
                {
                    if (offset >= segments[segment].End)
                    {
                        segment++; // passed inside a nested inline: not wrapped
                        continue;
                    }
                    var s = segments[segment];
                    markup!.Raw("<span").Attr("class", s.Classes).Attr("data-provision", s.Kinds).Raw('>');
                    open = true;
                }
                return;
            }
        }

        /// <summary>The next place in a literal where a segment opens or closes, or -1.</summary>
        private int NextCut()
        {
            if (segments is null || depth > 0 || Measuring || segment >= segments.Count)
            {
                return -1;
            }
            return open ? segments[segment].End : segments[segment].Start;
        }

        public void Literal(ReadOnlySpan<char> text)
        {
            while (text.Length > 0)
            {
                Boundary();
                var cut = NextCut();
                var take = cut > offset && cut < offset + text.Length ? cut - offset : text.Length;
                Words(text[..take]);
                text = text[take..];
            }
            Boundary();
        }

        /// <summary>Text, with the uses of defined terms as links in running text.</summary>
        private void Words(ReadOnlySpan<char> text)
        {
            if (markup is null)
            {
                Count(text);
                return;
            }
            var terms = context.Terms;
            if ((mode & InlineMode.NoTermLinks) != 0 || linkDepth > 0 || terms.IsEmpty)
            {
                markup.Text(text);
                Count(text);
                return;
            }
            var at = 0;
            var from = 0;
            while (terms.Next(text, from, self) is var (index, length, entry))
            {
                from = index + length;
                if (context.Anchors.Of(entry) is not { } target)
                {
                    continue; // an entry without an id: its use stays text, and the search goes on after it
                }
                markup.Text(text[at..index]);
                var definition = entry.Definition is null ? null : context.DefinitionId(entry);
                markup.Raw("<a class=\"term-use\"").Attr("href", "#" + target).Attr("aria-describedby", definition).Raw('>')
                    .Text(text.Slice(index, length)).Raw("</a>");
                at = index + length;
            }
            markup.Text(text[at..]);
            Count(text);
        }

        private void Inline(Inline inline)
        {
            if (depth == 0 && inline is not LiteralInline)
            {
                Boundary();
            }
            switch (inline)
            {
                case LiteralInline literal:
                    Literal(literal.Content.AsSpan());
                    return;
                case HtmlEntityInline entity:
                    Literal(entity.Transcoded.AsSpan());
                    return;
                case HtmlInline html:
                    // the dialect disables raw HTML; should a tag get here, it is text
                    Literal(html.Tag);
                    return;
                case CodeInline code:
                    markup?.Raw("<code>").Text(code.ContentSpan).Raw("</code>");
                    Count(code.ContentSpan);
                    break;
                case MathInline math:
                    Math(math);
                    break;
                case LineBreakInline lineBreak:
                    markup?.Raw(lineBreak.IsHard ? "<br>" : "\n");
                    Count("\n");
                    break;
                case FootnoteReference reference:
                    Footnote(reference);
                    break;
                case LinkInline { IsImage: true } image:
                    // a picture in text is never fetched: its alternative text stands for it
                    Nested(image, null);
                    break;
                case LinkInline link:
                    Link(link);
                    break;
                case AutolinkInline autolink:
                    Autolink(autolink);
                    break;
                case EmphasisInline emphasis:
                    Nested(emphasis, TagOf(emphasis));
                    break;
                case DelimiterInline delimiter:
                    Literal(delimiter.ToLiteral());
                    Children(delimiter);
                    return;
                case ContainerInline container:
                    Children(container);
                    return;
            }
            if (depth == 0)
            {
                Boundary();
            }
        }

        private static string? TagOf(EmphasisInline emphasis) => (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
        {
            ('*' or '_', 1) => "em",
            ('*' or '_', _) => "strong",
            ('~', 1) => "sub",
            ('~', _) => "del",
            ('^', _) => "sup",
            ('+', _) => "ins",
            ('=', _) => "mark",
            _ => null,
        };

        private void Nested(ContainerInline container, string? tag)
        {
            if (tag is not null)
            {
                markup?.Raw('<').Raw(tag).Raw('>');
            }
            depth++;
            Children(container);
            depth--;
            if (tag is not null)
            {
                markup?.Raw("</").Raw(tag).Raw('>');
            }
        }

        private void Link(LinkInline link)
        {
            var url = link.Url ?? "";
            if (url.StartsWith('#'))
            {
                var target = (mode & InlineMode.NoLinks) == InlineMode.NoLinks || linkDepth > 0 ? null : context.Anchors.Target(url[1..]);
                if (target is null)
                {
                    Nested(link, null);
                    return;
                }
                markup?.Raw("<a class=\"xref\"").Attr("href", "#" + target).Raw('>');
                linkDepth++;
                Nested(link, null);
                linkDepth--;
                markup?.Raw("</a>");
                return;
            }
            Hyperlink(url, () => Nested(link, null));
        }

        /// <summary>
        /// A link out of the document: only http, https and mailto URLs; anything else (javascript:, data:, file paths) is its text.
        /// </summary>
        private void Hyperlink(string url, Action text)
        {
            var safe = (mode & InlineMode.NoLinks) != InlineMode.NoLinks && linkDepth == 0 ? UrlPolicy.SafeUrl(url) : null;
            if (safe is null)
            {
                text();
                return;
            }
            markup?.Raw("<a class=\"external\" rel=\"external noopener noreferrer\"").Attr("href", safe).Raw('>');
            linkDepth++;
            text();
            linkDepth--;
            markup?.Raw("</a>");
        }

        /// <summary>
        /// An autolink to a URL the page may link to is a link (where links are allowed); any other keeps its angle brackets, as written.
        /// </summary>
        private void Autolink(AutolinkInline autolink)
        {
            var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
            var text = UrlPolicy.SafeUrl(url) is not null ? autolink.Url : "<" + autolink.Url + ">"; // the same text measured and written
            Hyperlink(url, () =>
            {
                markup?.Text(text);
                Count(text);
            });
        }

        private void Footnote(FootnoteReference reference)
        {
            var footnote = context.Footnote(reference.Id);
            if (markup is null)
            {
                return;
            }
            if (footnote is null || (mode & InlineMode.NoLinks) == InlineMode.NoLinks || linkDepth > 0)
            {
                // an unknown footnote shows what the text says; in a heading, the mark alone
                markup.Raw("<sup class=\"footnote-mark\">").Text(footnote?.Mark ?? "[^" + reference.Id + "]").Raw("</sup>");
                return;
            }
            var (target, mark, back) = context.FootnoteReference(footnote);
            markup.Raw("<sup class=\"footnote-ref\"><a").Attr("href", "#" + target).Attr("id", back)
                .Attr("aria-label", context.Labels.Format("footnote", ("mark", mark))).Raw('>')
                .Text(mark).Raw("</a></sup>");
        }

        private void Math(MathInline math)
        {
            var latex = math.Content.ToString();
            var dollars = new string(math.Delimiter, math.DelimiterCount);
            if (markup is not null)
            {
                if (LatexToMathMl.Convert(latex, display: false) is { } mathMl)
                {
                    markup.Raw(mathMl);
                }
                else
                {
                    markup.Raw("<span class=\"math-tex\">").Text(latex).Raw("</span>");
                }
            }
            Count(dollars + latex + dollars);
        }
    }
}

/// <summary>Which links out of the document a page may have.</summary>
public static class UrlPolicy
{
    /// <summary>The URL when it is an absolute http, https or mailto URL; null for anything else.</summary>
    public static string? SafeUrl(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 2048 || trimmed.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return null;
        }
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri))
        {
            return null;
        }
        return uri.Scheme is "http" or "https" or "mailto" ? trimmed : null;
    }
}
