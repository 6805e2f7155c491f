namespace Mrs.Validation.Rules.Structure;

public sealed class TechnicalClausePresent : Rule
{
    private static readonly RuleMessage Missing = new(
        "The document has no technical clause after clauses 1 to 3; its provisions belong in clauses 4, 5 ….",
        "文件在第1章至第3章之后没有技术内容的章；核心技术要素应从第4章起编写。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-006", "TechnicalClausePresent", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "At least one technical clause follows scope, normative references and terms (vocabularies excepted).",
        SummaryZh: "范围、规范性引用文件和术语和定义之后至少有一个技术内容的章（术语标准除外）。",
        Messages: [Missing], Gbt: new("8.11"), Iso: new("6.3", Unsure: true));

    public override void Check(RuleContext context)
    {
        var index = context.Index;
        if (index.IsVocabulary || index.BodyClauses.Count == 0 || index.BodyClauses.Any(c => c.Role == ScopeRole.General))
        {
            return;
        }
        context.Report("/clauses", Math.Max(4, index.BodyClauses.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Missing);
    }
}
