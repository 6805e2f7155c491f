namespace Mrs.Validation.Rules.Metadata;

public sealed class TitlePresent : Rule
{
    private static readonly RuleMessage Missing = new("The document has no title.", "文件没有名称。");

    public override RuleMetadata Metadata { get; } = new("META-004", "TitlePresent", Severity.Error, RuleFamilies.Formal,
        Summary: "The document has a title with at least its main element.",
        SummaryZh: "文件有名称，至少包含主体要素。",
        Messages: [Missing], Gbt: new("6.1"), Iso: new("Clause 11"));

    public override void Check(RuleContext context)
    {
        if (!context.Document.Metadata.Titles.Any(t => !string.IsNullOrWhiteSpace(t.Main)))
        {
            context.Report(context.Document.Metadata.Titles.Count > 0 ? "/metadata/titles" : "/metadata", "Cover", Missing);
        }
    }
}
