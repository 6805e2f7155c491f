namespace Mrs.Validation.Rules.Provisions;

public sealed class IntroductionHasNoProvision : Rule
{
    private static readonly RuleMessage Found = new(
        "“{0}” ({1}) in the introduction; the introduction holds no requirements, recommendations or permissions.",
        "引言中含有“{0}”（{1}）；引言不应包含要求、推荐或允许型条款。");

    public override string Code => "PROV-003";
    public override string Name => "IntroductionHasNoProvision";
    public override Severity DefaultSeverity => Severity.Error;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "The introduction holds no requirements, recommendations or permissions.";
    public override string SummaryZh => "引言不应包含要求、推荐或允许型条款。";
    public override StandardClause? Gbt => new("8.4");
    public override StandardClause? Iso => new("Clause 13");
    public override IReadOnlyList<RuleMessage> Messages => [Found];

    public override void Check(RuleContext context) =>
        InformativePlaces.Check(context, TextContext.Introduction, TextContext.Note | TextContext.Example | TextContext.Footnote, Found);
}
