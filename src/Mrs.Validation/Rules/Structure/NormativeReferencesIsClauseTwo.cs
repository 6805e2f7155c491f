namespace Mrs.Validation.Rules.Structure;

public sealed class NormativeReferencesIsClauseTwo : Rule
{
    private static readonly RuleMessage Missing = new(
        "The document has no normative references clause: clause 2 is “Normative references”, even when there are none.",
        "文件缺少“规范性引用文件”：第2章应为“规范性引用文件”，没有规范性引用文件时也应保留该章。");

    private static readonly RuleMessage Misplaced = new(
        "The normative references are clause {0}; they must be clause 2.",
        "“规范性引用文件”是第{0}章，应为第2章。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-002", "NormativeReferencesIsClauseTwo", Severity.Error, RuleFamilies.Formal,
        Summary: "The document has a normative references clause, and it is clause 2.",
        SummaryZh: "文件应有“规范性引用文件”，且为第2章。",
        Messages: [Missing, Misplaced], Gbt: new("8.6"), Iso: new("Clause 15"));

    public override void Check(RuleContext context) =>
        ClausePosition.Check(context, ScopeRole.NormativeReferences, 2, Missing, Misplaced);
}
