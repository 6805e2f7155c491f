using System.Text.RegularExpressions;

namespace Mrs.Validation.Rules.Provisions;

public sealed partial class ZhVerbalForm : Rule
{
    private static readonly RuleMessage Form = new(
        "“{0}” in {1}: a requirement is expressed with “{2}”.",
        "{1}中使用了“{0}”；要求型条款应使用“{2}”表述。");

    [GeneratedRegex(@"(?<must>必须|必須)|(?<not>(?<![舍怪恨巴顾顧由免少说說记記动動要见見耽晓曉])不得(?![不已而])|不可(?![能靠行见見视視逆燃调調选選信用读讀变變控测測重追比达達接知思议議缺少忽]))",
        RegexOptions.CultureInvariant)]
    private static partial Regex Forbidden();

    public override RuleMetadata Metadata { get; } = new("PROV-008", "ZhVerbalForm", Severity.Warning, RuleFamilies.All,
        Summary: "Requirements use 应 / 不应, not 必须, 不得 or 不可.",
        SummaryZh: "要求型条款使用“应”“不应”，不使用“必须”“不得”“不可”。",
        Messages: [Form], Gbt: new("Annex C (C.1)"));

    public override void Check(RuleContext context)
    {
        foreach (var text in context.Index.Texts)
        {
            if (text.Is(InformativePlaces.NotProse) || text.Plain.Any(c => c is >= '\u3040' and <= '\u30FF'))
            {
                continue; // Japanese (kana): 必須 is a noun there ("mandatory"), not a Chinese verbal form
            }
            foreach (Match m in Forbidden().Matches(text.Plain))
            {
                context.Report(text, Form, m.Value, Labels.Of(text.Label), m.Groups["must"].Success ? "应" : "不应");
            }
        }
    }
}
