namespace Mrs.Validation.Rules.Provisions;

public sealed class IntroductionHasNoProvision : Rule
{
    private static readonly RuleMessage Found = new(
        "“{0}” ({1}) in the introduction; the introduction holds no requirements, recommendations or permissions.",
        "引言中含有“{0}”（{1}）；引言不应包含要求、推荐或允许型条款。");

    public override RuleMetadata Metadata { get; } = new("PROV-003", "IntroductionHasNoProvision", Severity.Error,
        RuleFamilies.GbtIso | RuleFamilies.Etsi,
        Summary: "The introduction holds no requirements, recommendations or permissions.",
        SummaryZh: "引言不应包含要求、推荐或允许型条款。",
        Messages: [Found], Gbt: new("8.4"), Iso: new("Clause 13"));

    public override void Check(RuleContext context) =>
        InformativePlaces.Check(context, TextContext.Introduction, TextContext.Note | TextContext.Example | TextContext.Footnote, Found);
}
