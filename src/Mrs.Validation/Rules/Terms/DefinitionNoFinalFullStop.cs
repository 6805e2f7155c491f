namespace Mrs.Validation.Rules.Terms;

public sealed class DefinitionNoFinalFullStop : Rule
{
    private static readonly RuleMessage Stop = new(
        "The definition of “{0}” ends with a full stop; a definition is a phrase without a final full stop.",
        "“{0}”的定义以句号结尾；定义是一个短语，末尾不加句号。");

    public override RuleMetadata Metadata { get; } = new("TERM-004", "DefinitionNoFinalFullStop", Severity.Warning, RuleFamilies.Iso,
        Summary: "A definition does not end with a full stop.",
        SummaryZh: "定义末尾不加句号。",
        Messages: [Stop], Iso: new("16.5.6", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var text in context.Index.Texts)
        {
            if ((text.Context & TextContext.Definition) != 0 && text.Term is not null && TextChecks.EndsWithFullStop(text.Plain))
            {
                context.Report(text, Stop, TermFacts.Preferred(text.Term));
            }
        }
    }
}
