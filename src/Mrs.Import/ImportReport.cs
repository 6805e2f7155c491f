namespace Mrs.Import;

/// <summary>
/// What the importer did and saw, for --report (JSON) and the stderr summary: the profile used and why, styles it did
/// not map, content kept raw, numbering anomalies, tracked changes and comments, conversions.
/// </summary>
public sealed class ImportReport
{
    public string? File { get; set; }
    public string? Profile { get; set; }
    public string? ProfileReason { get; set; }
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

    private static string N(int count, string one, string? many = null) => $"{count} {(count == 1 ? one : many ?? one + "s")}";

    /// <summary>A few lines for standard error.</summary>
    public IEnumerable<string> Summary()
    {
        yield return $"profile {Profile} ({ProfileReason}); {N(Clauses, "clause")}, {N(Terms, "term")}, {N(Annexes, "annex", "annexes")}, {N(Tables, "table")}, "
            + $"{N(Pictures, "picture")}, {N(Equations, "equation")}{(Equations > 0 ? $" ({N(FormulaEquations, "formula")}, {InlineEquations} inline)" : "")}, {N(Footnotes, "footnote")} from {N(Paragraphs, "paragraph")}";
        if (Conversions.Count > 0)
        {
            yield return "converted first: " + string.Join("; ", Conversions);
        }
        if (TrackedInsertions + TrackedDeletions + TrackedMoves > 0)
        {
            yield return $"tracked changes: {TrackedInsertions} insertions, {TrackedDeletions} deletions, {TrackedMoves} moves — {(TrackChanges == "accept" ? "accepted" : "rejected")} (--track-changes)";
        }
        if (DrawnLines > 0)
        {
            yield return $"{N(DrawnLines, "drawn line")} without text (page decoration) not imported";
        }
        if (TypedContentsLines > 0)
        {
            yield return $"{N(TypedContentsLines, "line")} of a contents list typed as text (leader tab, page number) not imported";
        }
        if (Comments > 0)
        {
            yield return $"{N(Comments, "comment")} seen, not imported";
        }
        if (RawBlocks.Count > 0)
        {
            yield return $"{RawBlocks.Count} items kept as raw blocks: {string.Join(", ", RawBlocks.Take(5))}{(RawBlocks.Count > 5 ? ", …" : "")}";
        }
        if (UnmappedStyles.Count > 0)
        {
            yield return $"{UnmappedStyles.Count} styles not in the profile (read as body text): {string.Join(", ", UnmappedStyles.OrderByDescending(kv => kv.Value).Take(6).Select(kv => $"{kv.Key} ×{kv.Value}"))}";
        }
        if (Anomalies.Count > 0)
        {
            yield return $"{Anomalies.Count} numbering anomalies, e.g. {Anomalies[0]}";
        }
        if (FilledReferences + EmptyPageReferences > 0)
        {
            yield return $"{N(FilledReferences + EmptyPageReferences, "cross-reference field")} never updated in Word: "
                + $"{FilledReferences} given the number or text of their target, {EmptyPageReferences} page numbers left out";
        }
        if (UnresolvedReferences.Count > 0)
        {
            yield return $"{UnresolvedReferences.Count} cross-references to bookmarks that mark no imported element, kept as text";
        }
        if (TableOfContents is { } toc && toc.Entries > 0)
        {
            yield return $"table of contents: {toc.Matched} of {toc.Entries} entries match the imported clauses" + (toc.Stale.Count > 0 ? $"; {toc.Stale.Count} entries are out of date (the headings are numbered differently)" : "");
        }
        foreach (var w in Warnings.Take(3))
        {
            yield return "warning: " + w;
        }
        if (Warnings.Count > 3)
        {
            yield return $"… and {Warnings.Count - 3} more warnings (see --report)";
        }
    }
}

/// <summary>The table of contents against the imported clauses: entries that match, entries that do not, and entries
/// whose title matches a clause numbered differently (a table of contents not updated since the headings changed).</summary>
public sealed record TocCheck(int Entries, int Matched, IReadOnlyList<string> Mismatches, IReadOnlyList<string> Stale);
