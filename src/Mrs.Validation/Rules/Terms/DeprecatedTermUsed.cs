using Mrs.Text.Language;

namespace Mrs.Validation.Rules.Terms;

public sealed class DeprecatedTermUsed : Rule
{
    private static readonly RuleMessage Used = new(
        "The deprecated term “{0}” is used in {1}; use the preferred term “{2}” ({3}).",
        "{1}中使用了被取代术语“{0}”；应使用优先术语“{2}”（{3}）。");

    public override RuleMetadata Metadata { get; } = new("TERM-013", "DeprecatedTermUsed", Severity.Info, RuleFamilies.All,
        Summary: "Deprecated terms are not used in the text; the preferred term is.",
        SummaryZh: "文中不使用被取代术语，而使用优先术语。",
        Messages: [Used], Gbt: new("8.7"), Iso: new("16.5.4", Unsure: true));

    public override void Check(RuleContext context)
    {
        var deprecated = new List<(string Name, TermNode Term)>();
        foreach (var term in context.Index.Terms)
        {
            foreach (var d in term.Entry.Deprecated)
            {
                var name = InlineText.ToPlain(d.Text, true).Trim();
                if (name.Length > 1)
                {
                    deprecated.Add((name, term));
                }
            }
        }
        if (deprecated.Count == 0)
        {
            return;
        }
        foreach (var text in context.Index.Texts)
        {
            if (text.Term is not null
                || text.Is(TextContext.Metadata | TextContext.ReferenceEntry | TextContext.Code | TextContext.Raw | TextContext.Index))
            {
                continue;
            }
            foreach (var (name, term) in deprecated)
            {
                var comparison = Script.HasHan(name) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
                if (text.Plain.Contains(name, comparison))
                {
                    context.Report(text, Used, name, Labels.Of(text.Label), TermFacts.Preferred(term), term.Label);
                }
            }
        }
    }
}
