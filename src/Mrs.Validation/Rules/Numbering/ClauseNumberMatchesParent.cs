namespace Mrs.Validation.Rules.Numbering;

public sealed class ClauseNumberMatchesParent : Rule
{
    private static readonly RuleMessage Prefix = new(
        "{0} sits under {1}; its number starts with “{2}.” and has one more part.",
        "{0}位于{1}之下，其编号应以“{2}.”开头并多一级。");

    private static readonly RuleMessage TopLevel = new(
        "Clause {0} is a top-level clause; its number is a whole number (1, 2, 3 …).",
        "{0}是章，章编号应为阿拉伯数字（1、2、3……）。");

    /// <summary>Five or more in one document are an import gap or the document's own scheme: one note.</summary>
    public override int? ImportGapThreshold => 5;

    public override RuleMetadata Metadata { get; } = new("NUM-003", "ClauseNumberMatchesParent", Severity.Error, RuleFamilies.All,
        Summary: "A subclause's number is its parent's number plus one part (5.2 → 5.2.1; annex B → B.1).",
        SummaryZh: "条编号由上一层次编号加一级组成（5.2 → 5.2.1；附录B → B.1）。",
        Messages: [Prefix, TopLevel], Gbt: new("7.3"), Iso: new("22.1", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Index.Scopes)
        {
            if (!node.IsNumberedClause || node.Number is not { Length: > 0 } number)
            {
                continue;
            }
            var parent = node.Parent!;
            var parentNumber = parent.Kind switch
            {
                ScopeKind.Annex => parent.AnnexLetter,
                ScopeKind.Clause => parent.Number,
                _ => null,
            };
            if (parent.Kind == ScopeKind.Clause && parentNumber is null)
            {
                continue;
            }
            if (parentNumber is null)
            {
                if (!number.All(char.IsAsciiDigit))
                {
                    context.Report(node, TopLevel, number);
                }
                continue;
            }
            var parts = TextChecks.NumberParts(number);
            var prefix = parentNumber + ".";
            if (!number.StartsWith(prefix, StringComparison.Ordinal) || parts.Length != TextChecks.NumberParts(parentNumber).Length + 1)
            {
                context.Report(node, Prefix, Labels.Named(node), Labels.Named(parent), parentNumber);
            }
        }
    }
}
