namespace Mrs.Validation.Rules.Metadata;

public sealed class DateOrder : Rule
{
    private static readonly RuleMessage Order = new(
        "The publication date {0} is after the implementation date {1}.",
        "发布日期{0}晚于实施日期{1}。");

    public override RuleMetadata Metadata { get; } = new("META-009", "DateOrder", Severity.Error, RuleFamilies.All,
        Summary: "The publication date is not after the implementation date.",
        SummaryZh: "发布日期不晚于实施日期。",
        Messages: [Order], Gbt: new("8.1"));

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
