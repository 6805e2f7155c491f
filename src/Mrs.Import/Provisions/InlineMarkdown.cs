using System.Text;
using System.Text.RegularExpressions;

namespace Mrs.Import.Provisions;

/// <summary>
/// Turns inline Markdown into the plain prose the provision classifier reads: emphasis markers go, links and images keep
/// their text, footnote references and HTML tags go, and material that is not prose (code spans, autolinks, bare URLs)
/// becomes one <see cref="Opaque"/> character, so nothing inside it is taken for a verbal form or a sentence end.
/// </summary>
public static partial class InlineMarkdown
{
    /// <summary>Stands for a code span, an autolink or a URL: not a letter, not punctuation.</summary>
    public const char Opaque = '\uFFFC';

    public static string ToPlainText(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = markdown;
        text = CodeSpan().Replace(text, Opaque.ToString());
        text = Autolink().Replace(text, Opaque.ToString());
        text = Image().Replace(text, "$1");
        text = FootnoteReference().Replace(text, "");
        text = InlineLink().Replace(text, "$1");
        text = ReferenceLink().Replace(text, "$1");
        text = HtmlTag().Replace(text, "");
        text = BareUrl().Replace(text, Opaque.ToString());
        text = StripEmphasis(text);
        text = Escape().Replace(text, "$1");
        text = HardBreak().Replace(text, " ");
        return text;
    }

    /// <summary>
    /// Removes runs of * and ~ that open or close emphasis/strikethrough (touching a non-space on one side), and runs of
    /// _ that do the same outside words (snake_case stays). A lone "*" between spaces (2 * 3) stays.
    /// </summary>
    private static string StripEmphasis(string text)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if ((c is '*' or '_' or '~') && (i == 0 || text[i - 1] != '\\'))
            {
                var end = i;
                while (end < text.Length && text[end] == c)
                {
                    end++;
                }
                var before = i == 0 ? ' ' : text[i - 1];
                var after = end >= text.Length ? ' ' : text[end];
                var flanking = !char.IsWhiteSpace(before) || !char.IsWhiteSpace(after);
                var intraword = char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after);
                var single = c == '~' && end - i == 1;
                if (flanking && !(c == '_' && intraword) && !single)
                {
                    i = end;
                    continue;
                }
                sb.Append(text, i, end - i);
                i = end;
                continue;
            }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"(`+)(?!`).*?(?<!`)\1(?!`)", RegexOptions.Singleline)]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"<(?:https?|ftp|mailto):[^<>\s]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Autolink();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[\^[^\]]+\]")]
    private static partial Regex FootnoteReference();

    [GeneratedRegex(@"\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+""[^""]*"")?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"\[([^\]]+)\]\[[^\]]*\]")]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\b(?:https?://|ftp://|www\.)[^\s<>()（）""“”，。；]*[^\s<>()（）""“”，。；.,;:!?]", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|~<>])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"(?: {2,}|\\)\r?\n")]
    private static partial Regex HardBreak();
}
