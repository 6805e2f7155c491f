namespace Mrs.Validation.Rules.References;

public sealed class UndatedReferenceLocality : Rule
{
    private static readonly RuleMessage Undated = new(
        "“{0}” cites {1} {2} of {3}, an undated reference; a reference to a particular clause, table or figure gives the year.",
        "“{0}”引用了不注日期的{3}中的{1}{2}；引用文件的具体章条、图、表时应注日期。");

    public override RuleMetadata Metadata { get; } = new("REF-006", "UndatedReferenceLocality", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "Undated references do not cite particular clauses, tables or figures of the referenced document.",
        SummaryZh: "不注日期的引用不应引用被引文件的具体章条、图或表。",
        Messages: [Undated], Gbt: new("9.5.4", Unsure: true), Iso: new("10.4", Unsure: true));

    public override void Check(RuleContext context)
    {
        var dated = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var r in context.Index.NormativeReferences.Concat(context.Index.BibliographyEntries))
        {
            if (r.Identifier is { } id)
            {
                dated[id.Key] = id.Dated || r.Entry.Year is not null;
            }
        }
        foreach (var c in context.Index.PlainCitations)
        {
            if (c.Document is not { Dated: false } doc || dated.GetValueOrDefault(doc.Key))
            {
                continue;
            }
            var written = c.Text.Unlinked[Math.Min(doc.Index, c.Index)..Math.Max(doc.Index + doc.Length, c.Index + c.Length)];
            context.Report(c.Text, Undated, Excerpt.Of(written), PlainCitationTarget.KindName(c.Kind), c.Key, doc.Text);
        }
    }
}
