namespace Mrs.Model;

/// <summary>
/// A piece of content inside a clause: paragraph, list, note, example, table, figure, formula, definition list, code or
/// raw (content the model cannot represent yet, kept with its origin).
/// </summary>
public abstract record Block
{
    /// <summary>Stable id, usable as an anchor (e.g. "table-1", "figure-A.2", "formula-3").</summary>
    public string? Id { get; init; }

    /// <summary>Rule codes whose findings are suppressed for this block.</summary>
    public IReadOnlyList<string> Suppress { get; init; } = [];
}

/// <summary>A provision found in a paragraph or list item: its kind and the verbal form that made it so.</summary>
public sealed record Provision
{
    public ProvisionKind Kind { get; init; }
    /// <summary>The verbal form as found, e.g. "shall", "应", "不宜", "is permitted".</summary>
    public string? Form { get; init; }
    public bool Negative { get; init; }
    /// <summary>1-based index of the sentence in its paragraph.</summary>
    public int? Sentence { get; init; }
}

public enum ProvisionKind
{
    Requirement,
    Recommendation,
    Permission,
    Possibility,
    Capability,
    Instruction,
    Statement,
    /// <summary>"must": an external constraint, not a provision of the document.</summary>
    ExternalConstraint,
}
