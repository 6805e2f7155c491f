using Mrs.Model;

namespace Mrs.Validation.Rules.Blocks;

public sealed class FigureCited : Rule
{
    private static readonly RuleMessage Uncited = new(
        "{0} in {1} is not cited in the text; every figure is referred to in the text.",
        "{1}中的{0}在文中未被提及；每个图均应在条文中提及。");

    public override RuleMetadata Metadata { get; } = new("BLOCK-006", "FigureCited", Severity.Warning, RuleFamilies.All,
        Summary: "Every numbered figure is cited in the text (by a link or by “图2” / “Figure 2”).",
        SummaryZh: "每个图均应在条文中提及（链接或“图2”等文字）。",
        Messages: [Uncited], Gbt: new("9.7"), Iso: new("Clause 28"));

    public override void Check(RuleContext context)
    {
        var keys = BlockCitations.PlainKeys(context.Index, CitationKind.Figure);
        foreach (var node in context.Index.Blocks)
        {
            // Only a numbered figure can be cited by number; unnumbered ones are NUM-006's (an import gap or a layout figure).
            if (node.Block is Figure { Number: { Length: > 0 } } f && !BlockCitations.IsCited(context.Index, node, f.Number, keys))
            {
                context.Report(node, Uncited, BlockNames.Of(f), Labels.Of(node.Label));
            }
        }
    }
}
