using System.Text.RegularExpressions;

namespace Mrs.Validation.Rules.Provisions;

public sealed partial class MayNot : Rule
{
    private static readonly RuleMessage Ambiguous = new(
        "“may not” in {0} is ambiguous; write “shall not” for a prohibition.",
        "{0}中的“may not”有歧义；禁止性要求应写作“shall not”。");

    [GeneratedRegex(@"\bmay\s+not\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MayNotWords();

    public override RuleMetadata Metadata { get; } = new("PROV-009", "MayNot", Severity.Warning, RuleFamilies.Iso | RuleFamilies.Etsi,
        Summary: "“may not” is not used; a prohibition is “shall not”.",
        SummaryZh: "不使用“may not”；禁止性要求用“shall not”。",
        Messages: [Ambiguous], Iso: new("7.4"));

    public override void Check(RuleContext context)
    {
        foreach (var text in context.Index.Texts)
        {
            if (!text.Is(InformativePlaces.NotProse) && MayNotWords().IsMatch(RuleContext.ProseOf(text)))
            {
                context.Report(text, Ambiguous, Labels.Of(text.Label));
            }
        }
    }
}
