namespace Mrs.Model;

/// <summary>A footnote (or endnote). Inline text refers to it as <c>[^id]</c>.</summary>
public sealed record Footnote : IBlockContainer
{
    public string Id { get; init; } = "";
    /// <summary>The mark as shown: "1", "a", "*".</summary>
    public string? Mark { get; init; }
    public bool Endnote { get; init; }
    public IReadOnlyList<Block> Blocks { get; init; } = [];
}

/// <summary>
/// A binary file of the document (an image), stored beside the model under a readable name and identified by its
/// content hash, or an image the document only links to.
/// </summary>
public sealed record Asset
{
    /// <summary>Stable id, e.g. "img-3f2a…".</summary>
    public string Id { get; init; } = "";
    /// <summary>
    /// Path relative to the model file's folder and inside it, e.g. "assets/gbt-sample/figure-1.png" (no leading "/", no "..", no
    /// "scheme:"). Absent for an image the document only links to (<see cref="Link"/>).
    /// </summary>
    public string? Path { get; init; }
    /// <summary>
    /// For an image the document links to instead of holding it: the address as the document gives it ("http://…",
    /// "file:///…"), kept as text. No part of mrs fetches or reads it.
    /// </summary>
    public string? Link { get; init; }
    public string MediaType { get; init; } = "";
    /// <summary>Lower-case hex SHA-256 of the file.</summary>
    public string? Sha256 { get; init; }
    /// <summary>Set when the format cannot be shown by browsers (EMF, WMF) and a conversion is needed.</summary>
    public bool NeedsConversion { get; init; }
}

/// <summary>Provenance of an imported model.</summary>
public sealed record SourceInfo
{
    /// <summary>File name of the source document (no folders).</summary>
    public string? File { get; init; }
    /// <summary>Source format, e.g. "docx", "doc".</summary>
    public string? Format { get; init; }
    public string? Sha256 { get; init; }
    /// <summary>The import profile used, e.g. "gbt", "iso".</summary>
    public string? Profile { get; init; }
    /// <summary>The program that made the model, e.g. "mrs 0.1.0".</summary>
    public string? Generator { get; init; }
    /// <summary>Converters the document passed through before import, e.g. "LibreOffice 7.4 (doc→docx)".</summary>
    public IReadOnlyList<string> Conversions { get; init; } = [];
}
