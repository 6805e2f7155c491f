namespace Mrs.Validation.Rules.Structure;

public sealed class EmptyClause : Rule
{
    private static readonly RuleMessage Empty = new("{0} is empty.", "{0}没有内容。");

    public override string Code => "STRUCT-020";
    public override string Name => "EmptyClause";
    public override Severity DefaultSeverity => Severity.Warning;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "No clause, annex or front section is left without content.";
    public override string SummaryZh => "章、条、附录和前言、引言等不应没有内容。";
    public override StandardClause? Gbt => new("7.2, 7.3", Unsure: true);
    public override StandardClause? Iso => new("Clause 22", Unsure: true);
    public override IReadOnlyList<RuleMessage> Messages => [Empty];

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Index.Scopes)
        {
            if (node.Kind is ScopeKind.Clause or ScopeKind.Annex or ScopeKind.Section
                && node.Blocks.Count == 0 && node.Children.Count == 0 && node.Terms.Count == 0 && node.References.Count == 0)
            {
                context.Report(node, Empty, Labels.Named(node));
            }
        }
    }
}
