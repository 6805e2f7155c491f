namespace Mrs.Validation.Rules.Structure;

public sealed class AnnexObligationStated : Rule
{
    private static readonly RuleMessage Missing = new(
        "{0} does not say whether it is normative or informative.",
        "{0}未标明其性质（规范性或资料性）。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-016", "AnnexObligationStated", Severity.Error,
        RuleFamilies.GbtIso | RuleFamilies.Etsi,
        Summary: "Every annex is designated normative or informative.",
        SummaryZh: "每个附录应标明“规范性”或“资料性”。",
        Messages: [Missing], Gbt: new("9.6"), Iso: new("Clause 20"));

    public override void Check(RuleContext context)
    {
        if (context.Family == RuleFamily.Etsi
            && System.Text.RegularExpressions.Regex.IsMatch(context.Document.Metadata.Identifier ?? "", @"\b(?:TR|SR|GR)\b"))
        {
            return; // an ETSI Technical or Special Report is informative throughout: its annexes are not marked
        }
        foreach (var annex in context.Index.Annexes)
        {
            if (annex.Annex!.Obligation is null)
            {
                context.Report(annex, Missing, Labels.Named(annex));
            }
        }
    }
}
