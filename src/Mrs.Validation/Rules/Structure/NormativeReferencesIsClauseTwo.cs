namespace Mrs.Validation.Rules.Structure;

public sealed class NormativeReferencesIsClauseTwo : Rule
{
    private static readonly RuleMessage Missing = new(
        "The document has no normative references clause: clause 2 is “Normative references”, even when there are none.",
        "文件缺少“规范性引用文件”：第2章应为“规范性引用文件”，没有规范性引用文件时也应保留该章。");

    private static readonly RuleMessage Misplaced = new(
        "The normative references are clause {0}; they must be clause 2.",
        "“规范性引用文件”是第{0}章，应为第2章。");

    public override string Code => "STRUCT-002";
    public override string Name => "NormativeReferencesIsClauseTwo";
    public override Severity DefaultSeverity => Severity.Error;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "The document has a normative references clause, and it is clause 2.";
    public override string SummaryZh => "文件应有“规范性引用文件”，且为第2章。";
    public override StandardClause? Gbt => new("8.6");
    public override StandardClause? Iso => new("Clause 15");
    public override IReadOnlyList<RuleMessage> Messages => [Missing, Misplaced];

    public override void Check(RuleContext context) =>
        ClausePosition.Check(context, ScopeRole.NormativeReferences, 2, Missing, Misplaced);
}
