namespace Mrs.Validation.Rules.Structure;

public sealed class ScopeIsClauseOne : Rule
{
    private static readonly RuleMessage Missing = new(
        "The document has no scope: clause 1 is “Scope”.",
        "文件缺少“范围”：第1章应为“范围”。");

    private static readonly RuleMessage Misplaced = new(
        "The scope is clause {0}; it must be clause 1.",
        "“范围”是第{0}章，应为第1章。");

    public override string Code => "STRUCT-001";
    public override string Name => "ScopeIsClauseOne";
    public override Severity DefaultSeverity => Severity.Error;
    public override RuleFamilies Families => RuleFamilies.Both;
    public override string Summary => "The document has a scope, and it is clause 1.";
    public override string SummaryZh => "文件应有“范围”，且为第1章。";
    public override StandardClause? Gbt => new("8.5");
    public override StandardClause? Iso => new("Clause 14");
    public override IReadOnlyList<RuleMessage> Messages => [Missing, Misplaced];

    public override void Check(RuleContext context) =>
        ClausePosition.Check(context, ScopeRole.Scope, 1, Missing, Misplaced);
}
