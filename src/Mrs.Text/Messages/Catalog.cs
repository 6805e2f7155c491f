using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace Mrs.Text.Messages;

/// <summary>
/// The messages of mrs (command-line help, summaries, errors of import and of the command line), looked up by key in the
/// resource catalogue of the current UI language: <c>Messages/Strings.resx</c> (English) and one
/// <c>Strings.&lt;culture&gt;.resx</c> per other language (<c>zh</c>: Simplified Chinese, read for zh-CN and, until a
/// zh-Hant catalogue is added, zh-TW). A language is added as data: a new .resx beside them. A key missing from a
/// catalogue falls back to English, as .NET resource lookup does. Placeholders are .NET's ({0}, {1:F1}), filled with
/// invariant formatting, and one plural form, <c>{0|clause|clauses}</c>: the first word when the number is 1.
/// </summary>
public static partial class Catalog
{
    private static readonly ResourceManager Resources = new("Mrs.Text.Messages.Strings", typeof(Catalog).Assembly);

    /// <summary>The message <paramref name="key"/> in the current UI language.</summary>
    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new KeyNotFoundException($"no message '{key}' in the catalogue");

    /// <summary>The message <paramref name="key"/> with its placeholders ({0}, {1}…) filled.</summary>
    public static string Format(string key, params object?[] args) => Fill(Get(key), args);

    /// <summary>Fills a message template: plural forms first, then .NET's composite formatting.</summary>
    public static string Fill(string template, params object?[] args)
    {
        var chosen = PluralForm().Replace(template, m =>
        {
            var index = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var one = index < args.Length && args[index] is int and 1 or long and 1;
            return (one ? m.Groups[2].Value : m.Groups[3].Value).Replace("{", "{{", StringComparison.Ordinal)
                .Replace("}", "}}", StringComparison.Ordinal);
        });
        return string.Format(CultureInfo.InvariantCulture, chosen, args);
    }

    [GeneratedRegex(@"\{(\d+)\|([^|{}]*)\|([^|{}]*)\}")]
    private static partial Regex PluralForm();

    /// <summary>The message in a given language (for tests and the catalogue check).</summary>
    public static string? In(CultureInfo culture, string key) => Resources.GetString(key, culture);

    /// <summary>The message <paramref name="key"/> in a given language with its placeholders filled: English
    /// (<see cref="CultureInfo.InvariantCulture"/>) for what a machine reads, such as a JSON report.</summary>
    public static string FormatIn(CultureInfo culture, string key, params object?[] args) =>
        Fill(In(culture, key) ?? throw new KeyNotFoundException($"no message '{key}' in the catalogue"), args);

    /// <summary>Every key of the English catalogue with its text.</summary>
    public static IEnumerable<KeyValuePair<string, string>> English()
    {
        var set = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        foreach (System.Collections.DictionaryEntry entry in set)
        {
            yield return new((string)entry.Key, (string)entry.Value!);
        }
    }

    /// <summary>True when the messages are in Chinese.</summary>
    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
