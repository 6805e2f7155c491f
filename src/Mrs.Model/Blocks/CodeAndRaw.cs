namespace Mrs.Model;

/// <summary>Preformatted text: code, syntax, file listings.</summary>
public sealed record CodeBlock : Block
{
    public string? Language { get; init; }
    public string Text { get; init; } = "";
}

/// <summary>
/// Content the model cannot represent yet, kept rather than dropped: its plain text, its original markup and where it
/// came from. The import report lists every raw block.
/// </summary>
public sealed record RawBlock : Block
{
    /// <summary>What kind of source content this is, e.g. "textbox", "chart", "ole-object", "smartart".</summary>
    public string Kind { get; init; } = "";
    /// <summary>Where it came from, e.g. "docx paragraph 123".</summary>
    public string? Origin { get; init; }
    /// <summary>The plain text it contains.</summary>
    public string? Text { get; init; }
    /// <summary>Media type of <see cref="Content"/>, e.g. "application/vnd.openxmlformats-officedocument.wordprocessingml+xml".</summary>
    public string? Format { get; init; }
    /// <summary>The original markup, verbatim.</summary>
    public string? Content { get; init; }
}
