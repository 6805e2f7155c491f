using Mrs.Model;

namespace Mrs.Validation.Rules.Blocks;

public sealed class FigureTitle : Rule
{
    private static readonly RuleMessage Untitled = new("{0} in {1} has no title.", "{1}中的{0}没有图题。");

    public override string Code => "BLOCK-004";
    public override string Name => "FigureTitle";
    public override Severity DefaultSeverity => Severity.Info;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "Figures have titles.";
    public override string SummaryZh => "图宜有图题。";
    public override StandardClause? Gbt => new("9.7");
    public override StandardClause? Iso => new("Clause 28");
    public override IReadOnlyList<RuleMessage> Messages => [Untitled];

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
