using Mrs.Text.Language;

namespace Mrs.Validation.Rules.Terms;

public sealed class EnglishEquivalentPresent : Rule
{
    private static readonly RuleMessage Missing = new(
        "Term entry {0} (“{1}”) gives no English equivalent.",
        "术语条目{0}（“{1}”）没有给出英文对应词。");

    public override RuleMetadata Metadata { get; } = new("TERM-008", "EnglishEquivalentPresent", Severity.Warning, RuleFamilies.Gbt,
        Summary: "A Chinese term entry gives the English equivalent of the term.",
        SummaryZh: "中文术语条目应给出术语的英文对应词。",
        Messages: [Missing], Gbt: new("8.7"));

    public override void Check(RuleContext context)
    {
        foreach (var term in context.Index.Terms)
        {
            var preferred = TermFacts.Preferred(term);
            if (Script.HasHan(preferred) && !term.Entry.Equivalents.Any(d => !string.IsNullOrWhiteSpace(d.Text) && !Script.HasHan(d.Text)))
            {
                context.Report(term, Missing, term.Label, preferred);
            }
        }
    }
}
