using Mrs.Model;

namespace Mrs.Validation.Rules.Metadata;

public sealed class CoverFieldsPresent : Rule
{
    private static readonly RuleMessage Missing = new("The cover gives no {0}.", "封面没有给出{0}。");

    public override RuleMetadata Metadata { get; } = new("META-012", "CoverFieldsPresent", Severity.Info, RuleFamilies.Gbt,
        Summary: "The cover gives ICS and CCS codes and the issuing bodies; once published, the dates; industry and local standards, the "
            + "filing number.",
        SummaryZh: "封面给出ICS号、CCS号和发布机构；已发布文件给出发布和实施日期；行业标准、地方标准给出备案号。",
        Messages: [Missing], Gbt: new("8.1"));

    public override void Check(RuleContext context)
    {
        var m = context.Document.Metadata;
        var id = DocumentIdentifier.Parse(m.Identifier);
        var prefix = id?.Prefix ?? "";
        var published = m.Status == DocumentStatus.Published;
        var needsCcs = !prefix.StartsWith("T/", StringComparison.Ordinal) && !prefix.StartsWith("Q/", StringComparison.Ordinal);
        var industryOrLocal = m.Level is DocumentLevel.Industry or DocumentLevel.Local
            || m.Level is null && prefix.Length > 0 && prefix != "GB" && !prefix.StartsWith("GB/", StringComparison.Ordinal)
            && !prefix.StartsWith("T/", StringComparison.Ordinal)
                && !prefix.StartsWith("Q/", StringComparison.Ordinal) && id!.Family == IdentifierFamily.Chinese;
        void Need(bool missing, string en, string zh)
        {
            if (missing)
            {
                context.Report("/metadata", "Cover", Missing, new Loc(en, zh));
            }
        }
        Need(m.Ics.Count == 0, "ICS code", "ICS号");
        Need(needsCcs && m.Ccs.Count == 0, "CCS code", "CCS号");
        Need(m.IssuingBodies.Count == 0, "issuing body", "发布机构");
        Need(published && m.PublicationDate is null, "publication date", "发布日期");
        Need(published && m.ImplementationDate is null, "implementation date", "实施日期");
        Need(published && industryOrLocal && string.IsNullOrWhiteSpace(m.FilingNumber), "filing number", "备案号");
    }
}
