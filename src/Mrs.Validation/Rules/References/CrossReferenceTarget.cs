namespace Mrs.Validation.Rules.References;

public sealed class CrossReferenceTarget : Rule
{
    private static readonly RuleMessage Dangling = new(
        "The cross-reference “{0}” points to #{1}, which does not exist in the document.",
        "交叉引用“{0}”指向的#{1}在文件中不存在。");

    private static readonly RuleMessage Footnote = new(
        "The footnote mark [^{0}] refers to a footnote that does not exist.",
        "脚注标记[^{0}]所指的脚注不存在。");

    public override RuleMetadata Metadata { get; } = new("REF-001", "CrossReferenceTarget", Severity.Error, RuleFamilies.All,
        Summary: "Every cross-reference [text](#id) and footnote mark [^id] points to something that exists.",
        SummaryZh: "每个交叉引用[文字](#id)和脚注标记[^id]都指向文件中存在的对象。",
        Messages: [Dangling, Footnote], Gbt: new("9.5"), Iso: new("Clause 10", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var use in context.Index.Links)
        {
            if (context.Index.Targets.ContainsKey(use.Link.Target))
            {
                continue;
            }
            if (use.Link.Footnote)
            {
                context.Report(use.Text, Footnote, use.Link.Target);
            }
            else
            {
                context.Report(use.Text, Dangling, Excerpt.Of(use.Link.Text, 30), use.Link.Target);
            }
        }
    }
}
