namespace Mrs.Validation.Rules.Structure;

public sealed class EmptyClause : Rule
{
    private static readonly RuleMessage Empty = new("{0} is empty.", "{0}没有内容。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-020", "EmptyClause", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "No clause, annex or front section is left without content.",
        SummaryZh: "章、条、附录和前言、引言等不应没有内容。",
        Messages: [Empty], Gbt: new("7.2, 7.3", Unsure: true), Iso: new("Clause 22", Unsure: true));

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
