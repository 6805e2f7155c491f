namespace Mrs.Text.Language;

/// <summary>Which writing system a character or a text is in: the one definition of "Chinese characters" in mrs.</summary>
public static class Script
{
    /// <summary>
    /// The Han ideographs as a regular-expression character-class body: CJK Unified Ideographs, Extension A and the
    /// Compatibility Ideographs (the supplementary planes are surrogate pairs and not matched per character).
    /// </summary>
    public const string HanClass = @"\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF";

    /// <summary>A Han ideograph, as in <see cref="HanClass"/>.</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Hiragana, katakana or their phonetic extensions: Japanese.</summary>
    public static bool IsKana(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF';

    /// <summary>Hangul syllables or jamo: Korean.</summary>
    public static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF';

    /// <summary>True when the text holds a Han ideograph.</summary>
    public static bool HasHan(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The number of Han ideographs in the text.</summary>
    public static int CountHan(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>True when more than a quarter of the text is Han ideographs: a Chinese line, however many codes and Latin words it carries.</summary>
    public static bool IsMostlyHan(string text) => CountHan(text) > text.Length / 4;

    /// <summary>
    /// A sentence reads as Chinese when its ideographs outweigh its Latin letters (one ideograph counting as four
    /// letters), so "SPDX 工作组为交换…而创建的格式标准" is Chinese and "The form 应 corresponds to shall." is English.
    /// </summary>
    public static bool IsMainlyChinese(ReadOnlySpan<char> sentence)
    {
        int han = 0, latin = 0;
        foreach (var ch in sentence)
        {
            if (IsHan(ch))
            {
                han++;
            }
            else if (ch is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                latin++;
            }
        }
        return han > 0 && han * 4 >= latin;
    }
}
