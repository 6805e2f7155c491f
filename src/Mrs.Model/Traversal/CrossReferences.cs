using System.Text;
using System.Text.RegularExpressions;

namespace Mrs.Model;

/// <summary>
/// Rewrites the in-document links of inline text (<c>[5.2](#clause-5.2)</c>) whose target changed: the id, and the link
/// text when it is the target's old number, alone or with a short label (<c>表1</c>, <c>Annex A</c>, <c>公式(1)</c>).
/// Text inside code spans is literal and stays as it is. Counts the links it rewrote.
/// </summary>
internal sealed partial class CrossReferences(Func<string, (string NewId, string? OldNumber, string? NewNumber)?> target)
{
    /// <summary>The longest label a link text may have beside the number for the number in it to be updated ("Annex  (normative)").</summary>
    private const int MaxLabel = 24;

    public int Count { get; private set; }

    [GeneratedRegex(@"\[(?<text>(?:\\.|[^\[\]\\])*)\]\(#(?<id>[^()\s]+)\)")]
    private static partial Regex Link();

    public string Rewrite(string text)
    {
        if (!text.Contains("](#", StringComparison.Ordinal))
        {
            return text;
        }
        var output = new StringBuilder(text.Length + 16);
        var start = 0;
        foreach (var (from, to) in CodeSpans(text))
        {
            output.Append(Links(text[start..from])).Append(text, from, to - from);
            start = to;
        }
        return output.Append(Links(text[start..])).ToString();
    }

    private string Links(string text) => Link().Replace(text, m =>
    {
        if (target(m.Groups["id"].Value) is not { } t)
        {
            return m.Value;
        }
        Count++;
        var label = m.Groups["text"].Value;
        if (t.OldNumber is { } old && t.NewNumber is { } now && old != now)
        {
            label = label == old ? now : Relabel(label, old, now) ?? label;
        }
        return $"[{label}](#{t.NewId})";
    });

    /// <summary>"表1" → "表2": the number replaced when the rest is a short label without digits; null otherwise.</summary>
    private static string? Relabel(string text, string old, string now)
    {
        if (Renumbering.ReplaceToken(text, old, "\0") is not { } marked)
        {
            return null;
        }
        var rest = marked.Replace("\0", "", StringComparison.Ordinal).Trim();
        return rest.Length <= MaxLabel && !rest.Any(char.IsAsciiDigit) ? marked.Replace("\0", now, StringComparison.Ordinal) : null;
    }

    /// <summary>
    /// The code spans of inline text (start, end), as CommonMark finds them: a run of backticks to the next run of the
    /// same length.
    /// </summary>
    private static IEnumerable<(int From, int To)> CodeSpans(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '\\')
            {
                i += 2;
                continue;
            }
            if (text[i] != '`')
            {
                i++;
                continue;
            }
            var run = Run(text, i);
            var close = -1;
            for (var j = i + run; j < text.Length;)
            {
                if (text[j] != '`')
                {
                    j++;
                    continue;
                }
                var other = Run(text, j);
                if (other == run)
                {
                    close = j;
                    break;
                }
                j += other;
            }
            if (close < 0)
            {
                i += run;
                continue;
            }
            yield return (i, close + run);
            i = close + run;
        }
    }

    private static int Run(string text, int at)
    {
        var n = 0;
        while (at + n < text.Length && text[at + n] == '`')
        {
            n++;
        }
        return n;
    }
}
