using Mrs.Model;

namespace Mrs.Validation.Rules.Blocks;

public sealed class ListDepth : Rule
{
    public const int MaxDepth = 4;

    private static readonly RuleMessage TooDeep = new(
        "A list in {0} is nested {1} levels deep; lists go at most four levels deep.",
        "{0}中的列项嵌套了{1}层；列项最多分四层。");

    public override RuleMetadata Metadata { get; } = new("BLOCK-010", "ListDepth", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "Lists are nested at most four levels deep.",
        SummaryZh: "列项嵌套不超过四层。",
        Messages: [TooDeep], Gbt: new("7.5", Unsure: true), Iso: new("Clause 23", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Index.Blocks)
        {
            if (node.Block is ListBlock && node.ListLevel == MaxDepth + 1)
            {
                context.Report(node, TooDeep, Labels.Of(node.Label), node.ListLevel);
            }
        }
    }
}
