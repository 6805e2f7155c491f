namespace Mrs.Validation.Rules.Structure;

public sealed class LoneSubclause : Rule
{
    private static readonly RuleMessage Lone = new(
        "{0} has only one subclause ({1}); create subclauses only when there are at least two.",
        "{0}下只有一个条（{1}）；同一层次中有两个或两个以上的条时才可设条。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-011", "LoneSubclause", Severity.Error, RuleFamilies.GbtIso,
        Summary: "A clause is not divided into a single subclause.",
        SummaryZh: "不应只设一个条：同一层次有两个或两个以上的条时才可设条。",
        Messages: [Lone], Gbt: new("7.3"), Iso: new("22.3.2"));

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
