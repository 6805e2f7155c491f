using Mrs.Model;

namespace Mrs.Import.Structure;

/// <summary>
/// Counts the equations that reached the model: formula blocks with MathML or LaTeX, wherever they stand (clauses,
/// terms, tables, notes, footnotes), and inline maths ($…$) in every inline text, so that the report can say where the
/// document's equations went and whether any was lost.
/// </summary>
internal static class EquationCensus
{
    public static (int Formulas, int Inline) Count(StandardDocument document)
    {
        var inline = 0;
        new TextRewriter(text =>
        {
            inline += InlineMaths(text);
            return text;
        }).Rewrite(document);
        var formulas = 0;
        void Blocks(IEnumerable<Block> blocks)
        {
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case Formula f when f.MathMl is not null || f.Latex is not null: formulas++; break;
                    case ListBlock l: Blocks(l.Items.SelectMany(i => i.Blocks)); break;
                    case Note n: Blocks(n.Blocks); break;
                    case Example e: Blocks(e.Blocks); break;
                    case Table t:
                        Blocks(t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks));
                        Blocks(t.Notes);
                        Blocks(t.Footnotes.SelectMany(f => f.Blocks));
                        break;
                    case Figure f: Blocks(f.Notes); break;
                }
            }
        }
        void Clauses(IEnumerable<Clause> clauses)
        {
            foreach (var c in clauses)
            {
                Blocks(c.Blocks);
                Terms(c.Terms);
                Clauses(c.Clauses);
            }
        }
        void Terms(IEnumerable<TermEntry> terms)
        {
            foreach (var t in terms)
            {
                Blocks(t.Blocks);
                Blocks(t.Examples);
                Blocks(t.Notes);
            }
        }
        void Sections(IEnumerable<Section> sections)
        {
            foreach (var s in sections)
            {
                Blocks(s.Blocks);
                Clauses(s.Clauses);
            }
        }
        Sections(document.Preface);
        Clauses(document.Clauses);
        foreach (var annex in document.Annexes)
        {
            Blocks(annex.Blocks);
            Terms(annex.Terms);
            Clauses(annex.Clauses);
        }
        if (document.Bibliography is { } bibliography)
        {
            Blocks(bibliography.Blocks);
        }
        if (document.Index is { } index)
        {
            Sections([index]);
        }
        Blocks(document.Footnotes.SelectMany(f => f.Blocks));
        return (formulas, inline);
    }

    /// <summary>The inline maths spans of a text: unescaped dollars, in pairs.</summary>
    internal static int InlineMaths(string text)
    {
        var dollars = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '$')
            {
                dollars++;
            }
        }
        return dollars / 2;
    }
}
