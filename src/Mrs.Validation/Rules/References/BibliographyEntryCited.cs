namespace Mrs.Validation.Rules.References;

public sealed class BibliographyEntryCited : Rule
{
    private static readonly RuleMessage Uncited = new(
        "Bibliography entry {0} is not cited in the text.",
        "参考文献{0}在文中未被引用。");

    public override RuleMetadata Metadata { get; } = new("REF-010", "BibliographyEntryCited", Severity.Info, RuleFamilies.Iso,
        Summary: "Every bibliography entry is cited somewhere in the text (by link, by its number [n] or by its identifier); not for GB/T "
            + "documents, whose bibliography may also list documents consulted (GB/T 1.1-2020, 8.13).",
        SummaryZh: "参考文献中的每个条目都在文中被引用（链接、序号[n]或文件编号）；不适用于 GB/T 文件，其参考文献也可列出起草时参考过的文件（GB/T 1.1—2020，8.13）。",
        Messages: [Uncited], Iso: new("Clause 21"));

    public override void Check(RuleContext context)
    {
        var index = context.Index;
        if (index.BibliographyEntries.Count == 0)
        {
            return;
        }
        var cited = index.IdentifierUses.Where(u => !u.Text.Is(TextContext.Bibliography)).Select(u => u.Identifier.Key)
            .ToHashSet(StringComparer.Ordinal);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in index.Texts)
        {
            if (!t.Is(TextContext.Bibliography | TextContext.Metadata) && t.Plain.Contains('[', StringComparison.Ordinal))
            {
                foreach (var part in t.Plain.Split('['))
                {
                    var close = part.IndexOf(']', StringComparison.Ordinal);
                    if (close > 0)
                    {
                        foreach (var n in part[..close].Split(',', '，', '-', '–'))
                        {
                            labels.Add(n.Trim());
                        }
                    }
                }
            }
        }
        foreach (var r in index.BibliographyEntries)
        {
            var byLink = index.CitationsOf(r.Entry.Id).Any(t => !t.Is(TextContext.Bibliography));
            var byLabel = r.Entry.Label is { Length: > 0 } l && labels.Contains(l.Trim().Trim('[', ']'));
            var byId = r.Identifier is { } id && cited.Contains(id.Key);
            if (!byLink && !byLabel && !byId)
            {
                context.Report(r, Uncited, r.Entry.Label is { Length: > 0 } lb ? $"{lb} {ReferenceUse.Name(r)}" : ReferenceUse.Name(r));
            }
        }
    }
}
