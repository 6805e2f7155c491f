using Mrs.Model;

namespace Mrs.Validation.Rules.References;

public sealed class CitedDocumentListed : Rule
{
    private static readonly RuleMessage Unlisted = new(
        "{0} is cited in {1} but listed neither in the normative references nor in the bibliography.",
        "{1}中引用了{0}，但规范性引用文件和参考文献中均未列出。");

    private static readonly RuleMessage OnlyInBibliography = new(
        "{0} is cited as a requirement in {1} but listed only in the bibliography; documents cited normatively are listed in the normative "
            + "references.",
        "{1}以要求的形式引用了{0}，但它只列于参考文献；规范性引用的文件应列入规范性引用文件。");

    public override RuleMetadata Metadata { get; } = new("REF-004", "CitedDocumentListed", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "Every document cited in the text is listed: normative citations in the normative references, others in the bibliography.",
        SummaryZh: "文中引用的文件都应列出：规范性引用的列入规范性引用文件，其他列入参考文献。",
        Messages: [Unlisted, OnlyInBibliography], Gbt: new("8.6, 8.13"), Iso: new("Clause 15, Clause 21"));

    public override void Check(RuleContext context)
    {
        var index = context.Index;
        var normative = index.NormativeReferences.Select(r => r.Identifier?.Key).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var informative = index.BibliographyEntries.Select(r => r.Identifier?.Key).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var own = new HashSet<string>(StringComparer.Ordinal);
        var meta = context.Document.Metadata;
        foreach (var s in meta.Supersedes.Append(meta.Identifier ?? "").Concat(meta.Adoptions.Select(a => a.Identifier)))
        {
            if (DocumentIdentifier.Parse(s) is { } id)
            {
                own.Add(id.Key);
            }
        }
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var use in index.IdentifierUses)
        {
            var key = use.Identifier.Key;
            if (own.Contains(key) || normative.Contains(key) || !ReferenceUse.IsTextCitation(use.Text) && !use.Text.Is(TextContext.TermSource))
            {
                continue;
            }
            if (!informative.Contains(key))
            {
                if (reported.Add(key))
                {
                    context.Report(use.Text, Unlisted, use.Identifier.Text, Labels.Of(use.Text.Label));
                }
            }
            else if (!use.Text.Is(TextContext.Informative | TextContext.TermSource)
                && context.ProvisionsOf(use.Text).Any(p => p.Kind == ProvisionKind.Requirement) && reported.Add(key))
            {
                context.Report(use.Text, OnlyInBibliography, use.Identifier.Text, Labels.Of(use.Text.Label));
            }
        }
    }
}
