namespace Mrs.Validation.Rules.Provisions;

public sealed class ScopeHasNoProvision : Rule
{
    private static readonly RuleMessage Found = new(
        "“{0}” ({1}) in the scope ({2}); the scope states what the document covers and holds no requirements, recommendations or permissions.",
        "范围（{2}）中含有“{0}”（{1}）；“范围”不应包含要求、推荐或允许型条款。");

    public override RuleMetadata Metadata { get; } = new("PROV-001", "ScopeHasNoProvision", Severity.Error, RuleFamilies.GbtIso | RuleFamilies.Etsi,
        Summary: "The scope states what the document covers and holds no requirements, recommendations or permissions.",
        SummaryZh: "“范围”不应包含要求、推荐或允许型条款。",
        Messages: [Found], Gbt: new("8.5"), Iso: new("Clause 14"));

    public override void Check(RuleContext context) =>
        InformativePlaces.Check(context, TextContext.Scope, TextContext.Note | TextContext.Example | TextContext.Footnote, Found);
}
