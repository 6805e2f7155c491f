using Mrs.Model;

namespace Mrs.Validation.Rules.Blocks;

public sealed class FigureCited : Rule
{
    private static readonly RuleMessage Uncited = new(
        "{0} in {1} is not cited in the text; every figure is referred to in the text.",
        "{1}中的{0}在文中未被提及；每个图均应在条文中提及。");

    public override string Code => "BLOCK-006";
    public override string Name => "FigureCited";
    public override Severity DefaultSeverity => Severity.Warning;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "Every figure is cited in the text (by a link or by “图2” / “Figure 2”).";
    public override string SummaryZh => "每个图均应在条文中提及（链接或“图2”等文字）。";
    public override StandardClause? Gbt => new("9.7");
    public override StandardClause? Iso => new("Clause 28");
    public override IReadOnlyList<RuleMessage> Messages => [Uncited];

    public override void Check(RuleContext context)
    {
        var keys = BlockCitations.PlainKeys(context.Index, CitationKind.Figure);
        foreach (var node in context.Index.Blocks)
        {
            if (node.Block is Figure f && !BlockCitations.IsCited(context.Index, node, f.Number, keys))
            {
                context.Report(node, Uncited, BlockNames.Of(f), Labels.Of(node.Label));
            }
        }
    }
}
