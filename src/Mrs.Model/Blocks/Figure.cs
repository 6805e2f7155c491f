namespace Mrs.Model;

/// <summary>A figure: number, title, one image or several (sub-figures), key, notes.</summary>
public sealed record Figure : Block
{
    public string? Number { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<Image> Images { get; init; } = [];
    /// <summary>Key (说明 / Key): what the symbols or numbers in the figure mean.</summary>
    public IReadOnlyList<DefinitionItem> Key { get; init; } = [];
    public IReadOnlyList<Note> Notes { get; init; } = [];
}

public sealed record Image
{
    /// <summary>Id of the asset in the document's assets.</summary>
    public string Asset { get; init; } = "";
    public string? Alt { get; init; }
    /// <summary>Displayed width in millimetres, when known.</summary>
    public double? WidthMm { get; init; }
    public double? HeightMm { get; init; }

    /// <summary>The sub-figure label printed under this image ("a)"), when the figure has several.</summary>
    public string? Label { get; init; }

    /// <summary>The sub-figure title (inline Markdown), when the figure has several.</summary>
    public string? Title { get; init; }
}
