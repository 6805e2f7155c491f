namespace Mrs.Validation.Rules.Structure;

public sealed class ForewordPresent : Rule
{
    private static readonly RuleMessage Missing = new("The document has no foreword.", "文件缺少前言。");

    public override string Code => "STRUCT-004";
    public override string Name => "ForewordPresent";
    public override Severity DefaultSeverity => Severity.Error;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "The document has a foreword.";
    public override string SummaryZh => "文件应有前言。";
    public override StandardClause? Gbt => new("8.3");
    public override StandardClause? Iso => new("Clause 12");
    public override IReadOnlyList<RuleMessage> Messages => [Missing];

    public override void Check(RuleContext context)
    {
        if (context.Index.Foreword is null)
        {
            context.Report(context.Document.Preface.Count > 0 ? "/preface" : "", "Foreword", Missing);
        }
    }
}
