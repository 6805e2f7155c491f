using System.Text.RegularExpressions;
using Mrs.Model;

namespace Mrs.Validation.Rules.References;

/// <summary>
/// A cross-reference whose text states a number other than its target's current number: "See also C.5 Exponential
/// Backoff" linking to clause C.4, "RDF triples (3.13.33)" linking to term 3.13.32, "Table 4" linking to table 3. Word
/// keeps the text of a REF field until its fields are updated, so a renumbered document keeps the old numbers.
/// Only a number the text states plainly counts (after a kind word such as "Clause", "Table", "表", at the start of the
/// text, or in brackets at its end), and only against a target whose number the model knows.
/// </summary>
public sealed partial class StaleCrossReference : Rule
{
    private static readonly RuleMessage Stale = new(
        "The cross-reference “{0}” states {1} {2}, but it points to {1} {3}: its text is out of date (update the field or the text).",
        "交叉引用“{0}”写的是{1}{2}，但指向的是{1}{3}：引用文字已过时（应更新域或文字）。");

    public override RuleMetadata Metadata { get; } = new("REF-015", "StaleCrossReference", Severity.Error, RuleFamilies.All,
        Summary: "The text of a cross-reference states its target's current number (clause, annex, table, figure, formula, note, example, "
            + "term entry).",
        SummaryZh: "交叉引用的文字与其目标当前的编号一致（章条、附录、表、图、公式、注、示例、术语条目）。",
        Messages: [Stale], Gbt: new("9.5"), Iso: new("Clause 10", Unsure: true));

    private enum Kind { Clause, Annex, Table, Figure, Formula, Note, Example, Term }

    private static readonly Dictionary<Kind, Loc> Names = new()
    {
        [Kind.Clause] = new("clause", "章条"),
        [Kind.Annex] = new("annex", "附录"),
        [Kind.Table] = new("table", "表"),
        [Kind.Figure] = new("figure", "图"),
        [Kind.Formula] = new("formula", "公式"),
        [Kind.Note] = new("note", "注"),
        [Kind.Example] = new("example", "示例"),
        [Kind.Term] = new("term entry", "术语条目"),
    };

    public override void Check(RuleContext context)
    {
        var index = context.Index;
        Dictionary<string, BlockNode>? blocks = null;
        foreach (var use in index.Links)
        {
            if (use.Link.Footnote || !index.Targets.TryGetValue(use.Link.Target, out var target))
            {
                continue;
            }
            var text = InlineText.ToPlain(use.Link.Text, true).Trim();
            if (text.Length == 0 || text.Length > 120 || Stated(text) is not { } stated)
            {
                continue;
            }
            // The target's kind and its number as the model knows it; nothing to compare with when the number is unknown.
            Kind kind;
            string? number;
            switch (target.Kind)
            {
                case TargetKind.Clause:
                    kind = Kind.Clause;
                    number = target.Owner?.Clause?.Number;
                    break;
                case TargetKind.Annex:
                    kind = Kind.Annex;
                    number = target.Owner?.AnnexLetter;
                    break;
                case TargetKind.Term:
                    kind = Kind.Term;
                    number = index.Terms.FirstOrDefault(t => t.Pointer == target.Pointer)?.Entry.Number;
                    break;
                case TargetKind.Table or TargetKind.Figure or TargetKind.Formula or TargetKind.Block:
                    blocks ??= index.Blocks.ToDictionary(b => b.Pointer, StringComparer.Ordinal);
                    if (!blocks.TryGetValue(target.Pointer, out var block))
                    {
                        continue;
                    }
                    (kind, number) = block.Block switch
                    {
                        Table t => (Kind.Table, t.Number),
                        Figure f => (Kind.Figure, f.Number),
                        Formula f => (Kind.Formula, f.Number),
                        Note n => (Kind.Note, n.Number),
                        Example e => (Kind.Example, e.Number),
                        _ => (Kind.Clause, null),
                    };
                    break;
                default:
                    continue;
            }
            if (Normalize(number) is not { Length: > 0 } current)
            {
                continue;
            }
            var statedKind = stated.Kind ?? (kind is Kind.Clause or Kind.Term ? kind : (Kind?)null);
            // A bare number ("3", "A.2") in the text of a link to a table or figure is too little to judge; a text that
            // names another kind ("Clause B.6, Formula (B.1)" linking to the formula) may name several things.
            if (statedKind is null || !(statedKind == kind || (statedKind is Kind.Clause or Kind.Term && kind is Kind.Clause or Kind.Term)))
            {
                continue;
            }
            var said = Normalize(stated.Number)!;
            if (!string.Equals(said, current, StringComparison.Ordinal)
                && !(kind == Kind.Clause && target.Kind == TargetKind.Clause && RunInHeadings.Holds(target.Owner, said)))
            {
                // (a link to a run-in subclause the importer did not recover lands on the clause that holds it)
                context.Report(use.Text, Stale, Excerpt.Of(text, 40), Names[kind], said, current);
            }
        }
    }

