namespace Mrs.Validation.Rules.Provisions;

public sealed class ForewordHasNoProvision : Rule
{
    private static readonly RuleMessage Found = new(
        "“{0}” ({1}) in the foreword; the foreword holds no requirements, recommendations or permissions.",
        "前言中含有“{0}”（{1}）；前言不应包含要求、推荐或允许型条款。");

    public override RuleMetadata Metadata { get; } = new("PROV-002", "ForewordHasNoProvision", Severity.Error,
        RuleFamilies.GbtIso | RuleFamilies.Etsi,
        Summary: "The foreword holds no requirements, recommendations or permissions.",
        SummaryZh: "前言不应包含要求、推荐或允许型条款。",
        Messages: [Found], Gbt: new("8.3"), Iso: new("Clause 12"));

    public override void Check(RuleContext context) =>
        InformativePlaces.Check(context, TextContext.Foreword, TextContext.Note | TextContext.Example | TextContext.Footnote, Found);
}
