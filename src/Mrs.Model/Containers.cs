namespace Mrs.Model;

/// <summary>
/// Something that holds blocks: a section, clause, annex, the bibliography, a term entry, a footnote, a note, an
/// example, a list item or a table cell.
/// </summary>
public interface IBlockContainer
{
    IReadOnlyList<Block> Blocks { get; }
}

/// <summary>
/// A heading-level container: a front section or the index, a clause, an annex or the bibliography. They hold the same
/// kinds of content; what one of them cannot hold is empty (a section has no terms, the bibliography no subclauses, and
/// its entries are its references).
/// </summary>
public interface IContainer : IBlockContainer
{
    string? Id { get; }

    string? Title { get; }

    IReadOnlyList<Clause> Clauses { get; }

    IReadOnlyList<TermEntry> Terms { get; }

    IReadOnlyList<ReferenceEntry> References { get; }
}
