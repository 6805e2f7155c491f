namespace Mrs.Validation.Rules.Provisions;

public sealed class NoteHasNoProvision : Rule
{
    private static readonly RuleMessage Found = new(
        "“{0}” ({1}) in a note ({2}); notes (also table, figure and term notes) hold no requirements, recommendations or permissions.",
        "注（{2}）中含有“{0}”（{1}）；注（包括表注、图注和术语条目的注）不应包含要求、推荐或允许型条款。");

    public override string Code => "PROV-004";
    public override string Name => "NoteHasNoProvision";
    public override Severity DefaultSeverity => Severity.Error;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "Notes (also table, figure and term notes) hold no requirements, recommendations or permissions.";
    public override string SummaryZh => "注（包括表注、图注和术语条目的注）不应包含要求、推荐或允许型条款。";
    public override StandardClause? Gbt => new("9.11");
    public override StandardClause? Iso => new("Clause 24");
    public override IReadOnlyList<RuleMessage> Messages => [Found];

    public override void Check(RuleContext context) =>
        InformativePlaces.Check(context, TextContext.Note, TextContext.None, Found);
}
