namespace Mrs.Validation.Rules.Structure;

public sealed class ClauseDepth : Rule
{
    public const int MaxDepth = 6;

    private static readonly RuleMessage TooDeep = new(
        "Subclause {0} is at level {1}; clauses go at most six levels deep (a clause and five levels of subclauses).",
        "{0}处于第{1}层；章以下最多分五层条（共六层）。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-010", "ClauseDepth", Severity.Error, RuleFamilies.GbtIso,
        Summary: "Clauses are nested at most six levels deep (clause plus five subclause levels).",
        SummaryZh: "章条层次最多六层（章及五层条）。",
        Messages: [TooDeep], Gbt: new("7.3"), Iso: new("22.1", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Index.Scopes)
        {
            if (node.IsNumberedClause && node.Depth == MaxDepth + 1)
            {
                context.Report(node, TooDeep, node.Label, node.Depth);
            }
        }
    }
}
