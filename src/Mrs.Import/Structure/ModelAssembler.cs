using Mrs.Model;

namespace Mrs.Import.Structure;

/// <summary>Turns builder nodes into model records and records which Word paragraph each JSON pointer came from.</summary>
internal sealed class ModelAssembler
{
    public Dictionary<string, int> SourceMap { get; } = new(StringComparer.Ordinal);

    /// <summary>Term entries (numbers, else ids) whose designation the importer could not find: valid, and reported.</summary>
    public List<string> Unnamed { get; } = [];

    private void Map(string pointer, int paragraph)
    {
        if (paragraph >= 0)
        {
            SourceMap.TryAdd(pointer, paragraph);
        }
    }

    public IReadOnlyList<Block> Blocks(IReadOnlyList<Node> nodes, string pointer)
    {
        var result = new List<Block>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            var block = Block(nodes[i], $"{pointer}/{i}");
            if (block is not null)
            {
                result.Add(block);
            }
            else
            {
                // keep indexes aligned with the pointers already mapped
            }
        }
        return result;
    }

    private Block? Block(Node node, string pointer)
    {
        Map(pointer, node.Paragraph);
        switch (node)
        {
            case LeafNode leaf:
                return leaf.Block;
            case NoteNode note when note.IsExample:
                return new Example { Id = note.Id, Number = note.Number, Title = note.Title, Blocks = Blocks(note.Children, pointer + "/blocks") };
            case NoteNode note:
                return new Note { Id = note.Id, Number = note.Number, Blocks = Blocks(note.Children, pointer + "/blocks") };
            case ListNode list:
                return new ListBlock
                {
                    Ordered = list.Ordered,
                    Marker = list.Marker,
                    Items = list.Items.Select((item, i) => Item(item, $"{pointer}/items/{i}")).ToList(),
                };
            case FigureNode figure:
                // A sub-figure ("a) …") whose figure title never came keeps its label and title with its picture.
                var orphan = figure.SubLabel is not null;
                return new Figure
                {
                    Id = figure.Id, Number = figure.Number, Title = orphan ? null : figure.Title, Key = figure.Key,
                    Images = orphan ? figure.Images.Select(i => i with { Label = figure.SubLabel, Title = figure.Title }).ToList() : figure.Images,
                    Notes = figure.Notes.Select((n, i) => (Note)Block(n, $"{pointer}/notes/{i}")!).ToList(),
                };
            case FormulaNode formula:
                return new Formula { Id = formula.Id, Number = formula.Number, MathMl = formula.MathMl, Latex = formula.Latex, Text = formula.Text, Image = formula.Image, Where = formula.Where };
            case TableNode table:
                return table.Table with { Notes = [.. table.Table.Notes, .. table.Notes.Select((n, i) => (Note)Block(n, $"{pointer}/notes/{i + table.Table.Notes.Count}")!)] };
            case DefinitionListNode list:
                return new DefinitionList { Items = list.Items };
            case CodeNode code:
                return new CodeBlock { Text = string.Join('\n', code.Lines) };
            default:
                return null;
        }
    }

    private ListItem Item(ItemNode item, string pointer)
    {
        Map(pointer, item.Paragraph);
        return new ListItem { Label = item.Label, Text = item.Text, Provisions = item.Provisions, Blocks = Blocks(item.Children, pointer + "/blocks") };
    }

    public Clause Clause(ClauseNode node, string pointer)
    {
        Map(pointer, node.Paragraph);
        MapReferences(pointer, node.ReferenceParagraphs);
        return new Clause
        {
            Id = node.Id,
            Number = node.Number,
            Title = node.Title,
            Kind = node.Kind,
            Blocks = Blocks(node.Blocks, pointer + "/blocks"),
            References = node.References,
            Terms = node.Terms.Select((t, i) => Term(t, $"{pointer}/terms/{i}")).ToList(),
            Clauses = node.Children.Select((c, i) => Clause(c, $"{pointer}/clauses/{i}")).ToList(),
        };
    }

    /// <summary>Each reference entry of a clause or annex is located at the paragraph it came from.</summary>
    private void MapReferences(string pointer, List<int> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            Map($"{pointer}/references/{i}", paragraphs[i]);
        }
    }

    public Annex Annex(AnnexNode node, string pointer)
    {
        Map(pointer, node.Paragraph);
        MapReferences(pointer, node.ReferenceParagraphs);
        return new Annex
        {
            Id = node.Id,
            Letter = node.Letter,
            Label = node.Label,
            Obligation = node.Obligation,
            Title = node.Title,
            Blocks = Blocks(node.Blocks, pointer + "/blocks"),
            References = node.References,
            Terms = node.Terms.Select((t, i) => Term(t, $"{pointer}/terms/{i}")).ToList(),
            Clauses = node.Children.Select((c, i) => Clause(c, $"{pointer}/clauses/{i}")).ToList(),
        };
    }

    public Section Section(SectionNode node, string pointer)
    {
        Map(pointer, node.Paragraph);
        return new Section
        {
            Id = node.Id,
            Kind = node.Kind,
            Title = node.Title,
            Blocks = Blocks(node.Blocks, pointer + "/blocks"),
            Clauses = node.Clauses.Select((c, i) => Clause(c, $"{pointer}/clauses/{i}")).ToList(),
        };
    }

    public Bibliography Bibliography(BibliographyNode node, string pointer)
    {
        Map(pointer, node.Paragraph);
        for (var i = 0; i < node.EntryParagraphs.Count; i++)
        {
            Map($"{pointer}/entries/{i}", node.EntryParagraphs[i]);
        }
        return new Bibliography { Id = node.Id, Title = node.Title, Blocks = Blocks(node.Blocks, pointer + "/blocks"), Entries = node.Entries };
    }

    private TermEntry Term(TermNode node, string pointer)
    {
        Map(pointer, node.Paragraph);
        if (node.Preferred.Count == 0)
        {
            Unnamed.Add(node.Number ?? node.Id);
        }
        return new TermEntry
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
            Blocks = Blocks(node.Blocks, pointer + "/blocks"),
            Examples = node.Examples.Select((e, i) => (Example)Block(e, $"{pointer}/examples/{i}")!).ToList(),
            Notes = node.Notes.Select((n, i) => (Note)Block(n, $"{pointer}/notes/{i}")!).ToList(),
            Sources = node.Sources,
        };
    }
}
