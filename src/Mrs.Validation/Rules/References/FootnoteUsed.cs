namespace Mrs.Validation.Rules.References;

public sealed class FootnoteUsed : Rule
{
    private static readonly RuleMessage Unused = new(
        "Footnote {0} is never referred to: no [^{1}] mark in the text.",
        "脚注{0}未被引用：文中没有[^{1}]标记。");

    public override RuleMetadata Metadata { get; } = new("REF-012", "FootnoteUsed", Severity.Warning, RuleFamilies.All,
        Summary: "Every footnote of the document is referred to by a mark in the text.",
        SummaryZh: "文件的每个脚注在文中都有对应的脚注标记。",
        Messages: [Unused], Gbt: new("9.12"), Iso: new("Clause 26"));

    public override void Check(RuleContext context)
    {
        foreach (var f in context.Index.Footnotes)
        {
            var inside = f.Pointer + "/";
            if (!context.Index.CitationsOf(f.Footnote.Id).Any(t => !t.Pointer.StartsWith(inside, StringComparison.Ordinal)))
            {
                context.Report(f.Pointer, f.Label, Unused, f.Footnote.Mark ?? f.Footnote.Id, f.Footnote.Id);
            }
        }
    }
}
