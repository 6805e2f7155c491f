namespace Mrs.Validation.Rules.Numbering;

public sealed class TableFootnoteMarks : Rule
{
    private static readonly RuleMessage Mark = new(
        "Footnote {0} of table {1} is marked “{2}”; table footnotes are marked a, b, c … in order.",
        "表{1}的第{0}个脚注标为“{2}”；表的脚注应依次用a、b、c……标注。");

    public override RuleMetadata Metadata { get; } = new("NUM-011", "TableFootnoteMarks", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "Table footnotes are marked with lower-case letters a, b, c … in order.",
        SummaryZh: "表的脚注用小写拉丁字母a、b、c……依次标注。",
        Messages: [Mark], Gbt: new("9.8"), Iso: new("29.5", Unsure: true));

    public override void Check(RuleContext context)
    {
        var position = new Dictionary<BlockNode, int>(ReferenceEqualityComparer.Instance);
        foreach (var f in context.Index.TableFootnotes)
        {
            var table = f.Table!;
            var k = position.GetValueOrDefault(table);
            position[table] = k + 1;
            var wanted = ((char)('a' + k)).ToString();
            var mark = f.Footnote.Mark?.Trim() ?? "";
            if (mark != wanted)
            {
                context.Report(f.Pointer, f.Label, Mark, k + 1, ((Mrs.Model.Table)table.Block).Number ?? "?", mark);
            }
        }
    }
}
