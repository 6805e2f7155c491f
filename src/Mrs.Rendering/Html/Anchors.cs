using Mrs.Model;

namespace Mrs.Rendering.Html;

/// <summary>
/// The ids of the HTML edition: each model object that has an id keeps it (the same ids as the model and the bundle),
/// so "#clause-5.2" in a link, a bookmark or another document finds the clause. Made from one walk over the model
/// before anything is written, so that a cross-reference knows whether its target exists. An id a second object
/// repeats, or one HTML cannot carry (empty, with white space), is given a distinct one; ids the writer makes itself
/// start with "mrs-" and never take a model's id.
/// </summary>
internal sealed class Anchors
{
    private readonly Dictionary<object, string> byObject = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, object> byModelId = new(StringComparer.Ordinal);
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    /// <summary>The ids of the page itself (skip link target, cover, sidebar, tools, search index).</summary>
    public static readonly IReadOnlyList<string> PageIds =
    [
        "main", "mrs-cover", "mrs-contents", "mrs-contents-title", "mrs-search", "mrs-search-input", "mrs-search-results", "mrs-index",
        "mrs-show-requirement", "mrs-show-recommendation", "mrs-show-permission", "mrs-show-possibility", "mrs-requirements-only",
    ];

    public Anchors(StandardDocument document)
    {
        taken.UnionWith(PageIds);
        var walk = ModelWalker.Walk(document).ToList();
        // The model's own ids first, in document order: the first object with an id has it.
        foreach (var node in walk)
        {
            if (ModelIdOf(node.Value) is { Length: > 0 } id)
            {
                var html = Clean(id);
                if (taken.Add(html))
                {
                    byObject[node.Value] = html;
                    byModelId.TryAdd(id, node.Value);
                }
            }
        }
        // Then the ones the writer gives: headings without an id, repeated ids.
        foreach (var node in walk)
        {
            if (NeedsAnchor(node.Value) && !byObject.ContainsKey(node.Value))
            {
                byObject[node.Value] = Make("mrs" + node.Pointer.Replace('/', '-'));
            }
        }
    }

    private readonly HashSet<string> written = new(StringComparer.Ordinal);

    /// <summary>The id of a model object in the HTML; null for one that has none.</summary>
    public string? Of(object value) => byObject.GetValueOrDefault(value);

    /// <summary>
    /// The id to write on the element of a model object: its id the first time, null after (the same record standing
    /// twice in a model is written twice, and an id is written once).
    /// </summary>
    public string? Write(object value) => byObject.TryGetValue(value, out var id) && written.Add(id) ? id : null;

    /// <summary>The HTML id a cross-reference to model id <paramref name="modelId"/> goes to; null when no object has it.</summary>
    public string? Target(string modelId) => byModelId.TryGetValue(modelId, out var value) ? byObject[value] : null;

    /// <summary>The object a model id names; null when none.</summary>
    public object? ObjectOf(string modelId) => byModelId.GetValueOrDefault(modelId);

    /// <summary>A new id of the writer's own ("mrs-…"), distinct from every other.</summary>
    public string Make(string wanted)
    {
        var id = Clean(wanted);
        if (taken.Add(id))
        {
            return id;
        }
        for (var n = 2; ; n++)
        {
            var candidate = id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>The model's id of an object that can have one.</summary>
    public static string? ModelIdOf(object value) => value switch
    {
        Section s => s.Id,
        Clause c => c.Id,
        Annex a => a.Id,
        Bibliography b => b.Id,
        TermEntry t => t.Id,
        ReferenceEntry r => r.Id,
        Footnote f => f.Id,
        Block b => b.Id,
        ListItem i => i.Id,
        _ => null,
    };

    /// <summary>
    /// Objects that get an id even when the model gives none: headings and term entries (their permalinks), footnotes (their references).
    /// </summary>
    private static bool NeedsAnchor(object value) => value is Section or Clause or Annex or Bibliography or TermEntry or Footnote
        || (value is Block && ModelIdOf(value) is { Length: > 0 });

    /// <summary>An id HTML can carry: no white space, not empty.</summary>
    private static string Clean(string id)
    {
        if (id.Length > 0 && !id.Any(char.IsWhiteSpace))
        {
            return id;
        }
        var cleaned = new string(id.Select(c => char.IsWhiteSpace(c) ? '_' : c).ToArray());
        return cleaned.Length == 0 ? "mrs-id" : cleaned;
    }
}
