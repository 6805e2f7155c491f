using Mrs.Model;

namespace Mrs.Import.Structure;

/// <summary>
/// Mutable nodes the structure builder fills while it walks the document; <see cref="ModelAssembler"/> turns them into
/// the immutable model and records, for each JSON pointer, the Word paragraph it came from.
/// </summary>
internal abstract class Node
{
    /// <summary>Index of the Word paragraph the node starts at (-1 when none).</summary>
    public int Paragraph { get; init; } = -1;
}

internal sealed class LeafNode(Block block) : Node
{
    public Block Block { get; set; } = block;
}

internal sealed class NoteNode : Node
{
    public bool IsExample { get; init; }
    public string? Id { get; init; }
    public string? Number { get; set; }
    public string? Title { get; set; }
    public List<Node> Children { get; } = [];
}

internal sealed class ListNode : Node
{
    public bool Ordered { get; set; }
    public ListMarker? Marker { get; set; }
    public int Level { get; init; }
    public List<ItemNode> Items { get; } = [];
}

internal sealed class ItemNode : Node
{
    public string? Label { get; init; }
    public required string Text { get; set; }
    public IReadOnlyList<Provision> Provisions { get; set; } = [];
    public List<Node> Children { get; } = [];
}

internal sealed class FigureNode : Node
{
    public required string Id { get; set; }
    public string? Number { get; set; }
    public string? Title { get; set; }
    public List<Image> Images { get; } = [];
    public List<DefinitionItem> Key { get; } = [];
    public List<NoteNode> Notes { get; } = [];
    /// <summary>"a)" when this picture is a sub-figure, waiting for the figure title that follows its siblings.</summary>
    public string? SubLabel { get; set; }
}

internal sealed class FormulaNode : Node
{
    public required string Id { get; set; }
    public string? Number { get; set; }
    public string? MathMl { get; init; }
    public string? Latex { get; init; }
    public string? Text { get; init; }
    public Image? Image { get; init; }
    public List<DefinitionItem> Where { get; } = [];
}

internal sealed class TableNode : Node
{
    public required Table Table { get; set; }
    public List<NoteNode> Notes { get; } = [];
}

internal sealed class DefinitionListNode : Node
{
    public List<DefinitionItem> Items { get; } = [];
}

internal sealed class CodeNode : Node
{
    public List<string> Lines { get; } = [];
}

internal abstract class ContainerNode : Node
{
    public required string Id { get; set; }
    public List<Node> Blocks { get; } = [];
    public List<string> Bookmarks { get; } = [];
}

internal sealed class ClauseNode : ContainerNode
{
    public string? Number { get; set; }
    public string? Title { get; set; }
    public ClauseKind Kind { get; set; }
    public int Level { get; init; }
    public List<ReferenceEntry> References { get; } = [];
    public List<int> ReferenceParagraphs { get; } = [];
    public List<TermNode> Terms { get; } = [];
    public List<ClauseNode> Children { get; } = [];
}

internal sealed class SectionNode : ContainerNode
{
    public SectionKind Kind { get; init; }
    public string? Title { get; init; }
    public List<ClauseNode> Clauses { get; } = [];
}

internal sealed class AnnexNode : ContainerNode
{
    public required string Letter { get; init; }
    public string? Label { get; init; }
    public AnnexObligation? Obligation { get; set; }
    public string? Title { get; set; }
    public List<ReferenceEntry> References { get; } = [];
    public List<int> ReferenceParagraphs { get; } = [];
    public List<TermNode> Terms { get; } = [];
    public List<ClauseNode> Children { get; } = [];
}

internal sealed class TermNode : ContainerNode
{
    public string? Number { get; set; }
    public List<Designation> Preferred { get; } = [];
    public List<Designation> Admitted { get; } = [];
    public List<Designation> Deprecated { get; } = [];
    public List<Designation> Equivalents { get; } = [];
    public string? Abbreviation { get; set; }
    public string? Domain { get; set; }
    public string? Definition { get; set; }
    public List<NoteNode> Notes { get; } = [];
    public List<NoteNode> Examples { get; } = [];
    public List<TermSource> Sources { get; } = [];
}

internal sealed class BibliographyNode : ContainerNode
{
    public string? Title { get; init; }
    public List<ReferenceEntry> Entries { get; } = [];
    public List<int> EntryParagraphs { get; } = [];
}
