using Mrs.Text.Language;

namespace Mrs.Validation.Rules.Terms;

public sealed class EnglishEquivalentPresent : Rule
{
    private static readonly RuleMessage Missing = new(
        "Term entry {0} (“{1}”) gives no English equivalent.",
        "术语条目{0}（“{1}”）没有给出英文对应词。");

    public override string Code => "TERM-008";
    public override string Name => "EnglishEquivalentPresent";
    public override Severity DefaultSeverity => Severity.Warning;
    public override RuleFamilies Families => RuleFamilies.Gbt;
    public override string Summary => "A Chinese term entry gives the English equivalent of the term.";
    public override string SummaryZh => "中文术语条目应给出术语的英文对应词。";
    public override StandardClause? Gbt => new("8.7");
    public override IReadOnlyList<RuleMessage> Messages => [Missing];

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
