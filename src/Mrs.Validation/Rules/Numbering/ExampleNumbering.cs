using Mrs.Model;

namespace Mrs.Validation.Rules.Numbering;

public sealed class ExampleNumbering : Rule
{
    private static readonly RuleMessage Single = new(
        "The only example in {0} is numbered “{1}”; an example that stands alone is not numbered.",
        "{0}中只有一个示例，却编了号“{1}”；只有一个示例时不编号。");

    private static readonly RuleMessage Sequence = new(
        "Example {1} of {0} is {2}; several examples in one place are numbered 1, 2, 3 ….",
        "{0}中的第{1}个示例{2}；同一处有几个示例时应编为示例1、示例2、示例3……。");

    public override RuleMetadata Metadata { get; } = new("NUM-009", "ExampleNumbering", Severity.Warning, RuleFamilies.GbtIso | RuleFamilies.Etsi,
        Summary: "Several examples in one place are numbered 1, 2, 3 …; a single example is not numbered.",
        SummaryZh: "同一处有几个示例时编为示例1、示例2……；只有一个示例时不编号。",
        Messages: [Single, Sequence], Gbt: new("9.10"), Iso: new("Clause 25"));

    public override void Check(RuleContext context) =>
        GroupNumbering.Check<Example>(context, e => e.Number, Single, Sequence, skipTermEntries: false);
}
