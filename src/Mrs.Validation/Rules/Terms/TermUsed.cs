using System.Text;
using Mrs.Text.Language;

namespace Mrs.Validation.Rules.Terms;

public sealed class TermUsed : Rule
{
    private static readonly RuleMessage Unused = new(
        "The term “{0}” ({1}) is defined but not used elsewhere in the document.",
        "术语“{0}”（{1}）已定义，但文件中其他地方没有使用。");

    public override RuleMetadata Metadata { get; } = new("TERM-011", "TermUsed", Severity.Info, RuleFamilies.All,
        Summary: "Each defined term is used somewhere else in the document (vocabularies excepted).",
        SummaryZh: "定义的每个术语都在文件其他地方使用（术语标准除外）。",
        Messages: [Unused], Gbt: new("8.7"), Iso: new("Clause 16"));

    public override void Check(RuleContext context)
    {
        var index = context.Index;
        if (index.IsVocabulary || index.Terms.Count == 0)
        {
            return;
        }
        // All text in one string; each entry's own texts are one contiguous range, skipped when searching for its term.
        var all = new StringBuilder();
        var ranges = new Dictionary<TermNode, (int Start, int End)>(ReferenceEqualityComparer.Instance);
        foreach (var t in index.Texts)
        {
            if (t.Is(TextContext.Designation | TextContext.Metadata | TextContext.Heading | TextContext.Code | TextContext.Raw))
            {
                continue;
            }
            var start = all.Length;
            all.Append(t.Plain).Append('\n');
            if (t.Term is { } term)
            {
                ranges[term] = ranges.TryGetValue(term, out var r) ? (r.Start, all.Length) : (start, all.Length);
            }
        }
        var text = all.ToString();
        foreach (var term in index.Terms)
        {
            var name = TermFacts.Preferred(term);
            if (name.Length == 0)
            {
                continue;
            }
            var own = ranges.GetValueOrDefault(term, (-1, -1));
            var comparison = Script.HasHan(name) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            var at = text.IndexOf(name, comparison);
            while (at >= own.Item1 && at < own.Item2 && at >= 0)
            {
                at = text.IndexOf(name, own.Item2, comparison);
            }
            if (at < 0)
            {
                context.Report(term, Unused, name, term.Label);
            }
        }
    }
}
