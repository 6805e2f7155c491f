namespace Mrs.Validation.Rules.Terms;

public sealed class DuplicatePreferredTerm : Rule
{
    private static readonly RuleMessage Twice = new(
        "“{0}” is defined twice as a preferred term ({1} and {2}).",
        "“{0}”作为优先术语被定义了两次（{1}和{2}）。");

    public override RuleMetadata Metadata { get; } = new("TERM-007", "DuplicatePreferredTerm", Severity.Error, RuleFamilies.All,
        Summary: "No term is defined twice as a preferred term (homonyms in different domains, <domain>, are different concepts).",
        SummaryZh: "同一术语不应作为优先术语定义两次（领域〈domain〉不同的同形异义术语是不同的概念）。",
        Messages: [Twice], Gbt: new("8.7"), Iso: new("Clause 16"));

    public override void Check(RuleContext context)
    {
        // Homonyms: the same designation in two subject fields names two concepts (ISO 10241-1, 6.3), so the key is term and domain.
        var seen = new Dictionary<(string Term, string Domain), TermNode>(KeyComparer.Instance);
        foreach (var term in context.Index.Terms)
        {
            var domain = InlineText.ToPlain(term.Entry.Domain ?? "", true).Trim().Trim('<', '>', '〈', '〉', '＜', '＞').Trim();
            foreach (var d in term.Entry.Preferred)
            {
                var key = InlineText.ToPlain(d.Text, true).Trim();
                if (key.Length == 0)
                {
                    continue;
                }
                if (!seen.TryAdd((key, domain), term) && !ReferenceEquals(seen[(key, domain)], term))
                {
                    context.Report(term, Twice, key, seen[(key, domain)].Label, term.Label);
                }
            }
        }
    }

    private sealed class KeyComparer : IEqualityComparer<(string Term, string Domain)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((string Term, string Domain) x, (string Term, string Domain) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Term, y.Term) && StringComparer.OrdinalIgnoreCase.Equals(x.Domain, y.Domain);

        public int GetHashCode((string Term, string Domain) key) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(key.Term), StringComparer.OrdinalIgnoreCase.GetHashCode(key.Domain));
    }
}
