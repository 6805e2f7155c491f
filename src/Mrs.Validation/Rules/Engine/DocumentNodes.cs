using Mrs.Model;

namespace Mrs.Validation.Rules;

/// <summary>Where a piece of text or a block sits, as flags that accumulate on the way down the tree.</summary>
[Flags]
public enum TextContext : long
{
    None = 0,
    /// <summary>Inside the numbered clauses 1, 2, 3 ….</summary>
    Body = 1L << 0,
    Annex = 1L << 1,
    Foreword = 1L << 2,
    Introduction = 1L << 3,
    /// <summary>Another unnumbered front section.</summary>
    OtherPreface = 1L << 4,
    Bibliography = 1L << 5,
    Index = 1L << 6,
    Scope = 1L << 7,
    NormativeReferences = 1L << 8,
    /// <summary>Inside the terms and definitions clause (or terms defined in an annex).</summary>
    TermsClause = 1L << 9,
    Symbols = 1L << 10,
    /// <summary>A clause, annex or section title.</summary>
    Heading = 1L << 11,
    /// <summary>A table, figure or example title.</summary>
    Caption = 1L << 12,
    DocumentTitle = 1L << 13,
    Note = 1L << 14,
    Example = 1L << 15,
    /// <summary>A footnote of the document (not of a table).</summary>
    Footnote = 1L << 16,
    TableFootnote = 1L << 17,
    Table = 1L << 18,
    Figure = 1L << 19,
    Formula = 1L << 20,
    List = 1L << 21,
    DefinitionList = 1L << 22,
    TermEntry = 1L << 23,
    Designation = 1L << 24,
    Definition = 1L << 25,
    TermSource = 1L << 26,
    ReferenceEntry = 1L << 27,
    Code = 1L << 28,
    Raw = 1L << 29,
    Metadata = 1L << 30,
    FigureKey = 1L << 31,
    FormulaWhere = 1L << 32,

    /// <summary>Places where provisions (requirements, recommendations, permissions) are not allowed.</summary>
    Informative = Foreword | Introduction | Note | Example | Footnote | Bibliography,
}

public enum ScopeKind
{
    Clause,
    Annex,
    Section,
    Bibliography,
    Index,
}

/// <summary>The part a clause or section plays in the document.</summary>
public enum ScopeRole
{
    General,
    Scope,
    NormativeReferences,
    Terms,
    Symbols,
    Annex,
    Foreword,
    Introduction,
    OtherSection,
    Bibliography,
    Index,
}

/// <summary>A heading-level container: a clause or subclause, an annex, a front section, the bibliography or the index.</summary>
public sealed class ScopeNode
{
    public required ScopeKind Kind { get; init; }
    public required ScopeRole Role { get; init; }
    /// <summary>JSON pointer of the node.</summary>
    public required string Pointer { get; init; }
    /// <summary>How findings name it: "5.2", "Annex A", "Foreword", "Bibliography".</summary>
    public required string Label { get; init; }
    public ScopeNode? Parent { get; init; }
    public List<ScopeNode> Children { get; } = [];
    /// <summary>Clause level: 1 for a clause (or an annex's first-level clause A.1), 2 for a subclause …; 0 for annexes and sections.</summary>
    public int Depth { get; init; }
    /// <summary>The letter of the annex the node is in, when it is in one.</summary>
    public string? AnnexLetter { get; init; }
    public TextContext Context { get; init; }
    public Clause? Clause { get; init; }
    public Annex? Annex { get; init; }
    public Section? Section { get; init; }
    public Bibliography? Bibliography { get; init; }

    /// <summary>The clause, annex, section or bibliography; none for the document and the cover.</summary>
    public IContainer? Container => (IContainer?)Clause ?? (IContainer?)Annex ?? (IContainer?)Section ?? Bibliography;

    public string? Number => Clause?.Number;

    public string? Title => Container?.Title;

    public IReadOnlyList<Block> Blocks => Container?.Blocks ?? [];

    public IReadOnlyList<Clause> SubClauses => Container?.Clauses ?? [];

