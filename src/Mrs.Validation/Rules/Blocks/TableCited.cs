using Mrs.Model;

namespace Mrs.Validation.Rules.Blocks;

public sealed class TableCited : Rule
{
    private static readonly RuleMessage Uncited = new(
        "{0} in {1} is not cited in the text; every table is referred to in the text.",
        "{1}中的{0}在文中未被提及；每个表均应在条文中提及。");

    public override string Code => "BLOCK-005";
    public override string Name => "TableCited";
    public override Severity DefaultSeverity => Severity.Warning;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "Every table is cited in the text (by a link or by “表3” / “Table 3”).";
    public override string SummaryZh => "每个表均应在条文中提及（链接或“表3”等文字）。";
    public override StandardClause? Gbt => new("9.8");
    public override StandardClause? Iso => new("Clause 29");
    public override IReadOnlyList<RuleMessage> Messages => [Uncited];

    public override void Check(RuleContext context)
    {
        var keys = BlockCitations.PlainKeys(context.Index, CitationKind.Table);
        foreach (var node in context.Index.Blocks)
        {
            if (node.Block is Table t && !BlockCitations.IsCited(context.Index, node, t.Number, keys))
            {
                context.Report(node, Uncited, BlockNames.Of(t), Labels.Of(node.Label));
            }
        }
    }
}
