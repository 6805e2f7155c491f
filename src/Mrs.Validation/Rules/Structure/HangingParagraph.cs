namespace Mrs.Validation.Rules.Structure;

public sealed class HangingParagraph : Rule
{
    private static readonly RuleMessage Hanging = new(
        "{0} has text before its first subclause {1} (a hanging paragraph, which cannot be cited); move it into a subclause such as “{2}.1 General”.",
        "{0}在第一个条{1}之前有悬置段（无法被引用）；宜将其移入一个条，如“{2}.1 总则”。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-012", "HangingParagraph", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "No text stands between a clause heading and its first subclause (no hanging paragraphs).",
        SummaryZh: "章或条的标题与其第一个条之间不应有段（避免悬置段）。",
        Messages: [Hanging], Gbt: new("7.4"), Iso: new("22.3.3", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Index.Scopes)
        {
            if (node.Children.Count == 0 || node.Blocks.Count == 0 || node.Kind is not (ScopeKind.Clause or ScopeKind.Annex)
                || !node.IsNumberedClause && node.Kind != ScopeKind.Annex)
            {
                continue;
            }
            // The lead-in sentences of normative references, terms and symbols are prescribed, not hanging.
            if ((node.Context & (TextContext.NormativeReferences | TextContext.TermsClause | TextContext.Symbols)) != 0)
            {
                continue;
            }
            var prefix = node.Kind == ScopeKind.Annex ? node.AnnexLetter ?? "A" : node.Label;
            context.Report(node.Pointer + "/blocks/0", node.Label, Hanging, Labels.Named(node), node.Children[0].Label, prefix);
        }
    }
}
