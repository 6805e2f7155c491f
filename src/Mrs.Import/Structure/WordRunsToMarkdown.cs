using System.Text;
using Mrs.Import.Docx.Equations;
using Mrs.Import.Docx.Word;
using Mrs.Text;

namespace Mrs.Import.Structure;

/// <summary>What inline conversion needs from the rest of the import: footnote ids and bookmark registration.</summary>
public interface IInlineContext
{
    /// <summary>The model footnote id for a Word note reference (e.g. "fn-3").</summary>
    string FootnoteId(WordNoteReference reference);

    /// <summary>Called for each bookmark met in the text.</summary>
    void Bookmark(string name);

    /// <summary>A bookmark set on a footnote reference (NOTEREF fields point at it): references to it are references to that footnote.</summary>
    void FootnoteBookmark(string name, string footnoteId);
}

/// <summary>
/// Word runs to the model's inline Markdown: formatting (**, *, ++, ~~, ~, ^, `code`), line breaks, tabs, links
/// (external, and to bookmarks as "#bm:NAME" until the cross-reference pass resolves them), footnote references,
/// inline math ($…$) and field results as shown.
/// </summary>
public static class WordRunsToMarkdown
{
    public const string BookmarkPrefix = "#bm:";

    /// <summary>
    /// An empty REF field: "#bm-number:" (\n, \r, \w: the paragraph number), "#bm-text:" (the bookmarked text), "#bm-page:" (PAGEREF).
    /// </summary>
    private static string EmptyReferencePrefix(WordField field)
    {
        if (field.Kind == "PAGEREF")
        {
            return "#bm-page:";
        }
        if (field.Kind == "NOTEREF")
        {
            return "#bm-number:";
        }
        var switches = field.Instruction.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Where(w => w.StartsWith('\\')).Select(w => w.TrimStart('\\').ToLowerInvariant());
        return switches.Any(w => w is "n" or "r" or "w") ? "#bm-number:" : "#bm-text:";
    }

    /// <summary>
    /// An equation as inline maths: its LaTeX between dollars, or nothing when it has no content. The LaTeX holds no
    /// unescaped $ and no white space at either end, so that the dollars open and close the maths as Markdown reads them.
    /// </summary>
    public static string Math(WordMath math)
    {
        var latex = OmmlToLatex.Convert(math.Omml);
        return latex.Length == 0 ? "" : "$" + latex + "$";
    }

    public static string Convert(IReadOnlyList<WordInline> inlines, IInlineContext context)
    {
        var reader = new Reader(context);
        reader.Write(inlines, inLink: false);
        return Render(reader.pieces);
    }

    /// <summary>Text in one look, or Markdown made already (links, footnote references, maths, breaks).</summary>
    private sealed record Piece(string Text, RunFormat Format, bool Markdown);

    /// <summary>
    /// The pieces as Markdown. Each run of formatted text is written between its own markers, as Word's runs are; where
    /// CommonMark would not read those markers (runs that share a look side by side, ***a****.b*), the looks are
    /// nested instead, one marker opened or closed at each change of look, as pandoc writes them (***a**.b*). Either
    /// way the text must read back as it is written: <see cref="Reads"/> compares its plain text with that of the
    /// pieces written without any look.
    /// </summary>
    private static string Render(IReadOnlyList<Piece> pieces)
    {
        var flat = new MarkdownBuilder(MarkdownBuilder.Looks.Flat).Write(pieces);
        if (!pieces.Any(p => !p.Markdown && p.Format is not (RunFormat.None or RunFormat.Code)))
        {
            return flat;
        }
        var plain = InlineText.ToPlain(new MarkdownBuilder(MarkdownBuilder.Looks.None).Write(pieces));
        if (InlineText.ToPlain(flat) == plain)
        {
            return flat;
        }
        var nested = new MarkdownBuilder(MarkdownBuilder.Looks.Nested).Write(pieces);
        return InlineText.ToPlain(nested) == plain ? nested : flat;
    }

