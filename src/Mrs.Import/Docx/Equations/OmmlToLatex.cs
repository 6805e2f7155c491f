using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Mrs.Import.Docx.Ooxml;
using Mrs.Import.Docx.Word;

namespace Mrs.Import.Docx.Equations;

/// <summary>
/// Office Math (OMML, ECMA-376 Part 1 §22.1) to LaTeX math (amsmath): runs with their math styles and scripts (§22.1.2.90
/// rPr: sty, scr, nor), fractions of every type, scripts and pre-scripts, radicals, n-ary operators with their limits,
/// delimiters, functions, limits, accents, bars, group characters, boxes, phantoms, equation arrays and matrices.
/// Characters become LaTeX commands where LaTeX has one (α → \alpha, ≤ → \leq); LaTeX's special characters are escaped.
/// The result is what goes between $…$ (inline) or in a display environment, without the delimiters.
/// </summary>
public static class OmmlToLatex
{
    private static readonly XNamespace M = W.M;

    /// <summary>The LaTeX of an m:oMath (or m:oMathPara, whose equations become lines), trimmed of outer spaces.</summary>
    public static string Convert(XElement math)
    {
        var converter = new Converter();
        string latex;
        if (math.Name == M + "oMathPara")
        {
            var lines = math.Elements(M + "oMath").Select(o => converter.Row(o.Elements())).ToList();
            latex = lines.Count == 1 ? lines[0] : Environment("gathered", string.Join(@" \\ ", lines));
        }
        else
        {
            latex = converter.Node(math);
        }
        return TrimSpaces(latex);
    }

    /// <summary>True when the equation's text ends with white space (Word shows it; the LaTeX drops it).</summary>
    public static bool EndsWithSpace(XElement math) =>
        math.Descendants(M + "t").LastOrDefault() is { } t && t.Value.Length > 0 && char.IsWhiteSpace(t.Value[^1]);

    /// <summary>True when the equation's text starts with white space.</summary>
    public static bool StartsWithSpace(XElement math) =>
        math.Descendants(M + "t").FirstOrDefault() is { } t && t.Value.Length > 0 && char.IsWhiteSpace(t.Value[0]);

    private static string Environment(string name, string body) => $@"\begin{{{name}}}{body}\end{{{name}}}";

    /// <summary>Removes explicit spaces (\ , \quad …) at both ends: outside the equation they are text spacing, not maths.</summary>
    private static string TrimSpaces(string latex)
    {
        while (true)
        {
            var before = latex;
            latex = latex.TrimStart();
            while (latex.Length > 0 && char.IsWhiteSpace(latex[^1]))
            {
                // "\ " is a control space: both characters go
                latex = latex[..^(BackslashesBefore(latex, latex.Length - 1) % 2 == 1 ? 2 : 1)];
            }
            foreach (var space in OuterSpaces)
            {
                if (latex.StartsWith(space, StringComparison.Ordinal))
                {
                    latex = latex[space.Length..];
                }
                // only a backslash that starts a control sequence starts a space ("\\" + "quad" is a line break and a word)
                if (latex.EndsWith(space, StringComparison.Ordinal) && BackslashesBefore(latex, latex.Length - space.Length) % 2 == 0)
                {
                    latex = latex[..^space.Length];
                }
            }
            if (latex == before)
            {
                return latex;
            }
        }
    }

    private static readonly string[] OuterSpaces = [@"\ ", @"\,", @"\:", @"\;", @"\quad", @"\qquad", "~"];

    private static int BackslashesBefore(string s, int index)
    {
        var count = 0;
        for (var i = index - 1; i >= 0 && s[i] == '\\'; i--)
        {
            count++;
        }
        return count;
    }

    private sealed class Converter
    {
        /// <summary>Inside an equation array, where '&amp;' marks an alignment point.</summary>
        private int equationArrays;

        /// <summary>Inside a function name (m:fName), where an upright word is an operator name.</summary>
        private int functionNames;

        public string Row(IEnumerable<XElement> elements) => Join(elements.Select(Node));

        private string Arg(XElement parent, string name) => parent.Element(M + name) is { } arg ? Row(arg.Elements()) : "";

        public string Node(XElement e)
        {
            if (e.Name.Namespace == W.Ns)
            {
                return WordNode(e);
            }
            if (e.Name.Namespace == W.Mc && e.Name.LocalName == "AlternateContent")
            {
                var chosen = e.Element(W.Mc + "Fallback") ?? e.Element(W.Mc + "Choice");
                return chosen is null ? "" : Row(chosen.Elements());
            }
            if (e.Name.Namespace != M)
            {
                return "";
            }
            return e.Name.LocalName switch
            {
                "r" => MathRun(e),
                "f" => Fraction(e),
                "sSub" => Base(Arg(e, "e")) + "_" + Group(Arg(e, "sub")),
                "sSup" => Base(Arg(e, "e")) + "^" + Group(Arg(e, "sup")),
                "sSubSup" => Base(Arg(e, "e")) + "_" + Group(Arg(e, "sub")) + "^" + Group(Arg(e, "sup")),
                "sPre" => PreScripts(e),
                "rad" => Radical(e),
                "nary" => NAry(e),
                "d" => Delimiter(e),
                "func" => Function(e),
                "limLow" => Limit(e, lower: true),
                "limUpp" => Limit(e, lower: false),
                "acc" => Accent(e),
                "bar" => Val(e.Element(M + "barPr"), "pos") == "top" ? Command("overline", Arg(e, "e")) : Command("underline", Arg(e, "e")),
                "groupChr" => GroupCharacter(e),
                "box" => Arg(e, "e"),
                "borderBox" => BorderBox(e),
                "phant" => Phantom(e),
                "eqArr" => EquationArray(e),
                "m" => Matrix(e),
                "oMath" or "e" or "num" or "den" or "sub" or "sup" or "deg" or "lim" or "fName" => Row(e.Elements()),
                "oMathPara" => string.Join(@" \\ ", e.Elements(M + "oMath").Select(o => Row(o.Elements()))),
                "ctrlPr" or "rPr" or "oMathParaPr" or "argPr" => "",
                var name when name.EndsWith("Pr", StringComparison.Ordinal) => "",
                // an element this version of OMML does not know: its content, so that nothing is lost
                _ => Row(e.Elements()),
            };
        }

