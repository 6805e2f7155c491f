using Mrs.Model;

namespace Mrs.Validation.Rules.Structure;

public sealed class ForewordContent : Rule
{
    private static readonly RuleMessage Subclause = new(
        "The foreword is divided into subclauses ({0}); it is one undivided element.",
        "前言分了条（{0}）；前言不应分条。");

    private static readonly RuleMessage Form = new(
        "The foreword holds {0}; it holds no tables, figures or formulas.",
        "前言中含有{0}；前言不应使用图、表或数学公式。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-005", "ForewordContent", Severity.Warning, RuleFamilies.GbtIso | RuleFamilies.Etsi,
        Summary: "The foreword has no subclauses, tables, figures or formulas.",
        SummaryZh: "前言不分条，不使用图、表或数学公式。",
        Messages: [Subclause, Form], Gbt: new("8.3"), Iso: new("Clause 12"));

    public override void Check(RuleContext context)
    {
        var foreword = context.Index.Foreword;
        if (foreword is null)
        {
            return;
        }
        if (foreword.Children.Count > 0)
        {
            var first = foreword.Children[0];
            context.Report(first.Pointer, "Foreword", Subclause, first.Label);
        }
        foreach (var block in context.Index.Blocks)
        {
            if (!ReferenceEquals(block.Owner, foreword) && !ReferenceEquals(block.Owner.Parent, foreword))
            {
                continue;
            }
            Loc? what = block.Block switch
            {
                Table => new Loc("a table", "表"),
                Figure => new Loc("a figure", "图"),
                Formula => new Loc("a formula", "数学公式"),
                _ => null,
            };
            if (what is { } w)
            {
                context.Report(block.Pointer, "Foreword", Form, w);
            }
        }
    }
}
