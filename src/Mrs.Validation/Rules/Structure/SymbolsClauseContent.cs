using Mrs.Model;

namespace Mrs.Validation.Rules.Structure;

public sealed class SymbolsClauseContent : Rule
{
    private static readonly RuleMessage Other = new(
        "The symbols and abbreviated terms clause ({0}) holds {1}; it holds a lead-in and a list of symbols or abbreviated terms only.",
        "“符号和缩略语”（{0}）中含有{1}；该章只应给出引导语和符号或缩略语的列表。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-009", "SymbolsClauseContent", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "The symbols and abbreviated terms clause holds only a lead-in and definition lists.",
        SummaryZh: "“符号和缩略语”只给出引导语和符号、缩略语列表。",
        Messages: [Other], Gbt: new("8.8"), Iso: new("Clause 17"));

    public override void Check(RuleContext context)
    {
        foreach (var block in context.Index.Blocks)
        {
            if (block.Parent is not null || (block.Context & TextContext.Symbols) == 0)
            {
                continue;
            }
            Loc? what = block.Block switch
            {
                Paragraph or DefinitionList or Note => null,
                Table => new Loc("a table", "表"),
                Figure => new Loc("a figure", "图"),
                Formula => new Loc("a formula", "公式"),
                ListBlock => new Loc("a list", "列项"),
                Example => new Loc("an example", "示例"),
                _ => new Loc("other content", "其他内容"),
            };
            if (what is { } w)
            {
                context.Report(block, Other, block.Label, w);
            }
        }
    }
}
