namespace Mrs.Validation.Rules.Blocks;

public sealed class CaptionNoFullStop : Rule
{
    private static readonly RuleMessage Stop = new(
        "The title of {0} ends with a full stop: “{1}”; table and figure titles take no final full stop.",
        "{0}的标题以句号结尾：“{1}”；图题、表题末尾不加句号。");

    public override RuleMetadata Metadata { get; } = new("BLOCK-007", "CaptionNoFullStop", Severity.Warning, RuleFamilies.GbtIso | RuleFamilies.Etsi,
        Summary: "Table, figure and example titles carry no final full stop.",
        SummaryZh: "图题、表题和示例标题末尾不加句号。",
        Messages: [Stop], Gbt: new("9.7, 9.8", Unsure: true), Iso: new("Clause 28, Clause 29", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var text in context.Index.Texts)
        {
            if ((text.Context & TextContext.Caption) != 0 && text.Block is { } block && TextChecks.EndsWithFullStop(text.Plain))
            {
                context.Report(text, Stop, BlockNames.Of(block.Block), Excerpt.Of(text.Plain));
            }
        }
    }
}
