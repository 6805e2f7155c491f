namespace Mrs.Validation.Rules.Terms;

public sealed class TermSourceForm : Rule
{
    private static readonly RuleMessage Form = new(
        "The source of term entry {0} is written “{1}”; write it as “{2}…]”.",
        "术语条目{0}的来源写作“{1}”；应写作“{2}……]”。");

    private static readonly RuleMessage Modified = new(
        "The source of term entry {0} is marked as modified, but its text does not say “{1}”.",
        "术语条目{0}的来源标为有修改，但其文字中没有“{1}”。");

    private static readonly RuleMessage NotModified = new(
        "The source of term entry {0} says “{1}”, but is not marked as modified.",
        "术语条目{0}的来源文字中有“{1}”，但未标为有修改。");

    public override RuleMetadata Metadata { get; } = new("TERM-009", "TermSourceForm", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "Term sources are written “[来源：…]” (GB/T) or “[SOURCE: …]” (ISO), the brackets optional in the model, and “modified” agrees with "
            + "the text.",
        SummaryZh: "术语来源写作“[来源：……]”（GB/T）或“[SOURCE: ……]”（ISO），“有修改”标记与文字一致。",
        Messages: [Form, Modified, NotModified], Gbt: new("8.7"), Iso: new("16.5.10", Unsure: true));

    public override void Check(RuleContext context)
    {
        if (!context.Chinese && !context.English)
        {
            return;
        }
        var gbt = context.Chinese;
        var (prefix, modifiedWord) = gbt ? ("[来源：", "有修改") : ("[SOURCE:", "modified");
        foreach (var term in context.Index.Terms)
        {
            for (var k = 0; k < term.Entry.Sources.Count; k++)
            {
                var source = term.Entry.Sources[k];
                if (source.Text is not { Length: > 0 } text)
                {
                    continue;
                }
                var pointer = $"{term.Pointer}/sources/{k}/text";
                var plain = InlineText.ToPlain(text, true).Trim();
                // The brackets may be left to the renderer: "SOURCE: …" and "[SOURCE: …]" are both the prescribed form.
                var normalized = plain.Replace('［', '[').Replace(" ", "", StringComparison.Ordinal).TrimStart('[');
                if (!normalized.StartsWith(prefix.Replace(" ", "", StringComparison.Ordinal).TrimStart('['), StringComparison.Ordinal))
                {
                    context.Report(pointer, term.Label, Form, term.Label, Excerpt.Of(plain, 30), prefix);
                }
                var says = plain.Contains(modifiedWord, StringComparison.OrdinalIgnoreCase);
                if (source.Modified && !says)
                {
                    context.Report(pointer, term.Label, Modified, term.Label, modifiedWord);
                }
                else if (!source.Modified && says)
                {
                    context.Report(pointer, term.Label, NotModified, term.Label, modifiedWord);
                }
            }
        }
    }
}