    /// <summary>The kind (when a word says it) and number a link text states, or null when it states none plainly.</summary>
    private static (Kind? Kind, string Number)? Stated(string text)
    {
        if (KindWord().Match(text) is { Success: true } m)
        {
            var word = m.Groups["word"].Value.ToLowerInvariant();
            Kind kind = word switch
            {
                "annex" or "appendix" or "附录" => Kind.Annex,
                "table" or "表" => Kind.Table,
                "figure" or "fig." or "图" => Kind.Figure,
                "formula" or "equation" or "eq." or "式" or "公式" => Kind.Formula,
                "note" or "注" => Kind.Note,
                "example" or "示例" => Kind.Example,
                _ => Kind.Clause,
            };
            var number = m.Groups["num"].Value;
            if (kind == Kind.Annex && number.Length != 1)
            {
                return null;
            }
            return (kind, number);
        }
        if (Leading().Match(text) is { Success: true } lead)
        {
            return (null, lead.Groups["num"].Value);
        }
        if (Trailing().Match(text) is { Success: true } trail)
        {
            return (null, trail.Groups["num"].Value);
        }
        return null;
    }

    [GeneratedRegex(@"[‐‑‒–—−]", RegexOptions.CultureInvariant)]
    private static partial Regex Dashes();

    /// <summary>"5.2." → "5.2", "（3）" → "3", "Ａ．1" → "A.1": the number as it compares.</summary>
    private static string? Normalize(string? number)
    {
        if (number is null)
        {
            return null;
        }
        var s = number.Normalize(System.Text.NormalizationForm.FormKC).Trim().Trim('(', ')', ' ').TrimEnd('.');
        return Dashes().Replace(s, "-");
    }

    // "Clause 5.2", "subclause 5.2.1", "Annex B", "Table A.3", "Figure 2", "Formula (3)", "NOTE 2", "第5章", "5.2节" is below.
    [GeneratedRegex(@"^(?:see\s+(?:also\s+)?|见|参见)?(?<word>Clause|Subclause|Section|Annex|Appendix|Table|Figure|Fig\.|Formula|Equation|Eq\.|Note"
        + @"|Example|附录|表|图|公式|式|注|示例|第)\s*(?<num>\(?[A-Z](?:\.\d+)+\)?|\(?\d+(?:[.\-‐‑–]\d+)*\)?|[A-Z](?![A-Za-z]))(?![\w.]*\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KindWord();

    // "5.2", "C.5 Exponential Backoff", "3.13.33", "5 Requirements": a clause or term number at the start (a letter needs a
    // dotted part; a number without dots has at most two digits, so that "2019 edition" is no clause number).
    [GeneratedRegex(@"^(?<num>[A-Z](?:\.\d+)+|\d{1,3}(?:\.\d+)+|\d{1,2})(?=$|\s|\)|,|，|、|节|章|条)", RegexOptions.CultureInvariant)]
    private static partial Regex Leading();

    // "RDF triples (3.13.33)": a dotted number in brackets at the end.
    [GeneratedRegex(@"[(（](?<num>(?:[A-Z]|\d+)(?:\.\d+)+)[)）]$", RegexOptions.CultureInvariant)]
    private static partial Regex Trailing();
}
