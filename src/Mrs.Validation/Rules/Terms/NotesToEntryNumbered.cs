using System.Globalization;

namespace Mrs.Validation.Rules.Terms;

public sealed class NotesToEntryNumbered : Rule
{
    private static readonly RuleMessage Sequence = new(
        "Notes to entry {0} are not numbered 1, 2, 3 …: note {1} is {2}.",
        "术语条目{0}的注未按注1、注2、注3……编号：第{1}个注{2}。");

    public override RuleMetadata Metadata { get; } = new("TERM-010", "NotesToEntryNumbered", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "When a term entry has several notes to entry, they are numbered 1, 2, 3 ….",
        SummaryZh: "术语条目有多个注时，依次编为注1、注2、注3……。",
        Messages: [Sequence], Gbt: new("8.7"), Iso: new("16.5.9", Unsure: true));

    public override void Check(RuleContext context)
    {
        foreach (var term in context.Index.Terms)
        {
            var notes = term.Entry.Notes;
            if (notes.Count < 2)
            {
                continue;
            }
            for (var i = 0; i < notes.Count; i++)
            {
                var wanted = (i + 1).ToString(CultureInfo.InvariantCulture);
                if (notes[i].Number?.Trim() != wanted)
                {
                    context.Report($"{term.Pointer}/notes/{i}", term.Label, Sequence, term.Label, i + 1,
                        notes[i].Number is { Length: > 0 } n ? new Loc($"numbered “{n}”", $"编号为“{n}”") : new Loc("not numbered", "没有编号"));
                    break;
                }
            }
        }
    }
}
