using Mrs.Model;
using Mrs.Text.Language;

namespace Mrs.Rendering.Html.Renderers;

/// <summary>
/// The provisions of a paragraph or list item, as the page marks them: each sentence that makes one is wrapped in a
/// span of class "prov prov-&lt;group&gt;" (requirement, recommendation, permission, possibility), which the reader's
/// tools highlight; the paragraph itself gets "has-&lt;group&gt;" for each group in it.
/// </summary>
internal static class Provisions
{
    /// <summary>The group a provision is shown in; null for statements, instructions and external constraints.</summary>
    public static string? GroupOf(ProvisionKind kind) => kind switch
    {
        ProvisionKind.Requirement => "requirement",
        ProvisionKind.Recommendation => "recommendation",
        ProvisionKind.Permission => "permission",
        ProvisionKind.Possibility or ProvisionKind.Capability => "possibility",
        _ => null,
    };

    /// <summary>True when a requirement stands in the node or anywhere below it.</summary>
    public static bool HasRequirement(ModelNode node) =>
        Requires(node.Value) || node.Descendants().Any(n => Requires(n.Value));

    private static bool Requires(object value) => value switch
    {
        Paragraph p => p.Provisions.Any(v => v.Kind == ProvisionKind.Requirement),
        ListItem i => i.Provisions.Any(v => v.Kind == ProvisionKind.Requirement),
        _ => false,
    };

    /// <summary>"has-requirement has-permission" for the groups among <paramref name="provisions"/>; null for none.</summary>
    public static string? ClassesOf(IReadOnlyList<Provision> provisions)
    {
        var groups = provisions.Select(p => GroupOf(p.Kind)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        return groups.Count == 0 ? null : string.Join(' ', groups.Select(g => "has-" + g));
    }

    /// <summary>
    /// The sentences of the text that make provisions, as stretches of its plain text (as <see cref="InlineRenderer"/>
    /// counts it); the whole text when the sentences cannot be found again.
    /// </summary>
    public static IReadOnlyList<Segment>? Segments(RenderContext context, string text, IReadOnlyList<Provision> provisions)
    {
        var shown = provisions.Where(p => GroupOf(p.Kind) is not null).ToList();
        if (shown.Count == 0)
        {
            return null;
        }
        var plain = context.Inline.Plain(text);
        var bySentence = new SortedDictionary<int, List<Provision>>();
        var whole = false;
        foreach (var provision in shown)
        {
            if (provision.Sentence is not { } n || n < 1)
            {
                whole = true;
                break;
            }
            if (!bySentence.TryGetValue(n, out var list))
            {
                bySentence[n] = list = [];
            }
            list.Add(provision);
        }
        var sentences = whole ? null : Locate(plain);
        if (sentences is null || bySentence.Keys.Max() > sentences.Count)
        {
            return [Make(0, plain.Length, shown)];
        }
        return bySentence.Select(pair => Make(sentences[pair.Key - 1].Start, sentences[pair.Key - 1].End, pair.Value)).ToList();
    }

    private static Segment Make(int start, int end, IEnumerable<Provision> provisions)
    {
        var groups = provisions.Select(p => GroupOf(p.Kind)!).Distinct().Order(StringComparer.Ordinal).ToList();
        var kinds = string.Join(' ', provisions.Select(p => p.Kind.ToString().ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal));
        return new Segment(start, end, "prov " + string.Join(' ', groups.Select(g => "prov-" + g)), kinds);
    }

    /// <summary>Where each sentence of the plain text stands, as the language module splits it; null when one is not found again.</summary>
    private static List<(int Start, int End)>? Locate(string plain)
    {
        var result = new List<(int, int)>();
        var at = 0;
        foreach (var sentence in SentenceSplitter.Split(plain))
        {
            var index = plain.IndexOf(sentence, at, StringComparison.Ordinal);
            if (index < 0)
            {
                return null;
            }
            result.Add((index, index + sentence.Length));
            at = index + sentence.Length;
        }
        return result;
    }
}
