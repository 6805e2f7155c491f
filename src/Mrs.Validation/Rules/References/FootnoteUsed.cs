namespace Mrs.Validation.Rules.References;

public sealed class FootnoteUsed : Rule
{
    private static readonly RuleMessage Unused = new(
        "Footnote {0} is never referred to: no [^{1}] mark in the text.",
        "脚注{0}未被引用：文中没有[^{1}]标记。");

    public override string Code => "REF-012";
    public override string Name => "FootnoteUsed";
    public override Severity DefaultSeverity => Severity.Warning;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "Every footnote of the document is referred to by a mark in the text.";
    public override string SummaryZh => "文件的每个脚注在文中都有对应的脚注标记。";
    public override StandardClause? Gbt => new("9.12");
    public override StandardClause? Iso => new("Clause 26");
    public override IReadOnlyList<RuleMessage> Messages => [Unused];

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
