namespace Mrs.Validation.Rules.References;

public sealed class ReferenceIdentifierForm : Rule
{
    private static readonly RuleMessage ChineseYear = new(
        "In {0} the year follows “—” (an em dash), as in “GB/T 1.1—2020”.",
        "{0}中年号前应使用“—”（一字线），如“GB/T 1.1—2020”。");

    private static readonly RuleMessage InternationalYear = new(
        "In {0} the year follows a colon, as in “ISO 712:2009”.",
        "{0}中年号前应使用冒号，如“ISO 712:2009”。");

    private static readonly RuleMessage Space = new(
        "In {0} a space separates “{1}” from the number.",
        "{0}中“{1}”与顺序号之间应有空格。");

    public override RuleMetadata Metadata { get; } = new("REF-007", "ReferenceIdentifierForm", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "Reference identifiers are well formed: “GB/T 1234—2008” (em dash before the year), “ISO 712:2009” (colon), a space after "
            + "the prefix.",
        SummaryZh: "引用文件的编号书写正确：“GB/T 1234—2008”（年号前用一字线），“ISO 712:2009”（冒号），代号后有空格。",
        Messages: [ChineseYear, InternationalYear, Space], Gbt: new("8.6, Annex B", Unsure: true), Iso: new("Clause 15", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var r in context.Index.NormativeReferences.Concat(context.Index.BibliographyEntries))
        {
            if (r.Identifier is not { } id)
            {
                continue;
            }
            var pointer = r.Pointer + (r.Entry.Identifier is null ? "/text" : "/identifier");
            var clause = r.Owner.Label;
            if (id.Dated && id.Family == IdentifierFamily.Chinese && id.Separator != "—")
            {
                context.Report(pointer, clause, ChineseYear, id.Text);
            }
            else if (id.Dated && id.Family == IdentifierFamily.International && id.Separator != ":")
            {
                context.Report(pointer, clause, InternationalYear, id.Text);
            }
            if (!id.Prefix.StartsWith("DB", StringComparison.Ordinal) && id.Text.Length > id.Prefix.Length
                && char.IsAsciiDigit(id.Text[id.Prefix.Length]))
            {
                context.Report(pointer, clause, Space, id.Text, id.Prefix);
            }
        }
    }
}
