using System.Text;

namespace Mrs.Validation.Rules;

/// <summary>A cross-reference or footnote mark found in inline Markdown.</summary>
/// <param name="Target">The id after '#' (links) or after '^' (footnotes); the URL for external links.</param>
public readonly record struct InlineLink(string Text, string Target, bool Footnote, bool Internal, int Index);

/// <summary>Reads the inline Markdown of the clause model: links, footnote marks, plain text.</summary>
/// <remarks>A hand-written scanner rather than a regular expression: it runs over every text of the document.</remarks>
public static class InlineText
{
    /// <summary>Links and footnote marks in document order.</summary>
    public static IReadOnlyList<InlineLink> Links(string text)
    {
        if (text.IndexOf('[', StringComparison.Ordinal) < 0)
        {
            return [];
        }
        var found = new List<InlineLink>();
        var i = 0;
        while (Next(text, ref i, out var link, out _))
        {
            found.Add(link);
        }
        return found;
    }

    /// <summary>Plain text: links become their text (or vanish), footnote marks vanish, emphasis marks and escapes go.</summary>
    public static string ToPlain(string text, bool keepLinkText)
    {
        if (text.AsSpan().IndexOfAny("[\\*_~^+$`") < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        var i = 0;
        var copied = 0;
        while (Next(text, ref i, out var link, out var start))
        {
            AppendPlain(sb, text.AsSpan(copied, start - copied));
            if (!link.Footnote)
            {
                if (keepLinkText)
                {
                    AppendPlain(sb, link.Text);
                }
                else
                {
                    sb.Append(' ');
                }
            }
            copied = i;
        }
        AppendPlain(sb, text.AsSpan(copied));
        return sb.ToString();
    }

    /// <summary>Finds the next link or footnote mark at or after <paramref name="i"/>; on success <paramref name="i"/> moves past it.</summary>
    private static bool Next(string text, ref int i, out InlineLink link, out int start)
    {
        while (true)
        {
            var open = text.IndexOf('[', i);
            if (open < 0)
            {
                link = default;
                start = -1;
                return false;
            }
            i = open + 1;
            if (open > 0 && text[open - 1] == '\\')
            {
                continue;
            }
            if (open + 1 < text.Length && text[open + 1] == '^')
            {
                var close = text.IndexOf(']', open + 2);
                if (close > open + 2 && text.AsSpan(open + 2, close - open - 2).IndexOfAny(" \t\n\r") < 0)
                {
                    link = new InlineLink("", text[(open + 2)..close], true, true, open);
                    start = open;
                    i = close + 1;
                    return true;
                }
                continue;
            }
            // [text](target): the text has no unescaped brackets, the target no spaces or parentheses.
            var j = open + 1;
            while (j < text.Length && text[j] != ']' && text[j] != '[')
            {
                j += text[j] == '\\' && j + 1 < text.Length ? 2 : 1;
            }
            if (j >= text.Length || text[j] != ']' || j + 1 >= text.Length || text[j + 1] != '(')
            {
                continue;
            }
            var end = j + 2;
            while (end < text.Length && text[end] is not (')' or '(' or ' ' or '\t' or '\n' or '\r'))
            {
                end++;
            }
            if (end >= text.Length || text[end] != ')')
            {
                continue;
            }
            var target = text[(j + 2)..end];
            var isInternal = target.StartsWith('#');
            link = new InlineLink(text[(open + 1)..j], isInternal ? target[1..] : target, false, isInternal, open);
            start = open;
            i = end + 1;
            return true;
        }
    }

    private static void AppendPlain(StringBuilder sb, ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\\' && i + 1 < s.Length)
            {
                sb.Append(s[++i]);
            }
            else if (c is '*' or '~' or '^' or '`')
            {
                // emphasis, sub/superscript and code marks carry no words
            }
            else if (c == '+' && i + 1 < s.Length && s[i + 1] == '+')
            {
                i++;
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    /// <summary>A short excerpt for messages: whitespace folded, at most <paramref name="max"/> characters.</summary>
    public static string Excerpt(string text, int max = 40)
    {
        var folded = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return folded.Length <= max ? folded : folded[..(max - 1)] + "…";
    }

    /// <summary>The last character that is not white space, or '\0'.</summary>
    public static char LastNonSpace(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }
        return '\0';
    }
}
