using System.Xml.Linq;
using Mrs.Import.Docx.Ooxml;

namespace Mrs.Import.Docx.Equations;

/// <summary>
/// Word's own equation number: typing "E=mc^2#(1)" and building it up gives an equation array of one line whose text
/// holds '#', the equation before it and its number after it, which Word sets at the right margin.
/// </summary>
public static partial class EquationNumber
{
    /// <summary>A formula number: "1", "12", "A.2", "B.1.3", "3a".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[A-Z]{1,2}\.)?\d+(?:\.\d+)*[a-z]?$")]
    private static partial System.Text.RegularExpressions.Regex Number();

    private static readonly XNamespace M = W.M;

    /// <summary>
    /// The equation without its number, and the number as shown without its parentheses ("1", "A.2"); the equation
    /// unchanged and null when it has no number of its own.
    /// </summary>
    public static (XElement Equation, string? Number) Split(XElement oMath)
    {
        var content = oMath.Elements().Where(e => e.Name != M + "ctrlPr" && e.Name != M + "oMathParaPr").ToList();
        if (content.Count != 1 || content[0].Name != M + "eqArr" || content[0].Elements(M + "e").Count() != 1)
        {
            return (oMath, null);
        }
        var line = content[0].Element(M + "e")!;
        var hash = line.Descendants(M + "t").FirstOrDefault(t => t.Value.Contains('#'));
        // the '#' separates the line's own items: one nested deeper (inside a fraction, say) is a character
        if (hash is null || hash.Parent?.Parent != line)
        {
            return (oMath, null);
        }
        var equation = new XElement(oMath.Name, oMath.Attributes());
        var number = new System.Text.StringBuilder();
        var after = false;
        foreach (var item in line.Elements())
        {
            if (after)
            {
                number.Append(string.Concat(item.Descendants(M + "t").Select(t => t.Value)));
                continue;
            }
            if (item.Elements(M + "t").FirstOrDefault(t => t == hash) is null)
            {
                equation.Add(new XElement(item));
                continue;
            }
            // the run holding '#': its text before the '#' is the equation's, the rest the number's
            after = true;
            var texts = item.Elements(M + "t").ToList();
            var index = texts.IndexOf(hash);
            var at = hash.Value.IndexOf('#', StringComparison.Ordinal);
            number.Append(hash.Value[(at + 1)..]).Append(string.Concat(texts.Skip(index + 1).Select(t => t.Value)));
            var before = new XElement(item);
            var beforeTexts = before.Elements(M + "t").ToList();
            beforeTexts[index].Value = hash.Value[..at];
            foreach (var t in beforeTexts.Skip(index + 1))
            {
                t.Remove();
            }
            equation.Add(before);
        }
        var shown = number.ToString().Trim().Trim('(', ')', '（', '）').Trim();
        return Number().IsMatch(shown) ? (equation, shown) : (oMath, null);
    }
}
