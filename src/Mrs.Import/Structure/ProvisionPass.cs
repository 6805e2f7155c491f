using System.Collections.Concurrent;
using Mrs.Model;
using Mrs.Text.Language;

namespace Mrs.Import.Structure;

/// <summary>
/// Classifies the provisions of every paragraph and list item once the model is built: each distinct text once, on
/// all processors (classification is the costliest text work of an import and needs nothing but the text).
/// </summary>
internal static class ProvisionPass
{
    public static StandardDocument Apply(StandardDocument document, string language)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        TextRewriter.ForProvisions((text, current) =>
        {
            texts.Add(text);
            return current;
        }).Rewrite(document);

        var found = new ConcurrentDictionary<string, IReadOnlyList<Provision>>(StringComparer.Ordinal);
        Parallel.ForEach(texts, text => found[text] = ProvisionClassifier.Classify(text, language));
        return TextRewriter.ForProvisions((text, _) => found.TryGetValue(text, out var provisions) ? provisions : []).Rewrite(document);
    }
}