    public IReadOnlyList<TermEntry> Terms => Container?.Terms ?? [];

    /// <summary>The entries of a clause's or annex's references, or of the bibliography.</summary>
    public IReadOnlyList<ReferenceEntry> References => Container?.References ?? [];

    /// <summary>True for clauses and subclauses of the body or of an annex (not front sections).</summary>
    public bool IsNumberedClause => Kind == ScopeKind.Clause && (Context & (TextContext.Body | TextContext.Annex)) != 0;

    public override string ToString() => Label;
}

/// <summary>A block with where it is.</summary>
public sealed class BlockNode
{
    public required Block Block { get; init; }
    public required string Pointer { get; init; }
    public required ScopeNode Owner { get; init; }
    public required TextContext Context { get; init; }
    /// <summary>The note, example, list or table the block is inside, if any.</summary>
    public BlockNode? Parent { get; init; }
    /// <summary>The list of blocks this block belongs to (for its siblings).</summary>
    public required IReadOnlyList<Block> Siblings { get; init; }
    public required int Index { get; init; }
    /// <summary>Nesting level of lists: 1 for a list not inside another list.</summary>
    public int ListLevel { get; init; }
    /// <summary>Clause (or term entry) label for findings.</summary>
    public required string Label { get; init; }
}

/// <summary>A piece of inline text with where it is.</summary>
public sealed class TextNode
{
    public required string Text { get; init; }
    public required string Pointer { get; init; }
    public required ScopeNode Owner { get; init; }
    public required TextContext Context { get; init; }
    public BlockNode? Block { get; init; }
    public TermNode? Term { get; init; }
    /// <summary>Provisions the model carries for this text (imported models); empty otherwise.</summary>
    public IReadOnlyList<Provision> ModelProvisions { get; init; } = [];
    /// <summary>Clause (or term entry) label for findings.</summary>
    public required string Label { get; set; }

    private string? plain;
    private string? unlinked;

    /// <summary>The text without Markdown: links replaced by their text, footnote marks and escapes removed.</summary>
    public string Plain => plain ??= InlineText.ToPlain(Text, keepLinkText: true);

    /// <summary>The text with links and footnote marks removed entirely (for citations written out in plain text).</summary>
    public string Unlinked => unlinked ??= InlineText.ToPlain(Text, keepLinkText: false);

    public bool Is(TextContext flags) => (Context & flags) != 0;
}

public sealed class TermNode
{
    public required TermEntry Entry { get; init; }
    public required string Pointer { get; init; }
    public required ScopeNode Owner { get; init; }
    public required string Label { get; init; }
}

public sealed class ReferenceNode
{
    public required ReferenceEntry Entry { get; init; }
    public required string Pointer { get; init; }
    public required ScopeNode Owner { get; init; }
    /// <summary>True for an entry of the normative references clause; false for the bibliography.</summary>
    public required bool Normative { get; init; }

    private DocumentIdentifier? identifier;
    private bool parsed;

    /// <summary>The identifier parsed from <see cref="ReferenceEntry.Identifier"/> (or the start of the text).</summary>
    public DocumentIdentifier? Identifier
    {
        get
        {
            if (!parsed)
            {
                identifier = DocumentIdentifier.Parse(Entry.Identifier) ?? DocumentIdentifier.FindFirst(InlineText.ToPlain(Entry.Text, true));
                parsed = true;
            }
            return identifier;
        }
    }
}

public sealed class FootnoteNode
{
    public required Footnote Footnote { get; init; }
    public required string Pointer { get; init; }
    /// <summary>The table the footnote belongs to, for table footnotes.</summary>
    public BlockNode? Table { get; init; }
    public required string Label { get; set; }
}

public enum TargetKind
{
    Clause,
    Annex,
    Section,
    Term,
    Table,
    Figure,
    Formula,
    Reference,
    Footnote,
    Block,
    Other,
}

/// <summary>Something a cross-reference can point at, by id.</summary>
public sealed record Target(string Id, TargetKind Kind, string Pointer, string Label, ScopeNode? Owner);
