using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Mrs.Text;

/// <summary>
/// The Markdig pipeline for the clause model's inline Markdown (the dialect of clause-model.schema.json): CommonMark
/// inlines with *emphasis*, **strong**, ~sub~, ^sup^, ~~strike~~, ++underline++ (emphasis extras, CJK-friendly so that
/// **“应”**用 is strong), $inline math$, [^id] footnote references, [text](#id) cross-references and [text](url) links.
/// Raw HTML is literal text, bare URLs are not links, and there are no blocks but paragraphs: a field is inline text,
/// so "# ", "- ", "1. " or "> " at a line start are the characters they are.
/// </summary>
public static class InlineDialect
{
    /// <summary>The pipeline; thread-safe, shared by every parse.</summary>
    public static MarkdownPipeline Pipeline { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough | EmphasisExtraOptions.Subscript | EmphasisExtraOptions.Superscript | EmphasisExtraOptions.Inserted)
            .UseCjkFriendlyEmphasis()
            .UseMathematics()
            .DisableHtml();
        // Last, so that it sees the parsers the other extensions add.
        builder.Extensions.Add(new InlineOnlyExtension());
        return builder.Build();
    }

    /// <summary>Keeps paragraphs as the only blocks, and reads [^id] as a footnote reference.</summary>
    private sealed class InlineOnlyExtension : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline)
        {
            pipeline.BlockParsers.RemoveAll(p => p is not ParagraphBlockParser);
            pipeline.BlockParsers.Find<ParagraphBlockParser>()!.ParseSetextHeadings = false;
            if (!pipeline.InlineParsers.Contains<FootnoteReferenceParser>())
            {
                pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new FootnoteReferenceParser());
            }
        }

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
            if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<FootnoteReferenceRenderer>())
            {
                html.ObjectRenderers.Add(new FootnoteReferenceRenderer());
            }
        }
    }
}

/// <summary>
/// A footnote reference, [^id]: the footnote's text is elsewhere in the model (its footnotes), so the reference stands
/// on its own, unlike Markdig's footnotes, which need a definition in the same text.
/// </summary>
public sealed class FootnoteReference : LeafInline
{
    public required string Id { get; init; }
}

/// <summary>Reads "[^" id "]", the id without white space or brackets.</summary>
internal sealed class FootnoteReferenceParser : InlineParser
{
    public FootnoteReferenceParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekCharExtra(1) != '^')
        {
            return false;
        }
        var start = slice.Start;
        var end = start + 2;
        var text = slice.Text;
        while (end <= slice.End && text[end] is not (']' or '[') && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }
        if (end > slice.End || text[end] != ']' || end == start + 2)
        {
            return false;
        }
        processor.Inline = new FootnoteReference
        {
            Id = text[(start + 2)..end],
            Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end)),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }
}

/// <summary>A footnote reference in HTML: a superscript link to the footnote, which the renderer numbers.</summary>
internal sealed class FootnoteReferenceRenderer : HtmlObjectRenderer<FootnoteReference>
{
    protected override void Write(HtmlRenderer renderer, FootnoteReference reference)
    {
        renderer.Write("<sup class=\"footnote-ref\"><a href=\"#").WriteEscapeUrl(reference.Id).Write("\">")
            .WriteEscape(reference.Id).Write("</a></sup>");
    }
}
