namespace Mrs.Text.Language;

/// <summary>
/// Splits plain paragraph text (English, Chinese or both mixed) into sentences.
/// <list type="bullet">
/// <item>Chinese: a sentence ends at 。！？ and at the full-width full stop ． unless it sits between digits (５．２).
/// The semicolon ；does not end a sentence: GB/T 1.1 treats clauses joined by ；as one complex sentence (复句), and list
/// items that end in ；are separate paragraphs anyway. The same holds for ; in English.</item>
/// <item>English: a sentence ends at . ! ? (or a run of them, e.g. "...") followed by optional closing quotes or brackets
/// and then white space or the end of the text, provided the next word does not start with a lower-case letter (so
/// unknown abbreviations mid-sentence do not split) and the word before is not a known abbreviation ("e.g.", "i.e.",
/// "No.", "Fig." …). "etc." ends a sentence only when an upper-case word follows. Numbers and identifiers
/// ("5.2", "ISO 9001:2015", "www.iso.org") never split because no white space follows their full stops.</item>
/// <item>A blank line ends a sentence; a single line break is white space.</item>
/// </list>
/// Sentences are trimmed; empty ones (punctuation only) are dropped.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Abbreviations after which a full stop does not end a sentence (compared case-insensitively, without the final dot).</summary>
    public static IReadOnlySet<string> Abbreviations { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "cf", "viz", "vs", "al", "approx", "ca", "no", "nos", "fig", "figs", "eq", "eqs", "ref", "refs",
        "vol", "vols", "pp", "p", "para", "sect", "ch", "art", "dr", "mr", "mrs", "ms", "prof", "st", "inc", "ltd", "co",
        "corp", "jr", "sr", "resp", "incl", "max", "min", "nr", "ed", "eds", "rev", "e.V", "u.a", "z.B", "d.h",
    };

    /// <summary>Abbreviations that end a sentence when the next word starts with an upper-case letter.</summary>
    public static IReadOnlySet<string> TerminalAbbreviations { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "etc",
    };

    private const string ClosingMarks = "\"'”’»)]}）】」』》〉";

    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            int end;
            if (c is '。' or '！' or '？' || (c == '．' && !BetweenDigits(text, i)))
            {
                end = SkipClosing(text, SkipRun(text, i, "。！？．!?"));
            }
            else if (c is '.' or '!' or '?' or '…')
            {
                var runEnd = SkipRun(text, i, ".!?…");
                var after = SkipClosing(text, runEnd);
                if (!EndsEnglishSentence(text, i, runEnd, after))
                {
                    i = runEnd;
                    continue;
                }
                end = after;
            }
            else if (c == '\n' && IsBlankLineAt(text, i, out var blankEnd))
            {
                Add(sentences, text, start, i);
                start = i = blankEnd;
                continue;
            }
            else
            {
                i++;
                continue;
            }
            Add(sentences, text, start, end);
            start = i = end;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool EndsEnglishSentence(string text, int dot, int runEnd, int after)
    {
        if (after < text.Length && !char.IsWhiteSpace(text[after]))
        {
            // "5.2", "www.iso.org", "L.)." — but a CJK character straight after ends it ("…shall apply.本文件…"),
            // unless the mark is an ellipsis (Chinese "……" runs on).
            return text[dot] != '…' && Script.IsHan(text[after]);
        }
        var next = after;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        if (next >= text.Length)
        {
            return true;
        }
        if (char.IsLower(text[next]))
        {
            return false;
        }
        if (text[dot] != '.' || runEnd - dot > 1)
        {
            return true;
        }
        var word = WordBefore(text, dot);
        if (Abbreviations.Contains(word))
        {
            return false;
        }
        if (TerminalAbbreviations.Contains(word))
        {
            return char.IsUpper(text[next]);
        }
        return true;
    }

    /// <summary>The letters and inner dots right before position <paramref name="dot"/> ("e.g" for "e.g.").</summary>
    private static string WordBefore(string text, int dot)
    {
        var b = dot;
        while (b > 0 && (char.IsLetter(text[b - 1]) || (text[b - 1] == '.' && b - 1 > 0 && char.IsLetter(text[b - 2]))))
        {
            b--;
        }
        return text[b..dot];
    }

    private static int SkipRun(string text, int i, string chars)
    {
        while (i < text.Length && chars.Contains(text[i]))
        {
            i++;
        }
        return i;
    }

    private static int SkipClosing(string text, int i)
    {
        while (i < text.Length && ClosingMarks.Contains(text[i]))
        {
            i++;
        }
        return i;
    }

    private static bool BetweenDigits(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);

    private static bool IsBlankLineAt(string text, int i, out int end)
    {
        var j = i + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '\r')
        {
            j++;
        }
        if (j < text.Length && text[j] == '\n')
        {
            end = j + 1;
            return true;
        }
        end = i;
        return false;
    }

    private static void Add(List<string> sentences, string text, int start, int end)
    {
        var s = text[start..end].Trim();
        foreach (var ch in s)
        {
            if (char.IsLetterOrDigit(ch))
            {
                sentences.Add(s);
                return;
            }
        }
    }
}
