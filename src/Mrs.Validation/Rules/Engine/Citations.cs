using System.Buffers;
using System.Text.RegularExpressions;
using Mrs.Text.Language;

namespace Mrs.Validation.Rules;

public enum CitationKind
{
    Clause,
    Table,
    Figure,
    Annex,
    Formula,
}

/// <summary>
/// A citation written out in plain text: "见5.2", "第6章", "表3", "图A.1", "附录B", "公式(2)", "see 5.2", "Clause 6",
/// "Table 3", "Figure A.1", "Annex B", "Formula (2)". <see cref="External"/> is set when it points into another
/// document ("GB/T 1234的5.2", "ISO 712:2009, Table 2", "Table 2 of ISO 712"); <see cref="Document"/> is that
/// document's identifier when it is written out.
/// </summary>
public sealed record PlainCitation(CitationKind Kind, string Key, TextNode Text, int Index, int Length, bool External, DocumentIdentifier? Document)
{
    public string Written => Text.Unlinked.Substring(Index, Length);
}

/// <summary>Finds plain-text citations in the document's texts.</summary>
public static partial class Citations
{
    private const string Num = @"(?:[A-Z]{1,2}\.\d+|\d+)";

    /// <summary>
    /// An English table or figure number: 3, A.1, and the numbers of documents that number by chapter or clause (2.1,
    /// 7-2, 8.2.4-1, as IHO, OASIS and 3GPP do).
    /// </summary>
    private const string BlockNum = @"(?:(?:[A-Z]{1,2}|\d+)(?:\.\d+)+|\d+)(?:[-‑–]\d+)?";

