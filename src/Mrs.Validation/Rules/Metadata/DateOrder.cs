namespace Mrs.Validation.Rules.Metadata;

public sealed class DateOrder : Rule
{
    private static readonly RuleMessage Order = new(
        "The publication date {0} is after the implementation date {1}.",
        "发布日期{0}晚于实施日期{1}。");

    public override string Code => "META-009";
    public override string Name => "DateOrder";
    public override Severity DefaultSeverity => Severity.Error;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "The publication date is not after the implementation date.";
    public override string SummaryZh => "发布日期不晚于实施日期。";
    public override StandardClause? Gbt => new("8.1");
    public override IReadOnlyList<RuleMessage> Messages => [Order];

    public override void Check(RuleContext context)
    {
        var metadata = context.Document.Metadata;
        if (metadata.PublicationDate is { } published && metadata.ImplementationDate is { } implemented
            && string.CompareOrdinal(Pad(published), Pad(implemented)) > 0)
        {
            context.Report("/metadata/implementationDate", "Cover", Order, published, implemented);
        }
    }

    /// <summary>"2020" and "2020-03" compare as the start of their period.</summary>
    private static string Pad(string date) => date.Length switch { 4 => date + "-01-01", 7 => date + "-01", _ => date };
}
