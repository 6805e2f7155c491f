namespace Mrs.Validation.Rules.Structure;

public sealed class ForewordPresent : Rule
{
    private static readonly RuleMessage Missing = new("The document has no foreword.", "文件缺少前言。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-004", "ForewordPresent", Severity.Error, RuleFamilies.GbtIso | RuleFamilies.Etsi,
        Summary: "The document has a foreword.",
        SummaryZh: "文件应有前言。",
        Messages: [Missing], Gbt: new("8.3"), Iso: new("Clause 12"));

    public override void Check(RuleContext context)
    {
        if (context.Index.Foreword is null)
        {
            context.Report(context.Document.Preface.Count > 0 ? "/preface" : "", "Foreword", Missing);
        }
    }
}
