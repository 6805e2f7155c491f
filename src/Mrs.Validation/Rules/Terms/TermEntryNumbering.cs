using System.Globalization;

namespace Mrs.Validation.Rules.Terms;

public sealed class TermEntryNumbering : Rule
{
    private static readonly RuleMessage Missing = new(
        "The term entry “{0}” in {1} has no number; term entries are numbered {2}.1, {2}.2 ….",
        "{1}中的术语条目“{0}”没有编号；术语条目应编为{2}.1、{2}.2……。");

    private static readonly RuleMessage Wrong = new(
        "Term entry “{0}” is numbered {1} where {2} is expected; term entries are numbered in order within their clause.",
        "术语条目“{0}”编号为{1}，此处应为{2}；术语条目应在其所在章条内依次编号。");

    /// <summary>Five or more in one document are an import gap or the document's own scheme: one note.</summary>
    public override int? ImportGapThreshold => 5;

    public override RuleMetadata Metadata { get; } = new("TERM-001", "TermEntryNumbering", Severity.Error, RuleFamilies.GbtIso | RuleFamilies.Itu,
        Summary: "Term entries are numbered in order within their clause (3.1, 3.2 …; 3.1.1 … under 3.1).",
        SummaryZh: "术语条目在其所在章条内依次编号（3.1、3.2……；3.1下为3.1.1……）。",
        Messages: [Missing, Wrong], Gbt: new("8.7"), Iso: new("Clause 16"));

    public override void Check(RuleContext context)
    {
        foreach (var group in context.Index.Terms.GroupBy(t => t.Owner))
        {
            var owner = group.Key;
            var prefix = owner.Kind == ScopeKind.Annex ? owner.AnnexLetter : owner.Number;
            if (prefix is null || owner.Children.Count > 0)
            {
                continue;
            }
            var expected = 1;
            foreach (var term in group)
            {
                var wanted = $"{prefix}.{expected.ToString(CultureInfo.InvariantCulture)}";
                var number = term.Entry.Number?.Trim();
                if (string.IsNullOrEmpty(number))
                {
                    context.Report(term.Pointer, owner.Label, Missing, TermFacts.Preferred(term), Labels.Named(owner), prefix);
                    expected++;
                    continue;
                }
                if (number != wanted)
                {
                    context.Report(term, Wrong, TermFacts.Preferred(term), number, wanted);
                }
                var parts = number.Split('.');
                expected = number.StartsWith(prefix + ".", StringComparison.Ordinal) && parts.Length == prefix.Split('.').Length + 1
                    && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var actual) ? actual + 1 : expected + 1;
            }
        }
    }
}
