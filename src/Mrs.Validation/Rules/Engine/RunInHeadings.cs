using Mrs.Model;
using Mrs.Text;

namespace Mrs.Validation.Rules;

/// <summary>
/// Subclauses whose heading the importer did not recover: a paragraph of a clause that starts with a subclause number
/// ("**B.2.5**\t**Stirrer rod.**", the ISO run-in style of apparatus and reagent lists). Numbering and cross-reference
/// rules leave those numbers alone: the number is in the document; recovering it is the importer's work.
/// </summary>
internal static class RunInHeadings
{
    /// <summary>Whether a paragraph of <paramref name="scope"/> (not of its subclauses) starts with <paramref name="number"/>.</summary>
    public static bool Holds(ScopeNode? scope, string number)
    {
        if (scope is null || number.Length == 0)
        {
            return false;
        }
        foreach (var block in scope.Blocks)
        {
            if (block is Paragraph p && InlineText.ToPlain(p.Text, true).TrimStart() is { } plain
                && plain.StartsWith(number, StringComparison.Ordinal) && plain.Length > number.Length && char.IsWhiteSpace(plain[number.Length]))
            {
                return true;
            }
        }
        return false;
    }
}
