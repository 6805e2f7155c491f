namespace Mrs.Validation.Rules.Structure;

public sealed class AnnexCited : Rule
{
    private static readonly RuleMessage Uncited = new(
        "{0} is not cited anywhere in the text; every annex is referred to in the text.",
        "正文中没有提及{0}；每个附录均应在文件中提及。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-017", "AnnexCited", Severity.Error, RuleFamilies.GbtIso,
        Summary: "Every annex is cited in the text (by a link or by “Annex B” / “附录B”).",
        SummaryZh: "每个附录均应在文中提及（链接或“附录B”等文字）。",
        Messages: [Uncited], Gbt: new("9.6"), Iso: new("Clause 20"));

    public override void Check(RuleContext context)
    {
        foreach (var annex in context.Index.Annexes)
        {
            if (AnnexCitations.Of(context.Index, annex).Count == 0)
            {
                context.Report(annex, Uncited, Labels.Named(annex));
            }
        }
    }
}

/// <summary>Where an annex is cited from outside itself: links to it or into it, "附录B", "Annex B", "表B.1", "B.2".</summary>
public static class AnnexCitations
{
    public static IReadOnlyList<TextNode> Of(DocumentIndex index, ScopeNode annex)
    {
        var inside = annex.Pointer + "/";
        var letter = annex.AnnexLetter ?? "";
        var found = new List<TextNode>();
        foreach (var use in index.Links)
        {
            if (use.Link.Footnote || use.Text.Pointer.StartsWith(inside, StringComparison.Ordinal))
            {
                continue;
            }
            if (index.Targets.TryGetValue(use.Link.Target, out var target)
                && (target.Pointer == annex.Pointer || target.Pointer.StartsWith(inside, StringComparison.Ordinal)))
            {
                found.Add(use.Text);
            }
        }
        foreach (var c in index.PlainCitations)
        {
            if (c.External || c.Text.Pointer.StartsWith(inside, StringComparison.Ordinal))
            {
                continue;
            }
            if (c.Kind == CitationKind.Annex ? c.Key == letter : c.Key.StartsWith(letter + ".", StringComparison.Ordinal))
            {
                found.Add(c.Text);
            }
        }
        return found;
    }
}
