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
        var formulas = document.Descendants<Formula>().Count(f => f.MathMl is not null || f.Latex is not null);
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
