using System.Text.RegularExpressions;

namespace Mrs.Import.Structure;

/// <summary>
/// Recognisers for numbers and labels typed into the text (not drawn by Word's numbering): "5.2.1⇥Title", "A.1 Title",
/// "Annex A (normative)", "附录A", "NOTE 2", "注1：", "Table 3 — Title", "表3　标题", "(12)" after a formula.
/// </summary>
public static partial class TypedLabels
{
    /// <summary>
    /// A clause number and title: "5.2.1⇥Title", "5.2.1 Title", "A.3 Title", "0.1 General", "2.1 - Title". Documents
    /// converted from PDF (WPS, Acrobat) space the dots ("3 . 1 . 15", "A. 2 . 1") and split the digit pair 11 ("6 . 1 1");
    /// read the number with <see cref="NumberOf"/>, which closes those gaps.
    /// </summary>
    [GeneratedRegex(@"^\s*(?<number>\d{1,3}(?:" + Dot + @"\d{1,3}" + Split + @")*|[A-Z]{1,2}(?:" + Dot + @"\d{1,3}" + Split
        + @")+)\.?(?:\s*[\t\u00a0\u3000 ]\s*|\s+[-–—]\s+)(?<title>(?![.．]\s*\d)\S.*)?$", RegexOptions.Singleline)]
    public static partial Regex NumberedHeading();

    /// <summary>A number alone ("4.2.1", "3.1", "3 . 1 . 1  1"): untitled subclauses and term numbers.</summary>
    [GeneratedRegex(@"^\s*(?<number>(?:\d{1,3}|[A-Z]{1,2})(?:" + Dot + @"\d{1,3}(?:[ ]{1,2}\d(?=[ ]*$))?" + Split + @")+|\d{1,3})\.?\s*$")]
    public static partial Regex NumberAlone();

    /// <summary>
    /// <see cref="NumberAlone"/>'s match of a text, after a quick look that rules out every text it cannot match: one
    /// with a character other than digits, capital letters, dots and spaces between its white space ends. Most
    /// paragraphs are ruled out at their first letters, where the pattern's backtracking over white space is slow.
    /// </summary>
    public static Match MatchNumberAlone(string text) => CouldBeNumberAlone(text) ? NumberAlone().Match(text) : Match.Empty;

    /// <summary>True when <see cref="NumberAlone"/> matches the text.</summary>
    public static bool IsNumberAlone(string text) => CouldBeNumberAlone(text) && NumberAlone().IsMatch(text);

