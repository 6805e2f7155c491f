namespace Mrs.Validation.Rules.References;

public sealed class PlainCitationTarget : Rule
{
    private static readonly RuleMessage Missing = new(
        "“{0}” refers to {1} {2}, which does not exist in this document.",
        "“{0}”引用的{1}{2}在本文件中不存在。");

    public override RuleMetadata Metadata { get; } = new("REF-002", "PlainCitationTarget", Severity.Warning, RuleFamilies.All,
        Summary: "Citations written in plain text (“见5.2”, “表3”, “附录B”, “see 5.2”, “Figure 2”, “Annex B”) point to something that exists.",
        SummaryZh: "文中以文字写出的引用（“见5.2”“表3”“附录B”等）所指的章条、图表、附录应存在。",
        Messages: [Missing], Gbt: new("9.5"), Iso: new("Clause 10", Unsure: true));

    public override void Check(RuleContext context)
    {
        var index = context.Index;
        var clauses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in index.Scopes)
        {
            if (s.Number is { Length: > 0 } n)
            {
                clauses.Add(n.Trim());
            }
        }
        foreach (var t in index.Terms)
        {
            if (t.Entry.Number is { Length: > 0 } n)
            {
                clauses.Add(n.Trim());
            }
        }
        var annexes = index.Annexes.Select(a => a.AnnexLetter ?? "").ToHashSet(StringComparer.Ordinal);
        var tables = new HashSet<string>(StringComparer.Ordinal);
        var figures = new HashSet<string>(StringComparer.Ordinal);
        var formulas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var b in index.Blocks)
        {
            switch (b.Block)
            {
                case Mrs.Model.Table { Number: { } n }:
                    tables.Add(n.Trim());
                    break;
                case Mrs.Model.Figure { Number: { } n }:
                    figures.Add(n.Trim());
                    break;
                case Mrs.Model.Formula { Number: { } n }:
                    formulas.Add(n.Trim());
                    break;
            }
        }
        foreach (var c in index.PlainCitations)
        {
            if (c.External)
            {
                continue;
            }
            var exists = c.Kind switch
            {
                CitationKind.Clause => clauses.Contains(c.Key) || annexes.Contains(c.Key),
                CitationKind.Table => tables.Contains(c.Key),
                CitationKind.Figure => figures.Contains(c.Key),
                CitationKind.Formula => formulas.Contains(c.Key),
                _ => annexes.Contains(c.Key),
            };
            if (!exists)
            {
                context.Report(c.Text, Missing, c.Written.Trim(), KindName(c.Kind), c.Key);
            }
        }
    }

    public static Loc KindName(CitationKind kind) => kind switch
    {
        CitationKind.Clause => new Loc("clause", "章条"),
        CitationKind.Table => new Loc("table", "表"),
        CitationKind.Figure => new Loc("figure", "图"),
        CitationKind.Formula => new Loc("formula", "公式"),
        _ => new Loc("annex", "附录"),
    };
}
