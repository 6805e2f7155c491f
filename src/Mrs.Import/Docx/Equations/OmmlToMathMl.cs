using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Mrs.Import.Docx.Ooxml;

namespace Mrs.Import.Docx.Equations;

/// <summary>
/// Office Math (OMML) to presentation MathML. Covers what standards use: runs, fractions, scripts, radicals, n-ary
/// operators, delimiters, functions, accents, bars, limits, matrices, equation arrays, boxes, group characters and
/// pre-scripts. Unknown elements keep their text in an &lt;mtext&gt;, so nothing is lost.
/// </summary>
public static class OmmlToMathMl
{
    private static readonly XNamespace M = W.M;
    private static readonly XNamespace Mml = "http://www.w3.org/1998/Math/MathML";

    public static string Convert(XElement oMath, bool display)
    {
        var math = new XElement(Mml + "math", new XAttribute("xmlns", Mml.NamespaceName));
        if (display)
        {
            math.Add(new XAttribute("display", "block"));
        }
        math.Add(Row(oMath.Elements()));
        return math.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Row(IEnumerable<XElement> elements)
    {
        var items = elements.SelectMany(Node).ToList();
        return items.Count == 1 ? items[0] : new XElement(Mml + "mrow", items);
    }

    private static XElement Arg(XElement? parent, string name) => Row(parent?.Element(M + name)?.Elements() ?? []);

    private static IEnumerable<XElement> Node(XElement e)
    {
        if (e.Name.Namespace != M)
        {
            // w:r inside math etc.
            if (e.Name == W.N("r"))
            {
                return Run(string.Concat(e.Elements(W.N("t")).Select(t => t.Value)), null);
            }
            return [];
        }
        switch (e.Name.LocalName)
        {
            case "r":
                return Run(string.Concat(e.Elements(M + "t").Select(t => t.Value)), e.Element(M + "rPr"));
            case "f":
            {
                var type = Val(e.Element(M + "fPr"), "type");
                var frac = new XElement(Mml + "mfrac", Arg(e, "num"), Arg(e, "den"));
                if (type == "lin")
                {
                    return [Arg(e, "num"), Op("/"), Arg(e, "den")];
                }
                if (type == "noBar")
                {
                    frac.Add(new XAttribute("linethickness", "0"));
                }
                return [frac];
            }
            case "sSup":
                return [new XElement(Mml + "msup", Arg(e, "e"), Arg(e, "sup"))];
            case "sSub":
                return [new XElement(Mml + "msub", Arg(e, "e"), Arg(e, "sub"))];
            case "sSubSup":
                return [new XElement(Mml + "msubsup", Arg(e, "e"), Arg(e, "sub"), Arg(e, "sup"))];
            case "sPre":
                return [new XElement(Mml + "mmultiscripts", Arg(e, "e"), new XElement(Mml + "mprescripts"), Arg(e, "sub"), Arg(e, "sup"))];
            case "rad":
            {
                var degree = e.Element(M + "deg");
                var hide = OnOff(e.Element(M + "radPr"), "degHide");
                return degree is null || hide || !degree.HasElements
                    ? [new XElement(Mml + "msqrt", Arg(e, "e"))]
                    : [new XElement(Mml + "mroot", Arg(e, "e"), Arg(e, "deg"))];
            }
            case "nary":
            {
                var pr = e.Element(M + "naryPr");
                var chr = Val(pr, "chr") ?? "∫";
                var op = new XElement(Mml + "mo", chr);
                var sub = e.Element(M + "sub");
                var sup = e.Element(M + "sup");
                var hasSub = sub is not null && sub.HasElements && !OnOff(pr, "subHide");
                var hasSup = sup is not null && sup.HasElements && !OnOff(pr, "supHide");
                var under = Val(pr, "limLoc") == "undOvr";
                XElement scripted = (hasSub, hasSup) switch
                {
                    (true, true) => new XElement(Mml + (under ? "munderover" : "msubsup"), op, Arg(e, "sub"), Arg(e, "sup")),
                    (true, false) => new XElement(Mml + (under ? "munder" : "msub"), op, Arg(e, "sub")),
                    (false, true) => new XElement(Mml + (under ? "mover" : "msup"), op, Arg(e, "sup")),
                    _ => op,
                };
                return [new XElement(Mml + "mrow", scripted, Arg(e, "e"))];
            }
            case "d":
            {
                var pr = e.Element(M + "dPr");
                var open = Val(pr, "begChr") ?? "(";
                var close = Val(pr, "endChr") ?? ")";
                var separator = Val(pr, "sepChr") ?? "|";
                var row = new XElement(Mml + "mrow");
                if (open.Length > 0)
                {
                    row.Add(new XElement(Mml + "mo", new XAttribute("fence", "true"), open));
                }
                var first = true;
                foreach (var arg in e.Elements(M + "e"))
                {
                    if (!first)
                    {
                        row.Add(new XElement(Mml + "mo", new XAttribute("separator", "true"), separator));
                    }
                    first = false;
                    row.Add(Row(arg.Elements()));
                }
                if (close.Length > 0)
                {
                    row.Add(new XElement(Mml + "mo", new XAttribute("fence", "true"), close));
                }
                return [row];
            }
            case "func":
                return [new XElement(Mml + "mrow", Arg(e, "fName"), new XElement(Mml + "mo", "\u2061"), Arg(e, "e"))];
            case "acc":
            {
                var chr = Val(e.Element(M + "accPr"), "chr") ?? "\u0302";
                return [new XElement(Mml + "mover", new XAttribute("accent", "true"), Arg(e, "e"), new XElement(Mml + "mo", chr))];
            }
            case "bar":
            {
                // the bar is below its base unless pos says top (§22.1.2.7)
                var top = Val(e.Element(M + "barPr"), "pos") == "top";
                return [new XElement(Mml + (top ? "mover" : "munder"), Arg(e, "e"), new XElement(Mml + "mo", top ? "¯" : "_"))];
            }
            case "limLow":
                return [new XElement(Mml + "munder", Arg(e, "e"), Arg(e, "lim"))];
            case "limUpp":
                return [new XElement(Mml + "mover", Arg(e, "e"), Arg(e, "lim"))];
            case "groupChr":
            {
                var pr = e.Element(M + "groupChrPr");
                var chr = Val(pr, "chr") ?? "⏟";
                var top = Val(pr, "pos") == "top";
                return [new XElement(Mml + (top ? "mover" : "munder"), Arg(e, "e"), new XElement(Mml + "mo", chr))];
            }
            case "m":
            {
                var table = new XElement(Mml + "mtable");
                foreach (var mr in e.Elements(M + "mr"))
                {
                    table.Add(new XElement(Mml + "mtr", mr.Elements(M + "e").Select(c => new XElement(Mml + "mtd", Row(c.Elements())))));
                }
                return [table];
            }
            case "eqArr":
                return [new XElement(Mml + "mtable",
                    e.Elements(M + "e").Select(c => new XElement(Mml + "mtr", new XElement(Mml + "mtd", Row(c.Elements())))))];
            case "box" or "borderBox" or "phant":
                return [Arg(e, "e")];
            case "oMath" or "e" or "num" or "den" or "sub" or "sup" or "deg" or "lim" or "fName" or "argPr":
                return [Row(e.Elements())];
            case "oMathPara":
                return e.Elements(M + "oMath").Select(o => Row(o.Elements()));
            case "rPr" or "ctrlPr" or "fPr" or "dPr" or "naryPr" or "radPr" or "sSupPr" or "sSubPr" or "sSubSupPr" or "sPrePr" or "funcPr" or "accPr"
                or "barPr" or "limLowPr" or "limUppPr" or "groupChrPr" or "mPr" or "eqArrPr" or "boxPr" or "borderBoxPr" or "phantPr"
                    or "oMathParaPr":
                return [];
            default:
                var text = string.Concat(e.Descendants(M + "t").Select(t => t.Value));
                return text.Length == 0 ? [] : [new XElement(Mml + "mtext", text)];
        }
    }

    private static string? Val(XElement? parent, string name) => parent?.Element(M + name)?.Attribute(M + "val")?.Value;

    /// <summary>An on/off property (ST_OnOff): on when present without a value, or with 1, on or true.</summary>
    private static bool OnOff(XElement? parent, string name) =>
        parent?.Element(M + name) is { } e && e.Attribute(M + "val")?.Value is null or "1" or "on" or "true";

    private static XElement Op(string s) => new(Mml + "mo", s);

    /// <summary>Splits run text into numbers, identifiers and operators, as MathML wants.</summary>
    private static IEnumerable<XElement> Run(string text, XElement? rPr)
    {
        var plain = Val(rPr, "nor") is "1" or "on" or "true" || Val(rPr, "sty") == "p";
        if (plain && text.Any(char.IsLetter) && text.Length > 1)
        {
            // an upright word (a function or unit name) is one identifier, which MathML sets upright; other text is text
            yield return new XElement(Mml + (text.All(char.IsLetter) ? "mi" : "mtext"), text);
            yield break;
        }
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsDigit(text[i]) || (text[i] is '.' or ',') && i + 1 < text.Length && char.IsDigit(text[i + 1])))
                {
                    i++;
                }
                yield return new XElement(Mml + "mn", text[start..i]);
            }
            else if (char.IsLetter(c) || char.IsSurrogate(c))
            {
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                var mi = new XElement(Mml + "mi", text.Substring(i, length));
                if (plain)
                {
                    mi.Add(new XAttribute("mathvariant", "normal"));
                }
                yield return mi;
                i += length;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                yield return new XElement(Mml + "mo", c.ToString(CultureInfo.InvariantCulture));
                i++;
            }
        }
    }
}

