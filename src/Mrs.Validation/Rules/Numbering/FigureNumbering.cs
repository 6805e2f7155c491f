using Mrs.Model;

namespace Mrs.Validation.Rules.Numbering;

public sealed class FigureNumbering : Rule
{
    private static readonly RuleMessage Unnumbered = new("A {0} in {1} has no number; every figure is numbered.", "{1}中的{0}没有编号；图应有编号。");

    private static readonly RuleMessage OutOfOrder = new(
        "{0} {1} comes where {0} {2} is expected; figures are numbered 1, 2, 3 … (A.1, A.2 … in annex A) in order.",
        "{0}{1}处应为{0}{2}；图应按1、2、3……（附录A中为A.1、A.2……）顺序编号。");

    /// <summary>Five or more in one document are an import gap or the document's own scheme: one note.</summary>
    public override int? ImportGapThreshold => 5;

    public override RuleMetadata Metadata { get; } = new("NUM-006", "FigureNumbering", Severity.Error, RuleFamilies.All,
        Summary: "Figures are numbered consecutively: 1, 2, 3 … in the body, A.1, A.2 … in annex A.",
        SummaryZh: "图应连续编号：正文为图1、图2……，附录A中为图A.1、图A.2……。",
        Messages: [Unnumbered, OutOfOrder], Gbt: new("9.7"), Iso: new("28.3.1"));

    public override void Check(RuleContext context) =>
        BlockNumbering.Check<Figure>(context, f => f.Number, Unnumbered, OutOfOrder, new Loc("Figure", "图"), requireNumber: true);
}
