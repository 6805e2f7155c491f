namespace Mrs.Validation.Rules.Numbering;

public sealed class DuplicateClauseNumber : Rule
{
    private static readonly RuleMessage Twice = new(
        "Number {0} is given to two clauses (“{1}” and “{2}”); each clause number is used once.",
        "编号{0}用于两个章条（“{1}”和“{2}”）；章条编号不应重复。");

    public override RuleMetadata Metadata { get; } = new("NUM-001", "DuplicateClauseNumber", Severity.Error, RuleFamilies.All,
        Summary: "No two clauses or subclauses have the same number.",
        SummaryZh: "章条编号不重复。",
        Messages: [Twice], Gbt: new("7.2, 7.3"), Iso: new("22.1", Unsure: true));

    public override void Check(RuleContext context)
    {
        var seen = new Dictionary<string, ScopeNode>(StringComparer.Ordinal);
        foreach (var node in context.Index.Scopes)
        {
            if (node.Kind != ScopeKind.Clause || node.Number is not { Length: > 0 } n)
            {
                continue;
            }
            if (!seen.TryAdd(n.Trim(), node))
            {
                var first = seen[n.Trim()];
                context.Report(node, Twice, n, Title(first), Title(node));
            }
        }
    }

    private static string Title(ScopeNode node) => node.Title is { Length: > 0 } t ? Excerpt.Of(InlineText.ToPlain(t, true), 30) : node.Clause!.Id;
}
