namespace Mrs.Validation.Rules.Structure;

public sealed class ScopeHasNoSubclauses : Rule
{
    private static readonly RuleMessage Divided = new(
        "The scope is divided into subclauses ({0}); keep it a short, undivided statement.",
        "“范围”分了条（{0}）；范围宜简洁，不宜分条。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-007", "ScopeHasNoSubclauses", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "The scope is succinct and not divided into subclauses.",
        SummaryZh: "“范围”应简洁，不分条。",
        Messages: [Divided], Gbt: new("8.5", Unsure: true), Iso: new("Clause 14"));

    public override void Check(RuleContext context)
    {
        var scope = context.Index.BodyClauses.FirstOrDefault(c => c.Role == ScopeRole.Scope);
        if (scope is { Children.Count: > 0 })
        {
            context.Report(scope.Children[0].Pointer, scope.Label, Divided, scope.Children[0].Label);
        }
    }
}
