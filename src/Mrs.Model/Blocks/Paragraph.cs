namespace Mrs.Model;

/// <summary>A paragraph of text (inline Markdown).</summary>
public sealed record Paragraph : Block
{
    public string Text { get; init; } = "";
    public IReadOnlyList<Provision> Provisions { get; init; } = [];
}
