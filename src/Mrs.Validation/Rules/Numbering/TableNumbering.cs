using Mrs.Model;

namespace Mrs.Validation.Rules.Numbering;

public sealed class TableNumbering : Rule
{
    private static readonly RuleMessage Unnumbered = new("A {0} in {1} has no number; every table is numbered.", "{1}中的{0}没有编号；表应有编号。");

    private static readonly RuleMessage OutOfOrder = new(
        "{0} {1} comes where {0} {2} is expected; tables are numbered 1, 2, 3 … (A.1, A.2 … in annex A) in order.",
        "{0}{1}处应为{0}{2}；表应按1、2、3……（附录A中为A.1、A.2……）顺序编号。");

    public override string Code => "NUM-005";
    public override string Name => "TableNumbering";
    public override Severity DefaultSeverity => Severity.Error;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "Tables are numbered consecutively: 1, 2, 3 … in the body, A.1, A.2 … in annex A.";
    public override string SummaryZh => "表应连续编号：正文为表1、表2……，附录A中为表A.1、表A.2……。";
    public override StandardClause? Gbt => new("9.8");
    public override StandardClause? Iso => new("29.3");
    public override IReadOnlyList<RuleMessage> Messages => [Unnumbered, OutOfOrder];

    public override void Check(RuleContext context) =>
        BlockNumbering.Check<Table>(context, t => t.Number, Unnumbered, OutOfOrder, new Loc("Table", "表"), requireNumber: true);
}