    /// <summary>Reads Word's inlines into pieces, telling the import of the bookmarks and footnotes it meets (once).</summary>
    private sealed class Reader(IInlineContext context, RunFormat mask = (RunFormat)~0)
    {
        public readonly List<Piece> pieces = [];
        /// <summary>Bookmarks met since the last text: one set right before a footnote reference marks that footnote.</summary>
        private readonly List<string> openBookmarks = [];
        /// <summary>After a footnote mark: ISO types the closing parenthesis of "1)" as text of its own, part of the mark.</summary>
        private bool afterNoteMark;

        public void Write(IEnumerable<WordInline> inlines, bool inLink)
        {
            foreach (var inline in inlines)
            {
                if (spaceOwed && WordText.Plain([inline]) is { Length: > 0 } next)
                {
                    // the equation ended with a space (Word shows it): the maths cannot keep it, the text after it does,
                    // as the space between words (not before a closing mark: "$t_{90}$, for")
                    spaceOwed = false;
                    if (!char.IsWhiteSpace(next[0]) && !ClosingMarks.Contains(next[0]))
                    {
                        Add(" ", RunFormat.None);
                    }
                }
                var markBefore = afterNoteMark;
                afterNoteMark = false;
                switch (inline)
                {
                    case WordText t when markBefore && t.Text.StartsWith(')') && (t.Format & RunFormat.Superscript) != 0:
                        // "1)": the parenthesis belongs to the footnote mark, which the model holds once, as the reference
                        if (t.Text.Length > 1)
                        {
                            Write([t with { Text = t.Text[1..] }], inLink);
                        }
                        break;
                    case WordText t when t.Text.Length > 0:
                        openBookmarks.Clear();
                        Add(t.Text, t.Format & mask);
                        break;
                    case WordTab:
                        Add("\t", RunFormat.None);
                        break;
                    case WordBreak:
                        AddMarkdown("\\\n");
                        break;
                    case WordNoteReference n:
                        var noteId = context.FootnoteId(n);
                        foreach (var name in openBookmarks)
                        {
                            context.FootnoteBookmark(name, noteId);
                        }
                        openBookmarks.Clear();
                        AddMarkdown("[^" + noteId + "]");
                        afterNoteMark = true;
                        break;
                    case WordBookmark b:
                        context.Bookmark(b.Name);
                        openBookmarks.Add(b.Name);
                        break;
                    case WordHyperlink h:
                        WriteLink(h.Content, h.Anchor is { Length: > 0 } a ? BookmarkPrefix + a : h.Url, inLink);
                        break;
                    case WordField f when f.Target is { } target && f.Kind is "REF" or "PAGEREF" or "NOTEREF":
                        if (!inLink && f.Dirty && WordText.Plain(f.Result).Trim().Length == 0)
                        {
                            // Never updated (Word fills it when it opens the document): the cross-reference pass
                            // writes the target's number or text, as Word would; a page number has no place in the model.
                            AddMarkdown("[](" + EmptyReferencePrefix(f) + MarkdownText.Destination(target) + ")");
                            break;
                        }
                        WriteLink(f.Result, BookmarkPrefix + target, inLink);
                        afterNoteMark = f.Kind == "NOTEREF"; // the mark of a footnote, "3)", shown again
                        break;
                    case WordField f:
                        Write(f.Result, inLink);
                        break;
                    case WordMath m when !m.Display:
                        WriteMath(m);
                        break;
                }
            }
        }

        private bool spaceOwed;

        private void WriteMath(WordMath m)
        {
            var math = Math(m);
            if (math.Length == 0)
            {
                return;
            }
            if (OmmlToLatex.StartsWithSpace(m.Omml) && LastCharacter() is { } last && !char.IsWhiteSpace(last) && !OpeningMarks.Contains(last))
            {
                Add(" ", RunFormat.None);
            }
            AddMarkdown(math);
            spaceOwed = OmmlToLatex.EndsWithSpace(m.Omml);
        }

