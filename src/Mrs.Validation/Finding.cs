namespace Mrs.Validation;

public enum Severity
{
    Error,
    Warning,
    Info,
}

/// <summary>Where a finding is: a model file position, or a paragraph of a Word document.</summary>
public sealed record FindingLocation
{
    public required string File { get; init; }
    /// <summary>1-based line in a model file (0 when unknown or for Word documents).</summary>
    public int Line { get; init; }
    public int Column { get; init; }
    /// <summary>JSON pointer into the model.</summary>
    public string? Pointer { get; init; }
    /// <summary>0-based index of the body paragraph in a Word document.</summary>
    public int? Paragraph { get; init; }
    /// <summary>A short excerpt of the text concerned.</summary>
    public string? Excerpt { get; init; }
}

/// <summary>One result of validation: a schema violation or a rule finding.</summary>
public sealed record Finding
{
    /// <summary>Stable code: "SCHEMA" for schema violations, rule codes such as "STRUCT-001" otherwise.</summary>
    public required string Code { get; init; }
    public required Severity Severity { get; init; }
    public required string Message { get; init; }
    public required string MessageZh { get; init; }
    public required FindingLocation Location { get; init; }
    /// <summary>The number of the clause the finding concerns ("5.2", "A.1"), when there is one.</summary>
    public string? Clause { get; init; }

    public string MessageIn(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? MessageZh : Message;
}
