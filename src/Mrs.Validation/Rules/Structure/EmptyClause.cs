namespace Mrs.Validation.Rules.Structure;

public sealed class EmptyClause : Rule
{
    private static readonly RuleMessage Empty = new("{0} is empty.", "{0}没有内容。");

    public override RuleMetadata Metadata { get; } = new("STRUCT-020", "EmptyClause", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "No clause, annex or front section is left without content.",
        SummaryZh: "章、条、附录和前言、引言等不应没有内容。",
        Messages: [Empty], Gbt: new("7.2, 7.3", Unsure: true), Iso: new("Clause 22", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Index.Scopes)
        {
            if (node.Kind is ScopeKind.Clause or ScopeKind.Annex or ScopeKind.Section
                && node.Blocks.Count == 0 && node.Children.Count == 0 && node.Terms.Count == 0 && node.References.Count == 0
                && !(node.Kind == ScopeKind.Section && IsContents(node.Section?.Title)))
            {
                context.Report(node, Empty, Labels.Named(node));
            }
        }
    }

    /// <summary>A table of contents is a Word field the importer does not keep: its heading stands alone ("Contents", 目次, 內容).</summary>
    private static bool IsContents(string? title) =>
        title is not null && System.Text.RegularExpressions.Regex.Replace(title, @"\s+", "").ToLowerInvariant()
            is "contents" or "tableofcontents" or "目次" or "目录" or "目錄" or "內容" or "内容" or "目次" or "inhalt" or "inhaltsverzeichnis" or "sommaire";
}
