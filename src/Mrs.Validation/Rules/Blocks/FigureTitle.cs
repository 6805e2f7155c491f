using Mrs.Model;

namespace Mrs.Validation.Rules.Blocks;

public sealed class FigureTitle : Rule
{
    private static readonly RuleMessage Untitled = new("{0} in {1} has no title.", "{1}中的{0}没有图题。");

    public override RuleMetadata Metadata { get; } = new("BLOCK-004", "FigureTitle", Severity.Info, RuleFamilies.GbtIso | RuleFamilies.Etsi,
        Summary: "Figures have titles.",
        SummaryZh: "图宜有图题。",
        Messages: [Untitled], Gbt: new("9.7"), Iso: new("Clause 28"));

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Index.Blocks)
        {
            if (node.Block is Figure { Title: null or "" } f)
            {
                context.Report(node, Untitled, BlockNames.Of(f), Labels.Of(node.Label));
            }
        }
    }
}
