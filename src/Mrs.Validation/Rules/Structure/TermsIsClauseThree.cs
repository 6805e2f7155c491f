namespace Mrs.Validation.Rules.Structure;

public sealed partial class TermsIsClauseThree : Rule
{
    private static readonly RuleMessage Missing = new(
        "The document has no terms and definitions clause: clause 3 is “Terms and definitions”, even when it defines none.",
        "文件缺少“术语和定义”：第3章应为“术语和定义”，没有需要界定的术语时也应保留该章。");

    private static readonly RuleMessage Misplaced = new(
        "Terms and definitions are clause {0}; they must be clause 3.",
        "“术语和定义”是第{0}章，应为第3章。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-003", "TermsIsClauseThree", Severity.Error, RuleFamilies.Formal,
        Summary: "The document has a terms and definitions clause, and it is clause 3.",
        SummaryZh: "文件应有“术语和定义”，且为第3章。",
        Messages: [Missing, Misplaced], Gbt: new("8.7"), Iso: new("Clause 16"));

    public override void Check(RuleContext context)
    {
        // ETSI and ITU title it in their own words: "Definition of terms, symbols and abbreviations", "Definitions".
        if (context.Index.TermsClause is null && context.Index.BodyClauses.Any(c => c.Number?.Trim() == "3" && c.Parent?.Kind != ScopeKind.Clause
            && c.Clause?.Title is { } title && OwnWords().IsMatch(title)))
        {
            return;
        }
        ClausePosition.Check(context, ScopeRole.Terms, 3, Missing, Misplaced);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:definitions?\b|definition of terms|terms\b)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OwnWords();
}
