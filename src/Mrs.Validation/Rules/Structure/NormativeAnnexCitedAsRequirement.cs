using Mrs.Model;

namespace Mrs.Validation.Rules.Structure;

public sealed class NormativeAnnexCitedAsRequirement : Rule
{
    private static readonly RuleMessage Informative = new(
        "Normative {0} is cited only as information (first in {1}); cite it in a requirement, e.g. “… shall conform to {0}”.",
        "规范性{0}仅以资料性方式被提及（首见于{1}）；应在要求型条款中提及，如“……应符合{0}的规定”。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-018", "NormativeAnnexCitedAsRequirement", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "A normative annex is cited in a requirement of the normative text.",
        SummaryZh: "规范性附录应在正文的要求型条款中提及。",
        Messages: [Informative], Gbt: new("9.6"), Iso: new("Clause 20"));

    public override void Check(RuleContext context)
    {
        foreach (var annex in context.Index.Annexes)
        {
            if (annex.Annex!.Obligation != AnnexObligation.Normative)
            {
                continue;
            }
            var citations = AnnexCitations.Of(context.Index, annex);
            if (citations.Count == 0)
            {
                continue;
            }
            var asRequirement = citations.Any(t => !t.Is(TextContext.Informative)
                && context.ProvisionsOf(t).Any(p => p.Kind == ProvisionKind.Requirement));
            if (!asRequirement)
            {
                context.Report(annex, Informative, Labels.Named(annex), Labels.Of(citations[0].Label));
            }
        }
    }
}
