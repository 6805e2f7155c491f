using System.Text.RegularExpressions;
using Mrs.Model;
using Mrs.Text.Language;

namespace Mrs.Validation.Rules;

/// <summary>
/// The key words of BCP 14 (RFC 2119, RFC 8174). In a document that declares them (<see cref="DocumentIndex.KeywordConventions"/>)
/// only the capitalised words are provisions: "MUST", "SHALL", "REQUIRED" (requirements), "SHOULD", "RECOMMENDED"
/// (recommendations), "MAY", "OPTIONAL" (permissions); "may", "needs to" and "should" in lower case are ordinary English
/// (RFC 8174: "when, and only when, they appear in all capitals").
/// </summary>
internal static partial class Keywords
{
    [GeneratedRegex(@"\b(?:RFC\s?2119|RFC\s?8174|BCP\s?14)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc();

    [GeneratedRegex(@"\b(?:MUST|SHALL|SHOULD)\b.{0,200}\binterpreted\b", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Statement();

    [GeneratedRegex(@"\b(?<w>MUST\s+NOT|SHALL\s+NOT|SHOULD\s+NOT|NOT\s+RECOMMENDED|MUST|SHALL|SHOULD|REQUIRED|RECOMMENDED|MAY|OPTIONAL)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();

    /// <summary>
    /// Whether a paragraph is the conventions statement: it lists capitalised key words, says how they are interpreted and names RFC 2119, RFC 8174
    /// or BCP 14.
    /// </summary>
    public static bool IsConventionsStatement(string plain) => Rfc().IsMatch(plain) && Statement().IsMatch(plain);

    /// <summary>
    /// The provisions of a text under the conventions: the classifier's provisions that are not normative (possibility,
    /// capability, statements) or not English, and one provision per capitalised key word, in its sentence.
    /// </summary>
    public static IReadOnlyList<Provision> Apply(string plain, IReadOnlyList<Provision> classified)
    {
        var result = classified.Where(p => !ProvisionClassifier.IsNormative(p.Kind) || !IsLatin(p.Form)).ToList();
        if (IsConventionsStatement(plain))
        {
            return result; // the statement lists the key words; it uses none
        }
        var sentences = SentenceSplitter.Split(plain);
        for (var n = 0; n < sentences.Count; n++)
        {
            foreach (Match m in Keyword().Matches(sentences[n]))
            {
                var word = Regex.Replace(m.Groups["w"].Value, @"\s+", " ");
                var negative = word.Contains("NOT", StringComparison.Ordinal);
                var kind = word switch
                {
                    "MUST" or "MUST NOT" or "SHALL" or "SHALL NOT" or "REQUIRED" => ProvisionKind.Requirement,
                    "SHOULD" or "SHOULD NOT" or "RECOMMENDED" or "NOT RECOMMENDED" => ProvisionKind.Recommendation,
                    _ => ProvisionKind.Permission,
                };
                result.Add(new Provision { Kind = kind, Form = word, Negative = negative, Sentence = n + 1 });
            }
        }
        return result;
    }

    private static bool IsLatin(string? form) => form is not null && form.Any(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z');
}
