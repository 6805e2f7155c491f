namespace Mrs.Validation.Rules.Structure;

public sealed class ScopeIsClauseOne : Rule
{
    private static readonly RuleMessage Missing = new(
        "The document has no scope: clause 1 is “Scope”.",
        "文件缺少“范围”：第1章应为“范围”。");

    private static readonly RuleMessage Misplaced = new(
        "The scope is clause {0}; it must be clause 1.",
        "“范围”是第{0}章，应为第1章。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-001", "ScopeIsClauseOne", Severity.Error, RuleFamilies.Formal,
        Summary: "The document has a scope, and it is clause 1.",
        SummaryZh: "文件应有“范围”，且为第1章。",
        Messages: [Missing, Misplaced], Gbt: new("8.5"), Iso: new("Clause 14"));

    public override void Check(RuleContext context) =>
        ClausePosition.Check(context, ScopeRole.Scope, 1, Missing, Misplaced);
}
