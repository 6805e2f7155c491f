using Mrs.Model;

namespace Mrs.Validation.Rules.Blocks;

public sealed class NestedNoteOrExample : Rule
{
    private static readonly RuleMessage Nested = new(
        "{0} in {2} is nested inside {1}; notes and examples are not placed in other notes or examples.",
        "{2}中的{0}嵌套在{1}中；注和示例不应嵌套在其他注或示例中。");

    public override RuleMetadata Metadata { get; } = new("BLOCK-001", "NestedNoteOrExample", Severity.Warning,
        RuleFamilies.GbtIso | RuleFamilies.Etsi,
        Summary: "Notes and examples are not nested in other notes or examples.",
        SummaryZh: "注和示例不嵌套在其他注或示例中。",
        Messages: [Nested], Gbt: new("9.10, 9.11"), Iso: new("Clause 24, Clause 25"));

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Index.Blocks)
        {
            if (node.Block is not (Note or Example))
            {
                continue;
            }
            for (var p = node.Parent; p is not null; p = p.Parent)
            {
                if (p.Block is Note or Example)
                {
                    context.Report(node, Nested, BlockNames.Of(node.Block), BlockNames.Of(p.Block), Labels.Of(node.Label));
                    break;
                }
            }
        }
    }
}
