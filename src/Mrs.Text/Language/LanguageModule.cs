using Mrs.Model;

namespace Mrs.Text.Language;

/// <summary>
/// What a reader of the model asks about language, as one object to hand over (the rule engine takes one): the language
/// of a text (<see cref="LanguageDetector"/>) and the provisions its sentences express (<see cref="ProvisionClassifier"/>,
/// which splits them with <see cref="SentenceSplitter"/> and takes its Chinese forms from zh-provisions.txt).
/// <see cref="Standard"/> is mrs's own; another classifier can be given in its place (a test's, a tuned one).
/// </summary>
public sealed class LanguageModule
{
    private readonly Func<string, string?, IReadOnlyList<Provision>> classify;

    /// <param name="classify">
    /// Finds the provisions of a text (inline Markdown) in a language (a BCP 47 tag, or null to detect it), as
    /// <see cref="ProvisionClassifier.Classify"/> does.
    /// </param>
    public LanguageModule(Func<string, string?, IReadOnlyList<Provision>> classify)
    {
        ArgumentNullException.ThrowIfNull(classify);
        this.classify = classify;
    }

    /// <summary>English and Chinese (Simplified and Traditional) verbal forms, by mrs's classifier.</summary>
    public static LanguageModule Standard { get; } = new(ProvisionClassifier.Classify);

    /// <summary>The provisions of a text (inline Markdown) in a language: a BCP 47 tag, or null to detect it.</summary>
    public IReadOnlyList<Provision> Provisions(string text, string? language) => classify(text, language);

    /// <summary>The language a text's verbal forms are read in: "zh" when it holds Chinese characters, else "en".</summary>
    public string LanguageOf(string text) => LanguageDetector.OfText(text);
}
