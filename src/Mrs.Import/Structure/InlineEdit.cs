using Mrs.Import.Docx.Word;

namespace Mrs.Import.Structure;

/// <summary>Edits on Word inlines before they become Markdown: dropping a typed label from the start of a paragraph.</summary>
internal static class InlineEdit
{
    /// <summary>
    /// Removes the first <paramref name="count"/> characters of visible text (as <see cref="WordText.Plain"/> counts them),
    /// then any white space after them. Bookmarks and other zero-width inlines before the cut are kept.
    /// </summary>
    public static IReadOnlyList<WordInline> DropPrefix(IReadOnlyList<WordInline> inlines, int count)
    {
        var result = new List<WordInline>(inlines.Count);
        var remaining = count;
        var trimming = true;
        foreach (var inline in inlines)
        {
            if (!trimming)
            {
                result.Add(inline);
                continue;
            }
            switch (inline)
            {
                case WordText t:
                    var text = t.Text;
                    if (remaining > 0)
                    {
                        var cut = Math.Min(remaining, text.Length);
                        remaining -= cut;
                        text = text[cut..];
                    }
                    if (remaining == 0)
                    {
                        text = text.TrimStart(' ', '\u00a0', '\u3000', '\t', '\u2002', '\u2003', '\u2009');
                        if (text.Length > 0)
                        {
                            trimming = false;
                            result.Add(t with { Text = text });
                        }
                    }
                    break;
                case WordTab or WordBreak:
                    if (remaining > 0)
                    {
                        remaining--;
                    }
                    break;
                case WordHyperlink h when remaining > 0:
                    var inner = DropPrefix(h.Content, remaining);
                    remaining = Math.Max(0, remaining - WordText.Plain(h.Content).Length);
                    if (inner.Count > 0)
                    {
                        result.Add(h with { Content = inner });
                        trimming = remaining > 0;
                    }
                    break;
                case WordField f when remaining > 0:
                    var result2 = DropPrefix(f.Result, remaining);
                    remaining = Math.Max(0, remaining - WordText.Plain(f.Result).Length);
                    if (result2.Count > 0)
                    {
                        result.Add(f with { Result = result2 });
                        trimming = remaining > 0;
                    }
                    break;
                default:
                    result.Add(inline);
                    if (inline is not WordBookmark && remaining == 0)
                    {
                        trimming = false;
                    }
                    break;
            }
        }
        return result;
    }

    /// <summary>
    /// The inlines of the first <paramref name="count"/> characters of visible text (as <see cref="WordText.Plain"/>
    /// counts them), with their formatting; null when the cut falls in or after an inline that is not plain text
    /// (hyperlink, field, math …), for the caller to fall back to plain text.
    /// </summary>
    public static IReadOnlyList<WordInline>? TakePrefix(IReadOnlyList<WordInline> inlines, int count)
    {
        var result = new List<WordInline>();
        var remaining = count;
        foreach (var inline in inlines)
        {
            if (remaining == 0)
            {
                break;
            }
            switch (inline)
            {
                case WordText t:
                    var cut = Math.Min(remaining, t.Text.Length);
                    result.Add(t with { Text = t.Text[..cut] });
                    remaining -= cut;
                    break;
                case WordTab or WordBreak:
                    result.Add(inline);
                    remaining--;
                    break;
                case WordBookmark:
                    break;
                default:
                    return null;
            }
        }
        return remaining == 0 ? result : null;
    }

    /// <summary>Number of characters before the first visible non-blank one (tabs and spaces a label is typed after).</summary>
    public static int LeadingBlank(string plain) => plain.Length - plain.TrimStart().Length;
}
