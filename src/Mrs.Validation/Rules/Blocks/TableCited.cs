using Mrs.Model;

namespace Mrs.Validation.Rules.Blocks;

public sealed class TableCited : Rule
{
    private static readonly RuleMessage Uncited = new(
        "{0} in {1} is not cited in the text; every table is referred to in the text.",
        "{1}中的{0}在文中未被提及；每个表均应在条文中提及。");

    public override RuleMetadata Metadata { get; } = new("BLOCK-005", "TableCited", Severity.Warning, RuleFamilies.All,
        Summary: "Every numbered table is cited in the text (by a link or by “表3” / “Table 3”).",
        SummaryZh: "每个表均应在条文中提及（链接或“表3”等文字）。",
        Messages: [Uncited], Gbt: new("9.8"), Iso: new("Clause 29"));

    public override void Check(RuleContext context)
    {
        var keys = BlockCitations.PlainKeys(context.Index, CitationKind.Table);
        foreach (var node in context.Index.Blocks)
        {
            // Only a numbered table can be cited by number; unnumbered ones are NUM-005's (an import gap or a layout table).
            if (node.Block is Table { Number: { Length: > 0 } } t && !BlockCitations.IsCited(context.Index, node, t.Number, keys))
            {
                context.Report(node, Uncited, BlockNames.Of(t), Labels.Of(node.Label));
            }
        }
    }
}
