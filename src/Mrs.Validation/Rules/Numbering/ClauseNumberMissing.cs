namespace Mrs.Validation.Rules.Numbering;

public sealed class ClauseNumberMissing : Rule
{
    private static readonly RuleMessage Missing = new(
        "The clause “{0}” under {1} has no number; clauses and subclauses are numbered.",
        "{1}下的“{0}”没有编号；章和条应编号。");

    public override string Code => "NUM-010";
    public override string Name => "ClauseNumberMissing";
    public override Severity DefaultSeverity => Severity.Error;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "Every clause and subclause of the body and of the annexes has a number.";
    public override string SummaryZh => "正文和附录中的章、条均应编号。";
    public override StandardClause? Gbt => new("7.2, 7.3");
    public override StandardClause? Iso => new("22.1", Unsure: true);
    public override IReadOnlyList<RuleMessage> Messages => [Missing];

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Index.Scopes)
        {
            if (node.IsNumberedClause && string.IsNullOrWhiteSpace(node.Number))
            {
                var parent = node.Parent is { } p && p != context.Index.Root ? Labels.Named(p) : new Loc("the document", "文件");
                context.Report(node, Missing, node.Label, parent);
            }
        }
    }
}
