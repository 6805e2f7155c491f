using System.Text.Json.Serialization;
using Mrs.Import.Profiles;
using Mrs.Text.Messages;

namespace Mrs.Import;

/// <summary>
/// What the importer did and saw, for --report (JSON) and the stderr summary: the profile used and why, styles it did
/// not map, content kept raw, numbering anomalies, tracked changes and comments, conversions.
/// </summary>
public sealed class ImportReport
{
    public string? File { get; set; }
    public string? Profile { get; set; }
    /// <summary>Why the profile was used, in English (stable for scripts that read --report).</summary>
    public string? ProfileReason => ProfileChoice?.English;
    /// <summary>Why the profile was used; the summary says it in the current language.</summary>
    [JsonIgnore]
    public ProfileChoice? ProfileChoice { get; set; }
    public List<string> Conversions { get; } = [];
    public int Paragraphs { get; set; }
    public int Tables { get; set; }
    public int Pictures { get; set; }
    /// <summary>Office Math equations in the document.</summary>
    public int Equations { get; set; }
    /// <summary>Equations that reached the model as formula blocks (MathML and LaTeX).</summary>
    public int FormulaEquations { get; set; }
    /// <summary>Equations that reached the model as inline maths ($…$) in text.</summary>
    public int InlineEquations { get; set; }
    public int Footnotes { get; set; }
    public int Clauses { get; set; }
    public int Terms { get; set; }
    public int Annexes { get; set; }
    /// <summary>Styles not in the profile, with the number of paragraphs using each.</summary>
    public SortedDictionary<string, int> UnmappedStyles { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, int> IgnoredStyles { get; } = new(StringComparer.Ordinal);
    public List<string> RawBlocks { get; } = [];
    public List<string> Anomalies { get; } = [];
    public List<string> Warnings { get; } = [];
    public SortedSet<string> UnresolvedReferences { get; } = new(StringComparer.Ordinal);
    /// <summary>REF fields Word had never updated (no text in the file), given the number or text of their target.</summary>
    public int FilledReferences { get; set; }
    /// <summary>PAGEREF fields Word had never updated: page numbers have no place in the model.</summary>
    public int EmptyPageReferences { get; set; }
    public int TrackedInsertions { get; set; }
    public int TrackedDeletions { get; set; }
    public int TrackedMoves { get; set; }
    public int FormatChanges { get; set; }
    public string TrackChanges { get; set; } = "accept";
    public int Comments { get; set; }
    public int HiddenRuns { get; set; }
    /// <summary>Drawn lines without text (page decoration), not imported.</summary>
    public int DrawnLines { get; set; }
    /// <summary>Lines of a contents list typed as text (a leader tab before a page number): generated, not content.</summary>
    public int TypedContentsLines { get; set; }
    /// <summary>The document's table of contents (cached entries) compared with the clause titles imported.</summary>
    public TocCheck? TableOfContents { get; set; }

    public void Count(string kind, string style)
    {
        var target = kind == "unmapped style" ? UnmappedStyles : IgnoredStyles;
        target[style] = target.TryGetValue(style, out var n) ? n + 1 : 1;
    }

    /// <summary>A few lines for standard error, in the current UI language (the message catalogue, Mrs.Text.Messages).</summary>
    public IEnumerable<string> Summary()
    {
        yield return Catalog.Format("import.summary.counts", Profile, ProfileChoice?.Text, Clauses, Terms, Annexes, Tables, Pictures, Equations,
            Footnotes, Paragraphs,
            Equations > 0 ? Catalog.Format("import.summary.equations", FormulaEquations, InlineEquations) : "");
        if (Conversions.Count > 0)
        {
            yield return Catalog.Format("import.summary.converted", string.Join("; ", Conversions));
        }
        if (TrackedInsertions + TrackedDeletions + TrackedMoves > 0)
        {
            yield return Catalog.Format(TrackChanges == "accept" ? "import.summary.trackedAccepted" : "import.summary.trackedRejected",
                TrackedInsertions, TrackedDeletions, TrackedMoves);
        }
        if (DrawnLines > 0)
        {
            yield return Catalog.Format("import.summary.drawnLines", DrawnLines);
        }
        if (TypedContentsLines > 0)
        {
            yield return Catalog.Format("import.summary.typedContents", TypedContentsLines);
        }
        if (Comments > 0)
        {
            yield return Catalog.Format("import.summary.comments", Comments);
        }
        if (RawBlocks.Count > 0)
        {
            yield return Catalog.Format("import.summary.raw", RawBlocks.Count,
                string.Join(", ", RawBlocks.Take(5)) + (RawBlocks.Count > 5 ? ", …" : ""));
        }
        if (UnmappedStyles.Count > 0)
        {
            yield return Catalog.Format("import.summary.unmappedStyles", UnmappedStyles.Count,
                string.Join(", ", UnmappedStyles.OrderByDescending(kv => kv.Value).Take(6).Select(kv => $"{kv.Key} ×{kv.Value}")));
        }
        if (Anomalies.Count > 0)
        {
            yield return Catalog.Format("import.summary.anomalies", Anomalies.Count, Anomalies[0]);
        }
        if (FilledReferences + EmptyPageReferences > 0)
        {
            yield return Catalog.Format("import.summary.staleFields", FilledReferences + EmptyPageReferences, FilledReferences, EmptyPageReferences);
        }
        if (UnresolvedReferences.Count > 0)
        {
            yield return Catalog.Format("import.summary.unresolved", UnresolvedReferences.Count);
        }
        if (TableOfContents is { } toc && toc.Entries > 0)
        {
            yield return Catalog.Format("import.summary.toc", toc.Matched, toc.Entries)
                + (toc.Stale.Count > 0 ? Catalog.Format("import.summary.tocStale", toc.Stale.Count) : "");
        }
        foreach (var w in Warnings.Take(3))
        {
            yield return Catalog.Format("import.summary.warning", w);
        }
        if (Warnings.Count > 3)
        {
            yield return Catalog.Format("import.summary.moreWarnings", Warnings.Count - 3);
        }
    }
}

/// <summary>The table of contents against the imported clauses: entries that match, entries that do not, and entries
/// whose title matches a clause numbered differently (a table of contents not updated since the headings changed).</summary>
public sealed record TocCheck(int Entries, int Matched, IReadOnlyList<string> Mismatches, IReadOnlyList<string> Stale);