    [GeneratedRegex(@"附录\s?(?<annex>[A-Z]{1,2})(?![A-Za-z])"
        + @"|(?<![代列图发报仪量价时课年月周日数总清附外])表\s?(?<table>" + Num + @")(?![\d.]*\d)"
        + @"|(?<![构地蓝草插附意视示])图\s?(?<figure>" + Num + @")(?![\d.]*\d)"
        + @"|(?:公式|(?<![方形模样樣格程算正法公])式)\s?[（(]\s?(?<formula>" + Num + @")\s?[)）]"
        + @"|第\s?(?<clause>\d+)\s?章"
        + @"|见\s?(?<clause>(?:\d+|[A-Z])(?:\.\d+)+|\d+)(?![\d.]*\d|\s?年)"
        + @"|(?<![\d.])(?!0\.)(?<clause>(?:\d+|[A-Z])(?:\.\d+)+)\s?(?=条|中的|的规定|规定的|所述|给出的|的要求)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ChinesePattern();

    [GeneratedRegex(@"\bAnnex\s(?<annex>[A-Z]{1,2})\b"
        + @"|\b[Tt]ables?\s(?<table>" + BlockNum + @")\b"
        + @"|\b[Ff]igures?\s(?<figure>" + BlockNum + @")\b"
        + @"|\b(?:Formula|Equation)s?\s\((?<formula>" + Num + @")\)"
        + @"|\b(?:[Ss]ub)?[Cc]lauses?\s(?<clause>(?:\d+|[A-Z])(?:\.\d+)*)\b"
        + @"|\b[Ss]ee\s(?<clause>(?:\d+|[A-Z])(?:\.\d+)+)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex EnglishPattern();

    /// <summary>"of ISO 712", "in GB/T 1234", "of Reference [3]" right after a citation: it points into another document.</summary>
    /// <summary>
    /// Another document named just before the citation: "the S-124 Product Specification clause 1.7", "S-124 Annex A"
    /// (a designation such as S-124, X.509 or TS 23.501 directly before it).
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:Product\s)?Specification|\bStandard|\bRecommendation|\bGuide|\bRegulation|\b[A-Z]{1,5}[-‑]\d{1,5}|\bTS\s\d+\.\d+"
        + @"|[\]】][*_]*)(?:'s)?,?\s$", RegexOptions.CultureInvariant)]
    private static partial Regex OtherDocumentBefore();

    /// <summary>The further numbers of a list of tables or figures: "Figures 8.2.4-1, 8.2.4-2 and 8.2.4-3".</summary>
    [GeneratedRegex(@"\G\s?(?:,|,?\sand|,?\sor|\sto)\s(?<n>" + BlockNum + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex ListTail();

    [GeneratedRegex(@"^\s?(?:of|in|from)\s(?:ISO|IEC|GB|EN|IEEE|ITU|ASTM|DIN|IETF|RFC|Reference|reference|\["
        + @"|(?:the\s)?(?:previous|former|first|second|third|earlier|last)\s(?:edition|version))", RegexOptions.CultureInvariant)]
    private static partial Regex ExternalAfter();

    /// <summary>"2009年版的第1章": a clause of an earlier edition (forewords list changes this way).</summary>
    [GeneratedRegex(@"(?:年版|版本|年版本)的?\s?$", RegexOptions.CultureInvariant)]
    private static partial Regex EditionBefore();

    /// <summary>What may stand between an identifier and the citation that points into it: "，", "的", "中", ", ", " of ".</summary>
    [GeneratedRegex(@"^[\s,，、\]\\*_]*(?:的|中的|中|第)?\s?$", RegexOptions.CultureInvariant)]
    private static partial Regex JoinerBefore();

    /// <summary>Contexts whose text does not cite this document's parts: titles, reference entries, term sources, code.</summary>
    private const TextContext Skipped = TextContext.Heading | TextContext.Caption | TextContext.DocumentTitle | TextContext.Metadata
        | TextContext.ReferenceEntry | TextContext.TermSource | TextContext.Code | TextContext.Raw | TextContext.Formula | TextContext.Designation;

    public static List<PlainCitation> Scan(IReadOnlyList<TextNode> texts)
    {
        var found = new List<PlainCitation>();
        foreach (var t in texts)
        {
            if (t.Is(Skipped))
            {
                continue;
            }
            var raw = t.Text;
            var chinese = Script.HasHan(raw);
            if (!MayCite(raw, chinese))
            {
                continue;
            }
            var text = t.Unlinked;
            var pattern = chinese ? ChinesePattern() : EnglishPattern();
            List<DocumentIdentifier>? identifiers = null;
            foreach (Match m in pattern.Matches(text))
            {
                var (kind, group) = m.Groups["annex"].Success ? (CitationKind.Annex, m.Groups["annex"])
                    : m.Groups["table"].Success ? (CitationKind.Table, m.Groups["table"])
                    : m.Groups["figure"].Success ? (CitationKind.Figure, m.Groups["figure"])
                    : m.Groups["formula"].Success ? (CitationKind.Formula, m.Groups["formula"])
                    : (CitationKind.Clause, m.Groups["clause"]);
                identifiers ??= DocumentIdentifier.FindAll(text).ToList();
                var (external, document) = ExternalDocument(text, m, identifiers);
                found.Add(new PlainCitation(kind, group.Value, t, m.Index, m.Length, external, document));
                if (!chinese && kind is CitationKind.Table or CitationKind.Figure)
                {
                    for (var tail = ListTail().Match(text, m.Index + m.Length); tail.Success; tail = ListTail().Match(text, tail.Index + tail.Length))
                    {
                        var n = tail.Groups["n"];
                        found.Add(new PlainCitation(kind, n.Value, t, n.Index, n.Length, external, document));
                    }
                }
            }
        }
        return found;
    }

    private static readonly SearchValues<char> ChineseCues = SearchValues.Create("附表图式第见");

    private static readonly SearchValues<string> EnglishCues = SearchValues.Create(
        ["Annex", "Table", "Figure", "table", "figure", "Formula", "Equation", "lause", "see ", "See "], StringComparison.Ordinal);

    /// <summary>Cheap test before the regular expression: a cue word, or a number such as 5.2 in Chinese text.</summary>
    private static bool MayCite(string text, bool chinese)
    {
        if (!chinese)
        {
            return text.AsSpan().IndexOfAny(EnglishCues) >= 0;
        }
        if (text.AsSpan().IndexOfAny(ChineseCues) >= 0)
        {
            return true;
        }
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] == '.' && char.IsAsciiDigit(text[i + 1]) && (char.IsAsciiDigit(text[i - 1]) || char.IsAsciiLetterUpper(text[i - 1])))
            {
                return true;
            }
        }
        return false;
    }

    private static (bool External, DocumentIdentifier? Document) ExternalDocument(string text, Match m, List<DocumentIdentifier> identifiers)
    {
        var before = Math.Max(0, m.Index - 6);
        if (EditionBefore().IsMatch(text.AsSpan(before, m.Index - before)))
        {
            return (true, null);
        }
        var wider = Math.Max(0, m.Index - 40);
        if (OtherDocumentBefore().IsMatch(text.AsSpan(wider, m.Index - wider)))
        {
            return (true, null);
        }
        foreach (var id in identifiers)
        {
            var end = id.Index + id.Length;
            if (end <= m.Index && m.Index - end <= 8 && JoinerBefore().IsMatch(text.AsSpan(end, m.Index - end)))
            {
                return (true, id);
            }
        }
        if (ExternalAfter().IsMatch(text.AsSpan(m.Index + m.Length)))
        {
            var rest = text[(m.Index + m.Length)..];
            var id = DocumentIdentifier.FindFirst(rest);
            return (true, id is not null && id.Index < 12 ? id : null);
        }
        return (false, null);
    }
}
