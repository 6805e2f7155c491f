using Mrs.Import.Docx.Word;
using Mrs.Model;

namespace Mrs.Import.Structure;

/// <summary>Formulas: the "where" list laid out as a table.</summary>
internal sealed partial class StructureBuilder
{
    /// <summary>
    /// A table right after "where" below a formula, one symbol and its explanation per row (the ISO template's layout,
    /// with or without an empty first column): the formula's "where" list. False, and nothing done, for any other table.
    /// </summary>
    private bool TryWhereTable(WordTable table)
    {
        var formula = LastOf<FormulaNode>();
        if (!whereMode || formula is null || table.Rows.Count == 0)
        {
            return false;
        }
        var rows = table.Rows.Select(row => row.Cells.Select(c => c.Blocks.OfType<WordParagraph>().ToList())
            .Where(ps => WordText.Plain(ps.SelectMany(p => p.Inlines)).Trim().Length > 0).ToList()).ToList();
        if (rows.Any(cells => cells.Count != 2 || cells[0].Count != 1)
            || table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks).Any(b => b is not WordParagraph))
        {
            return false;
        }
        var items = new List<DefinitionItem>();
        foreach (var cells in rows)
        {
            // the symbol is maths even where Word set it as display maths, alone in its cell
            var term = Inline(cells[0][0].Inlines.Select(i => i is WordMath { Display: true } m ? m with { Display = false } : i).ToList());
            var definition = string.Join("\\\n", cells[1].Select(p => Inline(p.Inlines)).Where(s => s.Length > 0));
            var verb = WhereVerb().Match(definition);
            items.Add(new DefinitionItem { Term = term, Definition = definition[verb.Length..] });
        }
        formula.Where.AddRange(items);
        whereMode = false;
        BindBookmarks(table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks).OfType<WordParagraph>()
            .SelectMany(p => p.Inlines.OfType<WordBookmark>()).Select(b => b.Name), formula.Id);
        return true;
    }
}
