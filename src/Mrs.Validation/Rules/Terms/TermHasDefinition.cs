namespace Mrs.Validation.Rules.Terms;

public sealed class TermHasDefinition : Rule
{
    private static readonly RuleMessage NoTerm = new("Term entry {0} has no preferred term.", "术语条目{0}没有优先术语。");

    private static readonly RuleMessage NoDefinition = new("Term entry {0} (“{1}”) has no definition.", "术语条目{0}（“{1}”）没有定义。");

    public override string Code => "TERM-002";
    public override string Name => "TermHasDefinition";
    public override Severity DefaultSeverity => Severity.Error;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "Each term entry has a preferred term and a definition.";
    public override string SummaryZh => "每个术语条目都有优先术语和定义。";
    public override StandardClause? Gbt => new("8.7");
    public override StandardClause? Iso => new("Clause 16");
    public override IReadOnlyList<RuleMessage> Messages => [NoTerm, NoDefinition];

    public override void Check(RuleContext context)
    {
        foreach (var term in context.Index.Terms)
        {
            if (!term.Entry.Preferred.Any(d => !string.IsNullOrWhiteSpace(d.Text)))
            {
                context.Report(term, NoTerm, term.Label);
            }
            else if (string.IsNullOrWhiteSpace(term.Entry.Definition))
            {
                context.Report(term, NoDefinition, term.Label, TermFacts.Preferred(term));
            }
        }
    }
}
