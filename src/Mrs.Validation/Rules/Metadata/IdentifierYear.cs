using Mrs.Model;

namespace Mrs.Validation.Rules.Metadata;

public sealed class IdentifierYear : Rule
{
    private static readonly RuleMessage Chinese = new(
        "In the identifier “{0}” the year follows “—” (an em dash): “{1}”.",
        "文件编号“{0}”中年号前应使用“—”（一字线）：“{1}”。");

    private static readonly RuleMessage International = new(
        "In the identifier “{0}” the year follows a colon: “{1}”.",
        "文件编号“{0}”中年号前应使用冒号：“{1}”。");

    private static readonly RuleMessage NoYear = new(
        "The identifier “{0}” of a published document gives no year.",
        "已发布文件的编号“{0}”没有年号。");

    public override RuleMetadata Metadata { get; } = new("META-003", "IdentifierYear", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "The identifier gives the year in the right form: “GB/T 1.1—2020” (em dash), “ISO 17301-1:2016” (colon).",
        SummaryZh: "文件编号中的年号书写正确：“GB/T 1.1—2020”（一字线），“ISO 17301-1:2016”（冒号）。",
        Messages: [Chinese, International, NoYear], Gbt: new("8.1, Annex B", Unsure: true));

    public override void Check(RuleContext context)
    {
        var metadata = context.Document.Metadata;
        if (DocumentIdentifier.Parse(metadata.Identifier) is not { } id)
        {
            return;
        }
        if (!id.Dated)
        {
            if (metadata.Status == DocumentStatus.Published)
            {
                context.Report("/metadata/identifier", "Cover", NoYear, metadata.Identifier);
            }
            return;
        }
        if (id.Family == IdentifierFamily.Chinese && id.Separator != "—")
        {
            context.Report("/metadata/identifier", "Cover", Chinese, metadata.Identifier, $"{id.Undated}—{id.Year}");
        }
        else if (id.Family == IdentifierFamily.International && id.Separator != ":")
        {
            context.Report("/metadata/identifier", "Cover", International, metadata.Identifier, $"{id.Undated}:{id.Year}");
        }
    }
}
