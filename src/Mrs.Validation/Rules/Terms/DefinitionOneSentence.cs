namespace Mrs.Validation.Rules.Terms;

public sealed class DefinitionOneSentence : Rule
{
    private static readonly RuleMessage Several = new(
        "The definition of “{0}” has {1} sentences; a definition is one phrase, further information goes in notes to entry.",
        "“{0}”的定义有{1}个句子；定义应为一个短语，其他信息宜在注中给出。");

    public override RuleMetadata Metadata { get; } = new("TERM-006", "DefinitionOneSentence", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "A definition is a single phrase, not several sentences.",
        SummaryZh: "定义是一个短语，不由多个句子组成。",
        Messages: [Several], Gbt: new("8.7"), Iso: new("16.5.6", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var text in context.Index.Texts)
        {
            if ((text.Context & TextContext.Definition) != 0 && text.Term is not null && TextChecks.SentenceCount(text.Plain) is > 1 and var n)
            {
                context.Report(text, Several, TermFacts.Preferred(text.Term), n);
            }
        }
    }
}
