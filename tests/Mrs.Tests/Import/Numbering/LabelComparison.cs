using System.Globalization;
using System.Text;

namespace Mrs.Tests.Import.Numbering;

/// <summary>One compared paragraph: our label and the one LibreOffice wrote in front of the same text.</summary>
public sealed record LabelPair(ProbeParagraph Paragraph, int Line, string? Ours, string? Theirs, bool Agree)
{
    /// <summary>The list level LibreOffice's indentation shows (4 spaces per level, level 0 = 4), if any.</summary>
    public int? TheirLevel { get; init; }
}

/// <summary>The result of comparing a document's labels with LibreOffice's text export.</summary>
public sealed class LabelComparison
{
    public required string Document { get; init; }

    public required int Paragraphs { get; init; }

    /// <summary>Paragraphs whose text could be found in LibreOffice's output.</summary>
    public required int Aligned { get; init; }

    /// <summary>Aligned paragraphs where either side has a label: the ones that count.</summary>
    public required IReadOnlyList<LabelPair> Labelled { get; init; }

    /// <summary>Paragraphs with a label from us that could not be aligned.</summary>
    public required int UnalignedLabelled { get; init; }

    /// <summary>For each paragraph, the LibreOffice line it was aligned with, or -1.</summary>
    public required IReadOnlyList<int> Alignment { get; init; }

    public int Agreements => Labelled.Count(p => p.Agree);

    public double Rate => Labelled.Count == 0 ? 1 : (double)Agreements / Labelled.Count;

    public IEnumerable<LabelPair> Disagreements => Labelled.Where(p => !p.Agree);

    /// <summary>
    /// Labelled pairs where both sides agree on the label but LibreOffice's indentation (4 spaces per level, level 0 = 4)
    /// puts the paragraph on another list level. LibreOffice does not indent headings numbered through its outline.
    /// </summary>
    public IReadOnlyList<LabelPair> LevelMismatches { get; init; } = [];

    /// <summary>Disagreements with a known cause outside the engine (see <see cref="ExplanationOf"/>).</summary>
    public IEnumerable<LabelPair> Explained => Disagreements.Where(d => ExplanationOf(d) is not null);

    /// <summary>Agreement when explained disagreements are left out.</summary>
    public double RateExplained => Labelled.Count == 0 ? 1 : (double)(Agreements + Explained.Count()) / Labelled.Count;

    /// <summary>Why LibreOffice may legitimately differ on this paragraph, or null.</summary>
    public static string? ExplanationOf(LabelPair pair)
    {
        var p = pair.Paragraph;
        if (p.StyleDefinedTwice)
        {
            return "style id defined twice: Word uses the first definition, LibreOffice the last";
        }
        if (p.LvlText is { } lvlText && System.Text.RegularExpressions.Regex.IsMatch(lvlText, "%[1-9][0-9]"))
        {
            return $"lvlText \"{lvlText}\": LibreOffice 7.4 misreads a placeholder followed by a digit (GB/T 引言 \"%10.%2\" = 0.1)";
        }
        if (p.NeverRestartingLevel)
        {
            return "a level with lvlRestart=0 (never restart): LibreOffice 7.4 restarts it anyway";
        }
        return null;
    }

