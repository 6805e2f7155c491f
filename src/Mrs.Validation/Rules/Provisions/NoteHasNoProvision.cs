namespace Mrs.Validation.Rules.Provisions;

public sealed class NoteHasNoProvision : Rule
{
    private static readonly RuleMessage Found = new(
        "“{0}” ({1}) in a note ({2}); notes (also table, figure and term notes) hold no requirements, recommendations or permissions.",
        "注（{2}）中含有“{0}”（{1}）；注（包括表注、图注和术语条目的注）不应包含要求、推荐或允许型条款。");

    public override RuleMetadata Metadata { get; } = new("PROV-004", "NoteHasNoProvision", Severity.Error, RuleFamilies.All,
        Summary: "Notes (also table, figure and term notes) hold no requirements, recommendations or permissions.",
        SummaryZh: "注（包括表注、图注和术语条目的注）不应包含要求、推荐或允许型条款。",
        Messages: [Found], Gbt: new("9.11"), Iso: new("Clause 24"));

    public override void Check(RuleContext context) =>
        InformativePlaces.Check(context, TextContext.Note, TextContext.None, Found);
}
