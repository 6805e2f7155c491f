namespace Mrs.Validation.Rules.Provisions;

public sealed class FootnoteHasNoProvision : Rule
{
    private static readonly RuleMessage Found = new(
        "“{0}” ({1}) in a footnote ({2}); footnotes to the text hold no requirements, recommendations or permissions (table footnotes may).",
        "脚注（{2}）中含有“{0}”（{1}）；文中的脚注不应包含要求、推荐或允许型条款（表的脚注除外）。");

    public override RuleMetadata Metadata { get; } = new("PROV-006", "FootnoteHasNoProvision", Severity.Error, RuleFamilies.Formal,
        Summary: "Footnotes to the text hold no requirements, recommendations or permissions (table footnotes may).",
        SummaryZh: "文中的脚注不应包含要求、推荐或允许型条款（表的脚注除外）。",
        Messages: [Found], Gbt: new("9.12"), Iso: new("Clause 26"));

    public override void Check(RuleContext context) =>
        InformativePlaces.Check(context, TextContext.Footnote, TextContext.Note | TextContext.Example, Found);
}
