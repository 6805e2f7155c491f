using System.Text;
using Mrs.Text;

namespace Mrs.Import.Structure;

/// <summary>
/// Writes document text as the model's inline Markdown: every character that Markdown (with mrs's extensions) would
/// read as markup is escaped, so that a literal *, [, &lt; or $ in Word stays literal text. <see cref="WordRunsToMarkdown"/>
/// writes Word's runs with it; <see cref="InlineText"/> reads what they write.
/// </summary>
public static class MarkdownText
{
    /// <summary>Characters escaped wherever they stand.</summary>
    private const string AlwaysEscaped = "\\`*_[]<>~^$&|";

    public static string Escape(string text, bool atLineStart)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lineStart = (i == 0 && atLineStart) || (i > 0 && text[i - 1] == '\n');
            if (AlwaysEscaped.Contains(c)
                || c == '+' && (i + 1 < text.Length && text[i + 1] == '+' || i > 0 && text[i - 1] == '+')
                || c == '=' && (i + 1 < text.Length && text[i + 1] == '=' || i > 0 && text[i - 1] == '=')
                || c == '!' && i + 1 < text.Length && text[i + 1] == '['
                || lineStart && c is '#' or '-' or '+' or '=' or ':')
            {
                sb.Append('\\');
            }
            else if (lineStart && OrderedListMarker(text, i) is var j and > 0)
            {
                // "1. text" or "1) text" at a line start would become an ordered list.
                sb.Append(text, i, j - i).Append('\\').Append(text[j]);
                i = j;
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Escapes plain text for a Markdown field only where a character would otherwise be read as markup, for text that
    /// is one whole field (a title, a designation): a lone "$", an "_" inside a word ("S100_Purpose"), a "[" without
    /// a "]" after it, stay as written. Pairs that could form markup (two "$", "~" or "^", a "[…]", "`…`"), "*", an
    /// "_" at a word boundary, a backslash before punctuation, "&lt;" before a tag, an entity, and a line start that
    /// would open a block are escaped.
    /// </summary>
    public static string EscapeWhereNeeded(string text)
    {
        var sb = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            var escape = c switch
            {
                '\\' => char.IsAsciiLetterOrDigit(after) is false && !char.IsWhiteSpace(after) || i + 1 == text.Length,
                '*' => true,
                '_' => !char.IsLetterOrDigit(before) || !char.IsLetterOrDigit(after),
                '$' or '~' or '^' or '`' => text.IndexOf(c, i + 1) >= 0 || (c == '~' && after == '~'),
                '[' => text.IndexOf(']', i + 1) >= 0,
                ']' => text.LastIndexOf('[', System.Math.Max(0, i - 1)) >= 0 && i > 0,
                '<' => char.IsAsciiLetter(after) || after is '/' or '!' or '?',
                '&' => after == '#' || char.IsAsciiLetter(after) && text.IndexOf(';', i + 1) is var semi && semi > i
                    && text[(i + 1)..semi].All(char.IsAsciiLetterOrDigit),
                '!' => after == '[',
                '+' or '=' => after == c || before == c,
                _ => false,
            };
            if (!escape && i == 0)
            {
                escape = c is '#' or '-' or '+' or '=' or '>' or ':' || c == '|' && text.IndexOf('|', 1) > 0;
                if (!escape && OrderedListMarker(text, i) is var j and > 0)
                {
                    sb.Append(text, i, j - i).Append('\\').Append(text[j]);
                    i = j;
                    continue;
                }
            }
            if (escape)
            {
                sb.Append('\\');
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Where "1." or "1)" starting at <paramref name="i"/> would open an ordered list: the index of its '.' or ')', else -1.</summary>
    private static int OrderedListMarker(string text, int i)
    {
        var j = i;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            j++;
        }
        return j > i && j < text.Length && text[j] is '.' or ')' && (j + 1 == text.Length || text[j + 1] is ' ' or '\t') ? j : -1;
    }

    /// <summary>The plain text of inline Markdown (for checks and excerpts), as <see cref="InlineText.ToPlain"/> reads it.</summary>
    public static string Plain(string markdown) => InlineText.ToPlain(markdown);

    /// <summary>A link destination: spaces, parentheses and angle brackets percent-encoded.</summary>
    public static string Destination(string url)
    {
        var sb = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            sb.Append(c switch
            {
                ' ' => "%20",
                '(' => "%28",
                ')' => "%29",
                '<' => "%3C",
                '>' => "%3E",
                '\\' => "%5C",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
