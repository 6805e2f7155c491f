using System.Globalization;
using Mrs.Model;

namespace Mrs.Validation.Rules.Numbering;

/// <summary>Shared by the table, figure and formula numbering rules: 1, 2, 3 … in the body, X.1, X.2 … in annex X.</summary>
internal static class BlockNumbering
{
    public static void Check<T>(RuleContext context, Func<T, string?> number, RuleMessage unnumbered, RuleMessage outOfOrder, Loc kind, bool requireNumber)
        where T : Block
    {
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in context.Index.Blocks)
        {
            if (node.Block is not T block)
            {
                continue;
            }
            var region = node.Owner.AnnexLetter ?? "";
            var n = number(block)?.Trim();
            if (string.IsNullOrEmpty(n))
            {
                if (requireNumber)
                {
                    context.Report(node, unnumbered, new Loc(kind.En.ToLowerInvariant(), kind.Zh), Labels.Named(node.Owner));
                }
                continue;
            }
            var next = expected.GetValueOrDefault(region, 1);
            var wanted = region.Length == 0 ? next.ToString(CultureInfo.InvariantCulture) : $"{region}.{next}";
            var parts = n.Split('.');
            if (n != wanted)
            {
                context.Report(node, outOfOrder, kind, n, wanted);
            }
            if (int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var actual) && (parts.Length == 1) == (region.Length == 0))
            {
                expected[region] = actual + 1;
            }
            else
            {
                expected[region] = next + 1;
            }
        }
    }
}
