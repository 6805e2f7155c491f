using Mrs.Model;

namespace Mrs.Validation.Rules.Blocks;

public sealed class EmptyBlock : Rule
{
    private static readonly RuleMessage Empty = new("{0} in {1} is empty.", "{1}中的{0}没有内容。");

    private static readonly RuleMessage EmptyItem = new("Item {0} of a list in {1} is empty.", "{1}中列项的第{0}项没有内容。");

    public override RuleMetadata Metadata { get; } = new("BLOCK-002", "EmptyBlock", Severity.Warning, RuleFamilies.All,
        Summary: "No paragraph, note, example, list, list item, table, figure or definition list is empty.",
        SummaryZh: "段、注、示例、列项、表、图和定义列表均不应为空。",
        Messages: [Empty, EmptyItem], Gbt: new("7.4, 7.5", Unsure: true), Iso: new("Clause 23", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Index.Blocks)
        {
            var empty = node.Block switch
            {
                Paragraph p => string.IsNullOrWhiteSpace(p.Text) || p.Text.Length < 8 && string.IsNullOrWhiteSpace(InlineText.ToPlain(p.Text, true)),
                Note n => n.Blocks.Count == 0,
                Example e => e.Blocks.Count == 0,
                ListBlock l => l.Items.Count == 0,
                // A table that only framed a drawing the importer kept raw (3GPP: a Visio object in a one-cell table) is no empty table.
                Table t => (t.Rows.Count == 0 || t.Rows.All(r => r.Cells.Count == 0))
                    && !(node.Index + 1 < node.Siblings.Count && node.Siblings[node.Index + 1] is RawBlock),
                Figure f => f.Images.Count == 0,
                DefinitionList d => d.Items.Count == 0,
                _ => false,
            };
            if (empty)
            {
                context.Report(node, Empty, BlockNames.Of(node.Block), Labels.Of(node.Label));
            }
            if (node.Block is ListBlock list)
            {
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (string.IsNullOrWhiteSpace(list.Items[i].Text) && list.Items[i].Blocks.Count == 0)
                    {
                        context.Report($"{node.Pointer}/items/{i}", node.Label, EmptyItem,
                            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Labels.Of(node.Label));
                    }
                }
            }
        }
    }
}
