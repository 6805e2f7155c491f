namespace Mrs.Validation.Rules.Terms;

public sealed class DefinitionHasNoProvision : Rule
{
    private static readonly RuleMessage Provision = new(
        "The definition of “{0}” contains “{1}” ({2}); definitions contain no requirements, recommendations or permissions.",
        "“{0}”的定义中含有“{1}”（{2}）；定义中不应包含要求、推荐或允许型条款。");

    public override RuleMetadata Metadata { get; } = new("TERM-005", "DefinitionHasNoProvision", Severity.Error, RuleFamilies.Formal,
        Summary: "A definition contains no requirement, recommendation or permission (shall, should, may; 应, 宜, 可).",
        SummaryZh: "定义中不包含要求、推荐或允许型条款（应、宜、可等）。",
        Messages: [Provision], Gbt: new("8.7"), Iso: new("16.5.6", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var text in context.Index.Texts)
        {
            if ((text.Context & TextContext.Definition) != 0 && text.Term is not null
                && context.FirstNormativeProvision(text, primaryOnly: true) is { } p)
            {
                context.Report(text, Provision, TermFacts.Preferred(text.Term), p.Form ?? "", ProvisionNames.Of(p.Kind));
            }
        }
    }
}

/// <summary>How messages name a kind of provision.</summary>
public static class ProvisionNames
{
    public static Loc Of(Mrs.Model.ProvisionKind kind) => kind switch
    {
        Mrs.Model.ProvisionKind.Requirement => new Loc("a requirement", "要求"),
        Mrs.Model.ProvisionKind.Recommendation => new Loc("a recommendation", "推荐"),
        Mrs.Model.ProvisionKind.Permission => new Loc("a permission", "允许"),
        _ => new Loc("a provision", "条款"),
    };
}
