namespace Mrs.Validation.Rules.Terms;

public sealed class DefinitionStartsWithoutArticle : Rule
{
    private static readonly RuleMessage Article = new(
        "The definition of “{0}” starts with “{1}”; a definition starts without an article so that it can replace the term.",
        "“{0}”的定义以冠词“{1}”开头；定义不以冠词开头，以便能替换术语。");

    public override RuleMetadata Metadata { get; } = new("TERM-003", "DefinitionStartsWithoutArticle", Severity.Warning, RuleFamilies.Iso,
        Summary: "An English definition does not start with an article (“a”, “an”, “the”).",
        SummaryZh: "英文定义不以冠词（a、an、the）开头。",
        Messages: [Article], Iso: new("16.5.6", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var text in context.Index.Texts)
        {
            if ((text.Context & TextContext.Definition) == 0 || text.Term is null)
            {
                continue;
            }
            var plain = text.Plain.TrimStart();
            var space = plain.IndexOf(' ', StringComparison.Ordinal);
            var first = space > 0 ? plain[..space] : plain;
            if (first.Equals("a", StringComparison.OrdinalIgnoreCase) || first.Equals("an", StringComparison.OrdinalIgnoreCase)
                || first.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                context.Report(text, Article, TermFacts.Preferred(text.Term), first);
            }
        }
    }
}
