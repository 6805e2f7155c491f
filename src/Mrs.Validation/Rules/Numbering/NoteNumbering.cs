using Mrs.Model;

namespace Mrs.Validation.Rules.Numbering;

public sealed class NoteNumbering : Rule
{
    private static readonly RuleMessage Single = new(
        "The only note in {0} is numbered “{1}”; a note that stands alone is not numbered.",
        "{0}中只有一个注，却编了号“{1}”；只有一个注时不编号。");

    private static readonly RuleMessage Sequence = new(
        "Note {1} of {0} is {2}; several notes in one place are numbered 1, 2, 3 ….",
        "{0}中的第{1}个注{2}；同一处有几个注时应编为注1、注2、注3……。");

    public override RuleMetadata Metadata { get; } = new("NUM-008", "NoteNumbering", Severity.Warning, RuleFamilies.GbtIso | RuleFamilies.Etsi,
        Summary: "Several notes in one place are numbered 1, 2, 3 …; a single note is not numbered.",
        SummaryZh: "同一处有几个注时编为注1、注2……；只有一个注时不编号。",
        Messages: [Single, Sequence], Gbt: new("9.11"), Iso: new("Clause 24"));

    public override void Check(RuleContext context) =>
        GroupNumbering.Check<Note>(context, n => n.Number, Single, Sequence, skipTermEntries: true);
}

/// <summary>Numbering of notes and examples that stand together in one block list.</summary>
internal static class GroupNumbering
{
    public static void Check<T>(RuleContext context, Func<T, string?> number, RuleMessage single, RuleMessage sequence, bool skipTermEntries)
        where T : Block
    {
        var groups = new Dictionary<IReadOnlyList<Block>, List<BlockNode>>(ReferenceEqualityComparer.Instance);
        var order = new List<List<BlockNode>>();
        foreach (var node in context.Index.Blocks)
        {
            if (node.Block is not T || skipTermEntries && node.Parent is null && (node.Context & TextContext.TermEntry) != 0)
            {
                continue;
            }
            if (!groups.TryGetValue(node.Siblings, out var list))
            {
                groups[node.Siblings] = list = [];
                order.Add(list);
            }
            list.Add(node);
        }
        foreach (var list in order)
        {
            if (list.Count == 1)
            {
                if (number((T)list[0].Block) is { Length: > 0 } n)
                {
                    context.Report(list[0], single, Labels.Named(list[0].Owner), n);
                }
                continue;
            }
            for (var i = 0; i < list.Count; i++)
            {
                var n = number((T)list[i].Block)?.Trim() ?? "";
                var wanted = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (n != wanted)
                {
                    context.Report(list[i], sequence, Labels.Named(list[i].Owner), wanted,
                        n.Length == 0 ? new Loc("not numbered", "没有编号") : new Loc($"numbered “{n}”", $"编号为“{n}”"));
                    break;
                }
            }
        }
    }
}
