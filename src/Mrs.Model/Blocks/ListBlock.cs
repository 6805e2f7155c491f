namespace Mrs.Model;

/// <summary>A list (列项): ordered or unordered, with its marker style; items may hold nested lists.</summary>
public sealed record ListBlock : Block
{
    public bool Ordered { get; init; }
    public ListMarker? Marker { get; init; }
    public IReadOnlyList<ListItem> Items { get; init; } = [];
}

public sealed record ListItem : IBlockContainer
{
    public string? Id { get; init; }
    /// <summary>The marker as shown: "a)", "1)", "——", "•".</summary>
    public string? Label { get; init; }
    public string Text { get; init; } = "";
    public IReadOnlyList<Provision> Provisions { get; init; } = [];
    /// <summary>Further content of the item: nested lists, paragraphs, notes.</summary>
    public IReadOnlyList<Block> Blocks { get; init; } = [];
}

public enum ListMarker
{
    /// <summary>"——" or "—" (GB/T and ISO unordered items).</summary>
    Dash,
    Bullet,
    /// <summary>a) b) c)</summary>
    LowerLetter,
    /// <summary>A) B) C)</summary>
    UpperLetter,
    /// <summary>1) 2) 3) or 1. 2. 3.</summary>
    Decimal,
    /// <summary>(1) (2) (3)</summary>
    DecimalParenthesized,
    LowerRoman,
    UpperRoman,
    Other,
}
