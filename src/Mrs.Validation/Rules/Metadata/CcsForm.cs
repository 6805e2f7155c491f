using System.Text.RegularExpressions;

namespace Mrs.Validation.Rules.Metadata;

public sealed partial class CcsForm : Rule
{
    private static readonly RuleMessage Form = new(
        "The CCS code “{0}” is not well formed; CCS codes read like “A 00” (a capital letter and two digits).",
        "CCS号“{0}”格式不正确；CCS号应为一个大写字母加两位数字，如“A 00”。");

    [GeneratedRegex(@"^[A-Z]\s?\d{2}$")]
    private static partial Regex Ccs();

    public override string Code => "META-008";
    public override string Name => "CcsForm";
    public override Severity DefaultSeverity => Severity.Warning;
    public override RuleFamilies Families => RuleFamilies.Gbt;
    public override string Summary => "CCS codes are well formed (a capital letter and two digits, e.g. “A 00”).";
    public override string SummaryZh => "CCS号格式正确（一个大写字母加两位数字，如“A 00”）。";
    public override StandardClause? Gbt => new("8.1");
    public override IReadOnlyList<RuleMessage> Messages => [Form];

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