        private char? LastCharacter() => pieces.Count > 0 ? pieces[^1].Text[^1] : null;

        /// <summary>The schemes a link of the model may have; any other (javascript:, vbscript:, data:, file: …) is unsafe to follow.</summary>
        private static readonly HashSet<string> SafeSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "ftp", "ftps", "tel",
            "urn", "doi" };

        /// <summary>
        /// True for a destination without a scheme (a bookmark, a relative address) or with a safe one. Control
        /// characters and white space are ignored first, as browsers ignore them ("java&#9;script:").
        /// </summary>
        internal static bool IsSafeDestination(string destination)
        {
            var cleaned = new string(destination.Where(c => c > ' ' && c != '\u007f').ToArray());
            var colon = cleaned.IndexOf(':');
            if (colon <= 0)
            {
                return true;
            }
            var scheme = cleaned[..colon];
            if (!char.IsAsciiLetter(scheme[0]) || !scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return true; // "./a:b" or "#x:y": a colon after a path character is not a scheme
            }
            return SafeSchemes.Contains(scheme);
        }

        private void WriteLink(IReadOnlyList<WordInline> content, string? destination, bool inLink)
        {
            if (inLink || string.IsNullOrEmpty(destination) || !IsSafeDestination(destination))
            {
                // No link, or one a reader must not follow (javascript:, data:, file: …): its text stays, as text.
                Write(content, inLink);
                return;
            }
            // Links are underlined by their look; that underline is not part of the text.
            var inner = new Reader(context, mask & ~RunFormat.Underline);
            inner.Write(content, inLink: true);
            var text = Render(inner.pieces);
            if (text.Length == 0)
            {
                return;
            }
            // "[^…" would read as a footnote reference: a link that is all superscript is written inside the markers.
            var superscript = text.Length > 2 && text[0] == '^' && text[^1] == '^' && text.IndexOf('^', 1) == text.Length - 1;
            if (superscript)
            {
                text = text[1..^1];
            }
            else if (text[0] == '^')
            {
                text = "\u200b" + text;
            }
            var link = "[" + text + "](" + MarkdownText.Destination(destination) + ")";
            AddMarkdown(superscript ? "^" + link + "^" : link);
        }

        /// <summary>Text in one look; runs in the same look join.</summary>
        private void Add(string text, RunFormat format)
        {
            if (pieces.Count > 0 && pieces[^1] is { Markdown: false } last && last.Format == format)
            {
                pieces[^1] = last with { Text = last.Text + text };
                return;
            }
            pieces.Add(new Piece(text, format, Markdown: false));
        }