        /// <summary>WordprocessingML inside maths: a plain run is text; revisions and content controls are unwrapped.</summary>
        private string WordNode(XElement e)
        {
            switch (e.Name.LocalName)
            {
                case "r":
                    return Text(RunText(e));
                case "del" or "moveFrom" or "rPr" or "bookmarkStart" or "bookmarkEnd" or "proofErr" or "sdtPr" or "sdtEndPr"
                    or "commentRangeStart" or "commentRangeEnd" or "permStart" or "permEnd":
                    return "";
                default:
                    return Row(e.Elements());
            }
        }

        // ------------------------------------------------------------------ runs

        private static string RunText(XElement run)
        {
            var sb = new StringBuilder();
            foreach (var c in run.Elements())
            {
                if (c.Name == M + "t" || c.Name == W.N("t"))
                {
                    sb.Append(c.Value);
                }
                else if (c.Name == W.N("tab"))
                {
                    sb.Append('\t');
                }
                else if (c.Name == W.N("br") || c.Name == W.N("cr"))
                {
                    sb.Append('\n');
                }
                else if (c.Name == W.N("sym"))
                {
                    sb.Append(DocxReader.SymbolCharacter(c));
                }
            }
            return sb.ToString();
        }

        private string MathRun(XElement run)
        {
            var text = RunText(run);
            var pr = run.Element(M + "rPr");
            if (OnOff(pr, "nor"))
            {
                // normal text (§22.1.2.73): shown in the document's text font, spaces and all
                return Text(text);
            }
            var style = new RunStyle(Val(pr, "sty"), Val(pr, "scr"));
            return MathText(text, style);
        }

        /// <summary>m:sty and m:scr of a run (§22.1.2.101, §22.1.2.94): plain, bold, italic, bold italic; roman, script ….</summary>
        private readonly record struct RunStyle(string? Sty, string? Scr)
        {
            public bool Bold => Sty is "b" or "bi";
        }

