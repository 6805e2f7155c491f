namespace Mrs.Validation.Rules.Structure;

public sealed class LoneSubclause : Rule
{
    private static readonly RuleMessage Lone = new(
        "{0} has only one subclause ({1}); create subclauses only when there are at least two.",
        "{0}下只有一个条（{1}）；同一层次中有两个或两个以上的条时才可设条。");

    public override string Code => "STRUCT-011";
    public override string Name => "LoneSubclause";
    public override Severity DefaultSeverity => Severity.Error;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "A clause is not divided into a single subclause.";
    public override string SummaryZh => "不应只设一个条：同一层次有两个或两个以上的条时才可设条。";
    public override StandardClause? Gbt => new("7.3");
    public override StandardClause? Iso => new("22.3.2");
    public override IReadOnlyList<RuleMessage> Messages => [Lone];

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Index.Scopes)
        {
            if (node.Children.Count == 1 && node.Kind is ScopeKind.Clause or ScopeKind.Annex)
            {
                var child = node.Children[0];
                context.Report(child.Pointer, node.Label, Lone, Labels.Named(node), child.Label);
            }
        }
    }
}
