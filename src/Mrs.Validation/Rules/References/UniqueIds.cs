namespace Mrs.Validation.Rules.References;

public sealed class UniqueIds : Rule
{
    private static readonly RuleMessage Twice = new(
        "The id “{0}” is used twice (first at {1}); cross-references need ids that are unique in the document.",
        "标识“{0}”重复使用（首次在{1}）；交叉引用要求标识在文件中唯一。");

    public override RuleMetadata Metadata { get; } = new("REF-011", "UniqueIds", Severity.Error, RuleFamilies.All,
        Summary: "Ids of clauses, annexes, terms, tables, figures, formulas, references and footnotes are unique, so that cross-references are "
            + "unambiguous.",
        SummaryZh: "章条、附录、术语、图、表、公式、引用文件和脚注的标识唯一，交叉引用不产生歧义。",
        Messages: [Twice], Gbt: new("9.5", Unsure: true), Iso: new("Clause 10", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var (first, duplicate) in context.Index.DuplicateIds)
        {
            context.Report(duplicate.Pointer, duplicate.Owner?.Label ?? "Document", Twice, duplicate.Id, first.Pointer);
        }
    }
}
