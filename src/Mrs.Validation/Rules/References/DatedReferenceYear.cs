namespace Mrs.Validation.Rules.References;

public sealed class DatedReferenceYear : Rule
{
    private static readonly RuleMessage Mismatch = new(
        "The entry for {0} gives the year {1}, but its identifier shows {2}.",
        "{0}条目给出的年号为{1}，但其编号中为{2}。");

    private static readonly RuleMessage NotShown = new(
        "The entry for {0} is dated {1}, but its identifier does not show the year; write it as a dated reference.",
        "{0}条目注明年号{1}，但其编号中没有年号；注日期引用应在编号中给出年号。");

    public override RuleMetadata Metadata { get; } = new("REF-008", "DatedReferenceYear", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "A dated reference shows its year in the identifier, and the year agrees with the entry's year.",
        SummaryZh: "注日期引用在编号中给出年号，且与条目的年号一致。",
        Messages: [Mismatch, NotShown], Gbt: new("9.5.4", Unsure: true), Iso: new("10.5", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var r in context.Index.NormativeReferences.Concat(context.Index.BibliographyEntries))
        {
            if (r.Entry.Year is not { } year || r.Identifier is not { } id)
            {
                continue;
            }
            if (id.Year is null)
            {
                context.Report(r, NotShown, id.Text, year);
            }
            else if (id.Year != year)
            {
                context.Report(r, Mismatch, id.Text, year, id.Year);
            }
        }
    }
}