        /// <summary>Markdown written as it is: a link, a footnote reference, maths, a line break.</summary>
        private void AddMarkdown(string markdown) => pieces.Add(new Piece(markdown, RunFormat.None, Markdown: true));
    }

    private const string ClosingMarks = ",.;:!?)]}»”’、，。；：！？）」』】〕";
    private const string OpeningMarks = "([{«“‘（「『【〔";

    /// <summary>Writes pieces as Markdown, with their looks in markers per run (flat), nested, or without looks.</summary>
    private sealed class MarkdownBuilder(MarkdownBuilder.Looks looks)
    {
        public enum Looks
        {
            /// <summary>Each run between its own markers.</summary>
            Flat,
            /// <summary>One marker opened or closed at each change of look.</summary>
            Nested,
            /// <summary>No looks (code spans stay): the text as it must read.</summary>
            None,
        }

        private readonly StringBuilder output = new();
        /// <summary>Nested: the looks open, in the order they were opened.</summary>
        private readonly List<RunFormat> open = [];
        /// <summary>Nested: white space owed, written after the markers that close before it.</summary>
        private string space = "";

        public string Write(IReadOnlyList<Piece> pieces)
        {
            for (var i = 0; i < pieces.Count; i++)
            {
                var piece = pieces[i];
                if (piece.Markdown)
                {
                    CloseAll();
                    Emit(piece.Text);
                }
                else if (looks == Looks.Nested)
                {
                    WriteNested(piece.Text, piece.Format, flag => Span(pieces, i, flag));
                }
                else
                {
                    WriteFlat(piece.Text, looks == Looks.None ? piece.Format & RunFormat.Code : piece.Format);
                }
            }
            CloseAll();
            Settle(null);
            // Trailing line breaks and white space carry no meaning.
            var s = output.ToString();
            while (s.EndsWith("\\\n", StringComparison.Ordinal))
            {
                s = s[..^2];
            }
            return s.Trim(' ', '\t', '\n', '\u3000');
        }

        private bool AtLineStart => output.Length == 0 || output[^1] == '\n';

        private void WriteFlat(string text, RunFormat format)
        {
            if (format == RunFormat.None || text.Trim().Length == 0)
            {
                Emit(MarkdownText.Escape(text, AtLineStart));
                return;
            }
            // Keep surrounding white space outside the markers, so that emphasis stays valid CommonMark.
            var core = text.Trim();
            var lead = text[..text.IndexOf(core, StringComparison.Ordinal)];
            var trail = text[(lead.Length + core.Length)..];
            Emit(MarkdownText.Escape(lead, AtLineStart));
            if ((format & RunFormat.Code) != 0)
            {
                Emit(CodeSpan(core));
            }
            else
            {
                var (opening, closing) = Markers(format);
                held = new Emphasis(output.Length, opening, core, closing, AtLineStart);
                output.Append(opening).Append(MarkdownText.Escape(core, atLineStart: false)).Append(closing);
            }
            Emit(MarkdownText.Escape(trail, atLineStart: false));
        }

        /// <summary>How many pieces from <paramref name="start"/> on keep a look (white space between them aside).</summary>
        private static int Span(IReadOnlyList<Piece> pieces, int start, RunFormat flag)
        {
            var n = 0;
            for (var i = start; i < pieces.Count && !pieces[i].Markdown; i++)
            {
                if ((pieces[i].Format & flag) != 0)
                {
                    n++;
                }
                else if (pieces[i].Text.Trim().Length > 0)
                {
                    break;
                }
            }
            return n;
        }

        /// <summary>Opens the looks that last longest first, so that they close last (***a**.b*, not ***a****.b*).</summary>
        private void WriteNested(string text, RunFormat format, Func<RunFormat, int> span)
        {
            var core = text.Trim();
            if (core.Length == 0)
            {
                space += text; // white space takes the look around it
                return;
            }
            var lead = text[..text.IndexOf(core, StringComparison.Ordinal)];
            var trail = text[(lead.Length + core.Length)..];
            if ((format & RunFormat.Code) != 0)
            {
                CloseAll();
                Emit(MarkdownText.Escape(lead, AtLineStart));
                Emit(CodeSpan(core));
                space = trail;
                return;
            }
            var keep = 0;
            while (keep < open.Count && (format & open[keep]) != 0)
            {
                keep++;
            }
            Close(keep);
            Emit(MarkdownText.Escape(space + lead, AtLineStart));
            space = "";
            foreach (var (flag, marker) in MarkerTable.OrderByDescending(m => span(m.Flag)))
            {
                if ((format & flag) != 0 && !open.Contains(flag))
                {
                    output.Append(marker);
                    open.Add(flag);
                }
            }
            output.Append(MarkdownText.Escape(core, atLineStart: false));
            space = trail;
        }

        private void CloseAll()
        {
            Close(0);
            if (space.Length > 0)
            {
                output.Append(MarkdownText.Escape(space, AtLineStart));
                space = "";
            }
        }

        /// <summary>Closes the open looks down to the first <paramref name="keep"/>.</summary>
        private void Close(int keep)
        {
            for (var i = open.Count - 1; i >= keep; i--)
            {
                output.Append(MarkerTable.First(m => m.Flag == open[i]).Marker);
                open.RemoveAt(i);
            }
        }

        private static string CodeSpan(string core)
        {
            var fence = core.Contains('`') ? "``" : "`";
            var pad = core.StartsWith('`') || core.EndsWith('`') ? " " : "";
            return fence + pad + core + pad + fence;
        }

        /// <summary>Formatted text just written, whose closing markers are judged by the character that follows them.</summary>
        private Emphasis? held;

        private sealed record Emphasis(int Start, string Open, string Core, string Close, bool AtLineStart);

        /// <summary>Appends Markdown, after settling the formatted text written just before it.</summary>
        private void Emit(string markdown)
        {
            if (markdown.Length == 0)
            {
                return;
            }
            Settle(markdown[0]);
            output.Append(markdown);
        }

        /// <summary>
        /// Markers open and close only where CommonMark's flanking rules let them (a bold colon after a word, **:**, stays
        /// two asterisks and a colon otherwise). Where they would not, the punctuation at the ends of the formatted text
        /// goes outside the markers, and where that is not enough, the text is written without them: its words are kept,
        /// only the look of a punctuation mark can go.
        /// </summary>
        private void Settle(char? next)
        {
            if (held is not { } h)
            {
                return;
            }
            held = null;
            var prefix = output.ToString(0, h.Start);
            var after = next?.ToString() ?? "";
            var written = output.ToString(h.Start, output.Length - h.Start);
            if (Reads(prefix, written, after, h.Core))
            {
                return;
            }
            // the punctuation at the ends outside the markers; failing that, the text without them
            var replacement = MarkdownText.Escape(h.Core, h.AtLineStart);
            var inner = h.Core.Trim(PunctuationChars);
            if (inner.Length > 0)
            {
                var before = h.Core[..h.Core.IndexOf(inner, StringComparison.Ordinal)];
                var behind = h.Core[(before.Length + inner.Length)..];
                var moved = MarkdownText.Escape(before, h.AtLineStart) + h.Open + MarkdownText.Escape(inner, atLineStart: false) + h.Close
                    + MarkdownText.Escape(behind, atLineStart: false);
                if (Reads(prefix, moved, after, h.Core))
                {
                    replacement = moved;
                }
            }
            output.Length = h.Start;
            output.Append(replacement);
        }

        /// <summary>Whether the markers in <paramref name="written"/> open and close: it reads as its core does, no marker left as text.</summary>
        private static bool Reads(string prefix, string written, string after, string core)
        {
            if (char.IsLetterOrDigit(core[0]) && char.IsLetterOrDigit(core[^1]) && !EndsWithMarker(prefix)
                && (after.Length == 0 || !MarkerChars.Contains(after[0])))
            {
                return true; // markers against letters or digits always open and close
            }
            return InlineText.ToPlain(prefix + written + after) == InlineText.ToPlain(prefix + MarkdownText.Escape(core, atLineStart: false) + after);
        }

        private static bool EndsWithMarker(string text) => text.Length > 0 && MarkerChars.Contains(text[^1]);

        private static readonly char[] MarkerChars = ['*', '_', '~', '^', '+'];

        private static readonly char[] PunctuationChars = [.. ClosingMarks, .. OpeningMarks, '-', '–', '—', '/', '\\', '\'', '"', '*', '#', '%', '&',
            '@', '·', '…'];

        private static readonly (RunFormat Flag, string Marker)[] MarkerTable =
        [
            (RunFormat.Bold, "**"),
            (RunFormat.Italic, "*"),
            (RunFormat.Underline, "++"),
            (RunFormat.Strike, "~~"),
            (RunFormat.Subscript, "~"),
            (RunFormat.Superscript, "^"),
        ];

        private static (string Open, string Close) Markers(RunFormat format)
        {
            var flags = MarkerTable.Where(m => (format & m.Flag) != 0).Select(m => m.Marker).ToList();
            return (string.Concat(flags), string.Concat(Enumerable.Reverse(flags)));
        }
    }
}
