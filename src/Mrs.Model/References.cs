namespace Mrs.Model;

/// <summary>A referenced document: an entry of the normative references or of the bibliography.</summary>
public sealed record ReferenceEntry
{
    /// <summary>Stable id, e.g. "ref-GB-T-1.1-2020".</summary>
    public string Id { get; init; } = "";

    /// <summary>The label of a bibliography entry as shown, e.g. "[1]".</summary>
    public string? Label { get; init; }

    /// <summary>The identifier of the referenced document, e.g. "GB/T 20000.1—2014", "ISO 712". Absent for non-standard documents.</summary>
    public string? Identifier { get; init; }

    /// <summary>Year of a dated reference ("2014"); absent for an undated reference.</summary>
    public string? Year { get; init; }

    public string? Title { get; init; }

    /// <summary>The whole entry as shown (inline Markdown).</summary>
    public string Text { get; init; } = "";

    /// <summary>Footnote on the entry (e.g. "to be published"), inline Markdown.</summary>
    public string? Footnote { get; init; }

    public string? Url { get; init; }

    public IReadOnlyList<string> Suppress { get; init; } = [];
}