    private static bool CouldBeNumberAlone(string text)
    {
        var span = text.AsSpan();
        var start = 0;
        while (start < span.Length && char.IsWhiteSpace(span[start]))
        {
            start++;
        }
        var end = span.Length;
        while (end > start && char.IsWhiteSpace(span[end - 1]))
        {
            end--;
        }
        if (start == end)
        {
            return false;
        }
        foreach (var c in span[start..end])
        {
            if (!(char.IsDigit(c) || c is (>= 'A' and <= 'Z') or '.' or ' '))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A dot between the parts of a number, spaced as PDF conversions write it ("3 . 1").</summary>
    private const string Dot = @"(?:\.|[ ]\.[ ]?|\.[ ](?=\d))";

    /// <summary>"1 1" for 11 in a spaced number: a digit after one space, before the next dot or the title's gap.</summary>
    private const string Split = @"(?:[ ]\d(?=[ ]?\.[ ]?\d|[ ]{2,}|\t|\u3000))?";

    /// <summary>
    /// The number of a <see cref="NumberedHeading"/> or <see cref="NumberAlone"/> match, its gaps closed ("3 . 1 . 1  1" → "3.1.11").
    /// </summary>
    public static string NumberOf(Match match) => Squash(match.Groups["number"].Value);

    /// <summary>A typed number without white space.</summary>
    public static string Squash(string number) =>
        number.Contains(' ', StringComparison.Ordinal) ? number.Replace(" ", "", StringComparison.Ordinal) : number;

    /// <summary>"Annex A", "ANNEX B (normative)", "Appendix C", "附录A", "附　录　A", "附录 A（规范性）".</summary>
    [GeneratedRegex(@"^\s*(?:(?<word>Annex|ANNEX|Appendix|APPENDIX|Anhang|Annexe|附\s*录|附\s*錄|附属書|附屬書)\s*(?:(?<letter>[A-Z]{1,2})\b|<[^>]{1,12}>"
        + @"|(?=[:：]))|(?<letter>[A-Z]{1,2})\s*(?=\())(?<rest>.*)$", RegexOptions.Singleline)]
    public static partial Regex AnnexDesignation();

    /// <summary>
    /// The obligation of an annex: "(normative)", "（规范性）", "(informative)", "（资料性）", "（规范性附录）". The words
    /// are the generic profile's lists "normative" and "informative"; <see cref="IsNormative"/> tells which one matched.
    /// </summary>
    public static Regex AnnexObligation() => Obligation.Value.Pattern;

    /// <summary>True when an obligation word is one of the normative ones.</summary>
    public static bool IsNormative(string word) => Obligation.Value.Normative.Contains(word);

    private static readonly Lazy<(Regex Pattern, HashSet<string> Normative)> Obligation = new(() =>
    {
        var normative = Profiles.Profiles.Generic.Words("normative");
        var words = normative.Concat(Profiles.Profiles.Generic.Words("informative")).OrderByDescending(w => w.Length).Select(Regex.Escape);
        var pattern = new Regex(@"[(（]\s*(?<obligation>" + string.Join("|", words) + @")(?:附录|附錄)?\s*[)）]",
            RegexOptions.IgnoreCase | RegexOptions.Compiled);
        return (pattern, normative.ToHashSet(StringComparer.OrdinalIgnoreCase));
    });

    /// <summary>
    /// "NOTE", "NOTE 2", "Note 1 to entry:", "注", "注1：", "注 2:", "NOTE—"; translated labels ("注意：", "注释", "Anmerkung", "Remarque", "備考").
    /// </summary>
    [GeneratedRegex(@"^\s*(?<word>NOTE|Note|注意|注释|注釋|註釋|注|註|ANMERKUNG|Anmerkung|REMARQUE|Remarque|備考"
        + @"|注記)(?:\s*(?<number>\d+))?(?<entry>\s+to\s+entry)?\s*(?:[:：\t\u3000—–-]\s*|\s+|$)", RegexOptions.None)]
    public static partial Regex NoteLabel();

    /// <summary>"EXAMPLE", "EXAMPLE 2", "示例", "示例1：".</summary>
    [GeneratedRegex(@"^\s*(?<word>EXAMPLE|Example|示例|範例)(?:\s*(?<number>\d+))?\s*(?:[:：\t\u3000—–-]\s*|\s+|$)")]
    public static partial Regex ExampleLabel();

    /// <summary>
    /// "Table 3 — Title", "Table A.1 - Title", "表3　标题", "表 A.1 标题"; numbered per chapter: "Table 2-1 – Title", "Table 4.15.3.1-1: Title", "Table
    /// F-3".
    /// </summary>
    [GeneratedRegex(@"^\s*(?<word>Table|TABLE|表)\s*(?<number>" + CaptionNumber + @")(?:\s*[:：—–.-]\s*|\s+|$)(?<title>.*)$", RegexOptions.Singleline)]
    public static partial Regex TableCaption();

    /// <summary>
    /// The number of a table or figure as written: "3", "A.1", per chapter or clause "2-1", "F-3", "4.15.3.1-1"
    /// (the part after the hyphen counts within the chapter; no space around it).
    /// </summary>
    private const string CaptionNumber = @"(?:[A-Z]{1,2}[.\-‐‑–]?)?\d+(?:\.\d+)*(?:[\-‐‑–]\d+)?";

    /// <summary>A sub-figure caption: "a)  Initial stages", "b）中间阶段".</summary>
    [GeneratedRegex(@"^\s*(?<label>[a-z][)）])\s*(?<title>.*)$", RegexOptions.Singleline)]
    public static partial Regex SubfigureCaption();

    /// <summary>"Figure 3 — Title", "图3　标题", "Figure 4-1 – Title", "Figure 8.2.4-1: Title", "图 3-5".</summary>
    [GeneratedRegex(@"^\s*(?<word>Figure|FIGURE|Fig\.|图|圖)\s*(?<number>" + CaptionNumber + @")(?:\s*[:：—–.-]\s*|\s+|$)(?<title>.*)$",
        RegexOptions.Singleline)]
    public static partial Regex FigureCaption();

    /// <summary>A formula number at the end of the formula's paragraph: "(1)", "（A.2）".</summary>
    [GeneratedRegex(@"[(（]\s*(?<number>[A-Z]{0,2}\.?\d+(?:\.\d+)?)\s*[)）]\s*$")]
    public static partial Regex FormulaNumber();

    /// <summary>"式中：", "where", "where:", "其中：".</summary>
    [GeneratedRegex(@"^\s*(式中|其中|where|Where)\s*[:：]?\s*$")]
    public static partial Regex WhereLead();

    /// <summary>A "where" or key line: "E——能量；", "E is the energy;", "1 — rice grain", "m⇥mass".</summary>
    [GeneratedRegex(@"^\s*(?<term>[^\s—–:：\t]{1,30}?)\s*(?:——|—|–|\t|\s+is\s+|\s+are\s+|[:：])\s*(?<definition>\S.*)$", RegexOptions.Singleline)]
    public static partial Regex DefinitionLine();

    /// <summary>"说明：", "Key", "Key:".</summary>
    [GeneratedRegex(@"^\s*(说明|說明|Key|KEY)\s*[:：]?\s*$")]
    public static partial Regex KeyLead();

    /// <summary>
    /// A list marker typed into the text: "a)", "a）", "1)", "(1)", "（1）", "i)", "—", "–", "-" followed by a space;
    /// "——", "•", "·", "▪", "○", "●" also without one (GB/T drafts type "——内容").
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?<marker>——|•|·|▪|○|●)\s*"
        + @"|(?<marker>[a-z][)）]|[A-Z]\)|\d{1,2}[)）]|[(（]\d{1,2}[)）]|[ivx]{1,4}\)|—|–|-)\s+)(?<text>\S.*)$", RegexOptions.Singleline)]
    public static partial Regex ListMarker();

    /// <summary>
    /// A term source: "[SOURCE: ISO 9000:2015, 3.1.1, modified — …]", "[来源：GB/T 20000.1—2014，3.1，有修改]", also without the brackets ("SOURCE: …").
    /// </summary>
    [GeneratedRegex(@"^\s*(?:[\[【［]\s*(?<word>SOURCE|Source|来源|來源)\s*[:：]\s*(?<body>.*?)\s*[\]】］]|(?<word>SOURCE|来源|來源)\s*[:：]\s*(?<body>.*?))\s*$",
        RegexOptions.Singleline)]
    public static partial Regex TermSource();

    /// <summary>The identifier of a referenced document at the start of an entry, with its year.</summary>
    [GeneratedRegex(@"^\s*(?<label>\[\d+\]\s*)?(?<identifier>(?:GB/[TZ]|GB|[A-Z]{1,4}/[TZ]|DB\d{0,6}/T|T/[A-Z]{2,}"
        + @"|ISO/IEC(?:/IEEE)?(?:\s+(?:TS|TR|PAS|Guide|DIS|FDIS|CD))?|ISO(?:\s+(?:TS|TR|PAS|Guide))?|ISO/(?:TS|TR|PAS|DIS|FDIS|CD)"
        + @"|IEC(?:\s+(?:TS|TR))?|IEC/(?:TS|TR)|EN|CEN/TS|ETSI\s+(?:TS|TR|EN|ES|EG|GS|GR)|3GPP\s+TS|ITU-T\s+[A-Z]\.|IEEE(?:\s+Std)?|ASTM|DIN|JIS|BS"
        + @"|ANSI|RFC|IETF\s+RFC|ECMA-?)\s?[0-9][\w.\-/]*(?:(?<sep>\s*[—:：]\s*)(?<year>\d{4}|—|–)(?:\(\w+\))?)?)", RegexOptions.None)]
    public static partial Regex ReferenceIdentifier();

    /// <summary>A clause number: "5", "5.2.1", "A.1".</summary>
    [GeneratedRegex(@"^(\d{1,3}(\.\d{1,3})*|[A-Z]{1,2}(\.\d{1,3})+)$")]
    private static partial Regex ClauseNumberPattern();

    public static bool IsClauseNumber(string number) => ClauseNumberPattern().IsMatch(number);

    /// <summary>A drawn label as a number: "5.2.1", "第5章" → "5", "A.1." → "A.1", "1　" → "1".</summary>
    public static string CleanNumber(string label)
    {
        var s = label.Trim().TrimEnd('.', '．', '、', ':', '：', ')', '）').Trim();
        if (s.StartsWith('第') && (s.EndsWith('章') || s.EndsWith('条')))
        {
            s = s[1..^1];
        }
        return s;
    }

    /// <summary>"where r is the repeatability limit.": "where" and the line it leads on one line.</summary>
    [GeneratedRegex(@"^\s*(?:where|Where|式中|其中)\s*[:：]?\s*(?<rest>\S.*)$", RegexOptions.Singleline)]
    public static partial Regex WhereAndLine();

    /// <summary>A contents line: text, then a tab (to a leader tab stop) and a page number, arabic or roman, at the end.</summary>
    [GeneratedRegex(@"\S.*\t[\s.…·]*(?:\d{1,4}|[ivxlcIVXLC]{1,6})\s*$", RegexOptions.Singleline)]
    public static partial Regex ContentsLine();

    /// <summary>A bibliography label at the start: "[1]", "[12]".</summary>
    [GeneratedRegex(@"^\s*(?<label>\[\s*[^\]\s][^\]]{0,29}\])(?:\s+|$)")]
    public static partial Regex BibliographyLabel();
}
