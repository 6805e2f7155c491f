using Mrs.Model;

namespace Mrs.Validation.Rules.Numbering;

public sealed class TableNumbering : Rule
{
    private static readonly RuleMessage Unnumbered = new("A {0} in {1} has no number; every table is numbered.", "{1}中的{0}没有编号；表应有编号。");

    private static readonly RuleMessage OutOfOrder = new(
        "{0} {1} comes where {0} {2} is expected; tables are numbered 1, 2, 3 … (A.1, A.2 … in annex A) in order.",
        "{0}{1}处应为{0}{2}；表应按1、2、3……（附录A中为A.1、A.2……）顺序编号。");

    /// <summary>Five or more in one document are an import gap or the document's own scheme: one note.</summary>
    public override int? ImportGapThreshold => 5;

    public override RuleMetadata Metadata { get; } = new("NUM-005", "TableNumbering", Severity.Error, RuleFamilies.All,
        Summary: "Tables are numbered consecutively: 1, 2, 3 … in the body, A.1, A.2 … in annex A.",
        SummaryZh: "表应连续编号：正文为表1、表2……，附录A中为表A.1、表A.2……。",
        Messages: [Unnumbered, OutOfOrder], Gbt: new("9.8"), Iso: new("29.3"));

    public override void Check(RuleContext context) =>
        BlockNumbering.Check<Table>(context, t => t.Number, Unnumbered, OutOfOrder, new Loc("Table", "表"), requireNumber: true);
}
