namespace Mrs.Model;

/// <summary>
/// A whole standard: its metadata, preliminary elements, the clause tree, annexes and supplementary elements.
/// This is the one model every stage of mrs shares: readers make it, checks inspect it, writers consume it.
/// </summary>
public sealed record StandardDocument
{
    /// <summary>The version of the clause-model schema this document follows.</summary>
    public string SchemaVersion { get; init; } = ModelInfo.SchemaVersion;

    public Metadata Metadata { get; init; } = new();

    /// <summary>Preliminary elements in document order: foreword, introduction and any other unnumbered front section.</summary>
    public IReadOnlyList<Section> Preface { get; init; } = [];

    /// <summary>The numbered clauses 1, 2, 3 … with their subclauses.</summary>
    public IReadOnlyList<Clause> Clauses { get; init; } = [];

    public IReadOnlyList<Annex> Annexes { get; init; } = [];

    public Bibliography? Bibliography { get; init; }

    public Section? Index { get; init; }

    /// <summary>Footnote texts; inline text refers to them as <c>[^id]</c>.</summary>
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];

    /// <summary>Binary files (images) the document refers to, each identified by its content hash.</summary>
    public IReadOnlyList<Asset> Assets { get; init; } = [];

    /// <summary>Where this model came from (import provenance). Absent for hand-written models.</summary>
    public SourceInfo? Source { get; init; }
}

/// <summary>Facts about the model format itself.</summary>
public static class ModelInfo
{
    public const string SchemaVersion = "1.0";
    public const string SchemaId = "urn:mrs:schema:clause-model:1.0";
}
