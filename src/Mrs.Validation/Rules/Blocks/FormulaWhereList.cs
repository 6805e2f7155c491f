using System.Text.RegularExpressions;
using Mrs.Model;

namespace Mrs.Validation.Rules.Blocks;

public sealed partial class FormulaWhereList : Rule
{
    private static readonly RuleMessage Unexplained = new(
        "{0} in {1} uses the symbol “{2}”, which its “where” list does not explain.",
        "{1}中的{0}使用了符号“{2}”，但“式中”未作说明。");

    private static readonly RuleMessage NoList = new(
        "{0} in {1} uses symbols ({2}) but has no “where” list explaining them.",
        "{1}中的{0}使用了符号（{2}），但没有“式中”说明。");

    [GeneratedRegex(@"\\(?:mathrm|text|operatorname|mbox|textrm|mathit|mathbf)\s*\{[^{}]*\}"
        + @"|\\(?:left|right|cdot|times|frac|sqrt|sum|int|prod|ln|log|exp|sin|cos|tan|lim|max|min|quad|qquad|,|;|!)\b?|<[^>]+>",
        RegexOptions.CultureInvariant)]
    private static partial Regex Noise();

    [GeneratedRegex(@"\\(?<greek>alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|vartheta|iota|kappa|lambda|mu|nu|xi|pi|rho|sigma|tau"
        + @"|upsilon|phi|varphi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Upsilon|Phi|Psi|Omega)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Greek();

    [GeneratedRegex(@"(?<![A-Za-z\\])[A-Za-z\u0391-\u03A9\u03B1-\u03C9](?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Symbol();

    // An upright identifier (mathvariant="normal": a label such as the m of N_m, a unit, a function name) is not a
    // quantity symbol and needs no explanation.
    [GeneratedRegex(@"<mi(?![^>]*mathvariant=""normal"")[^>]*>\s*(?<s>[^<\s])\s*</mi>", RegexOptions.CultureInvariant)]
    private static partial Regex MathMlIdentifier();

    public override RuleMetadata Metadata { get; } = new("BLOCK-008", "FormulaWhereList", Severity.Info, RuleFamilies.GbtIso,
        Summary: "The “where” (式中) list of a formula explains every symbol the formula uses.",
        SummaryZh: "公式的“式中”说明公式所用的每个符号。",
        Messages: [Unexplained, NoList], Gbt: new("9.9"), Iso: new("Clause 27"));

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Index.Blocks)
        {
            if (node.Block is not Formula f)
            {
                continue;
            }
            var symbols = Symbols(f);
            if (symbols.Count == 0)
            {
                continue;
            }
            if (f.Where.Count == 0)
            {
                context.Report(node, NoList, BlockNames.Of(f), Labels.Of(node.Label), string.Join(", ", symbols));
                continue;
            }
            var explained = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in f.Where)
            {
                foreach (var s in SymbolsOf(InlineText.ToPlain(item.Term, true).Replace("$", "", StringComparison.Ordinal)))
                {
                    explained.Add(s);
                }
            }
            foreach (var s in symbols)
            {
                if (!explained.Contains(s))
                {
                    context.Report(node, Unexplained, BlockNames.Of(f), Labels.Of(node.Label), s);
                }
            }
        }
    }

    /// <summary>Single-letter symbols of the formula (first letters of subscripted symbols count as the symbol).</summary>
    public static List<string> Symbols(Formula f)
    {
        if (f.MathMl is { Length: > 0 } mathml && f.Latex is null)
        {
            return MathMlIdentifier().Matches(mathml).Select(m => m.Groups["s"].Value).Distinct(StringComparer.Ordinal).ToList();
        }
        var source = f.Latex ?? f.Text ?? "";
        return SymbolsOf(source).ToList();
    }

    private static IEnumerable<string> SymbolsOf(string source)
    {
        var s = Greek().Replace(source, m => GreekLetters.TryGetValue(m.Groups["greek"].Value, out var c) ? c : " ");
        s = Noise().Replace(s, " ");
        return Symbol().Matches(s).Select(m => m.Value).Distinct(StringComparer.Ordinal);
    }

    private static readonly Dictionary<string, string> GreekLetters = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε", ["zeta"] = "ζ",
        ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "θ", ["iota"] = "ι", ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν",
        ["xi"] = "ξ", ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "φ", ["varphi"] = "φ",
        ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ",
        ["Pi"] = "Π", ["Sigma"] = "Σ", ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
    };
}
