namespace Mrs.Validation.Rules.Blocks;

public sealed class FootnoteInTitle : Rule
{
    private static readonly RuleMessage InTitle = new(
        "A footnote mark is attached to a title in {0} (“{1}”); footnotes are not attached to titles.",
        "{0}的标题（“{1}”）中有脚注标记；标题中不应使用脚注。");

    public override RuleMetadata Metadata { get; } = new("BLOCK-012", "FootnoteInTitle", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "No footnote is attached to a title (document, clause, annex, table or figure title).",
        SummaryZh: "文件名称、章条标题、附录标题、图题和表题中不使用脚注。",
        Messages: [InTitle], Gbt: new("9.12", Unsure: true), Iso: new("Clause 26", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var text in context.Index.Texts)
        {
            if ((text.Context & (TextContext.Heading | TextContext.Caption | TextContext.DocumentTitle)) != 0
                && InlineText.Links(text.Text).Any(l => l.Footnote))
            {
                context.Report(text, InTitle, Labels.Of(text.Label), Excerpt.Of(text.Plain));
            }
        }
    }
}
