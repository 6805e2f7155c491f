using Mrs.Model;

namespace Mrs.Import.Structure;

/// <summary>
/// Turns builder nodes into model records and records which Word paragraph each record came from; once the document
/// is whole, <see cref="SourceMap"/> gives those paragraphs by JSON pointer.
/// </summary>
internal sealed class ModelAssembler
{
    private readonly Dictionary<object, int> paragraphs = new(ReferenceEqualityComparer.Instance);

    /// <summary>Term entries (numbers, else ids) whose designation the importer could not find: valid, and reported.</summary>
    public List<string> Unnamed { get; } = [];

    /// <summary>Records the paragraph a record came from (the first one given wins) and returns the record.</summary>
    private T Map<T>(T record, int paragraph) where T : class
    {
        if (paragraph >= 0)
        {
            paragraphs.TryAdd(record, paragraph);
        }
        return record;
    }

    /// <summary>The Word paragraph each record of the assembled document came from, by the record's JSON pointer.</summary>
    public Dictionary<string, int> SourceMap(StandardDocument document)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in ModelWalker.Walk(document))
        {
            if (paragraphs.TryGetValue(node.Value, out var paragraph))
            {
                map.TryAdd(node.Pointer, paragraph);
            }
        }
        return map;
    }

    public IReadOnlyList<Block> Blocks(IReadOnlyList<Node> nodes)
    {
        var result = new List<Block>(nodes.Count);
        foreach (var node in nodes)
        {
            if (Block(node) is { } block)
            {
                result.Add(Map(block, node.Paragraph));
            }
        }
        return result;
    }

    private Block? Block(Node node)
    {
        switch (node)
        {
            case LeafNode leaf:
                return leaf.Block;
            case NoteNode note when note.IsExample:
                return new Example { Id = note.Id, Number = note.Number, Title = note.Title, Blocks = Blocks(note.Children) };
            case NoteNode note:
                return new Note { Id = note.Id, Number = note.Number, Blocks = Blocks(note.Children) };
            case ListNode list:
                return new ListBlock
                {
                    Ordered = list.Ordered,
                    Marker = list.Marker,
                    Items = list.Items.Select(Item).ToList(),
                };
            case FigureNode figure:
                // A sub-figure ("a) …") whose figure title never came keeps its label and title with its picture.
                var orphan = figure.SubLabel is not null;
                return new Figure
                {
                    Id = figure.Id, Number = figure.Number, Title = orphan ? null : figure.Title, Key = figure.Key,
                    Images = orphan ? figure.Images.Select(i => i with { Label = figure.SubLabel, Title = figure.Title }).ToList() : figure.Images,
                    Notes = figure.Notes.Select(BlockAs<Note>).ToList(),
                };
            case FormulaNode formula:
                return new Formula
                {
                    Id = formula.Id, Number = formula.Number, MathMl = formula.MathMl, Latex = formula.Latex, Text = formula.Text,
                    Image = formula.Image, Where = formula.Where
                };
            case TableNode table:
                return table.Table with { Notes = [.. table.Table.Notes, .. table.Notes.Select(BlockAs<Note>)] };
            case DefinitionListNode list:
                return new DefinitionList { Items = list.Items };
            case CodeNode code:
                return new CodeBlock { Text = string.Join('\n', code.Lines) };
            default:
                return null;
        }
    }

    /// <summary>A note of a figure, table or term entry, or an example of a term entry.</summary>
    private T BlockAs<T>(Node node) where T : Block => (T)Map(Block(node)!, node.Paragraph);

    private ListItem Item(ItemNode item) =>
        Map(new ListItem { Label = item.Label, Text = item.Text, Provisions = item.Provisions, Blocks = Blocks(item.Children) }, item.Paragraph);

    public Clause Clause(ClauseNode node) => Map(new Clause
    {
        Id = node.Id,
        Number = node.Number,
        Title = node.Title,
        Kind = node.Kind,
        Blocks = Blocks(node.Blocks),
        References = MapEntries(node.References, node.ReferenceParagraphs),
        Terms = node.Terms.Select(Term).ToList(),
        Clauses = node.Children.Select(Clause).ToList(),
    }, node.Paragraph);

    /// <summary>Each reference entry of a clause, an annex or the bibliography is located at the paragraph it came from.</summary>
    private IReadOnlyList<ReferenceEntry> MapEntries(IReadOnlyList<ReferenceEntry> entries, List<int> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count && i < entries.Count; i++)
        {
            Map(entries[i], paragraphs[i]);
        }
        return entries;
    }

    public Annex Annex(AnnexNode node) => Map(new Annex
    {
        Id = node.Id,
        Letter = node.Letter,
        Label = node.Label,
        Obligation = node.Obligation,
        Title = node.Title,
        Blocks = Blocks(node.Blocks),
        References = MapEntries(node.References, node.ReferenceParagraphs),
        Terms = node.Terms.Select(Term).ToList(),
        Clauses = node.Children.Select(Clause).ToList(),
    }, node.Paragraph);

    public Section Section(SectionNode node) => Map(new Section
    {
        Id = node.Id,
        Kind = node.Kind,
        Title = node.Title,
        Blocks = Blocks(node.Blocks),
        Clauses = node.Clauses.Select(Clause).ToList(),
    }, node.Paragraph);

    public Bibliography Bibliography(BibliographyNode node) => Map(new Bibliography
    {
        Id = node.Id,
        Title = node.Title,
        Blocks = Blocks(node.Blocks),
        Entries = MapEntries(node.Entries, node.EntryParagraphs),
    }, node.Paragraph);

    private TermEntry Term(TermNode node)
    {
        if (node.Preferred.Count == 0)
        {
            Unnamed.Add(node.Number ?? node.Id);
        }
        return Map(new TermEntry
        {
            Id = node.Id,
            Number = node.Number,
            Preferred = node.Preferred,
            Admitted = node.Admitted,
            Deprecated = node.Deprecated,
            Equivalents = node.Equivalents,
            Abbreviation = node.Abbreviation,
            Domain = node.Domain,
            Definition = node.Definition,
            Blocks = Blocks(node.Blocks),
            Examples = node.Examples.Select(BlockAs<Example>).ToList(),
            Notes = node.Notes.Select(BlockAs<Note>).ToList(),
            Sources = node.Sources,
        }, node.Paragraph);
    }
}
