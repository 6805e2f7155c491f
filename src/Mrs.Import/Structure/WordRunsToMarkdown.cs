using System.Text;
using Mrs.Import.Docx.Equations;
using Mrs.Import.Docx.Word;

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

    /// <summary>An empty REF field: "#bm-number:" (\n, \r, \w: the paragraph number), "#bm-text:" (the bookmarked text), "#bm-page:" (PAGEREF).</summary>
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
        var writer = new Writer(context);
        writer.Write(inlines, inLink: false);
        return writer.Finish();
    }

    private sealed class Writer(IInlineContext context, Docx.Word.RunFormat mask = (Docx.Word.RunFormat)~0)
    {
        private readonly StringBuilder output = new();
        private readonly StringBuilder pending = new();
        private RunFormat pendingFormat;
        /// <summary>Bookmarks met since the last text: one set right before a footnote reference marks that footnote.</summary>
        private readonly List<string> openBookmarks = [];
        /// <summary>After a footnote mark: ISO types the closing parenthesis of "1)" as text of its own, part of the mark.</summary>
        private bool afterNoteMark;

        public string Finish()
        {
            FlushText();
            // Trailing line breaks and white space carry no meaning.
            var s = output.ToString();
            while (s.EndsWith("\\\n", StringComparison.Ordinal))
            {
                s = s[..^2];
            }
            return s.Trim(' ', '\t', '\n', '\u3000');
        }

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
                        AppendPlain(" ");
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
                        var format = t.Format & mask;
                        if (format != pendingFormat)
                        {
                            FlushText();
                            pendingFormat = format;
                        }
                        pending.Append(t.Text);
                        break;
                    case WordTab:
                        AppendPlain("\t");
                        break;
                    case WordBreak:
                        FlushText();
                        output.Append("\\\n");
                        break;
                    case WordNoteReference n:
                        FlushText();
                        var noteId = context.FootnoteId(n);
                        foreach (var name in openBookmarks)
                        {
                            context.FootnoteBookmark(name, noteId);
                        }
                        openBookmarks.Clear();
                        output.Append("[^").Append(noteId).Append(']');
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
                            FlushText();
                            output.Append("[](").Append(EmptyReferencePrefix(f)).Append(MarkdownText.Destination(target)).Append(')');
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
                AppendPlain(" ");
            }
            FlushText();
            output.Append(math);
            spaceOwed = OmmlToLatex.EndsWithSpace(m.Omml);
        }

        private char? LastCharacter() => pending.Length > 0 ? pending[^1] : output.Length > 0 ? output[^1] : null;

        private const string ClosingMarks = ",.;:!?)]}»”’、，。；：！？）」』】〕";
        private const string OpeningMarks = "([{«“‘（「『【〔";

        /// <summary>The schemes a link of the model may have; any other (javascript:, vbscript:, data:, file: …) is unsafe to follow.</summary>
        private static readonly HashSet<string> SafeSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "ftp", "ftps", "tel", "urn", "doi" };

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
            FlushText();
            // Links are underlined by their look; that underline is not part of the text.
            var inner = new Writer(context, mask & ~Docx.Word.RunFormat.Underline);
            inner.Write(content, inLink: true);
            var text = inner.Finish();
            if (text.Length == 0)
            {
                return;
            }
            // "[^…" would read as a footnote reference: a link that is all superscript is written inside the markers.
            var superscript = text.Length > 2 && text[0] == '^' && text[^1] == '^' && text.IndexOf('^', 1) == text.Length - 1;
            if (superscript)
            {
                text = text[1..^1];
                output.Append('^');
            }
            else if (text[0] == '^')
            {
                text = "\u200b" + text;
            }
            output.Append('[').Append(text).Append("](").Append(MarkdownText.Destination(destination)).Append(')');
            if (superscript)
            {
                output.Append('^');
            }
        }

        private void AppendPlain(string text)
        {
            if (pendingFormat != Docx.Word.RunFormat.None)
            {
                FlushText();
                pendingFormat = Docx.Word.RunFormat.None;
            }
            pending.Append(text);
        }

        private void FlushText()
        {
            if (pending.Length == 0)
            {
                return;
            }
            var text = pending.ToString();
            pending.Clear();
            var atLineStart = output.Length == 0 || output[^1] == '\n';
            if (pendingFormat == Docx.Word.RunFormat.None || text.Trim().Length == 0)
            {
                output.Append(MarkdownText.Escape(text, atLineStart));
                return;
            }
            // Keep surrounding white space outside the markers, so that emphasis stays valid CommonMark.
            var core = text.Trim();
            var lead = text[..text.IndexOf(core, StringComparison.Ordinal)];
            var trail = text[(lead.Length + core.Length)..];
            output.Append(MarkdownText.Escape(lead, atLineStart));
            if ((pendingFormat & Docx.Word.RunFormat.Code) != 0)
            {
                var fence = core.Contains('`') ? "``" : "`";
                var pad = core.StartsWith('`') || core.EndsWith('`') ? " " : "";
                output.Append(fence).Append(pad).Append(core).Append(pad).Append(fence);
            }
            else
            {
                var (open, close) = Markers(pendingFormat);
                output.Append(open).Append(MarkdownText.Escape(core, atLineStart: false)).Append(close);
            }
            output.Append(MarkdownText.Escape(trail, atLineStart: false));
        }

        private static (string Open, string Close) Markers(Docx.Word.RunFormat format)
        {
            var open = new StringBuilder();
            var close = new StringBuilder();
            void Add(Docx.Word.RunFormat flag, string marker)
            {
                if ((format & flag) != 0)
                {
                    open.Append(marker);
                    close.Insert(0, marker);
                }
            }
            Add(Docx.Word.RunFormat.Bold, "**");
            Add(Docx.Word.RunFormat.Italic, "*");
            Add(Docx.Word.RunFormat.Underline, "++");
            Add(Docx.Word.RunFormat.Strike, "~~");
            Add(Docx.Word.RunFormat.Subscript, "~");
            Add(Docx.Word.RunFormat.Superscript, "^");
            return (open.ToString(), close.ToString());
        }
    }
}
