namespace Mrs.Model;

/// <summary>A list of terms with descriptions: symbols and abbreviated terms, a figure key, a formula's "where" list.</summary>
public sealed record DefinitionList : Block
{
    public IReadOnlyList<DefinitionItem> Items { get; init; } = [];
}

public sealed record DefinitionItem
{
    /// <summary>The symbol, abbreviation or key number (inline Markdown).</summary>
    public string Term { get; init; } = "";
    /// <summary>What it stands for (inline Markdown).</summary>
    public string Definition { get; init; } = "";
}
