using Mrs.Model;

namespace Mrs.Validation.Rules.Blocks;

public sealed class TableTitle : Rule
{
    private static readonly RuleMessage Untitled = new("{0} in {1} has no title.", "{1}中的{0}没有表题。");

    public override RuleMetadata Metadata { get; } = new("BLOCK-003", "TableTitle", Severity.Info, RuleFamilies.GbtIso | RuleFamilies.Etsi,
        Summary: "Tables have titles.",
        SummaryZh: "表宜有表题。",
        Messages: [Untitled], Gbt: new("9.8"), Iso: new("Clause 29"));

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Index.Blocks)
        {
            if (node.Block is Table { Title: null or "" } t)
            {
                context.Report(node, Untitled, BlockNames.Of(t), Labels.Of(node.Label));
            }
        }
    }
}