/// <summary>A linear text form of an equation, for search, text checks and fallbacks.</summary>
public static class OmmlText
{
    private static readonly XNamespace M = W.M;

    public static string Linear(XElement oMath)
    {
        var sb = new StringBuilder();
        Append(oMath, sb);
        return sb.ToString();
    }

    private static void Append(XElement e, StringBuilder sb)
    {
        if (e.Name == M + "t" || e.Name == W.N("t"))
        {
            sb.Append(e.Value);
            return;
        }
        switch (e.Name.LocalName)
        {
            case "f" when e.Name.Namespace == M:
                sb.Append('(');
                Children(e.Element(M + "num"), sb);
                sb.Append(")/(");
                Children(e.Element(M + "den"), sb);
                sb.Append(')');
                return;
            case "sSup" when e.Name.Namespace == M:
                Children(e.Element(M + "e"), sb);
                sb.Append('^');
                Children(e.Element(M + "sup"), sb);
                return;
            case "sSub" when e.Name.Namespace == M:
                Children(e.Element(M + "e"), sb);
                sb.Append('_');
                Children(e.Element(M + "sub"), sb);
                return;
            case "rad" when e.Name.Namespace == M:
                sb.Append('√').Append('(');
                Children(e.Element(M + "e"), sb);
                sb.Append(')');
                return;
            case "d" when e.Name.Namespace == M:
                var pr = e.Element(M + "dPr");
                sb.Append(pr?.Element(M + "begChr")?.Attribute(M + "val")?.Value ?? "(");
                var first = true;
                foreach (var arg in e.Elements(M + "e"))
                {
                    if (!first)
                    {
                        sb.Append(pr?.Element(M + "sepChr")?.Attribute(M + "val")?.Value ?? "|");
                    }
                    first = false;
                    Children(arg, sb);
                }
                sb.Append(pr?.Element(M + "endChr")?.Attribute(M + "val")?.Value ?? ")");
                return;
            case "nary" when e.Name.Namespace == M:
                sb.Append(e.Element(M + "naryPr")?.Element(M + "chr")?.Attribute(M + "val")?.Value ?? "∫");
                Children(e.Element(M + "sub"), sb);
                Children(e.Element(M + "sup"), sb);
                sb.Append(' ');
                Children(e.Element(M + "e"), sb);
                return;
        }
        foreach (var child in e.Elements())
        {
            Append(child, sb);
        }
    }

    private static void Children(XElement? e, StringBuilder sb)
    {
        if (e is null)
        {
            return;
        }
        foreach (var child in e.Elements())
        {
            Append(child, sb);
        }
    }
}
