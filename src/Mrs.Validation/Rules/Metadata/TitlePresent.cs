namespace Mrs.Validation.Rules.Metadata;

public sealed class TitlePresent : Rule
{
    private static readonly RuleMessage Missing = new("The document has no title.", "文件没有名称。");

    public override string Code => "META-004";
    public override string Name => "TitlePresent";
    public override Severity DefaultSeverity => Severity.Error;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "The document has a title with at least its main element.";
    public override string SummaryZh => "文件有名称，至少包含主体要素。";
    public override StandardClause? Gbt => new("6.1");
    public override StandardClause? Iso => new("Clause 11");
    public override IReadOnlyList<RuleMessage> Messages => [Missing];

    public override void Check(RuleContext context)
    {
        if (!context.Document.Metadata.Titles.Any(t => !string.IsNullOrWhiteSpace(t.Main)))
        {
            context.Report(context.Document.Metadata.Titles.Count > 0 ? "/metadata/titles" : "/metadata", "Cover", Missing);
        }
    }
}
