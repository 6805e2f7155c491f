namespace Mrs.Validation.Rules.Provisions;

public sealed class ForewordHasNoProvision : Rule
{
    private static readonly RuleMessage Found = new(
        "“{0}” ({1}) in the foreword; the foreword holds no requirements, recommendations or permissions.",
        "前言中含有“{0}”（{1}）；前言不应包含要求、推荐或允许型条款。");

    public override string Code => "PROV-002";
    public override string Name => "ForewordHasNoProvision";
    public override Severity DefaultSeverity => Severity.Error;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "The foreword holds no requirements, recommendations or permissions.";
    public override string SummaryZh => "前言不应包含要求、推荐或允许型条款。";
    public override StandardClause? Gbt => new("8.3");
    public override StandardClause? Iso => new("Clause 12");
    public override IReadOnlyList<RuleMessage> Messages => [Found];

    public override void Check(RuleContext context) =>
        InformativePlaces.Check(context, TextContext.Foreword, TextContext.Note | TextContext.Example | TextContext.Footnote, Found);
}
