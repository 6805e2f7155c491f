namespace Mrs.Validation.Rules.Structure;

public sealed class SingleSymbolsClause : Rule
{
    private static readonly RuleMessage Second = new(
        "Clause {0} is a second symbols and abbreviated terms clause (the first is clause {1}); give them in one clause.",
        "第{0}章是第二个“符号和缩略语”章（第一个为第{1}章）；符号和缩略语应在同一章中给出。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-008", "SingleSymbolsClause", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "There is at most one symbols and abbreviated terms clause.",
        SummaryZh: "“符号和缩略语”至多设一章。",
        Messages: [Second], Gbt: new("8.8"), Iso: new("Clause 17"));

    public override void Check(RuleContext context)
    {
        var symbols = context.Index.BodyClauses.Where(c => c.Role == ScopeRole.Symbols).ToList();
        for (var i = 1; i < symbols.Count; i++)
        {
            context.Report(symbols[i], Second, symbols[i].Label, symbols[0].Label);
        }
    }
}
