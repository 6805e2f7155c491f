using System.Text.RegularExpressions;

namespace Mrs.Validation.Rules.Provisions;

public sealed partial class InformalModal : Rule
{
    private static readonly RuleMessage Informal = new(
        "“{0}” in {1} is not a verbal form of provisions; use shall, should, may or can.",
        "{1}中的“{0}”不是条款的能愿动词；应使用shall、should、may或can。");

    [GeneratedRegex(@"\b(?:needs?\s+to|might|could)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    public override RuleMetadata Metadata { get; } = new("PROV-010", "InformalModal", Severity.Info, RuleFamilies.Iso,
        Summary: "Provisions use the verbal forms of Tables 3 to 7, not “need to”, “might” or “could”.",
        SummaryZh: "条款使用规定的能愿动词（表3至表7），不用“need to”“might”“could”。",
        Messages: [Informal], Iso: new("7.1"));

    public override void Check(RuleContext context)
    {
        foreach (var text in context.Index.Texts)
        {
            if (text.Is(InformativePlaces.NotProse))
            {
                continue;
            }
            var m = Words().Match(RuleContext.ProseOf(text));
            if (m.Success)
            {
                context.Report(text, Informal, m.Value, Labels.Of(text.Label));
            }
        }
    }
}
