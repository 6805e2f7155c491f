namespace Mrs.Validation.Rules.Structure;

public sealed class SymbolsClausePosition : Rule
{
    private static readonly RuleMessage Misplaced = new(
        "The symbols and abbreviated terms clause is clause {0}; it comes right after terms and definitions, before the technical clauses.",
        "“符号和缩略语”是第{0}章；该章应紧随“术语和定义”之后、技术内容之前。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-019", "SymbolsClausePosition", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "The symbols and abbreviated terms clause follows terms and definitions and precedes the technical clauses.",
        SummaryZh: "“符号和缩略语”位于“术语和定义”之后、技术内容的章之前。",
        Messages: [Misplaced], Gbt: new("6.2"), Iso: new("Clause 17"));

    public override void Check(RuleContext context)
    {
        var clauses = context.Index.BodyClauses;
        var termsAt = -1;
        var generalSeen = false;
        for (var i = 0; i < clauses.Count; i++)
        {
            var c = clauses[i];
            switch (c.Role)
            {
                case ScopeRole.Terms:
                    termsAt = i;
                    break;
                case ScopeRole.General:
                    generalSeen = true;
                    break;
                case ScopeRole.Symbols when generalSeen || termsAt < 0 && clauses.Skip(i).Any(x => x.Role == ScopeRole.Terms):
                    context.Report(c, Misplaced, c.Label);
                    break;
            }
        }
    }
}
