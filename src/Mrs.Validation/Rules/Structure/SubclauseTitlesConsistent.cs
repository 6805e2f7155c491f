namespace Mrs.Validation.Rules.Structure;

public sealed class SubclauseTitlesConsistent : Rule
{
    private static readonly RuleMessage Mixed = new(
        "Subclauses of {0} are partly titled: {1} has no title but {2} has; title all subclauses of a level or none.",
        "{0}下的条有的有标题、有的没有：{1}无标题而{2}有标题；同一层次的条应统一有或无标题。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-013", "SubclauseTitlesConsistent", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "Sibling subclauses are either all titled or all untitled.",
        SummaryZh: "同一层次的条，要么都有标题，要么都无标题。",
        Messages: [Mixed], Gbt: new("7.3"), Iso: new("22.2", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Index.Scopes)
        {
            if (node.Children.Count < 2)
            {
                continue;
            }
            var titled = node.Children.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c.Title));
            var untitled = node.Children.FirstOrDefault(c => string.IsNullOrWhiteSpace(c.Title));
            if (titled is not null && untitled is not null)
            {
                context.Report(untitled, Mixed, Labels.Named(node), untitled.Label, titled.Label);
            }
        }
    }
}
