namespace Mrs.Validation.Rules.References;

public sealed class ReferenceListedOnce : Rule
{
    private static readonly RuleMessage Both = new(
        "{0} is listed both in the normative references and in the bibliography; a document is listed in one of them.",
        "{0}同时列于规范性引用文件和参考文献；一个文件只应列于其中之一。");

    private static readonly RuleMessage Twice = new(
        "{0} is listed twice in {1}.",
        "{0}在{1}中重复列出。");

    public override RuleMetadata Metadata { get; } = new("REF-013", "ReferenceListedOnce", Severity.Warning, RuleFamilies.All,
        Summary: "A document is listed once: not twice in a list, not in both the normative references and the bibliography.",
        SummaryZh: "同一文件只列出一次：不在同一清单中重复，也不同时列于规范性引用文件和参考文献。",
        Messages: [Both, Twice], Gbt: new("8.13"), Iso: new("Clause 21"));

    public override void Check(RuleContext context)
    {
        var normative = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in context.Index.NormativeReferences)
        {
            if (r.Identifier is { } id && !normative.Add(id.Key + "|" + id.Year))
            {
                context.Report(r, Twice, ReferenceUse.Name(r), Labels.Named(r.Owner));
            }
        }
        var keys = normative.Select(k => k[..k.IndexOf('|', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        var informative = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in context.Index.BibliographyEntries)
        {
            if (r.Identifier is not { } id)
            {
                continue;
            }
            if (keys.Contains(id.Key))
            {
                context.Report(r, Both, ReferenceUse.Name(r));
            }
            else if (!informative.Add(id.Key + "|" + id.Year))
            {
                context.Report(r, Twice, ReferenceUse.Name(r), new Loc("the bibliography", "参考文献"));
            }
        }
    }
}
