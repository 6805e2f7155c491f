namespace Mrs.Validation.Rules.Provisions;

public sealed class ExampleHasNoProvision : Rule
{
    private static readonly RuleMessage Found = new(
        "“{0}” ({1}) in an example ({2}); examples hold no requirements, recommendations or permissions.",
        "示例（{2}）中含有“{0}”（{1}）；示例不应包含要求、推荐或允许型条款。");

    public override string Code => "PROV-005";
    public override string Name => "ExampleHasNoProvision";
    public override Severity DefaultSeverity => Severity.Error;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "Examples hold no requirements, recommendations or permissions.";
    public override string SummaryZh => "示例不应包含要求、推荐或允许型条款。";
    public override StandardClause? Gbt => new("9.10");
    public override StandardClause? Iso => new("Clause 25");
    public override IReadOnlyList<RuleMessage> Messages => [Found];

    public override void Check(RuleContext context) =>
        InformativePlaces.Check(context, TextContext.Example, TextContext.Note, Found);
}
