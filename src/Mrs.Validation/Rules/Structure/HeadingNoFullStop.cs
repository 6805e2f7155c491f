namespace Mrs.Validation.Rules.Structure;

public sealed class HeadingNoFullStop : Rule
{
    private static readonly RuleMessage Stop = new(
        "The title of {0} ends with a full stop: “{1}”; titles take no final full stop.",
        "{0}的标题以句号结尾：“{1}”；标题末尾不加句号。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-015", "HeadingNoFullStop", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "Clause, annex and section titles carry no final full stop.",
        SummaryZh: "章、条、附录等的标题末尾不加句号。",
        Messages: [Stop], Gbt: new("7.2, 7.3", Unsure: true), Iso: new("22.2", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var text in context.Index.Texts)
        {
            if ((text.Context & TextContext.Heading) != 0 && TextChecks.EndsWithFullStop(text.Plain))
            {
                context.Report(text, Stop, Labels.Named(text.Owner), Excerpt.Of(text.Plain));
            }
        }
    }
}
