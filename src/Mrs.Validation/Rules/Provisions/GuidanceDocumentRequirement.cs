using Mrs.Model;

namespace Mrs.Validation.Rules.Provisions;

public sealed class GuidanceDocumentRequirement : Rule
{
    private static readonly RuleMessage Requirement = new(
        "“{0}” in {1} is a requirement, but {2} holds no requirements.",
        "{1}中的“{0}”是要求型条款，而{2}不应包含要求。");

    public override RuleMetadata Metadata { get; } = new("PROV-011", "GuidanceDocumentRequirement", Severity.Warning,
        RuleFamilies.GbtIso | RuleFamilies.Etsi,
        Summary: "A technical report or guidance document (ISO/TR, GB/Z) holds no requirements.",
        SummaryZh: "技术报告或指导性技术文件（ISO/TR、GB/Z）不包含要求。",
        Messages: [Requirement], Gbt: new("Clause 4", Unsure: true), Iso: new("3.1.8"));

    public override void Check(RuleContext context)
    {
        var what = KindOf(context.Document.Metadata);
        if (what is null)
        {
            return;
        }
        foreach (var text in context.Index.Texts)
        {
            if (!text.Is(TextContext.Body | TextContext.Annex) || text.Is(InformativePlaces.NotProse))
            {
                continue;
            }
            var p = context.ProvisionsOf(text).FirstOrDefault(x => x.Kind == ProvisionKind.Requirement);
            if (p is not null)
            {
                context.Report(text, Requirement, p.Form ?? "", Labels.Of(text.Label), what.Value);
            }
        }
    }

    private static Loc? KindOf(Mrs.Model.Metadata metadata)
    {
        var prefix = DocumentIdentifier.Parse(metadata.Identifier)?.Prefix ?? "";
        if (metadata.Kind == DocumentKind.TechnicalReport || prefix.Contains("TR", StringComparison.Ordinal))
        {
            return new Loc("a technical report", "技术报告");
        }
        if (metadata.Kind == DocumentKind.GuidanceTechnicalDocument || prefix.EndsWith("/Z", StringComparison.Ordinal))
        {
            return new Loc("a guidance technical document", "指导性技术文件");
        }
        return metadata.Kind == DocumentKind.Guide ? new Loc("a guide", "指南") : null;
    }
}
