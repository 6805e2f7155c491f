namespace Mrs.Validation.Rules.Terms;

public sealed class DuplicatePreferredTerm : Rule
{
    private static readonly RuleMessage Twice = new(
        "“{0}” is defined twice as a preferred term ({1} and {2}).",
        "“{0}”作为优先术语被定义了两次（{1}和{2}）。");

    public override RuleMetadata Metadata { get; } = new("TERM-007", "DuplicatePreferredTerm", Severity.Error, RuleFamilies.All,
        Summary: "No term is defined twice as a preferred term.",
        SummaryZh: "同一术语不应作为优先术语定义两次。",
        Messages: [Twice], Gbt: new("8.7"), Iso: new("Clause 16"));

    public override void Check(RuleContext context)
    {
        var seen = new Dictionary<string, TermNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in context.Index.Terms)
        {
            foreach (var d in term.Entry.Preferred)
            {
                var key = InlineText.ToPlain(d.Text, true).Trim();
                if (key.Length == 0)
                {
                    continue;
                }
                if (!seen.TryAdd(key, term) && !ReferenceEquals(seen[key], term))
                {
                    context.Report(term, Twice, key, seen[key].Label, term.Label);
                }
            }
        }
    }
}