    public string Summary =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Document}: {Agreements}/{Labelled.Count} labels agree ({Rate:P1}); {Explained.Count()} disagreements explained; "
                + $"{Aligned}/{Paragraphs} paragraphs aligned; {UnalignedLabelled} labelled paragraphs unaligned");

    public string Report(int maxDisagreements = 40)
    {
        var sb = new StringBuilder(Summary).AppendLine();
        foreach (var m in LevelMismatches.Take(maxDisagreements))
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"  level: #{m.Paragraph.Index} [{m.Paragraph.StyleName}] ours={m.Paragraph.Label?.Level} LibreOffice={m.TheirLevel} "
                    + $"text=\"{Truncate(m.Paragraph.FirstLine, 40)}\"").AppendLine();
        }
        foreach (var d in Disagreements.Take(maxDisagreements))
        {
            var p = d.Paragraph;
            sb.Append(CultureInfo.InvariantCulture,
                    $"  #{p.Index} line {d.Line + 1} [{p.StyleName}] numId={p.NumId?.ToString(CultureInfo.InvariantCulture) ?? "-"} "
                        + $"ilvl={p.Ilvl?.ToString(CultureInfo.InvariantCulture) ?? "-"}")
                .Append(CultureInfo.InvariantCulture, $" ours={Show(d.Ours)} LibreOffice={Show(d.Theirs)}")
                .Append(CultureInfo.InvariantCulture, $" text=\"{Truncate(p.FirstLine, 50)}\"")
                .Append(ExplanationOf(d) is { } why ? " — explained: " + why : "")
                .AppendLine();
        }
        return sb.ToString();
    }

    /// <summary>Every paragraph with its label and the LibreOffice line it was aligned with (for diagnosis).</summary>
    public string Dump(IReadOnlyList<ProbeParagraph> paragraphs, IReadOnlyList<string> lines)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var line = Alignment[i];
            sb.Append(CultureInfo.InvariantCulture, $"#{p.Index} [{p.StyleName}] {Show(p.Label?.Text)} \"{Truncate(p.FirstLine, 40)}\"")
                .Append(line < 0 ? "  ->  (not aligned)" : $"  ->  {line + 1}: \"{Truncate(lines[line], 60)}\"")
                .AppendLine();
        }
        return sb.ToString();
    }

    private static string Show(string? label) => label is null ? "(none)" : "\"" + label + "\"";

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..n] + "…";

    /// <summary>
    /// Aligns our paragraphs with LibreOffice's lines and compares labels. LibreOffice writes a numbered paragraph as
    /// indentation + label + " " + text (bullets as the bullet character); an unnumbered one as its text; it leaves out
    /// frames (e.g. GB/T cover pages). Paragraphs are matched on their letters only (field results, footnote numbers and
    /// symbols differ between the two): first paragraphs whose text occurs once on both sides are paired (kept only in
    /// increasing order, as in patience diff), then the paragraphs between two such anchors are matched in order.
    /// </summary>
    public static LabelComparison Compare(string document, IReadOnlyList<ProbeParagraph> paragraphs, IReadOnlyList<string> lines)
    {
        // frames are not in LibreOffice's text: leave them out of the alignment
        var keys = paragraphs.Select(p => p.InFrame ? "" : Letters(p.FirstLine)).ToArray();
        var lineKeys = lines.Select(Letters).ToArray();
        var alignment = Enumerable.Repeat(-1, paragraphs.Count).ToArray();

        // 1. anchors: keys unique among paragraphs and matching exactly one line
        var paragraphByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var duplicate = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i].Length >= 2 && !paragraphByKey.TryAdd(keys[i], i))
            {
                duplicate.Add(keys[i]);
            }
        }
        var lineOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < lineKeys.Length; j++)
        {
            var k = lineKeys[j];
            for (var cut = Math.Max(0, k.Length - MaxLabelLetters); cut < k.Length - 1; cut++)
            {
                var suffix = k[cut..];
                if (paragraphByKey.ContainsKey(suffix) && !lineOfKey.TryAdd(suffix, j) && lineOfKey[suffix] != j)
                {
                    duplicate.Add(suffix);
                }
            }
        }
        var candidates = lineOfKey.Where(kv => !duplicate.Contains(kv.Key))
            .Select(kv => (Paragraph: paragraphByKey[kv.Key], Line: kv.Value))
            .OrderBy(a => a.Paragraph)
            .ToList();
        foreach (var (paragraph, line) in LongestIncreasing(candidates))
        {
            alignment[paragraph] = line;
        }

        // 2. between anchors, in order
        var nextLine = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (alignment[i] >= 0)
            {
                nextLine = alignment[i] + 1;
                continue;
            }
            var limit = lines.Count;
            for (var k = i + 1; k < paragraphs.Count; k++)
            {
                if (alignment[k] >= 0)
                {
                    limit = alignment[k];
                    break;
                }
            }
            var ours = paragraphs[i].Label?.Text;
            if (paragraphs[i].InFrame)
            {
                continue;
            }
            for (var j = nextLine; j < limit; j++)
            {
                var match = keys[i].Length > 0
                    ? lineKeys[j].EndsWith(keys[i], StringComparison.Ordinal) && lineKeys[j].Length - keys[i].Length <= MaxLabelLetters
                    // no letters on the first line ("附录A" then a line break, "1" …): align on label and text
                    : !string.IsNullOrWhiteSpace(ours) && (lines[j].Trim() == (ours.Trim() + " " + paragraphs[i].FirstLine.Trim()).Trim()
                        // an empty bullet item: LibreOffice writes its own bullet character
                        || (paragraphs[i].Label is { IsBullet: true } && paragraphs[i].FirstLine.Trim().Length == 0
                            && lines[j].StartsWith("    ", StringComparison.Ordinal) && lines[j].Trim().Length is 1 or 2));
                if (match)
                {
                    alignment[i] = j;
                    nextLine = j + 1;
                    break;
                }
            }
        }

        // 3. compare
        var labelled = new List<LabelPair>();
        var unalignedLabelled = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var ours = p.Label?.Text;
            var line = alignment[i];
            if (line < 0)
            {
                if (!string.IsNullOrWhiteSpace(ours) && !p.InFrame)
                {
                    unalignedLabelled++;
                }
                continue;
            }
            var theirs = p.FirstLine.Trim().Length == 0 ? lines[line].Trim() : LabelOf(lines[line], p.FirstLine);
            if (string.IsNullOrWhiteSpace(ours) && string.IsNullOrWhiteSpace(theirs))
            {
                continue;
            }
            labelled.Add(new LabelPair(p, line, ours, theirs, Agrees(p, ours, theirs)) { TheirLevel = IndentLevel(lines[line]) });
        }
        return new LabelComparison
        {
            Document = document,
            Paragraphs = paragraphs.Count,
            Aligned = alignment.Count(a => a >= 0),
            Labelled = labelled,
            UnalignedLabelled = unalignedLabelled,
            Alignment = alignment,
            LevelMismatches = labelled.Where(l => l.Agree && l.Paragraph.Label is { } label && l.TheirLevel is { } level
                                                  && level != label.Level).ToList(),
        };
    }

    private static int? IndentLevel(string line)
    {
        var spaces = line.Length - line.TrimStart(' ').Length;
        return spaces >= 4 && spaces % 4 == 0 ? spaces / 4 - 1 : null;
    }

    /// <summary>How many letters a label may add in front of the text ("Annex A", "附录A", "a", "ii" …).</summary>
    private const int MaxLabelLetters = 24;

    // The longest subsequence of (paragraph, line) pairs, sorted by paragraph, whose lines increase too.
    private static IEnumerable<(int Paragraph, int Line)> LongestIncreasing(List<(int Paragraph, int Line)> pairs)
    {
        var tails = new List<int>(); // index into pairs of the smallest tail of each length
        var previous = new int[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (pairs[tails[mid]].Line < pairs[i].Line)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count)
            {
                tails.Add(i);
            }
            else
            {
                tails[lo] = i;
            }
        }
        var result = new Stack<(int, int)>();
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i])
        {
            result.Push(pairs[i]);
        }
        return result;
    }

    private static bool Agrees(ProbeParagraph p, string? ours, string? theirs)
    {
        ours = (ours ?? "").TrimEnd();
        theirs = (theirs ?? "").TrimEnd();
        if (ours == theirs)
        {
            return true;
        }
        // LibreOffice maps symbol-font bullets (Symbol U+F0B7, Wingdings …) to Unicode; any one-character bullet agrees.
        if (p.Label is { IsBullet: true } && theirs.Length is >= 1 and <= 2)
        {
            return true;
        }
        return false;
    }

    /// <summary>
    /// What LibreOffice wrote before the paragraph text: the line without its indentation, cut where the text begins,
    /// without the one space LibreOffice puts after a label. Null when the line starts with the text.
    /// </summary>
    public static string? LabelOf(string line, string text)
    {
        var rest = line.TrimStart(' ');
        var indented = rest.Length < line.Length;
        var start = text.TrimStart();
        var probe = start[..Math.Min(start.Length, 12)];
        int at;
        if (probe.Length == 0)
        {
            at = rest.Length;
        }
        else if (start.Length > 0 && rest.EndsWith(start, StringComparison.Ordinal))
        {
            at = rest.Length - start.Length; // the line is exactly prefix + text
        }
        else
        {
            at = -1;
            // the first occurrence preceded by nothing or by a space is where the text starts
            for (var i = rest.IndexOf(probe, StringComparison.Ordinal); i >= 0; i = rest.IndexOf(probe, i + 1, StringComparison.Ordinal))
            {
                if (i == 0 || char.IsWhiteSpace(rest[i - 1]) || !indented)
                {
                    at = i;
                    break;
                }
            }
            if (at < 0)
            {
                // text differs (fields, symbols): assume an indented line carries "label " before it
                if (!indented)
                {
                    return null;
                }
                var space = rest.IndexOf(' ');
                return space < 0 ? rest : rest[..space];
            }
        }
        if (at == 0)
        {
            return null;
        }
        // LibreOffice: label + " " (+ the text's own leading white space); trailing white space is not compared
        var prefix = rest[..at].TrimEnd();
        return prefix.Length == 0 ? null : prefix;
    }

    private static string Letters(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
