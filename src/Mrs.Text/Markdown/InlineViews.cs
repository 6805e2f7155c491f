using System.Text;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Mrs.Text;

/// <summary>The readings of one parse (see <see cref="ParsedInline"/>), made in one walk over its inlines.</summary>
internal sealed record InlineViews(string Plain, string Unlinked, string Prose, IReadOnlyList<InlineLink> Links, IReadOnlyList<string> Math)
{
    public static InlineViews Literal(string text) => new(text, text, text, [], []);

    public static InlineViews Read(MarkdownDocument document)
    {
        var walker = new Walker();
        var first = true;
        foreach (var block in document)
        {
            if (block is not LeafBlock { Inline: { } inline })
            {
                continue;
            }
            if (!first)
            {
                walker.Text("\n\n");
            }
            first = false;
            walker.Children(inline);
        }
        return new InlineViews(walker.Plain.ToString(), walker.Unlinked.ToString(), walker.Prose.ToString(),
            (IReadOnlyList<InlineLink>?)walker.Links ?? [], (IReadOnlyList<string>?)walker.Maths ?? []);
    }

    private sealed class Walker
    {
        public readonly StringBuilder Plain = new();
        public readonly StringBuilder Unlinked = new();
        public readonly StringBuilder Prose = new();
        public List<InlineLink>? Links;
        public List<string>? Maths;
        /// <summary>Inside a link: <see cref="Unlinked"/> has the link's space already.</summary>
        private bool inLink;

        public void Text(ReadOnlySpan<char> text)
        {
            Plain.Append(text);
            if (!inLink)
            {
                Unlinked.Append(text);
            }
            Prose.Append(text);
        }

        /// <summary>Text that is not prose (code): as itself in the plain readings, one opaque character in prose.</summary>
        private void Opaque(ReadOnlySpan<char> text)
        {
            Plain.Append(text);
            if (!inLink)
            {
                Unlinked.Append(text);
            }
            Prose.Append(InlineText.Opaque);
        }

        public void Children(ContainerInline container)
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                Inline(inline);
            }
        }

        private void Inline(Inline inline)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Text(literal.Content.AsSpan());
                    break;
                case FootnoteReference reference:
                    (Links ??= []).Add(new InlineLink(InlineLinkKind.Footnote, reference.Id, ""));
                    break;
                case LinkInline { IsImage: true } image:
                    Children(image);
                    break;
                case LinkInline link:
                    Link(link);
                    break;
                case AutolinkInline autolink:
                    (Links ??= []).Add(new InlineLink(InlineLinkKind.Hyperlink, autolink.Url, autolink.Url));
                    Plain.Append(autolink.Url);
                    if (!inLink)
                    {
                        Unlinked.Append(' ');
                    }
                    Prose.Append(InlineText.Opaque);
                    break;
                case CodeInline code:
                    Opaque(code.ContentSpan);
                    break;
                case MathInline math:
                    var latex = math.Content.ToString();
                    (Maths ??= []).Add(latex);
                    var dollars = new string(math.Delimiter, math.DelimiterCount);
                    Text(dollars + latex + dollars);
                    break;
                case LineBreakInline lineBreak:
                    Plain.Append('\n');
                    if (!inLink)
                    {
                        Unlinked.Append('\n');
                    }
                    Prose.Append(lineBreak.IsHard ? ' ' : '\n');
                    break;
                case HtmlEntityInline entity:
                    Text(entity.Transcoded.AsSpan());
                    break;
                case HtmlInline html:
                    Text(html.Tag);
                    break;
                case DelimiterInline delimiter:
                    // a "[" that opened no link: its text, then what followed it
                    Text(delimiter.ToLiteral());
                    Children(delimiter);
                    break;
                case ContainerInline container:
                    Children(container);
                    break;
            }
        }

        private void Link(LinkInline link)
        {
            if (!inLink)
            {
                Unlinked.Append(' ');
            }
            var outer = inLink;
            inLink = true;
            var start = Plain.Length;
            var at = Links?.Count ?? 0;
            Children(link);
            inLink = outer;
            var url = link.Url ?? "";
            var kind = url.StartsWith('#') ? InlineLinkKind.CrossReference : InlineLinkKind.Hyperlink;
            // before what its text holds (a footnote reference), in document order
            (Links ??= []).Insert(at,
                new InlineLink(kind, kind == InlineLinkKind.CrossReference ? url[1..] : url, Plain.ToString(start, Plain.Length - start)));
        }
    }
}
