using Mrs.Model;

namespace Mrs.Validation.Rules.Blocks;

public sealed class TableTitle : Rule
{
    private static readonly RuleMessage Untitled = new("{0} in {1} has no title.", "{1}中的{0}没有表题。");

    public override string Code => "BLOCK-003";
    public override string Name => "TableTitle";
    public override Severity DefaultSeverity => Severity.Info;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "Tables have titles.";
    public override string SummaryZh => "表宜有表题。";
    public override StandardClause? Gbt => new("9.8");
    public override StandardClause? Iso => new("Clause 29");
    public override IReadOnlyList<RuleMessage> Messages => [Untitled];

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
