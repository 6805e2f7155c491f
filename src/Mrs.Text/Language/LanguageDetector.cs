using System.Text.RegularExpressions;
using Mrs.Model;

namespace Mrs.Text.Language;

/// <summary>The language of a document, a title or a text, as BCP 47 tags: the one place mrs guesses languages.</summary>
public static partial class LanguageDetector
{
    /// <summary>Ideographs that only Traditional Chinese writes so (among the most frequent words of standards).</summary>
    private const string TraditionalMarks = "這應為與標準們個說對國體條網關發開時會過還";

    /// <summary>Their Simplified forms.</summary>
    private const string SimplifiedMarks = "这应为与标准们个说对国体条网关发开时会过还";

    /// <summary>
    /// The language of a document's body text: Japanese when kana are frequent, Chinese (zh-TW or zh-CN by the forms of
    /// frequent ideographs) when ideographs dominate, else <paramref name="fallback"/> when that is Chinese and the
    /// text holds any ideograph, else English.
    /// </summary>
    public static string OfBody(IEnumerable<string> paragraphs, string fallback)
    {
        long han = 0, latin = 0, traditional = 0, simplified = 0, kana = 0;
        foreach (var text in paragraphs)
        {
            foreach (var c in text)
            {
                if (Script.IsHan(c))
                {
                    han++;
                    if (TraditionalMarks.Contains(c))
                    {
                        traditional++;
                    }
                    else if (SimplifiedMarks.Contains(c))
                    {
                        simplified++;
                    }
                }
                else if (Script.IsKana(c))
                {
                    kana++;
                }
                else if (char.IsAsciiLetter(c))
                {
                    latin++;
                }
            }
        }
        if (kana > 20 && kana * 10 > han)
        {
            return "ja";
        }
        if (han * 4 > latin && han > 20)
        {
            return traditional > simplified ? "zh-TW" : "zh-CN";
        }
        return IsChinese(fallback) && han > 0 ? fallback : "en";
    }

    /// <summary>The language of a Latin-script title: French or German by their letters and words, English otherwise.</summary>
    public static string OfLatinTitle(string title) =>
        French().IsMatch(title) ? "fr"
        : German().IsMatch(title) ? "de"
        : "en";

    /// <summary>"zh" for text with Chinese characters, "en" otherwise: the language the verbal forms of a text are read in.</summary>
    public static string OfText(string text) => Script.HasHan(text) ? "zh" : "en";

    /// <summary>True for a Chinese tag ("zh", "zh-CN", "zh-Hant" …).</summary>
    public static bool IsChinese(string? tag) => tag is not null && tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a model is in Chinese: by its first metadata language, else its main title, else its section titles.</summary>
    public static bool IsChinese(StandardDocument document)
    {
        var languages = document.Metadata.Languages;
        if (languages.Count > 0)
        {
            return IsChinese(languages[0]);
        }
        var main = document.Metadata.Titles.FirstOrDefault()?.Main;
        if (main is not null)
        {
            return Script.HasHan(main);
        }
        return document.Clauses.Any(c => c.Title is not null && Script.HasHan(c.Title))
            || document.Preface.Any(s => s.Title is not null && Script.HasHan(s.Title));
    }

    [GeneratedRegex(@"[éèêàçùœ]|\b(Partie|Élément|de la|des|pour|et)\b")]
    private static partial Regex French();

    [GeneratedRegex(@"[äöüß]|\b(Teil|und|für|der|die|das)\b")]
    private static partial Regex German();
}
