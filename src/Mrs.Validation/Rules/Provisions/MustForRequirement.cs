using System.Text.RegularExpressions;

namespace Mrs.Validation.Rules.Provisions;

public sealed partial class MustForRequirement : Rule
{
    private static readonly RuleMessage Must = new(
        "“must” in {0}: write “shall” for a requirement of this document; “must” only describes constraints from outside it (laws, nature).",
        "{0}中使用了“must”：本文件的要求应使用“shall”；“must”只用于表述外部约束（法律、自然规律等）。");

    [GeneratedRegex(@"\bmust\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MustWord();

    public override RuleMetadata Metadata { get; } = new("PROV-007", "MustForRequirement", Severity.Warning, RuleFamilies.Iso | RuleFamilies.Etsi,
        Summary: "“must” is not used to express requirements; “shall” is (“must” is kept for external constraints).",
        SummaryZh: "不用“must”表述要求，要求用“shall”（“must”仅用于外部约束）。",
        Messages: [Must], Iso: new("7.2"));

    public override void Check(RuleContext context)
    {
        foreach (var text in context.Index.Texts)
        {
            // A "must" the model classifies as an external constraint has been judged already.
            if (!text.Is(InformativePlaces.NotProse) && MustWord().IsMatch(RuleContext.ProseOf(text))
                && !text.ModelProvisions.Any(p => p.Kind == Mrs.Model.ProvisionKind.ExternalConstraint))
            {
                context.Report(text, Must, Labels.Of(text.Label));
            }
        }
    }
}
