namespace Mrs.Model;

/// <summary>
/// Rebuilds a model with every inline-text value (titles, paragraph and item text, definitions, captions, cells,
/// reference entries …) passed through a function; everything else is kept. Stages use it for whole-document text
/// passes, such as resolving cross-references once all targets are known. Headings (clause, annex, section and
/// bibliography titles) and designations go through <paramref name="headings"/> when it is given: they hold the text
/// a reader sees, without links, so a pass that adds links leaves them alone.
/// The walk is the model's shape (<see cref="ModelShape"/>); this class says only which texts each object has.
/// </summary>
public sealed class TextRewriter(Func<string, string> map, Func<string, IReadOnlyList<Provision>, IReadOnlyList<Provision>>? provisions = null,
    Func<string, string>? headings = null)
{
    /// <summary>Passes every paragraph and list item text with its provisions through <paramref name="provisions"/>, text unchanged.</summary>
    public static TextRewriter ForProvisions(Func<string, IReadOnlyList<Provision>, IReadOnlyList<Provision>> provisions) => new(s => s, provisions);

    public StandardDocument Rewrite(StandardDocument document) => Rewrite<StandardDocument>(document);

    /// <summary>Any part of a model (a clause, a term entry, a block …), rewritten as it would be in a whole document.</summary>
    public T Rewrite<T>(T value) where T : class => (T)ModelShape.Rebuild(value, OwnTexts);

    private string? H(string? s) => s is null ? null : (headings ?? map)(s);

    private string? M(string? s) => s is null ? null : map(s);

    private IReadOnlyList<Provision> P(string text, IReadOnlyList<Provision> current) => provisions is null ? current : provisions(text, current);

    /// <summary>An object with its own texts rewritten (what it holds is rewritten already).</summary>
    private object OwnTexts(object value) => value switch
    {
        Section s => s with { Title = H(s.Title) },
        Clause c => c with { Title = H(c.Title) },
        Annex a => a with { Title = H(a.Title) },
        Bibliography b => b with { Title = H(b.Title) },
        ReferenceEntry r => r with { Title = M(r.Title), Text = map(r.Text), Footnote = M(r.Footnote) },
        TermEntry t => t with { Definition = M(t.Definition) },
        Designation d => d with { Text = H(d.Text)! },
        TermSource s => s with { Modification = M(s.Modification), Text = M(s.Text) },
        Paragraph p => p with { Text = map(p.Text), Provisions = P(p.Text, p.Provisions) },
        ListItem i => i with { Text = map(i.Text), Provisions = P(i.Text, i.Provisions) },
        Example e => e with { Title = M(e.Title) },
        Table t => t with { Title = M(t.Title) },
        TableCell c => Cell(c),
        Figure f => f with { Title = M(f.Title) },
        DefinitionItem i => i with { Term = map(i.Term), Definition = map(i.Definition) },
        _ => value,
    };

    /// <summary>A cell; a text cell whose text makes provisions becomes a one-paragraph block cell, so that they have a place.</summary>
    private TableCell Cell(TableCell c)
    {
        var cell = c with { Text = M(c.Text) };
        if (provisions is not null && cell.Text is { } text && provisions(text, []) is { Count: > 0 } found)
        {
            return cell with { Text = null, Blocks = [new Paragraph { Text = text, Provisions = found }] };
        }
        return cell;
    }
}
