using Mrs.Import.Docx.Equations;
using Mrs.Import.Docx.Word;

namespace Mrs.Import.Structure;

/// <summary>
/// How Word documents lay out a numbered display formula without Word's display maths: the equation alone in its
/// paragraph, then a tab and the number, "(1)", "(A.2)" — the ISO and GB/T layout with the number at a right tab stop,
/// sometimes after a centring tab. Such a paragraph is a formula, not a sentence with maths in it.
/// </summary>
internal static class FormulaLayout
{
    public static bool IsNumberedEquation(WordParagraph p)
    {
        var maths = p.Inlines.Where(i => i is WordMath).Cast<WordMath>().ToList();
        if (maths.Count != 1)
        {
            return false;
        }
        if (EquationNumber.Split(maths[0].Omml).Number is not null)
        {
            return true;
        }
        var at = p.Inlines.ToList().IndexOf(maths[0]);
        var before = WordText.Plain(p.Inlines.Take(at));
        var after = p.Inlines.Skip(at + 1).ToList();
        return before.Trim().Length == 0
            && after.Any(i => i is WordTab)
            && TypedLabels.FormulaNumber().Match(WordText.Plain(after)) is { Success: true } number
            && WordText.Plain(after)[..number.Index].Trim().Length == 0;
    }
}
