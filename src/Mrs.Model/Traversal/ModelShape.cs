namespace Mrs.Model;

/// <summary>
/// A part of a model object that holds other model objects, under the name the serialized model gives it: a list (a
/// clause's blocks, a table's rows) or a single value (the bibliography, a formula's image).
/// </summary>
internal abstract class ModelPart(string name)
{
    public string Name => name;

    /// <summary>False for a part that holds one value or none.</summary>
    public abstract bool IsList { get; }

    /// <summary>The objects of a list part, in order.</summary>
    public abstract IReadOnlyList<object> Items(object owner);

    /// <summary>The value of a single part, when it has one.</summary>
    public abstract object? Value(object owner);

    /// <summary>The owner with every object of this part passed through <paramref name="change"/>; the owner itself when none changed.</summary>
    public abstract object Rebuild(object owner, Func<object, object> change);
}

internal sealed class ListPart<TOwner, TItem>(string name, Func<TOwner, IReadOnlyList<TItem>> get, Func<TOwner, IReadOnlyList<TItem>, TOwner> set)
    : ModelPart(name) where TOwner : class where TItem : class
{
    public override bool IsList => true;

    public override IReadOnlyList<object> Items(object owner) => get((TOwner)owner);

    public override object? Value(object owner) => null;

    public override object Rebuild(object owner, Func<object, object> change)
    {
        var items = get((TOwner)owner);
        List<TItem>? changed = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = (TItem)change(items[i]);
            if (changed is null && !ReferenceEquals(item, items[i]))
            {
                changed = new List<TItem>(items.Count);
                for (var k = 0; k < i; k++)
                {
                    changed.Add(items[k]);
                }
            }
            changed?.Add(item);
        }
        return changed is null ? owner : set((TOwner)owner, changed);
    }
}

internal sealed class ValuePart<TOwner, TValue>(string name, Func<TOwner, TValue?> get, Func<TOwner, TValue, TOwner> set)
    : ModelPart(name) where TOwner : class where TValue : class
{
    public override bool IsList => false;

    public override IReadOnlyList<object> Items(object owner) => [];

    public override object? Value(object owner) => get((TOwner)owner);

    public override object Rebuild(object owner, Func<object, object> change)
    {
        if (get((TOwner)owner) is not { } value)
        {
            return owner;
        }
        var result = (TValue)change(value);
        return ReferenceEquals(result, value) ? owner : set((TOwner)owner, result);
    }
}

/// <summary>
/// The shape of the model, written once: for each kind of model object, the parts that hold other model objects, in the
/// order the serialized model writes them. Scalar values (ids, numbers, texts, flags) are not parts.
/// </summary>
internal static class ModelShape
{
    private static ListPart<TOwner, TItem> List<TOwner, TItem>(string name, Func<TOwner, IReadOnlyList<TItem>> get,
        Func<TOwner, IReadOnlyList<TItem>, TOwner> set)
        where TOwner : class where TItem : class => new(name, get, set);

    private static ValuePart<TOwner, TValue> One<TOwner, TValue>(string name, Func<TOwner, TValue?> get, Func<TOwner, TValue, TOwner> set)
        where TOwner : class where TValue : class => new(name, get, set);

    private static readonly ModelPart[] Document =
    [
        One<StandardDocument, Metadata>(ModelNames.Metadata, d => d.Metadata, (d, v) => d with { Metadata = v }),
        List<StandardDocument, Section>(ModelNames.Preface, d => d.Preface, (d, v) => d with { Preface = v }),
        List<StandardDocument, Clause>(ModelNames.Clauses, d => d.Clauses, (d, v) => d with { Clauses = v }),
        List<StandardDocument, Annex>(ModelNames.Annexes, d => d.Annexes, (d, v) => d with { Annexes = v }),
        One<StandardDocument, Bibliography>(ModelNames.Bibliography, d => d.Bibliography, (d, v) => d with { Bibliography = v }),
        One<StandardDocument, Section>(ModelNames.Index, d => d.Index, (d, v) => d with { Index = v }),
        List<StandardDocument, Footnote>(ModelNames.Footnotes, d => d.Footnotes, (d, v) => d with { Footnotes = v }),
        List<StandardDocument, Asset>(ModelNames.Assets, d => d.Assets, (d, v) => d with { Assets = v }),
    ];

    private static readonly ModelPart[] MetadataParts =
    [
        List<Metadata, Title>(ModelNames.Titles, m => m.Titles, (m, v) => m with { Titles = v }),
    ];

    private static readonly ModelPart[] SectionParts =
    [
        List<Section, Block>(ModelNames.Blocks, s => s.Blocks, (s, v) => s with { Blocks = v }),
        List<Section, Clause>(ModelNames.Clauses, s => s.Clauses, (s, v) => s with { Clauses = v }),
    ];

    private static readonly ModelPart[] ClauseParts =
    [
        List<Clause, Block>(ModelNames.Blocks, c => c.Blocks, (c, v) => c with { Blocks = v }),
        List<Clause, ReferenceEntry>(ModelNames.References, c => c.References, (c, v) => c with { References = v }),
        List<Clause, TermEntry>(ModelNames.Terms, c => c.Terms, (c, v) => c with { Terms = v }),
        List<Clause, Clause>(ModelNames.Clauses, c => c.Clauses, (c, v) => c with { Clauses = v }),
    ];

    private static readonly ModelPart[] AnnexParts =
    [
        List<Annex, Block>(ModelNames.Blocks, a => a.Blocks, (a, v) => a with { Blocks = v }),
        List<Annex, ReferenceEntry>(ModelNames.References, a => a.References, (a, v) => a with { References = v }),
        List<Annex, TermEntry>(ModelNames.Terms, a => a.Terms, (a, v) => a with { Terms = v }),
        List<Annex, Clause>(ModelNames.Clauses, a => a.Clauses, (a, v) => a with { Clauses = v }),
    ];

