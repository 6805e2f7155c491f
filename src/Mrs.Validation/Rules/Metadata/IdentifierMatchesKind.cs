using Mrs.Model;

namespace Mrs.Validation.Rules.Metadata;

public sealed class IdentifierMatchesKind : Rule
{
    private static readonly RuleMessage Kind = new(
        "The identifier “{0}” does not fit the document type “{1}”.",
        "文件编号“{0}”与文件类别“{1}”不符。");

    private static readonly RuleMessage Level = new(
        "The identifier “{0}” does not fit the level “{1}”.",
        "文件编号“{0}”与文件层次“{1}”不符。");

    public override RuleMetadata Metadata { get; } = new("META-002", "IdentifierMatchesKind", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "The identifier prefix fits the document type and level (GB/Z for guidance documents, T/ for group standards, ISO/TR for "
            + "technical reports …).",
        SummaryZh: "编号代号与文件类别和层次相符（指导性技术文件用GB/Z，团体标准用T/，技术报告用ISO/TR等）。",
        Messages: [Kind, Level], Gbt: new("Clause 4, 8.1", Unsure: true), Iso: new("3.1", Unsure: true));

    public override void Check(RuleContext context)
    {
        var metadata = context.Document.Metadata;
        if (DocumentIdentifier.Parse(metadata.Identifier) is not { } id)
        {
            return;
        }
        var p = id.Prefix;
        if (metadata.Kind is { } kind)
        {
            bool? fits = kind switch
            {
                DocumentKind.GuidanceTechnicalDocument => p.EndsWith("/Z", StringComparison.Ordinal),
                DocumentKind.TechnicalReport => p.Contains("TR", StringComparison.Ordinal),
                DocumentKind.TechnicalSpecification => p.Contains("TS", StringComparison.Ordinal),
                DocumentKind.PubliclyAvailableSpecification => p.Contains("PAS", StringComparison.Ordinal),
                DocumentKind.Guide => p.Contains("Guide", StringComparison.Ordinal) || p.EndsWith("/Z", StringComparison.Ordinal),
                DocumentKind.Standard => !p.EndsWith("/Z", StringComparison.Ordinal) && !p.Contains("TR", StringComparison.Ordinal)
                    && !p.Contains("TS", StringComparison.Ordinal) && !p.Contains("PAS", StringComparison.Ordinal),
                _ => null,
            };
            if (fits == false)
            {
                context.Report("/metadata/kind", "Cover", Kind, metadata.Identifier,
                    System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()));
            }
        }
        if (metadata.Level is { } level)
        {
            bool? fits = level switch
            {
                DocumentLevel.National => p is "GB" or "GB/T" or "GB/Z",
                DocumentLevel.Industry => p.Length >= 2 && p != "GB" && !p.StartsWith("GB/", StringComparison.Ordinal)
                    && !p.StartsWith("DB", StringComparison.Ordinal)
                    && !p.StartsWith("T/", StringComparison.Ordinal) && !p.StartsWith("Q/", StringComparison.Ordinal)
                    && id.Family == IdentifierFamily.Chinese,
                DocumentLevel.Local => p.StartsWith("DB", StringComparison.Ordinal),
                DocumentLevel.Group => p.StartsWith("T/", StringComparison.Ordinal),
                DocumentLevel.Enterprise => p.StartsWith("Q/", StringComparison.Ordinal),
                DocumentLevel.International => id.Family == IdentifierFamily.International,
                _ => null,
            };
            if (fits == false)
            {
                context.Report("/metadata/level", "Cover", Level, metadata.Identifier,
                    System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(level.ToString()));
            }
        }
    }
}
