namespace Mrs.Validation.Rules.Structure;

public sealed class FirstLevelSubclauseTitled : Rule
{
    private static readonly RuleMessage Untitled = new(
        "Subclause {0} has no title; each first-level subclause should be given a title.",
        "{0}没有标题；一级条宜有标题。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-014", "FirstLevelSubclauseTitled", Severity.Info, RuleFamilies.Iso,
        Summary: "First-level subclauses (5.1, A.1) have titles.",
        SummaryZh: "一级条（如5.1、A.1）宜有标题。",
        Messages: [Untitled], Iso: new("22.2"));

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Index.Scopes)
        {
            if (!node.IsNumberedClause || (node.Context & (TextContext.TermsClause | TextContext.NormativeReferences | TextContext.Symbols)) != 0)
            {
                continue;
            }
            var firstLevel = (node.Context & TextContext.Annex) != 0 ? node.Depth == 1 : node.Depth == 2;
            if (firstLevel && string.IsNullOrWhiteSpace(node.Title))
            {
                context.Report(node, Untitled, node.Label);
            }
        }
    }
}
