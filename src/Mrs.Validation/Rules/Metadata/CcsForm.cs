using System.Text.RegularExpressions;

namespace Mrs.Validation.Rules.Metadata;

public sealed partial class CcsForm : Rule
{
    private static readonly RuleMessage Form = new(
        "The CCS code “{0}” is not well formed; CCS codes read like “A 00” (a capital letter and two digits).",
        "CCS号“{0}”格式不正确；CCS号应为一个大写字母加两位数字，如“A 00”。");

    [GeneratedRegex(@"^[A-Z]\s?\d{2}$")]
    private static partial Regex Ccs();

    public override RuleMetadata Metadata { get; } = new("META-008", "CcsForm", Severity.Warning, RuleFamilies.Gbt,
        Summary: "CCS codes are well formed (a capital letter and two digits, e.g. “A 00”).",
        SummaryZh: "CCS号格式正确（一个大写字母加两位数字，如“A 00”）。",
        Messages: [Form], Gbt: new("8.1"));

    public override void Check(RuleContext context)
    {
        var ccs = context.Document.Metadata.Ccs;
        for (var i = 0; i < ccs.Count; i++)
        {
            if (!Ccs().IsMatch(ccs[i].Trim()))
            {
                context.Report($"/metadata/ccs/{i}", "Cover", Form, ccs[i]);
            }
        }
    }
}