        /// <summary>Maths text: letters, numbers, operators and spaces, each as LaTeX writes it.</summary>
        private string MathText(string text, RunStyle style)
        {
            var tokens = new List<string>();
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsAsciiLetter(c))
                {
                    var start = i;
                    while (i < text.Length && char.IsAsciiLetter(text[i]))
                    {
                        i++;
                    }
                    tokens.Add(Letters(text[start..i], style));
                    continue;
                }
                if (char.IsAsciiDigit(c))
                {
                    var number = new StringBuilder();
                    while (i < text.Length && (char.IsAsciiDigit(text[i])
                        || text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && number.Length > 0))
                    {
                        // a decimal comma is punctuation to LaTeX (space after it) unless braced
                        number.Append(text[i] == ',' ? "{,}" : text[i].ToString());
                        i++;
                    }
                    tokens.Add(style.Bold ? Command("mathbf", number.ToString()) : number.ToString());
                    continue;
                }
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    tokens.Add(AlphanumericSymbol(char.ConvertToUtf32(c, text[i + 1])));
                    i += 2;
                    continue;
                }
                if (c == '&' && equationArrays > 0)
                {
                    tokens.Add("&");
                    i++;
                    continue;
                }
                if (c == '\n')
                {
                    tokens.Add(@"\\");
                    i++;
                    continue;
                }
                if (Greek.TryGetValue(c, out var greek))
                {
                    tokens.Add(style.Bold ? Command("boldsymbol", greek) : greek);
                    i++;
                    continue;
                }
                if (char.IsLetter(c) && !LetterLike.ContainsKey(c))
                {
                    // a letter LaTeX maths has no glyph for (accented Latin, Cyrillic, CJK): text
                    var start = i;
                    while (i < text.Length && char.IsLetter(text[i]) && !char.IsAsciiLetter(text[i]) && !Greek.ContainsKey(text[i])
                        && !LetterLike.ContainsKey(text[i]))
                    {
                        i++;
                    }
                    tokens.Add(Text(text[start..i]));
                    continue;
                }
                tokens.Add(Symbol(c));
                i++;
            }
            return Join(tokens);
        }

        /// <summary>A word of ASCII letters in a run's style. An upright word in a function name is an operator (\sin).</summary>
        private string Letters(string word, RunStyle style)
        {
            var font = style.Scr switch
            {
                "double-struck" => "mathbb",
                "script" => "mathcal",
                "fraktur" => "mathfrak",
                "sans-serif" => "mathsf",
                "monospace" => "mathtt",
                _ => null,
            };
            if (font is not null)
            {
                var scripted = Command(font, word);
                return style.Bold ? Command("boldsymbol", scripted) : scripted;
            }
            return style.Sty switch
            {
                "p" when functionNames > 0 || OperatorNames.Contains(word) => Operator(word),
                "p" => Command("mathrm", word),
                "b" => Command("mathbf", word),
                "bi" => Command("boldsymbol", word),
                _ => word,
            };
        }

        /// <summary>An operator name: LaTeX's own (\sin, \log, \lim …) or \operatorname.</summary>
        private static string Operator(string word) =>
            OperatorNames.Contains(word) ? "\\" + word : Command("operatorname", word);

        private static readonly HashSet<string> OperatorNames = new(StringComparer.Ordinal)
        {
            "arccos", "arcsin", "arctan", "arg", "cos", "cosh", "cot", "coth", "csc", "deg", "det", "dim", "exp", "gcd", "hom",
            "inf", "ker", "lg", "lim", "liminf", "limsup", "ln", "log", "max", "min", "Pr", "sec", "sin", "sinh", "sup", "tan", "tanh",
        };

        private static string Symbol(char c)
        {
            if (Symbols.TryGetValue(c, out var command))
            {
                return command;
            }
            if (LetterLike.TryGetValue(c, out var letter))
            {
                return letter;
            }
            if (NAryOperators.TryGetValue(c.ToString(), out var nary))
            {
                return nary;
            }
            return c switch
            {
                '%' or '#' or '$' or '&' or '_' or '{' or '}' => "\\" + c,
                '\\' => @"\backslash",
                '~' => @"\sim",
                '^' => @"\hat{}",
                '\t' => @"\quad",
                ' ' or '\u00a0' => @"\ ",
                '\u2009' or '\u200a' or '\u2006' => @"\,",
                '\u2005' or '\u205f' => @"\:",
                '\u2004' => @"\;",
                '\u2002' or '\u2003' or '\u3000' => @"\quad",
                // invisible operators (function application, times, separator, plus) and zero-width characters
                '\u2061' or '\u2062' or '\u2063' or '\u2064' or '\u200b' or '\u200c' or '\u200d' or '\ufeff' => "",
                _ => c.ToString(),
            };
        }

        /// <summary>A character of the Mathematical Alphanumeric Symbols block (U+1D400…): its letter in its style.</summary>
        private static string AlphanumericSymbol(int code)
        {
            foreach (var (start, command) in AlphanumericLetterBlocks)
            {
                if (code >= start && code < start + 52)
                {
                    var offset = code - start;
                    var letter = (char)(offset < 26 ? 'A' + offset : 'a' + offset - 26);
                    return command.Length == 0 ? letter.ToString() : Command(command, letter.ToString());
                }
            }
            foreach (var (start, command) in AlphanumericDigitBlocks)
            {
                if (code >= start && code < start + 10)
                {
                    return Command(command, ((char)('0' + code - start)).ToString());
                }
            }
            return char.ConvertFromUtf32(code);
        }

        private static readonly (int Start, string Command)[] AlphanumericLetterBlocks =
        [
            (0x1D400, "mathbf"), (0x1D434, ""), (0x1D468, "boldsymbol"), (0x1D49C, "mathcal"), (0x1D4D0, "mathcal"),
            (0x1D504, "mathfrak"), (0x1D538, "mathbb"), (0x1D56C, "mathfrak"), (0x1D5A0, "mathsf"), (0x1D5D4, "mathsf"),
            (0x1D608, "mathsf"), (0x1D63C, "mathsf"), (0x1D670, "mathtt"),
        ];

        private static readonly (int Start, string Command)[] AlphanumericDigitBlocks =
        [
            (0x1D7CE, "mathbf"), (0x1D7D8, "mathbb"), (0x1D7E2, "mathsf"), (0x1D7EC, "mathsf"), (0x1D7F6, "mathtt"),
        ];

        /// <summary>Text in maths (normal text runs, Word runs): \text{…} with the text-mode escapes.</summary>
        private static string Text(string text)
        {
            if (text.Length == 0)
            {
                return "";
            }
            var sb = new StringBuilder();
            foreach (var c in text)
            {
                sb.Append(c switch
                {
                    '%' or '#' or '$' or '&' or '_' or '{' or '}' => "\\" + c,
                    '\\' => @"\textbackslash{}",
                    '~' => @"\textasciitilde{}",
                    '^' => @"\textasciicircum{}",
                    '\t' => @"\quad{}",
                    '\n' => " ",
                    _ => c.ToString(),
                });
            }
            return Command("text", sb.ToString());
        }

        // ------------------------------------------------------------------ structures

        /// <summary>m:f (§22.1.2.36) by its type (§22.1.2.117): bar (stacked), skw (skewed), lin (linear), noBar (stacked, no line).</summary>
        private string Fraction(XElement e)
        {
            var num = Arg(e, "num");
            var den = Arg(e, "den");
            return Val(e.Element(M + "fPr"), "type") switch
            {
                "lin" => Group(num) + "/" + Group(den),
                "skw" => "{}^{" + num + "}/_{" + den + "}",
                "noBar" => @"\genfrac{}{}{0pt}{}" + Group(num) + Group(den),
                _ => @"\frac" + Group(num) + Group(den),
            };
        }

        /// <summary>m:sPre (§22.1.2.99): scripts before the base.</summary>
        private string PreScripts(XElement e)
        {
            var sub = Arg(e, "sub");
            var sup = Arg(e, "sup");
            var scripts = "{}" + (sub.Length > 0 ? "_" + Group(sub) : "") + (sup.Length > 0 ? "^" + Group(sup) : "");
            return Join([scripts, Base(Arg(e, "e"))]);
        }

        /// <summary>m:rad (§22.1.2.88): square root, or a root of the degree unless it is hidden (degHide) or empty.</summary>
        private string Radical(XElement e)
        {
            var degree = OnOff(e.Element(M + "radPr"), "degHide") ? "" : Arg(e, "deg");
            var radicand = Group(Arg(e, "e"));
            if (degree.Length == 0)
            {
                return @"\sqrt" + radicand;
            }
            return degree.Contains('[') || degree.Contains(']') ? @"\sqrt[{" + degree + "}]" + radicand : @"\sqrt[" + degree + "]" + radicand;
        }

        /// <summary>
        /// m:nary (§22.1.2.70): the operator (chr, an integral when absent), its limits unless hidden (subHide, supHide), below
        /// and above it (limLoc undOvr) or at its side (subSup), then the operand.
        /// </summary>
        private string NAry(XElement e)
        {
            var pr = e.Element(M + "naryPr");
            var chr = Val(pr, "chr") is { Length: > 0 } c ? c : "∫";
            var op = NAryOperators.TryGetValue(chr, out var command) ? command : Symbol(chr[0]);
            var integral = op.Contains("int", StringComparison.Ordinal);
            var limLoc = Val(pr, "limLoc");
            var sb = new StringBuilder(op);
            if (integral && limLoc == "undOvr")
            {
                sb.Append(@"\limits");
            }
            else if (!integral && limLoc == "subSup")
            {
                sb.Append(@"\nolimits");
            }
            var sub = OnOff(pr, "subHide") ? "" : Arg(e, "sub");
            var sup = OnOff(pr, "supHide") ? "" : Arg(e, "sup");
            if (sub.Length > 0)
            {
                sb.Append('_').Append(Group(sub));
            }
            if (sup.Length > 0)
            {
                sb.Append('^').Append(Group(sup));
            }
            return Join([sb.ToString(), Arg(e, "e")]);
        }

        private static readonly Dictionary<string, string> NAryOperators = new(StringComparer.Ordinal)
        {
            ["∑"] = @"\sum", ["∏"] = @"\prod", ["∐"] = @"\coprod", ["∫"] = @"\int", ["∬"] = @"\iint", ["∭"] = @"\iiint",
            ["⨌"] = @"\iiiint", ["∮"] = @"\oint", ["∯"] = @"\oiint", ["∰"] = @"\oiiint", ["⋃"] = @"\bigcup", ["⋂"] = @"\bigcap",
            ["⋁"] = @"\bigvee", ["⋀"] = @"\bigwedge", ["⨁"] = @"\bigoplus", ["⨂"] = @"\bigotimes", ["⨀"] = @"\bigodot",
            ["⨄"] = @"\biguplus", ["⨆"] = @"\bigsqcup",
        };

        /// <summary>
        /// m:d (§22.1.2.24): arguments between begChr and endChr (parentheses when absent, nothing when empty), separated by
        /// sepChr (a bar when absent). A matrix alone in brackets is a bracketed matrix; a stack alone in parentheses a binomial.
        /// </summary>
        private string Delimiter(XElement e)
        {
            var pr = e.Element(M + "dPr");
            var open = Val(pr, "begChr") ?? "(";
            var close = Val(pr, "endChr") ?? ")";
            var separator = Val(pr, "sepChr") ?? "|";
            var args = e.Elements(M + "e").ToList();
            if (args.Count == 1 && Single(args[0]) is { } only)
            {
                if (only.Name == M + "m" && MatrixEnvironments.TryGetValue(open + close, out var environment))
                {
                    return Matrix(only, environment);
                }
                if (only.Name == M + "f" && Val(only.Element(M + "fPr"), "type") == "noBar" && open + close == "()")
                {
                    return @"\binom" + Group(Arg(only, "num")) + Group(Arg(only, "den"));
                }
            }
            var parts = new List<string> { Fence(@"\left", open) };
            for (var i = 0; i < args.Count; i++)
            {
                if (i > 0)
                {
                    parts.Add(separator == "|" ? @"\middle|" : separator.Length == 0 ? "" : Join(separator.Select(Symbol)));
                }
                parts.Add(Row(args[i].Elements()));
            }
            parts.Add(Fence(@"\right", close));
            return Join(parts);
        }

        private static readonly Dictionary<string, string> MatrixEnvironments = new(StringComparer.Ordinal)
        {
            ["()"] = "pmatrix", ["[]"] = "bmatrix", ["{}"] = "Bmatrix", ["||"] = "vmatrix", ["∣∣"] = "vmatrix", ["‖‖"] = "Vmatrix",
            ["∥∥"] = "Vmatrix",
        };

        /// <summary>The one element that makes up an argument (properties aside), or null.</summary>
        private static XElement? Single(XElement arg)
        {
            var content = arg.Elements().Where(c => c.Name != M + "ctrlPr" && c.Name != M + "argPr").ToList();
            return content.Count == 1 ? content[0] : null;
        }

        /// <summary>A stretchy fence: \left( … \right); a character TeX cannot stretch stands as it is.</summary>
        private static string Fence(string side, string chr)
        {
            if (chr.Length == 0)
            {
                return side + ".";
            }
            var fence = chr switch
            {
                "(" or ")" or "[" or "]" or "|" or "/" => chr,
                "∣" => "|",
                "{" => @"\{",
                "}" => @"\}",
                "‖" or "∥" => @"\|",
                "⟨" or "\u2329" or "\u3008" => @"\langle",
                "⟩" or "\u232a" or "\u3009" => @"\rangle",
                "⌊" => @"\lfloor",
                "⌋" => @"\rfloor",
                "⌈" => @"\lceil",
                "⌉" => @"\rceil",
                "⟦" => @"\llbracket",
                "⟧" => @"\rrbracket",
                "\\" => @"\backslash",
                "↑" => @"\uparrow",
                "↓" => @"\downarrow",
                _ => null,
            };
            if (fence is not null)
            {
                return side + fence;
            }
            // not a delimiter TeX can stretch: the character itself, inside an invisible fence
            return side == @"\left" ? @"\left. " + Symbol(chr[0]) : Symbol(chr[0]) + @" \right.";
        }

        /// <summary>m:func (§22.1.2.39): function name (upright words are operator names) applied to its argument.</summary>
        private string Function(XElement e)
        {
            functionNames++;
            var name = Arg(e, "fName");
            functionNames--;
            return Join([name, Arg(e, "e")]);
        }

        /// <summary>
        /// m:limLow / m:limUpp (§22.1.2.54, §22.1.2.56): a limit below or above its base. On an operator name (lim, max) it is
        /// the operator's limit; on a brace it labels the brace; elsewhere it is set under or over the base.
        /// </summary>
        private string Limit(XElement e, bool lower)
        {
            functionNames++;
            var @base = Arg(e, "e");
            functionNames--;
            var limit = Arg(e, "lim");
            if (IsAtom(@base) && @base.StartsWith('\\'))
            {
                var script = (lower ? "_" : "^") + Group(limit);
                if (OperatorNames.Contains(@base[1..]))
                {
                    return @base + script;
                }
                if (@base.StartsWith(@"\operatorname{", StringComparison.Ordinal))
                {
                    return @"\operatorname*" + @base[@"\operatorname".Length..] + script;
                }
                if (NAryOperators.ContainsValue(@base))
                {
                    return @base + @"\limits" + script;
                }
            }
            // a brace as the limit is a brace under or over the base; a brace's limit is its label
            if (limit == (lower ? "⏟" : "⏞"))
            {
                return Command(lower ? "underbrace" : "overbrace", @base);
            }
            if (IsAtom(@base) && @base.StartsWith(lower ? @"\underbrace{" : @"\overbrace{", StringComparison.Ordinal))
            {
                return @base + (lower ? "_" : "^") + Group(limit);
            }
            return (lower ? @"\underset" : @"\overset") + Group(limit) + Group(@base);
        }

        /// <summary>m:acc (§22.1.2.1): a combining character (a circumflex when absent) over the base.</summary>
        private string Accent(XElement e)
        {
            var chr = Val(e.Element(M + "accPr"), "chr") is { Length: > 0 } c ? c : "\u0302";
            var @base = Arg(e, "e");
            var wide = !IsAtom(@base);
            var command = chr[0] switch
            {
                '\u0302' or '^' or 'ˆ' => wide ? "widehat" : "hat",
                '\u0303' or '~' or '˜' => wide ? "widetilde" : "tilde",
                '\u0304' or '\u0305' or '¯' or '‾' => wide ? "overline" : "bar",
                '\u0300' or '`' => "grave",
                '\u0301' or '´' => "acute",
                '\u0306' or '˘' => "breve",
                '\u030c' or 'ˇ' => "check",
                '\u0307' or '˙' => "dot",
                '\u0308' or '¨' => "ddot",
                '\u20db' => "dddot",
                '\u20dc' => "ddddot",
                '\u030a' or '˚' => "mathring",
                '\u20d7' or '→' or '\u20d1' => wide ? "overrightarrow" : "vec",
                '\u20d6' or '←' or '\u20d0' => "overleftarrow",
                '\u20e1' or '↔' => "overleftrightarrow",
                _ => null,
            };
            return command is null ? @"\overset" + Group(Symbol(chr[0])) + Group(@base) : Command(command, @base);
        }

        /// <summary>m:groupChr (§22.1.2.41): a stretched character (a bottom brace when absent) under (default) or over the base.</summary>
        private string GroupCharacter(XElement e)
        {
            var pr = e.Element(M + "groupChrPr");
            var chr = Val(pr, "chr") is { Length: > 0 } c ? c : "⏟";
            var top = Val(pr, "pos") == "top";
            var @base = Arg(e, "e");
            return chr switch
            {
                "⏟" or "︸" => Command("underbrace", @base),
                "⏞" or "︷" => Command("overbrace", @base),
                "→" when top => Command("overrightarrow", @base),
                "←" when top => Command("overleftarrow", @base),
                "→" => Command("underrightarrow", @base),
                "←" => Command("underleftarrow", @base),
                _ => (top ? @"\overset" : @"\underset") + Group(Symbol(chr[0])) + Group(@base),
            };
        }

        /// <summary>m:borderBox (§22.1.2.11): a frame, unless all four sides are hidden.</summary>
        private string BorderBox(XElement e)
        {
            var pr = e.Element(M + "borderBoxPr");
            var hidden = new[] { "hideTop", "hideBot", "hideLeft", "hideRight" }.All(side => OnOff(pr, side));
            return hidden ? Arg(e, "e") : Command("boxed", Arg(e, "e"));
        }

        /// <summary>m:phant (§22.1.2.81): the base takes its room; shown unless m:show is off.</summary>
        private string Phantom(XElement e)
        {
            var pr = e.Element(M + "phantPr");
            var show = pr?.Element(M + "show") is null || OnOff(pr, "show");
            return show ? Arg(e, "e") : Command("phantom", Arg(e, "e"));
        }

        /// <summary>m:eqArr (§22.1.2.34): lines, aligned at their '&amp;' points when they have any, centred otherwise.</summary>
        private string EquationArray(XElement e)
        {
            equationArrays++;
            var lines = e.Elements(M + "e").Select(line => Row(line.Elements())).ToList();
            equationArrays--;
            var aligned = e.Elements(M + "e").Descendants(M + "t").Any(t => t.Value.Contains('&'));
            return Environment(aligned ? "aligned" : "gathered", string.Join(@" \\ ", lines));
        }

        /// <summary>m:m (§22.1.2.60): rows (m:mr) of cells.</summary>
        private string Matrix(XElement e, string environment = "matrix")
        {
            var rows = e.Elements(M + "mr").Select(row => string.Join(" & ", row.Elements(M + "e").Select(cell => Row(cell.Elements()))));
            return Environment(environment, string.Join(@" \\ ", rows));
        }

        // ------------------------------------------------------------------ LaTeX text

        private static string Group(string latex) => "{" + latex + "}";

        private static string Command(string name, string argument) => "\\" + name + "{" + argument + "}";

        /// <summary>A script base: one symbol stays as it is, anything longer is braced (so that 10² is {10}^{2}).</summary>
        private static string Base(string latex) => IsAtom(latex) ? latex : Group(latex);

        /// <summary>One character, one control sequence, or one braced group.</summary>
        private static bool IsAtom(string latex)
        {
            if (latex.Length == 1)
            {
                return latex != " ";
            }
            if (latex.Length > 1 && latex[0] == '\\')
            {
                if (!char.IsAsciiLetter(latex[1]))
                {
                    return latex.Length == 2;
                }
                var end = 1;
                while (end < latex.Length && char.IsAsciiLetter(latex[end]))
                {
                    end++;
                }
                // a control word alone, or with one argument: \alpha, \mathrm{d}
                return end == latex.Length || latex[end] == '{' && MatchingBrace(latex, end) == latex.Length - 1;
            }
            return latex.Length > 1 && latex[0] == '{' && MatchingBrace(latex, 0) == latex.Length - 1;
        }

        private static int MatchingBrace(string latex, int open)
        {
            var depth = 0;
            for (var i = open; i < latex.Length; i++)
            {
                if (latex[i] == '\\')
                {
                    i++;
                }
                else if (latex[i] == '{')
                {
                    depth++;
                }
                else if (latex[i] == '}' && --depth == 0)
                {
                    return i;
                }
            }
            return -1;
        }

        /// <summary>Concatenates LaTeX pieces, with a space where a control word would run into a letter (\alpha b, not \alphab).</summary>
        private static string Join(IEnumerable<string> pieces)
        {
            var sb = new StringBuilder();
            foreach (var piece in pieces)
            {
                if (piece.Length == 0)
                {
                    continue;
                }
                if (char.IsAsciiLetter(piece[0]) && EndsWithControlWord(sb))
                {
                    sb.Append(' ');
                }
                sb.Append(piece);
            }
            return sb.ToString();
        }

        private static bool EndsWithControlWord(StringBuilder sb)
        {
            var i = sb.Length - 1;
            if (i < 0 || !char.IsAsciiLetter(sb[i]))
            {
                return false;
            }
            while (i >= 0 && char.IsAsciiLetter(sb[i]))
            {
                i--;
            }
            var backslashes = 0;
            for (; i >= 0 && sb[i] == '\\'; i--)
            {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }
    }

    // ---------------------------------------------------------------------- properties

    private static string? Val(XElement? parent, string name)
    {
        var e = parent?.Element(M + name);
        return e is null ? null : (e.Attribute(M + "val") ?? e.Attribute("val"))?.Value;
    }

    /// <summary>An on/off property (ST_OnOff): on when present without a value, or with 1, on or true.</summary>
    private static bool OnOff(XElement? parent, string name)
    {
        var e = parent?.Element(M + name);
        if (e is null)
        {
            return false;
        }
        var v = (e.Attribute(M + "val") ?? e.Attribute("val"))?.Value;
        return v is null or "1" or "on" or "true";
    }

    // ---------------------------------------------------------------------- characters

    private static readonly Dictionary<char, string> Greek = new()
    {
        ['α'] = @"\alpha", ['β'] = @"\beta", ['γ'] = @"\gamma", ['δ'] = @"\delta", ['ε'] = @"\varepsilon", ['ϵ'] = @"\epsilon",
        ['ζ'] = @"\zeta", ['η'] = @"\eta", ['θ'] = @"\theta", ['ϑ'] = @"\vartheta", ['ι'] = @"\iota", ['κ'] = @"\kappa",
        ['ϰ'] = @"\varkappa", ['λ'] = @"\lambda", ['\u03bc'] = @"\mu", ['\u00b5'] = @"\mu", ['ν'] = @"\nu", ['ξ'] = @"\xi", ['ο'] = "o",
        ['π'] = @"\pi", ['ϖ'] = @"\varpi", ['ρ'] = @"\rho", ['ϱ'] = @"\varrho", ['σ'] = @"\sigma", ['ς'] = @"\varsigma",
        ['τ'] = @"\tau", ['υ'] = @"\upsilon", ['φ'] = @"\varphi", ['ϕ'] = @"\phi", ['χ'] = @"\chi", ['ψ'] = @"\psi",
        ['ω'] = @"\omega", ['Γ'] = @"\Gamma", ['Δ'] = @"\Delta", ['Θ'] = @"\Theta", ['Λ'] = @"\Lambda", ['Ξ'] = @"\Xi",
        ['Π'] = @"\Pi", ['Σ'] = @"\Sigma", ['Υ'] = @"\Upsilon", ['ϒ'] = @"\Upsilon", ['Φ'] = @"\Phi", ['Ψ'] = @"\Psi",
        ['Ω'] = @"\Omega", ['\u2126'] = @"\Omega", ['Α'] = "A", ['Β'] = "B", ['Ε'] = "E", ['Ζ'] = "Z", ['Η'] = "H", ['Ι'] = "I",
        ['Κ'] = "K", ['Μ'] = "M", ['Ν'] = "N", ['Ο'] = "O", ['Ρ'] = "P", ['Τ'] = "T", ['Χ'] = "X", ['ϝ'] = @"\digamma",
    };

    /// <summary>Letter-like symbols (U+2100 block and friends) that LaTeX writes with a command.</summary>
    private static readonly Dictionary<char, string> LetterLike = new()
    {
        ['ℝ'] = @"\mathbb{R}", ['ℕ'] = @"\mathbb{N}", ['ℤ'] = @"\mathbb{Z}", ['ℚ'] = @"\mathbb{Q}", ['ℂ'] = @"\mathbb{C}",
        ['ℙ'] = @"\mathbb{P}", ['ℍ'] = @"\mathbb{H}", ['ℬ'] = @"\mathcal{B}", ['ℰ'] = @"\mathcal{E}", ['ℱ'] = @"\mathcal{F}",
        ['ℋ'] = @"\mathcal{H}", ['ℐ'] = @"\mathcal{I}", ['ℒ'] = @"\mathcal{L}", ['ℳ'] = @"\mathcal{M}", ['ℛ'] = @"\mathcal{R}",
        ['ℭ'] = @"\mathfrak{C}", ['ℌ'] = @"\mathfrak{H}", ['ℨ'] = @"\mathfrak{Z}", ['ℎ'] = "h", ['ℏ'] = @"\hbar",
        ['ℓ'] = @"\ell", ['℘'] = @"\wp", ['ℑ'] = @"\Im", ['ℜ'] = @"\Re", ['ℵ'] = @"\aleph", ['ℶ'] = @"\beth", ['ℷ'] = @"\gimel",
        ['ı'] = @"\imath", ['ȷ'] = @"\jmath", ['ð'] = @"\eth", ['Å'] = @"\text{Å}",
    };

    /// <summary>Operators, relations, arrows and other symbols that LaTeX writes with a command.</summary>
    private static readonly Dictionary<char, string> Symbols = new()
    {
        // binary operators
        ['×'] = @"\times", ['÷'] = @"\div", ['±'] = @"\pm", ['∓'] = @"\mp", ['·'] = @"\cdot", ['⋅'] = @"\cdot", ['∙'] = @"\cdot",
        ['∗'] = @"\ast", ['∘'] = @"\circ", ['•'] = @"\bullet", ['−'] = "-", ['‐'] = "-", ['–'] = "-", ['∕'] = "/", ['⁄'] = "/",
        ['∪'] = @"\cup", ['∩'] = @"\cap", ['∖'] = @"\setminus", ['⊕'] = @"\oplus", ['⊖'] = @"\ominus", ['⊗'] = @"\otimes",
        ['⊘'] = @"\oslash", ['⊙'] = @"\odot", ['∧'] = @"\wedge", ['∨'] = @"\vee", ['⊓'] = @"\sqcap", ['⊔'] = @"\sqcup",
        ['⊎'] = @"\uplus", ['⋆'] = @"\star", ['†'] = @"\dagger", ['‡'] = @"\ddagger", ['⨯'] = @"\times", ['⊻'] = @"\veebar",
        // relations
        ['≤'] = @"\leq", ['≥'] = @"\geq", ['⩽'] = @"\leqslant", ['⩾'] = @"\geqslant", ['≠'] = @"\neq", ['≈'] = @"\approx",
        ['≡'] = @"\equiv", ['≅'] = @"\cong", ['∼'] = @"\sim", ['≃'] = @"\simeq", ['∝'] = @"\propto", ['≪'] = @"\ll", ['≫'] = @"\gg",
        ['≺'] = @"\prec", ['≻'] = @"\succ", ['⪯'] = @"\preceq", ['⪰'] = @"\succeq", ['∈'] = @"\in", ['∉'] = @"\notin",
        ['∋'] = @"\ni", ['⊂'] = @"\subset", ['⊃'] = @"\supset", ['⊆'] = @"\subseteq", ['⊇'] = @"\supseteq", ['⊄'] = @"\not\subset",
        ['⊊'] = @"\subsetneq", ['⊋'] = @"\supsetneq", ['⊥'] = @"\perp", ['∥'] = @"\parallel", ['∦'] = @"\nparallel",
        ['∣'] = @"\mid", ['∤'] = @"\nmid", ['≜'] = @"\triangleq", ['≝'] = @"\stackrel{\text{def}}{=}", ['≐'] = @"\doteq",
        ['≲'] = @"\lesssim", ['≳'] = @"\gtrsim", ['≮'] = @"\nless", ['≯'] = @"\ngtr", ['≰'] = @"\nleq", ['≱'] = @"\ngeq",
        ['⊢'] = @"\vdash", ['⊣'] = @"\dashv", ['⊨'] = @"\models", ['≍'] = @"\asymp", ['≔'] = @"\coloneqq", ['∶'] = ":",
        // arrows
        ['→'] = @"\rightarrow", ['←'] = @"\leftarrow", ['↔'] = @"\leftrightarrow", ['⇒'] = @"\Rightarrow", ['⇐'] = @"\Leftarrow",
        ['⇔'] = @"\Leftrightarrow", ['↑'] = @"\uparrow", ['↓'] = @"\downarrow", ['↕'] = @"\updownarrow", ['⇑'] = @"\Uparrow",
        ['⇓'] = @"\Downarrow", ['↦'] = @"\mapsto", ['⟶'] = @"\longrightarrow", ['⟵'] = @"\longleftarrow",
        ['⟹'] = @"\Longrightarrow", ['⟸'] = @"\Longleftarrow", ['⟺'] = @"\Longleftrightarrow", ['↗'] = @"\nearrow",
        ['↘'] = @"\searrow", ['↙'] = @"\swarrow", ['↖'] = @"\nwarrow", ['⇌'] = @"\rightleftharpoons", ['↪'] = @"\hookrightarrow",
        ['⇀'] = @"\rightharpoonup", ['⟼'] = @"\longmapsto",
        // other symbols
        ['∞'] = @"\infty", ['∂'] = @"\partial", ['∇'] = @"\nabla", ['∀'] = @"\forall", ['∃'] = @"\exists", ['∄'] = @"\nexists",
        ['∅'] = @"\emptyset", ['∠'] = @"\angle", ['∡'] = @"\measuredangle", ['¬'] = @"\neg", ['′'] = "'", ['″'] = "''",
        ['‴'] = "'''", ['°'] = @"^{\circ}", ['…'] = @"\ldots", ['⋯'] = @"\cdots", ['⋮'] = @"\vdots", ['⋱'] = @"\ddots",
        ['∴'] = @"\therefore", ['∵'] = @"\because", ['√'] = @"\surd", ['△'] = @"\triangle", ['□'] = @"\square",
        ['◊'] = @"\lozenge", ['♠'] = @"\spadesuit", ['♣'] = @"\clubsuit", ['♥'] = @"\heartsuit", ['♦'] = @"\diamondsuit",
        ['⟨'] = @"\langle", ['⟩'] = @"\rangle", ['\u2329'] = @"\langle", ['\u232a'] = @"\rangle", ['\u3008'] = @"\langle", ['\u3009'] = @"\rangle",
        ['⌊'] = @"\lfloor", ['⌋'] = @"\rfloor",
        ['⌈'] = @"\lceil", ['⌉'] = @"\rceil", ['‖'] = @"\|", ['∑'] = @"\sum", ['∏'] = @"\prod", ['∫'] = @"\int", ['∬'] = @"\iint",
        ['∭'] = @"\iiint", ['∮'] = @"\oint", ['⊤'] = @"\top", ['♮'] = @"\natural", ['♭'] = @"\flat", ['♯'] = @"\sharp",
        ['‰'] = @"\text{‰}", ['€'] = @"\text{€}", ['£'] = @"\pounds", ['§'] = @"\S", ['¶'] = @"\P", ['©'] = @"\copyright",
        ['⋄'] = @"\diamond", ['∎'] = @"\blacksquare", ['∔'] = @"\dotplus", ['⊲'] = @"\lhd", ['⊳'] = @"\rhd",
    };
}