    private static readonly ModelPart[] BibliographyParts =
    [
        List<Bibliography, Block>(ModelNames.Blocks, b => b.Blocks, (b, v) => b with { Blocks = v }),
        List<Bibliography, ReferenceEntry>(ModelNames.Entries, b => b.Entries, (b, v) => b with { Entries = v }),
    ];

    private static readonly ModelPart[] TermParts =
    [
        List<TermEntry, Designation>(ModelNames.Preferred, t => t.Preferred, (t, v) => t with { Preferred = v }),
        List<TermEntry, Designation>(ModelNames.Admitted, t => t.Admitted, (t, v) => t with { Admitted = v }),
        List<TermEntry, Designation>(ModelNames.Deprecated, t => t.Deprecated, (t, v) => t with { Deprecated = v }),
        List<TermEntry, Designation>(ModelNames.Equivalents, t => t.Equivalents, (t, v) => t with { Equivalents = v }),
        List<TermEntry, Block>(ModelNames.Blocks, t => t.Blocks, (t, v) => t with { Blocks = v }),
        List<TermEntry, Example>(ModelNames.Examples, t => t.Examples, (t, v) => t with { Examples = v }),
        List<TermEntry, Note>(ModelNames.Notes, t => t.Notes, (t, v) => t with { Notes = v }),
        List<TermEntry, TermSource>(ModelNames.Sources, t => t.Sources, (t, v) => t with { Sources = v }),
    ];

    private static readonly ModelPart[] FootnoteParts =
    [
        List<Footnote, Block>(ModelNames.Blocks, f => f.Blocks, (f, v) => f with { Blocks = v }),
    ];

    private static readonly ModelPart[] ListParts =
    [
        List<ListBlock, ListItem>(ModelNames.Items, l => l.Items, (l, v) => l with { Items = v }),
    ];

    private static readonly ModelPart[] ItemParts =
    [
        List<ListItem, Block>(ModelNames.Blocks, i => i.Blocks, (i, v) => i with { Blocks = v }),
    ];

    private static readonly ModelPart[] NoteParts =
    [
        List<Note, Block>(ModelNames.Blocks, n => n.Blocks, (n, v) => n with { Blocks = v }),
    ];

    private static readonly ModelPart[] ExampleParts =
    [
        List<Example, Block>(ModelNames.Blocks, e => e.Blocks, (e, v) => e with { Blocks = v }),
    ];

    private static readonly ModelPart[] TableParts =
    [
        List<Table, TableRow>(ModelNames.Rows, t => t.Rows, (t, v) => t with { Rows = v }),
        List<Table, Note>(ModelNames.Notes, t => t.Notes, (t, v) => t with { Notes = v }),
        List<Table, Footnote>(ModelNames.Footnotes, t => t.Footnotes, (t, v) => t with { Footnotes = v }),
    ];

    private static readonly ModelPart[] RowParts =
    [
        List<TableRow, TableCell>(ModelNames.Cells, r => r.Cells, (r, v) => r with { Cells = v }),
    ];

    private static readonly ModelPart[] CellParts =
    [
        List<TableCell, Block>(ModelNames.Blocks, c => c.Blocks, (c, v) => c with { Blocks = v }),
    ];

    private static readonly ModelPart[] FigureParts =
    [
        List<Figure, Image>(ModelNames.Images, f => f.Images, (f, v) => f with { Images = v }),
        List<Figure, DefinitionItem>(ModelNames.Key, f => f.Key, (f, v) => f with { Key = v }),
        List<Figure, Note>(ModelNames.Notes, f => f.Notes, (f, v) => f with { Notes = v }),
    ];

    private static readonly ModelPart[] FormulaParts =
    [
        List<Formula, DefinitionItem>(ModelNames.Where, f => f.Where, (f, v) => f with { Where = v }),
        One<Formula, Image>(ModelNames.Image, f => f.Image, (f, v) => f with { Image = v }),
    ];

    private static readonly ModelPart[] DefinitionListParts =
    [
        List<DefinitionList, DefinitionItem>(ModelNames.Items, d => d.Items, (d, v) => d with { Items = v }),
    ];

    /// <summary>The parts of a model object that hold other model objects; none for a leaf (a paragraph, an image, a designation …).</summary>
    public static ModelPart[] PartsOf(object value) => value switch
    {
        StandardDocument => Document,
        Metadata => MetadataParts,
        Section => SectionParts,
        Clause => ClauseParts,
        Annex => AnnexParts,
        Bibliography => BibliographyParts,
        TermEntry => TermParts,
        Footnote => FootnoteParts,
        ListBlock => ListParts,
        ListItem => ItemParts,
        Note => NoteParts,
        Example => ExampleParts,
        Table => TableParts,
        TableRow => RowParts,
        TableCell => CellParts,
        Figure => FigureParts,
        Formula => FormulaParts,
        DefinitionList => DefinitionListParts,
        _ => [],
    };

    /// <summary>
    /// The value with every model object in it passed through <paramref name="change"/>, from the leaves up: an object's
    /// parts are rebuilt before the object itself is passed on. What nothing changed stays the same instance.
    /// </summary>
    public static object Rebuild(object value, Func<object, object> change)
    {
        Func<object, object>? rebuild = null;
        rebuild = node =>
        {
            foreach (var part in PartsOf(node))
            {
                node = part.Rebuild(node, rebuild!);
            }
            return change(node);
        };
        return rebuild(value);
    }
}
