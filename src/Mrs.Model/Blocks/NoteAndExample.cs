namespace Mrs.Model;

/// <summary>A note (注 / NOTE), or a note to entry in a term.</summary>
public sealed record Note : Block, IBlockContainer
{
    /// <summary>The number when several notes stand together ("1" for 注1 / NOTE 1).</summary>
    public string? Number { get; init; }
    public IReadOnlyList<Block> Blocks { get; init; } = [];
}

/// <summary>An example (示例 / EXAMPLE).</summary>
public sealed record Example : Block, IBlockContainer
{
    public string? Number { get; init; }
    /// <summary>Title of the example, when it has one.</summary>
    public string? Title { get; init; }
    public IReadOnlyList<Block> Blocks { get; init; } = [];
}
