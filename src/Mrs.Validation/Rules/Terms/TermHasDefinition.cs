namespace Mrs.Validation.Rules.Terms;

public sealed class TermHasDefinition : Rule
{
    private static readonly RuleMessage NoTerm = new("Term entry {0} has no preferred term.", "术语条目{0}没有优先术语。");

    private static readonly RuleMessage NoDefinition = new("Term entry {0} (“{1}”) has no definition.", "术语条目{0}（“{1}”）没有定义。");

    public override RuleMetadata Metadata { get; } = new("TERM-002", "TermHasDefinition", Severity.Error, RuleFamilies.Formal,
        Summary: "Each term entry has a preferred term and a definition.",
        SummaryZh: "每个术语条目都有优先术语和定义。",
        Messages: [NoTerm, NoDefinition], Gbt: new("8.7"), Iso: new("Clause 16"));

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
