namespace Mrs.Validation.Rules.Numbering;

public sealed class ClauseNumberMissing : Rule
{
    private static readonly RuleMessage Missing = new(
        "The clause “{0}” under {1} has no number; clauses and subclauses are numbered.",
        "{1}下的“{0}”没有编号；章和条应编号。");

    /// <summary>Five or more in one document are an import gap or the document's own scheme: one note.</summary>
    public override int? ImportGapThreshold => 5;

    public override RuleMetadata Metadata { get; } = new("NUM-010", "ClauseNumberMissing", Severity.Error, RuleFamilies.All,
        Summary: "Every clause and subclause of the body and of the annexes has a number.",
        SummaryZh: "正文和附录中的章、条均应编号。",
        Messages: [Missing], Gbt: new("7.2, 7.3"), Iso: new("22.1", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Index.Scopes)
        {
            if (node.IsNumberedClause && string.IsNullOrWhiteSpace(node.Number)
                && !(context.Family == RuleFamily.Etsi && node.Clause?.Title?.Trim() is "History" or "Change history")
                && !System.Text.RegularExpressions.Regex.IsMatch(node.Clause?.Title ?? "",
                    @"^\s*(?:(?:\d+|[A-Z])(?:\.(?:\d+|x))+|(?:Appendix|Annex|Chapter|Part)\s+(?:\d+|[A-Z]|[IVX]+)\b)\s*\S"))
            {
                // (the number written into the title by hand, "4.0创建并交付合规资料", "6.2.x SFSF", is the importer's to recover;
                // every ETSI deliverable ends with an unnumbered History table, which Word keeps after the last annex)
                var parent = node.Parent is { } p && p != context.Index.Root ? Labels.Named(p) : new Loc("the document", "文件");
                context.Report(node, Missing, node.Label, parent);
            }
        }
    }
}
