namespace Mrs.Model;

/// <summary>An unnumbered preliminary or supplementary element: foreword, introduction, index and the like.</summary>
public sealed record Section : IContainer
{
    public string? Id { get; init; }
    public SectionKind Kind { get; init; }
    /// <summary>The heading as shown, e.g. "前言", "Foreword".</summary>
    public string? Title { get; init; }
    public IReadOnlyList<Block> Blocks { get; init; } = [];
    /// <summary>Subclauses, e.g. the numbered 0.1, 0.2 of an ISO introduction.</summary>
    public IReadOnlyList<Clause> Clauses { get; init; } = [];
    public IReadOnlyList<string> Suppress { get; init; } = [];

    IReadOnlyList<TermEntry> IContainer.Terms => [];

    IReadOnlyList<ReferenceEntry> IContainer.References => [];
}

public enum SectionKind
{
    Other,
    Foreword,
    Introduction,
    Index,
}

/// <summary>A clause or subclause: a number as shown, an optional title, content and subclauses.</summary>
public sealed record Clause : IContainer
{
    /// <summary>Stable id, usable as an HTML anchor and URI fragment, e.g. "clause-5.2.1".</summary>
    public string Id { get; init; } = "";

    /// <summary>The number as shown, always text: "5.2.1", "A.3". Absent for unnumbered clauses.</summary>
    public string? Number { get; init; }

    /// <summary>The title (inline Markdown); absent for untitled subclauses.</summary>
    public string? Title { get; init; }

    public ClauseKind Kind { get; init; }

    public IReadOnlyList<Block> Blocks { get; init; } = [];

    /// <summary>Reference entries (normative references clause).</summary>
    public IReadOnlyList<ReferenceEntry> References { get; init; } = [];

    /// <summary>Term entries (terms and definitions clause and its subclauses).</summary>
    public IReadOnlyList<TermEntry> Terms { get; init; } = [];

    public IReadOnlyList<Clause> Clauses { get; init; } = [];

    /// <summary>Rule codes whose findings are suppressed inside this clause.</summary>
    public IReadOnlyList<string> Suppress { get; init; } = [];
}

public enum ClauseKind
{
    General,
    Scope,
    NormativeReferences,
    TermsAndDefinitions,
    SymbolsAndAbbreviatedTerms,
}

/// <summary>An annex: letter, normative or informative, title, content and clauses A.1 ….</summary>
public sealed record Annex : IContainer
{
    /// <summary>Stable id, e.g. "annex-A".</summary>
    public string Id { get; init; } = "";

    /// <summary>The letter: "A", "B" … (or "ZA" and the like).</summary>
    public string Letter { get; init; } = "";

    /// <summary>The label as shown, e.g. "附录A", "Annex A".</summary>
    public string? Label { get; init; }

    public AnnexObligation? Obligation { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<Block> Blocks { get; init; } = [];

    public IReadOnlyList<ReferenceEntry> References { get; init; } = [];

    public IReadOnlyList<TermEntry> Terms { get; init; } = [];

    public IReadOnlyList<Clause> Clauses { get; init; } = [];

    public IReadOnlyList<string> Suppress { get; init; } = [];
}

public enum AnnexObligation
{
    /// <summary>规范性 / normative.</summary>
    Normative,
    /// <summary>资料性 / informative.</summary>
    Informative,
}

/// <summary>The bibliography: informative references [1], [2] ….</summary>
public sealed record Bibliography : IContainer
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<Block> Blocks { get; init; } = [];
    public IReadOnlyList<ReferenceEntry> Entries { get; init; } = [];

    IReadOnlyList<Clause> IContainer.Clauses => [];

    IReadOnlyList<TermEntry> IContainer.Terms => [];

    IReadOnlyList<ReferenceEntry> IContainer.References => Entries;
}
