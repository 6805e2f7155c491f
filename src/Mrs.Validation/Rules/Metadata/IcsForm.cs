using System.Text.RegularExpressions;

namespace Mrs.Validation.Rules.Metadata;

public sealed partial class IcsForm : Rule
{
    private static readonly RuleMessage Form = new(
        "The ICS code “{0}” is not well formed; ICS codes read “01”, “01.120” or “01.120.10”.",
        "ICS号“{0}”格式不正确；ICS号应为“01”“01.120”或“01.120.10”的形式。");

    [GeneratedRegex(@"^\d{2}(?:\.\d{3}(?:\.\d{2})?)?$")]
    private static partial Regex Ics();

    public override RuleMetadata Metadata { get; } = new("META-007", "IcsForm", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "ICS codes are well formed (01, 01.120, 01.120.10).",
        SummaryZh: "ICS号格式正确（01、01.120、01.120.10）。",
        Messages: [Form], Gbt: new("8.1"));

    public override void Check(RuleContext context)
    {
        var ics = context.Document.Metadata.Ics;
        for (var i = 0; i < ics.Count; i++)
        {
            if (!Ics().IsMatch(ics[i].Trim()))
            {
                context.Report($"/metadata/ics/{i}", "Cover", Form, ics[i]);
            }
        }
    }
}
