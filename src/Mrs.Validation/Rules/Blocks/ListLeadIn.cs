using Mrs.Model;

namespace Mrs.Validation.Rules.Blocks;

public sealed class ListLeadIn : Rule
{
    private static readonly RuleMessage Missing = new(
        "The list in {0} has no lead-in sentence; introduce a list with a sentence ending in a colon.",
        "{0}中的列项没有引语；列项应由一个以冒号结尾的引语引出。");

    private static readonly RuleMessage Ending = new(
        "The lead-in of the list in {0} ends with “{1}”; end it with a colon (or a full stop).",
        "{0}中列项的引语以“{1}”结尾；引语应以冒号（或句号）结尾。");

    public override RuleMetadata Metadata { get; } = new("BLOCK-009", "ListLeadIn", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "A list is introduced by a lead-in sentence ending with a colon (or a full stop).",
        SummaryZh: "列项由一个以冒号（或句号）结尾的引语引出。",
        Messages: [Missing, Ending], Gbt: new("7.5"), Iso: new("Clause 23"));

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Index.Blocks)
        {
            if (node.Block is not ListBlock || node.ListLevel != 1 || (node.Context & (TextContext.Table | TextContext.Figure)) != 0)
            {
                continue;
            }
            if (node.Index == 0 || node.Siblings[node.Index - 1] is not Paragraph lead)
            {
                if (node.Parent is null || node.Index > 0)
                {
                    context.Report(node, Missing, Labels.Of(node.Label));
                }
                continue;
            }
            var plain = InlineText.ToPlain(lead.Text, true).TrimEnd();
            var last = plain.Length > 0 ? plain[^1] : '\0';
            if (last is not (':' or '：' or '.' or '。') && !(char.IsAsciiLetter(last) && ContinuesTheSentence((ListBlock)node.Block)))
            {
                context.Report(node, Ending, Labels.Of(node.Label), last.ToString());
            }
        }
    }

    /// <summary>
    /// Items that end with a semicolon or comma ("; and") complete the English sentence the lead-in begins ("The
    /// organization shall — identify …; — determine …; and — retain …."): no colon is due. (A Chinese lead-in takes
    /// its colon, GB/T 1.1-2020, 7.5.3.)
    /// </summary>
    private static bool ContinuesTheSentence(ListBlock list) =>
        list.Items.Count > 1 && InlineText.ToPlain(list.Items[0].Text, true).TrimEnd() is { Length: > 0 } first
            && first[^1] is ';' or '；' or ',' or '，';
}
