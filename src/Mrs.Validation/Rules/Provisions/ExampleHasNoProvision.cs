namespace Mrs.Validation.Rules.Provisions;

public sealed class ExampleHasNoProvision : Rule
{
    private static readonly RuleMessage Found = new(
        "“{0}” ({1}) in an example ({2}); examples hold no requirements, recommendations or permissions.",
        "示例（{2}）中含有“{0}”（{1}）；示例不应包含要求、推荐或允许型条款。");

    public override RuleMetadata Metadata { get; } = new("PROV-005", "ExampleHasNoProvision", Severity.Error, RuleFamilies.All,
        Summary: "Examples hold no requirements, recommendations or permissions.",
        SummaryZh: "示例不应包含要求、推荐或允许型条款。",
        Messages: [Found], Gbt: new("9.10"), Iso: new("Clause 25"));

    public override void Check(RuleContext context) =>
        InformativePlaces.Check(context, TextContext.Example, TextContext.Note, Found);
}
