using Mrs.Text.Language;

namespace Mrs.Validation.Rules;

/// <summary>
/// Sentences of the ISO and IEC boilerplate of the foreword and of the patent statement in the introduction, supplied
/// by the central secretariats rather than drafted by the committee. Their "may", "shall not", "should be noted" and
/// "may not" are not provisions of the document, so the verbal-form rules read those sections without them.
/// </summary>
public static class Boilerplate
{
    private static readonly string[] Phrases =
    [
        "may be the subject of patent rights",
        "may involve the use of",
        "which may be required to implement this document",
        "may not represent the latest information",
        "which may be obtained from the patent database",
        "documents should be noted",
        "should be directed to the user",
        "attention is drawn to the possibility",
        "shall not be held responsible for identifying",
        "draws attention to the fact that it is claimed",
        "is willing to negotiate licences",
        "information may be obtained from",
    ];

    /// <summary>The text without the boilerplate sentences it contains (unchanged when there are none).</summary>
    public static string Strip(string plain)
    {
        if (!Phrases.Any(p => plain.Contains(p, StringComparison.OrdinalIgnoreCase)))
        {
            return plain;
        }
        var kept = SentenceSplitter.Split(plain).Where(s => !Phrases.Any(p => s.Contains(p, StringComparison.OrdinalIgnoreCase)));
        return string.Join(' ', kept);
    }
}
