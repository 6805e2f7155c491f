namespace Mrs.Validation.Rules;

/// <summary>Small text tests shared by rules.</summary>
public static class TextChecks
{
    /// <summary>True when the text ends with a full stop ("." or "。"), not an ellipsis or an abbreviation like "etc.".</summary>
    public static bool EndsWithFullStop(string plain)
    {
        var t = plain.TrimEnd();
        if (t.Length == 0)
        {
            return false;
        }
        var last = t[^1];
        if (last is '。' or '．')
        {
            return true;
        }
        if (last != '.' || t.EndsWith("..", StringComparison.Ordinal) || t.EndsWith("etc.", StringComparison.Ordinal)
            || t.EndsWith("e.g.", StringComparison.Ordinal) || t.EndsWith("i.e.", StringComparison.Ordinal))
        {
            return false;
        }
        return true;
    }

    /// <summary>Number of sentences: sentence-ending marks followed by more text.</summary>
    public static int SentenceCount(string plain)
    {
        var t = plain.Trim();
        if (t.Length == 0)
        {
            return 0;
        }
        var count = 1;
        for (var i = 0; i < t.Length - 1; i++)
        {
            var c = t[i];
            if (c is '。' or '！' or '？')
            {
                count++;
            }
            else if (c is '.' or '!' or '?' && char.IsWhiteSpace(t[i + 1]) && i + 2 < t.Length && char.IsUpper(t[i + 2])
                && !EndsWithAbbreviation(t, i))
            {
                count++;
            }
        }
        return count;
    }

    private static bool EndsWithAbbreviation(string t, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(t[start - 1]))
        {
            start--;
        }
        var word = t[start..dot];
        return word is "e.g" or "i.e" or "etc" or "No" or "Fig" or "cf" or "vs" or "approx" or "max" or "min" || word.Length == 1;
    }

    /// <summary>Splits "5.2.1" into its parts.</summary>
    public static string[] NumberParts(string number) => number.Split('.', StringSplitOptions.TrimEntries);
}
