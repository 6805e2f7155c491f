namespace Mrs.Validation.Rules.Structure;

public sealed class ScopeHasNoSubclauses : Rule
{
    private static readonly RuleMessage Divided = new(
        "The scope is divided into subclauses ({0}); keep it a short, undivided statement.",
        "“范围”分了条（{0}）；范围宜简洁，不宜分条。");

    public override string Code => "STRUCT-007";
    public override string Name => "ScopeHasNoSubclauses";
    public override Severity DefaultSeverity => Severity.Warning;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "The scope is succinct and not divided into subclauses.";
    public override string SummaryZh => "“范围”应简洁，不分条。";
    public override StandardClause? Gbt => new("8.5", Unsure: true);
    public override StandardClause? Iso => new("Clause 14");
    public override IReadOnlyList<RuleMessage> Messages => [Divided];

    public override void Check(RuleContext context)
    {
        var scope = context.Index.BodyClauses.FirstOrDefault(c => c.Role == ScopeRole.Scope);
        if (scope is { Children.Count: > 0 })
        {
            context.Report(scope.Children[0].Pointer, scope.Label, Divided, scope.Children[0].Label);
        }
    }
}
