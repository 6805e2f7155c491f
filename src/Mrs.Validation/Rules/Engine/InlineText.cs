using System.Text;
using System.Text.RegularExpressions;

namespace Mrs.Validation.Rules;

/// <summary>A cross-reference or footnote mark found in inline Markdown.</summary>
/// <param name="Target">The id after '#' (links) or after '^' (footnotes); the URL for external links.</param>
public readonly record struct InlineLink(string Text, string Target, bool Footnote, bool Internal, int Index);

/// <summary>Reads the inline Markdown of the clause model: links, footnote marks, plain text.</summary>
public static partial class InlineText
{
    [GeneratedRegex(@"(?<!\\)\[\^(?<id>[^\]\s]+)\]|(?<!\\)\[(?<text>(?:[^\[\]\\]|\\.)*)\]\((?<target>[^()\s]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    /// <summary>Links and footnote marks in document order.</summary>
    public static IEnumerable<InlineLink> Links(string text)
    {
        if (text.IndexOf('[', StringComparison.Ordinal) < 0)
        {
            yield break;
        }
        foreach (Match m in LinkPattern().Matches(text))
        {
            if (m.Groups["id"].Success)
            {
                yield return new InlineLink("", m.Groups["id"].Value, true, true, m.Index);
            }
            else
            {
                var target = m.Groups["target"].Value;
                var isInternal = target.StartsWith('#');
                yield return new InlineLink(m.Groups["text"].Value, isInternal ? target[1..] : target, false, isInternal, m.Index);
            }
        }
    }

    /// <summary>Plain text: links become their text (or vanish), footnote marks vanish, emphasis marks and escapes go.</summary>
    public static string ToPlain(string text, bool keepLinkText)
    {
        if (text.AsSpan().IndexOfAny("[\\*_~^+$`") < 0)
        {
            return text;
        }
        var s = text;
        if (s.IndexOf('[', StringComparison.Ordinal) >= 0)
        {
            s = LinkPattern().Replace(s, m => m.Groups["id"].Success ? "" : keepLinkText ? m.Groups["text"].Value : " ");
        }
        var sb = new StringBuilder(s.Length);
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
        return sb.ToString();
    }

    /// <summary>True when the text holds CJK ideographs.</summary>
    public static bool HasCjk(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf')
            {
                return true;
            }
        }
        return false;
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
