namespace Mrs.Model;

/// <summary>
/// Rebuilds a model with every inline-text value (titles, paragraph and item text, definitions, captions, cells,
/// reference entries …) passed through a function; everything else is kept. Stages use it for whole-document text
/// passes, such as resolving cross-references once all targets are known. Headings (clause, annex, section and
/// bibliography titles) and designations go through <paramref name="headings"/> when it is given: they hold the text
/// a reader sees, without links, so a pass that adds links leaves them alone.
/// </summary>
public sealed class TextRewriter(Func<string, string> map, Func<string, IReadOnlyList<Provision>, IReadOnlyList<Provision>>? provisions = null, Func<string, string>? headings = null)
{
    private string? H(string? s) => s is null ? null : (headings ?? map)(s);

    /// <summary>Passes every paragraph and list item text with its provisions through <paramref name="provisions"/>, text unchanged.</summary>
    public static TextRewriter ForProvisions(Func<string, IReadOnlyList<Provision>, IReadOnlyList<Provision>> provisions) => new(s => s, provisions);

    private IReadOnlyList<Provision> P(string text, IReadOnlyList<Provision> current) => provisions is null ? current : provisions(text, current);

    private string? M(string? s) => s is null ? null : map(s);

    private string MS(string s) => map(s);

    public StandardDocument Rewrite(StandardDocument d) => d with
    {
        Preface = d.Preface.Select(Section).ToList(),
        Clauses = d.Clauses.Select(Clause).ToList(),
        Annexes = d.Annexes.Select(Annex).ToList(),
        Bibliography = d.Bibliography is { } b ? b with { Title = H(b.Title), Blocks = Blocks(b.Blocks), Entries = b.Entries.Select(Reference).ToList() } : null,
        Index = d.Index is { } i ? Section(i) : null,
        Footnotes = d.Footnotes.Select(Footnote).ToList(),
    };

    public Section Section(Section s) => s with { Title = H(s.Title), Blocks = Blocks(s.Blocks), Clauses = s.Clauses.Select(Clause).ToList() };

    public Clause Clause(Clause c) => c with
    {
        Title = H(c.Title),
        Blocks = Blocks(c.Blocks),
        References = c.References.Select(Reference).ToList(),
        Terms = c.Terms.Select(Term).ToList(),
        Clauses = c.Clauses.Select(Clause).ToList(),
    };

    public Annex Annex(Annex a) => a with
    {
        Title = H(a.Title),
        Blocks = Blocks(a.Blocks),
        References = a.References.Select(Reference).ToList(),
        Terms = a.Terms.Select(Term).ToList(),
        Clauses = a.Clauses.Select(Clause).ToList(),
    };

    public ReferenceEntry Reference(ReferenceEntry r) => r with { Title = M(r.Title), Text = MS(r.Text), Footnote = M(r.Footnote) };

    public TermEntry Term(TermEntry t) => t with
    {
        Preferred = t.Preferred.Select(Designation).ToList(),
        Admitted = t.Admitted.Select(Designation).ToList(),
        Deprecated = t.Deprecated.Select(Designation).ToList(),
        Equivalents = t.Equivalents.Select(Designation).ToList(),
        Definition = M(t.Definition),
        Blocks = Blocks(t.Blocks),
        Examples = t.Examples.Select(e => (Example)Block(e)).ToList(),
        Notes = t.Notes.Select(n => (Note)Block(n)).ToList(),
        Sources = t.Sources.Select(s => s with { Modification = M(s.Modification), Text = M(s.Text) }).ToList(),
    };

    private Designation Designation(Designation d) => d with { Text = H(d.Text)! };

    public Footnote Footnote(Footnote f) => f with { Blocks = Blocks(f.Blocks) };

    public IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks) => blocks.Select(Block).ToList();

    /// <summary>A cell; a text cell whose text makes provisions becomes a one-paragraph block cell, so that they have a place.</summary>
    private TableCell Cell(TableCell c)
    {
        var cell = c with { Text = M(c.Text), Blocks = Blocks(c.Blocks) };
        if (provisions is not null && cell.Text is { } text && provisions(text, []) is { Count: > 0 } found)
        {
            return cell with { Text = null, Blocks = [new Paragraph { Text = text, Provisions = found }] };
        }
        return cell;
    }

    private DefinitionItem Item(DefinitionItem i) => i with { Term = MS(i.Term), Definition = MS(i.Definition) };

    public Block Block(Block block) => block switch
    {
        Paragraph p => p with { Text = MS(p.Text), Provisions = P(p.Text, p.Provisions) },
        ListBlock l => l with { Items = l.Items.Select(i => i with { Text = MS(i.Text), Provisions = P(i.Text, i.Provisions), Blocks = Blocks(i.Blocks) }).ToList() },
        Note n => n with { Blocks = Blocks(n.Blocks) },
        Example e => e with { Title = M(e.Title), Blocks = Blocks(e.Blocks) },
        Table t => t with
        {
            Title = M(t.Title),
            Rows = t.Rows.Select(r => r with { Cells = r.Cells.Select(Cell).ToList() }).ToList(),
            Notes = t.Notes.Select(n => (Note)Block(n)).ToList(),
            Footnotes = t.Footnotes.Select(Footnote).ToList(),
        },
        Figure f => f with { Title = M(f.Title), Key = f.Key.Select(Item).ToList(), Notes = f.Notes.Select(n => (Note)Block(n)).ToList() },
        Formula f => f with { Where = f.Where.Select(Item).ToList() },
        DefinitionList d => d with { Items = d.Items.Select(Item).ToList() },
        _ => block,
    };
}
