namespace Mrs.Validation.Rules.Provisions;

public sealed class ScopeHasNoProvision : Rule
{
    private static readonly RuleMessage Found = new(
        "“{0}” ({1}) in the scope ({2}); the scope states what the document covers and holds no requirements, recommendations or permissions.",
        "范围（{2}）中含有“{0}”（{1}）；“范围”不应包含要求、推荐或允许型条款。");

    public override string Code => "PROV-001";
    public override string Name => "ScopeHasNoProvision";
    public override Severity DefaultSeverity => Severity.Error;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "The scope states what the document covers and holds no requirements, recommendations or permissions.";
    public override string SummaryZh => "“范围”不应包含要求、推荐或允许型条款。";
    public override StandardClause? Gbt => new("8.5");
    public override StandardClause? Iso => new("Clause 14");
    public override IReadOnlyList<RuleMessage> Messages => [Found];

    public override void Check(RuleContext context) =>
        InformativePlaces.Check(context, TextContext.Scope, TextContext.Note | TextContext.Example | TextContext.Footnote, Found);
}
