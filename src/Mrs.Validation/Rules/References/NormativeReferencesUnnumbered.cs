using System.Text.RegularExpressions;

namespace Mrs.Validation.Rules.References;

public sealed partial class NormativeReferencesUnnumbered : Rule
{
    private static readonly RuleMessage Numbered = new(
        "The normative reference {0} is numbered “{1}” like a bibliography entry; normative references are not numbered.",
        "规范性引用文件{0}像参考文献一样编了号“{1}”；规范性引用文件不编号。");

    [GeneratedRegex(@"^\s*\[\d+\]")]
    private static partial Regex BibliographyLabel();

    public override RuleMetadata Metadata { get; } = new("REF-009", "NormativeReferencesUnnumbered", Severity.Error, RuleFamilies.GbtIso,
        Summary: "Normative references carry no bibliography numbers such as [1].",
        SummaryZh: "规范性引用文件不使用参考文献的序号（如[1]）。",
        Messages: [Numbered], Gbt: new("8.6"), Iso: new("Clause 15"));

    public override void Check(RuleContext context)
    {
        foreach (var r in context.Index.NormativeReferences)
        {
            var label = r.Entry.Label is { Length: > 0 } l && BibliographyLabel().IsMatch(l) ? l
                : BibliographyLabel().Match(InlineText.ToPlain(r.Entry.Text, true)) is { Success: true } m ? m.Value.Trim() : null;
            if (label is not null)
            {
                context.Report(r, Numbered, ReferenceUse.Name(r), label);
            }
        }
    }
}
