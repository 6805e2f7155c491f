using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Mathematics;
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
/// **“应”**用 is strong), $inline math$ (CJK-friendly too: 为$E=mc^2$；is maths), [^id] footnote references, [text](#id) cross-references and [text](url)
/// links.
/// Raw HTML is literal text, bare URLs are not links, and there are no blocks but paragraphs: a field is inline text,
/// so "# ", "- ", "1. " or "> " at a line start are the characters they are. A sub- or superscript without white space
/// reads as pandoc reads it, whatever stands beside it (10^-7^, SensorML^\[20\]^, T~ADV~): CommonMark's flanking rules,
/// made for emphasis, would leave the carets of 10^-7^ as text, and no other spelling of that superscript exists.
/// </summary>
public static class InlineDialect
{
    /// <summary>The pipeline; thread-safe, shared by every parse.</summary>
    public static MarkdownPipeline Pipeline { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough | EmphasisExtraOptions.Subscript | EmphasisExtraOptions.Superscript
                | EmphasisExtraOptions.Inserted)
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
            pipeline.InlineParsers.Replace<MathInlineParser>(new CjkMathInlineParser());
            if (!pipeline.InlineParsers.Contains<FootnoteReferenceParser>())
            {
                pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new FootnoteReferenceParser());
            }
            if (!pipeline.InlineParsers.Contains<ScriptInlineParser>())
            {
                pipeline.InlineParsers.InsertBefore<EmphasisInlineParser>(new ScriptInlineParser());
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

/// <summary>
/// $math$ and $$math$$ by Markdig's rules (the dollars flank the maths like emphasis delimiters: "$5 and $10" is no
/// maths, nor is "m$a$b"; a digit may not follow the closing dollars; \$ inside is no delimiter), except that a
/// Chinese, Japanese or Korean character next to the outer side of a dollar counts as punctuation, not as a letter of
/// the same word: those scripts put no spaces between words, so 显示为$E=mc^2$；is maths, as the importer writes it.
/// </summary>
internal sealed class CjkMathInlineParser : InlineParser
{
    public CjkMathInlineParser()
    {
        OpeningCharacters = ['$'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var before = slice.PeekCharExtra(-1);
        if (before == '$')
        {
            return false;
        }
        var dollars = slice.PeekCharExtra(1) == '$' ? 2 : 1;
        var contentStart = start + dollars;
        if (contentStart > slice.End || !Flanking(before, text[contentStart]).CanOpen)
        {
            return false;
        }
        var i = contentStart;
        while (i <= slice.End)
        {
            var c = text[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }
            if (c != '$')
            {
                i++;
                continue;
            }
            var run = 1;
            while (i + run <= slice.End && text[i + run] == '$')
            {
                run++;
            }
            if (run < dollars)
            {
                i += run;
                continue;
            }
            // the first run of enough dollars closes; more than opened stay inside the maths, as in Markdig
            var after = i + run <= slice.End ? text[i + run] : '\0';
            if (!Flanking(text[i - 1], after).CanClose || char.IsAsciiDigit(after) || i == contentStart)
            {
                return false;
            }
            var end = i + run - dollars; // exclusive end of the content
            var math = new MathInline
            {
                Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(i + run - 1)),
                Line = line,
                Column = column,
                Delimiter = '$',
                DelimiterCount = dollars,
                Content = new StringSlice(text, contentStart, end - 1),
            };
            math.GetAttributes().AddClass("math");
            processor.Inline = math;
            slice.Start = i + run;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a delimiter between <paramref name="before"/> and <paramref name="after"/> may open or close (CommonMark's rules for "_").
    /// </summary>
    private static (bool CanOpen, bool CanClose) Flanking(char before, char after)
    {
        var left = !Space(after) && (!Punctuation(after) || Space(before) || Punctuation(before));
        var right = !Space(before) && (!Punctuation(before) || Space(after) || Punctuation(after));
        return (left && (!right || Punctuation(before)), right && (!left || Punctuation(after)));
    }

    private static bool Space(char c) => c == '\0' || char.IsWhiteSpace(c);

    private static bool Punctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c) || Cjk(c);

    /// <summary>Han, kana, Hangul, CJK punctuation and full-width forms (and the surrogates of the Han extensions).</summary>
    private static bool Cjk(char c) => c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uD840' and <= '\uD8BF')
        or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFFEF');
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

/// <summary>
/// Reads ^text^ and ~text~ as pandoc does: the text holds no white space and no other markup (backslash escapes
/// aside), and the markers need no flanking. Anything else is left to the emphasis parser, as before.
/// </summary>
internal sealed class ScriptInlineParser : InlineParser
{
    private const string Markup = "*_~^[]`$<&\\";

    public ScriptInlineParser()
    {
        OpeningCharacters = ['^', '~'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var marker = slice.CurrentChar;
        var text = slice.Text;
        var start = slice.Start;
        if (slice.PeekCharExtra(1) == marker || (start > 0 && text[start - 1] == marker))
        {
            return false; // ~~strike~~, or a longer run of markers: the emphasis parser's
        }
        var content = new System.Text.StringBuilder();
        var end = start + 1;
        for (; end <= slice.End; end++)
        {
            var c = text[end];
            if (c == marker)
            {
                break;
            }
            if (c == '\\' && end < slice.End && Escapable(text[end + 1]))
            {
                content.Append(text[++end]);
                continue;
            }
            if (char.IsWhiteSpace(c) || Markup.Contains(c) || (c == '+' && end < slice.End && text[end + 1] == '+'))
            {
                return false;
            }
            content.Append(c);
        }
        if (end > slice.End || content.Length == 0 || (end < slice.End && text[end + 1] == marker))
        {
            return false;
        }
        var emphasis = new EmphasisInline
        {
            DelimiterChar = marker,
            DelimiterCount = 1,
            Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end)),
            Line = line,
            Column = column,
            IsClosed = true,
        };
        emphasis.AppendChild(new LiteralInline(content.ToString()));
        processor.Inline = emphasis;
        slice.Start = end + 1;
        return true;
    }

    /// <summary>What a backslash escapes in CommonMark: ASCII punctuation.</summary>
    private static bool Escapable(char c) => c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c));
}
