using Mrs.Model;

namespace Mrs.Validation.Rules.Numbering;

public sealed class FormulaNumbering : Rule
{
    private static readonly RuleMessage Unnumbered = new("A {0} in {1} has no number.", "{1}中的{0}没有编号。");

    private static readonly RuleMessage OutOfOrder = new(
        "{0} ({1}) comes where {0} ({2}) is expected; numbered formulas are numbered (1), (2), (3) … ((A.1) … in annex A) in order.",
        "{0}（{1}）处应为{0}（{2}）；有编号的公式应按（1）、（2）、（3）……（附录A中为（A.1）……）顺序编号。");

    /// <summary>Five or more in one document are an import gap or the document's own scheme: one note.</summary>
    public override int? ImportGapThreshold => 5;

    public override RuleMetadata Metadata { get; } = new("NUM-007", "FormulaNumbering", Severity.Warning, RuleFamilies.All,
        Summary: "Numbered formulas are numbered consecutively: (1), (2) … in the body, (A.1) … in annex A.",
        SummaryZh: "有编号的公式应连续编号：正文为（1）、（2）……，附录A中为（A.1）……。",
        Messages: [Unnumbered, OutOfOrder], Gbt: new("9.9"), Iso: new("27.3"));

    public override void Check(RuleContext context) =>
        BlockNumbering.Check<Formula>(context, f => f.Number, Unnumbered, OutOfOrder, new Loc("Formula", "公式"), requireNumber: false);
}
