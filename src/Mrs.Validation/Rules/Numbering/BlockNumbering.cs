using System.Text.RegularExpressions;
using System.Globalization;
using Mrs.Model;

namespace Mrs.Validation.Rules.Numbering;

/// <summary>Shared by the table, figure and formula numbering rules: 1, 2, 3 … in the body, X.1, X.2 … in annex X.</summary>
internal static partial class BlockNumbering
{
    private static readonly RuleMessage Gap = new(
        "{0} of {1} {2}s have no number (the first in {3}): the importer could not recover their numbers, or the document leaves them unnumbered "
            + "(layout tables, requirement boxes); only the numbered ones are checked.",
        "{1}个{2}中有{0}个没有编号（第一个在{3}）：导入时未能识别其编号，或文件本身不为其编号（版式表格、要求框）；只检查有编号的{2}。");

    /// <summary>
    /// Numbers in sequence per region: 1, 2, 3 … in the body, X.1, X.2 … in annex X, and, in a document that numbers
    /// them by chapter (IHO, OASIS: "Table 7-2", "Figure 2.1"), 1, 2 … within each top-level clause, and, numbered after
    /// their clause (3GPP, ETSI: "Figure 6.15.3-1"), 1, 2 … within each clause. Unnumbered blocks
    /// are errors one by one only where the family requires numbers and the document numbers most of its blocks;
    /// otherwise they are one note (an import gap or the document's convention).
    /// </summary>
    public static void Check<T>(RuleContext context, Func<T, string?> number, RuleMessage unnumbered, RuleMessage outOfOrder, Loc kind,
        bool requireNumber)
        where T : Block
    {
        var all = context.Index.Blocks.Where(b => b.Block is T && !IsOrnament(b.Block) && !IsFigureKey(b)).ToList();
        var missing = all.Where(b => string.IsNullOrWhiteSpace(number((T)b.Block))).ToList();
        if (requireNumber && missing.Count > 0)
        {
            if (context.Family != RuleFamily.Generic && missing.Count * 2 <= all.Count)
            {
                foreach (var node in missing)
                {
                    context.Report(node, unnumbered, new Loc(kind.En.ToLowerInvariant(), kind.Zh), Labels.Named(node.Owner));
                }
            }
            else
            {
                context.ReportNote(missing[0].Pointer, missing[0].Label, Gap, missing.Count, all.Count, new Loc(kind.En.ToLowerInvariant(), kind.Zh),
                    Labels.Named(missing[0].Owner));
            }
        }

        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in all)
        {
            var block = (T)node.Block;
            var n = number(block)?.Trim();
            if (string.IsNullOrEmpty(n))
            {
                continue;
            }
            var region = node.Owner.AnnexLetter ?? "";
            var separator = ".";
            if (ClauseDash().Match(n) is { Success: true } d)
            {
                // 3GPP and ETSI: "Figure 6.15.3-1" is the first figure of clause 6.15.3, a sequence per clause.
                region = d.Groups[1].Value;
                separator = "-";
            }
            else if (region.Length == 0 && Chapter().Match(n) is { Success: true } m && m.Groups[1].Value == TopNumber(node.Owner))
            {
                // Chapter-style numbering: "7-2" or "7.2" in clause 7.
                region = m.Groups[1].Value;
                separator = m.Groups[2].Value;
                n = region + separator + m.Groups[3].Value;
            }
            var next = expected.GetValueOrDefault(region, 1);
            var wanted = region.Length == 0 ? next.ToString(CultureInfo.InvariantCulture) : $"{region}{separator}{next}";
            var parts = n.Split(separator[0]);
            if (n != wanted)
            {
                context.Report(node, outOfOrder, kind, n, wanted);
            }
            if (int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var actual)
                && (parts.Length == 1) == (region.Length == 0))
            {
                expected[region] = actual + 1;
            }
            else
            {
                expected[region] = next + 1;
            }
        }
    }

    /// <summary>
    /// A drawn line, not a figure: one flat image without number or title (the end line of a GB/T document, 终结线,
    /// which Word draws as a picture).
    /// </summary>
    private static bool IsOrnament(Block block) =>
        block is Figure { Number: null or "", Images: [{ HeightMm: < 15 and var h, WidthMm: var w }] } figure
        && string.IsNullOrWhiteSpace(figure.Title) && w > 3 * h;

    /// <summary>
    /// The key of a figure laid out as a table: an unnumbered, untitled table right after a figure, or one that starts
    /// with "Key" (说明, Légende). It belongs to the figure; it is no table of the document.
    /// </summary>
    private static bool IsFigureKey(BlockNode node) =>
        node.Block is Table { Number: null or "" } table
        && (IsKeyWord(table.Title)
            || (string.IsNullOrWhiteSpace(table.Title)
                && ((node.Index > 0 && node.Siblings[node.Index - 1] is Figure)
                    || (table.Rows.Count > 0 && table.Rows[0].Cells.Count > 0 && IsKeyWord(table.Rows[0].Cells[0].Text)))));

    private static bool IsKeyWord(string? text) =>
        text is not null && Mrs.Text.InlineText.ToPlain(text, true).Trim() is "Key" or "说明" or "說明" or "Légende";

    /// <summary>The number of the top-level clause a scope is in ("7" for 7.2.1), or null.</summary>
    private static string? TopNumber(ScopeNode? scope)
    {
        while (scope?.Parent is { Kind: ScopeKind.Clause } parent)
        {
            scope = parent;
        }
        return scope?.Kind == ScopeKind.Clause ? scope.Number?.Trim() : null;
    }

    [GeneratedRegex(@"^(\d+)([.\-‐‑–])(\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Chapter();

    /// <summary>A clause number of two or more levels, a hyphen and a sequence: "6.15.3-1", "A.2-3".</summary>
    [GeneratedRegex(@"^((?:[A-Z]|\d+)(?:\.\d+)+)-(\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseDash();
}
