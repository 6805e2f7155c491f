using System.Text.RegularExpressions;
using Mrs.Model;

namespace Mrs.Validation.Rules.Blocks;

public sealed partial class ListMarkerConsistency : Rule
{
    private static readonly RuleMessage Mixed = new(
        "Items of a list in {0} use different markers (“{1}” and “{2}”); items of one list use one kind of marker.",
        "{0}中同一列项的各项使用了不同的编号或符号（“{1}”和“{2}”）；同一列项应使用同一种编号或符号。");

    private static readonly RuleMessage Sequence = new(
        "Item {1} of a list in {0} is marked “{2}” where “{3}” is expected.",
        "{0}中列项的第{1}项标为“{2}”，此处应为“{3}”。");

    [GeneratedRegex(@"^(?:(?<dash>—{1,2}|–|-|－{1,2})|(?<bullet>[•·●○■□▪])|(?<lower>[a-z])\)|(?<upper>[A-Z])\)|(?<dec>\d+)[)\.）]"
        + @"|[(（](?<par>\d+)[)）])$", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    public override RuleMetadata Metadata { get; } = new("BLOCK-011", "ListMarkerConsistency", Severity.Warning, RuleFamilies.All,
        Summary: "Items of one list use one kind of marker (—— or a), b), c) or 1), 2), 3)), in sequence.",
        SummaryZh: "同一列项的各项使用同一种符号或编号（——，或a)、b)、c)，或1)、2)、3)），并按顺序编号。",
        Messages: [Mixed, Sequence], Gbt: new("7.5"), Iso: new("Clause 23"));

    public override void Check(RuleContext context)
    {
        foreach (var node in context.Index.Blocks)
        {
            if (node.Block is not ListBlock list)
            {
                continue;
            }
            string? firstKind = null;
            string? firstLabel = null;
            for (var i = 0; i < list.Items.Count; i++)
            {
                var label = list.Items[i].Label?.Trim();
                if (string.IsNullOrEmpty(label))
                {
                    continue;
                }
                var m = Marker().Match(label);
                var kind = m.Success ? new[] { "dash", "bullet", "lower", "upper", "dec", "par" }.First(g => m.Groups[g].Success) : "other:" + label;
                if (firstKind is null)
                {
                    (firstKind, firstLabel) = (kind, label);
                }
                else if (kind != firstKind
                    && !(kind.StartsWith("other", StringComparison.Ordinal) && firstKind.StartsWith("other", StringComparison.Ordinal)))
                {
                    context.Report($"{node.Pointer}/items/{i}", node.Label, Mixed, Labels.Of(node.Label), firstLabel, label);
                    break;
                }
                var wanted = kind switch
                {
                    "lower" => ((char)('a' + i)).ToString() + ")",
                    "upper" => ((char)('A' + i)).ToString() + ")",
                    "dec" => (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + label[^1],
                    "par" => label[0] + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + label[^1],
                    _ => null,
                };
                if (wanted is not null && label != wanted)
                {
                    context.Report($"{node.Pointer}/items/{i}", node.Label, Sequence, Labels.Of(node.Label), i + 1, label, wanted);
                    break;
                }
            }
        }
    }
}
