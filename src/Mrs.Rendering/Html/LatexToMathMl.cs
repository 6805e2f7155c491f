using System.Text;

namespace Mrs.Rendering.Html;

/// <summary>
/// The small part of LaTeX that inline maths in standards uses ($E=mc^2$, $N_\mathrm{m}$, $\frac{a}{b}$, Greek
/// letters, common operators) as presentation MathML. Anything outside that part gives null, and the writer shows the
/// LaTeX as text: a formula is never guessed at. All text is escaped.
/// </summary>
internal static class LatexToMathMl
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ϵ", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ",
        ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ", ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω",
        ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π", ["Sigma"] = "Σ",
        ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω", ["infty"] = "∞", ["partial"] = "∂",
        ["ell"] = "ℓ", ["hbar"] = "ℏ", ["nabla"] = "∇",
    };

    private static readonly Dictionary<string, string> Operators = new(StringComparer.Ordinal)
    {
        ["times"] = "×", ["cdot"] = "·", ["pm"] = "±", ["mp"] = "∓", ["div"] = "÷", ["leq"] = "≤", ["le"] = "≤",
        ["geq"] = "≥", ["ge"] = "≥", ["neq"] = "≠", ["ne"] = "≠", ["approx"] = "≈", ["equiv"] = "≡", ["sim"] = "∼",
        ["propto"] = "∝", ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["Rightarrow"] = "⇒",
        ["sum"] = "∑", ["prod"] = "∏", ["int"] = "∫", ["in"] = "∈", ["notin"] = "∉", ["subset"] = "⊂",
        ["cup"] = "∪", ["cap"] = "∩", ["ldots"] = "…", ["cdots"] = "⋯", ["circ"] = "∘", ["degree"] = "°",
        ["%"] = "%", ["{"] = "{", ["}"] = "}", ["#"] = "#", ["&"] = "&", ["_"] = "_", ["lbrace"] = "{", ["rbrace"] = "}",
        ["langle"] = "⟨", ["rangle"] = "⟩", ["mid"] = "∣", ["lvert"] = "|", ["rvert"] = "|",
    };

    private static readonly Dictionary<string, string?> Spaces = new(StringComparer.Ordinal)
    {
        [","] = "0.1667em", [";"] = "0.2778em", [":"] = "0.2222em", ["!"] = null, [" "] = "0.25em", ["quad"] = "1em", ["qquad"] = "2em",
    };

    private static readonly Dictionary<string, string> Variants = new(StringComparer.Ordinal)
    {
        ["mathrm"] = "normal", ["text"] = "normal", ["textrm"] = "normal", ["operatorname"] = "normal", ["mathit"] = "italic",
        ["mathbf"] = "bold", ["textbf"] = "bold", ["mathsf"] = "sans-serif", ["mathtt"] = "monospace",
    };

    private static readonly string[] Functions = ["sin", "cos", "tan", "log", "ln", "exp", "lg", "max", "min", "lim", "det", "arcsin", "arccos",
        "arctan", "sinh", "cosh", "tanh"];

    /// <summary>The MathML of <paramref name="latex"/>; null when it uses anything this converter does not know.</summary>
    public static string? Convert(string latex, bool display)
    {
        if (latex.Length > 4000)
        {
            return null;
        }
        var parser = new Parser(latex);
        var body = parser.Sequence(endAtBrace: false);
        if (body is null || !parser.AtEnd)
        {
            return null;
        }
        var text = new Markup(body.Length + 64);
        text.Raw(display ? "<math display=\"block\">" : "<math>");
        var annotated = new Markup(latex.Length + 16).Text(latex).ToString();
        text.Raw("<semantics><mrow>").Raw(body).Raw("</mrow><annotation encoding=\"application/x-tex\">").Raw(annotated)
            .Raw("</annotation></semantics></math>");
        return text.ToString();
    }

    private sealed class Parser(string source)
    {
        private int at;

        public bool AtEnd => at >= source.Length;

        /// <summary>Atoms up to the end (or a closing brace); null on anything unknown.</summary>
        public string? Sequence(bool endAtBrace)
        {
            var result = new StringBuilder();
            while (true)
            {
                SkipSpace();
                if (AtEnd)
                {
                    return endAtBrace ? null : result.ToString();
                }
                if (source[at] == '}')
                {
                    if (!endAtBrace)
                    {
                        return null;
                    }
                    at++;
                    return result.ToString();
                }
                var atom = Atom();
                if (atom is null)
                {
                    return null;
                }
                SkipSpace();
                string? sub = null, sup = null;
                while (!AtEnd && source[at] is '_' or '^')
                {
                    var isSub = source[at] == '_';
                    at++;
                    var script = Argument();
                    if (script is null || (isSub ? sub : sup) is not null)
                    {
                        return null;
                    }
                    if (isSub)
                    {
                        sub = script;
                    }
                    else
                    {
                        sup = script;
                    }
                    SkipSpace();
                }
                result.Append((sub, sup) switch
                {
                    (null, null) => atom,
                    (_, null) => $"<msub>{atom}{sub}</msub>",
                    (null, _) => $"<msup>{atom}{sup}</msup>",
                    _ => $"<msubsup>{atom}{sub}{sup}</msubsup>",
                });
            }
        }

        private void SkipSpace()
        {
            while (!AtEnd && source[at] == ' ')
            {
                at++;
            }
        }

        /// <summary>A group {…} or one atom, as one MathML element.</summary>
        private string? Argument()
        {
            SkipSpace();
            if (AtEnd)
            {
                return null;
            }
            if (source[at] == '{')
            {
                at++;
                var inner = Sequence(endAtBrace: true);
                return inner is null ? null : $"<mrow>{inner}</mrow>";
            }
            if (char.IsAsciiDigit(source[at]))
            {
                return Element("mn", source[at++].ToString());
            }
            return Atom();
        }

        private string? Atom()
        {
            var c = source[at];
            if (c == '{')
            {
                at++;
                var inner = Sequence(endAtBrace: true);
                return inner is null ? null : $"<mrow>{inner}</mrow>";
            }
            if (c == '\\')
            {
                return Command();
            }
            if (char.IsAsciiDigit(c) || c == '.' && at + 1 < source.Length && char.IsAsciiDigit(source[at + 1]))
            {
                var start = at;
                while (!AtEnd && (char.IsAsciiDigit(source[at]) || source[at] == '.' && at + 1 < source.Length && char.IsAsciiDigit(source[at + 1])))
                {
                    at++;
                }
                return Element("mn", source[start..at]);
            }
            if (char.IsLetter(c))
            {
                at++;
                return Element("mi", c.ToString());
            }
            if ("+-=<>()[]|,;:/!'*".Contains(c) || c is '×' or '·' or '−' or '≤' or '≥' or '≠' or '±' or '%' or '°')
            {
                at++;
                return Element("mo", c == '-' ? "−" : c == '*' ? "∗" : c.ToString());
            }
            return null;
        }

        private string? Command()
        {
            at++; // the backslash
            if (AtEnd)
            {
                return null;
            }
            string name;
            if (char.IsAsciiLetter(source[at]))
            {
                var start = at;
                while (!AtEnd && char.IsAsciiLetter(source[at]))
                {
                    at++;
                }
                name = source[start..at];
            }
            else
            {
                name = source[at++].ToString();
            }
            if (Symbols.TryGetValue(name, out var symbol))
            {
                return Element("mi", symbol);
            }
            if (Operators.TryGetValue(name, out var op))
            {
                return Element("mo", op);
            }
            if (Spaces.TryGetValue(name, out var width))
            {
                return width is null ? "" : $"<mspace width=\"{width}\"/>";
            }
            if (Functions.Contains(name))
            {
                return Element("mi", name);
            }
            if (Variants.TryGetValue(name, out var variant))
            {
                SkipSpace();
                if (AtEnd || source[at] != '{')
                {
                    return null;
                }
                var close = source.IndexOf('}', at);
                if (close < 0)
                {
                    return null;
                }
                var text = source[(at + 1)..close];
                if (text.Contains('\\') || text.Contains('{'))
                {
                    return null;
                }
                at = close + 1;
                var tag = name.StartsWith("text", StringComparison.Ordinal) ? "mtext" : "mi";
                return $"<{tag} mathvariant=\"{variant}\">{new Markup(text.Length + 8).Text(text)}</{tag}>";
            }
            switch (name)
            {
                case "frac":
                {
                    var numerator = Argument();
                    var denominator = numerator is null ? null : Argument();
                    return denominator is null ? null : $"<mfrac>{numerator}{denominator}</mfrac>";
                }
                case "sqrt":
                {
                    SkipSpace();
                    if (!AtEnd && source[at] == '[')
                    {
                        var close = source.IndexOf(']', at);
                        if (close < 0)
                        {
                            return null;
                        }
                        var index = new Parser(source[(at + 1)..close]).Sequence(endAtBrace: false);
                        at = close + 1;
                        var radicand = Argument();
                        return index is null || radicand is null ? null : $"<mroot>{radicand}<mrow>{index}</mrow></mroot>";
                    }
                    var body = Argument();
                    return body is null ? null : $"<msqrt>{body}</msqrt>";
                }
                case "left" or "right":
                {
                    SkipSpace();
                    if (AtEnd)
                    {
                        return null;
                    }
                    var fence = source[at] == '\\' ? Command() : source[at] == '.' ? (at++ > -1 ? "" : null) : Atom();
                    return fence;
                }
                default:
                    return null;
            }
        }

        private static string Element(string tag, string text) => $"<{tag}>{new Markup(text.Length + 8).Text(text)}</{tag}>";
    }
}
