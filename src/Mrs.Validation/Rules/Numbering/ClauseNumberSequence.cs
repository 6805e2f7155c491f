using System.Globalization;

namespace Mrs.Validation.Rules.Numbering;

public sealed class ClauseNumberSequence : Rule
{
    private static readonly RuleMessage OutOfOrder = new(
        "{0} comes where {1} is expected; sibling clauses are numbered 1, 2, 3 … without gaps.",
        "{0}处应为{1}；同一层次的章条应从1起连续编号，不应跳号。");

    /// <summary>Five or more in one document are an import gap or the document's own scheme: one note.</summary>
    public override int? ImportGapThreshold => 5;

    public override RuleMetadata Metadata { get; } = new("NUM-002", "ClauseNumberSequence", Severity.Error, RuleFamilies.All,
        Summary: "Sibling clauses are numbered consecutively from 1, with no gaps and nothing out of order.",
        SummaryZh: "同一层次的章条从1起连续编号，无跳号、无倒序。",
        Messages: [OutOfOrder], Gbt: new("7.2, 7.3"), Iso: new("22.1", Unsure: true));

    public override void Check(RuleContext context)
    {
        Check(context, context.Index.BodyClauses, top: true);
        foreach (var node in context.Index.Scopes)
        {
            if (node.Kind is ScopeKind.Clause or ScopeKind.Annex)
            {
                Check(context, node.Children, top: false);
            }
        }
    }

    /// <summary>Subclauses start at .1; the top-level sequence starts where the model starts (a missing scope is STRUCT-001's).</summary>
    private static void Check(RuleContext context, IReadOnlyList<ScopeNode> siblings, bool top)
    {
        var expected = top ? -1 : 1;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in siblings)
        {
            if (node.Number is not { Length: > 0 } number || !seen.Add(number))
            {
                continue;
            }
            var parts = TextChecks.NumberParts(number);
            if (!int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var actual))
            {
                continue;
            }
            if (expected >= 0 && actual != expected)
            {
                var wanted = string.Join('.', parts[..^1].Append(expected.ToString(CultureInfo.InvariantCulture)));
                context.Report(node, OutOfOrder, number, wanted);
            }
            expected = actual + 1;
        }
    }
}
