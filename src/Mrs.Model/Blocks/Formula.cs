namespace Mrs.Model;

/// <summary>A display formula: number, MathML and/or LaTeX, a linear text fallback, and its "where" list.</summary>
public sealed record Formula : Block
{
    /// <summary>Number as shown without parentheses: "1", "A.1".</summary>
    public string? Number { get; init; }
    /// <summary>Presentation MathML (a &lt;math&gt; element).</summary>
    public string? MathMl { get; init; }
    public string? Latex { get; init; }
    /// <summary>Linear text of the formula as a fallback.</summary>
    public string? Text { get; init; }
    /// <summary>The "式中： / where" list explaining each symbol.</summary>
    public IReadOnlyList<DefinitionItem> Where { get; init; } = [];
    /// <summary>Set when the formula is kept only as an image (legacy equation objects).</summary>
    public Image? Image { get; init; }
}
