using System.Text;
using System.Text.RegularExpressions;
using Mrs.Model;
using Mrs.Tests.Import.Numbering;

namespace Mrs.Tests.Import.Docx;

/// <summary>A number a reader sees in LibreOffice's rendering: a numbered heading or a numbered term entry.</summary>
public sealed record OracleEntry(bool IsTerm, string Number, string Title)
{
    public override string ToString() => $"{(IsTerm ? "term" : "heading")} {Number} {Title}";
}

/// <summary>
/// Reads the numbers a reader sees from LibreOffice's rendering of a standard (text export and flat ODF headings), and
/// finds them in the model mrs imports. Independent of the importer: nothing here uses its code.
/// </summary>
public static partial class LibreOfficeOracle
{
    // A number: 3, 3.1, A.2.1; PDF conversions space the dots ("3 . 1 . 15") and split digits ("3 . 1 . 1  1" = 3.1.11).
    private const string Number = @"(?<num>(?:\d{1,3}|[A-Z])(?:\s*\.\s*\d{1,3}(?:\s\d(?=\s*\.|\s{2}|\t|$))?)*)";

    /// <summary>"number title".</summary>
    [GeneratedRegex(@"^" + Number + @"\.?(?:\s+|\t)(?<title>[^\s\d].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    /// <summary>A number with at least one dot, alone on its line.</summary>
    [GeneratedRegex(@"^(?<num>\d{1,3}(?:\s*\.\s*\d{1,3}(?:\s{1,2}\d)?)+)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberAlone();

    /// <summary>A contents line: a tab, then a page number (arabic or roman) at the end.</summary>
    [GeneratedRegex(@"\t\s*(\d+|[ivxlc]+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ContentsLine();

    [GeneratedRegex(@"terms|definitions|glossary|术语|術語|用語|Begriffe|Termes", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TermsTitle();

    [GeneratedRegex(@"^[•▪◦■●○·]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^[A-Z]$", RegexOptions.CultureInvariant)]
    private static partial Regex Letter();

    /// <summary>
    /// The numbered headings and term entries of a rendering. A line "number title" is a heading when LibreOffice made
    /// its title or the whole line a heading (text:h) — unless the line is a table cell's text that is no heading; a
    /// single-level number must follow the last one by 1 to 3 (else it is a numbered list item). A heading whose title
    /// says terms or definitions opens a terms clause until a heading outside it; in it, a number alone on its line
    /// that continues the clause's number is a term entry whose designation is the next non-empty line.
    /// </summary>
    public static List<OracleEntry> Entries(LibreOfficeRendering rendering)
    {
        var headings = rendering.Headings.Select(Squash).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        var cells = rendering.TableCellParagraphs.Select(Squash).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        var lines = rendering.Lines.Select(l => Bullet().Replace(l.Replace("\r", "", StringComparison.Ordinal).Trim(' ', '\u00A0', '\u3000'), ""))
            .ToArray();
        var entries = new List<OracleEntry>();
        string? terms = null;
        int? top = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || ContentsLine().IsMatch(line))
            {
                continue;
            }
            var alone = NumberAlone().Match(line);
            if (alone.Success && terms is not null && NormalNumber(alone.Groups["num"].Value).StartsWith(terms + ".", StringComparison.Ordinal))
            {
                var j = i + 1;
                while (j < lines.Length && lines[j].Trim().Length == 0)
                {
                    j++;
                }
                if (j < lines.Length && !NumberAlone().IsMatch(lines[j]))
                {
                    entries.Add(new OracleEntry(true, NormalNumber(alone.Groups["num"].Value), lines[j].Trim()));
                }
                continue;
            }
            var heading = Heading().Match(line);
            if (!heading.Success || cells.Contains(Squash(line)) && !headings.Contains(Squash(line)))
            {
                continue;
            }
            var title = heading.Groups["title"].Value.Trim();
            if (!headings.Contains(Squash(title)) && !headings.Contains(Squash(line)))
            {
                continue;
            }
            var number = NormalNumber(heading.Groups["num"].Value);
            if (number.All(char.IsDigit))
            {
                var value = number.Aggregate(0, (v, c) => v * 10 + (int)char.GetNumericValue(c));
                if (top is { } last && !(last < value && value <= last + 3))
                {
                    continue;
                }
                top = value;
            }
            if (Letter().IsMatch(number))
            {
                continue;
            }
            entries.Add(new OracleEntry(false, number, title));
            if (TermsTitle().IsMatch(title))
            {
                terms = number;
            }
            else if (terms is not null && !number.StartsWith(terms + ".", StringComparison.Ordinal))
            {
                terms = null;
            }
        }
        return entries;
    }

    /// <summary>The model's numbered clauses (body, preface sections, annexes) and terms: number → plain titles or designations.</summary>
    public sealed class ModelNumbers
    {
        public Dictionary<string, List<string>> Clauses { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<string>> Terms { get; } = new(StringComparer.Ordinal);

        public ModelNumbers(StandardDocument model)
        {
            foreach (var section in model.Preface)
            {
                Walk(section.Clauses);
            }
            Walk(model.Clauses);
            foreach (var annex in model.Annexes)
            {
                Walk(annex.Clauses);
                AddTerms(annex.Terms);
            }
        }

        private void Walk(IEnumerable<Clause> clauses)
        {
            foreach (var c in clauses)
            {
                if (c.Number is { Length: > 0 } number)
                {
                    Add(Clauses, number, Plain(c.Title));
                }
                AddTerms(c.Terms);
                Walk(c.Clauses);
            }
        }

        private void AddTerms(IEnumerable<TermEntry> terms)
        {
            foreach (var t in terms)
            {
                if (t.Number is { Length: > 0 } number)
                {
                    Add(Terms, number, string.Join(" ", t.Preferred.Concat(t.Admitted).Select(d => Plain(d.Text))));
                }
            }
        }

        private static void Add(Dictionary<string, List<string>> map, string number, string text)
        {
            if (!map.TryGetValue(number, out var list))
            {
                map[number] = list = [];
            }
            list.Add(text);
        }

        /// <summary>
        /// True when the model has the entry: a heading matches a clause or a term of its number, a term entry a term;
        /// the title (designations for a term) equals the rendered one squashed and case-folded, comparing the first 40
        /// characters of either as a prefix of the other.
        /// </summary>
        public bool Has(OracleEntry entry)
        {
            IEnumerable<string> candidates = Terms.GetValueOrDefault(entry.Number) ?? [];
            if (!entry.IsTerm)
            {
                candidates = (Clauses.GetValueOrDefault(entry.Number) ?? []).Concat(candidates);
            }
            var expected = Squash(entry.Title).ToLowerInvariant();
            return candidates.Select(c => Squash(c).ToLowerInvariant()).Any(c =>
                c.Length > 0 && (c.StartsWith(Head(expected), StringComparison.Ordinal) || expected.StartsWith(Head(c), StringComparison.Ordinal)));
        }

        /// <summary>What the model has under a number, for messages.</summary>
        public IEnumerable<string> Under(string number) =>
            (Clauses.GetValueOrDefault(number) ?? []).Concat(Terms.GetValueOrDefault(number) ?? []);

        private static string Head(string s) => s.Length <= 40 ? s : s[..40];
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"\[\^[^\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteReference();

    [GeneratedRegex(@"\\(.)", RegexOptions.CultureInvariant)]
    private static partial Regex Escape();

    /// <summary>
    /// Plain text of the model's inline Markdown: links to their text, footnote references dropped, escapes and emphasis markers removed.
    /// </summary>
    public static string Plain(string? markdown)
    {
        if (markdown is null)
        {
            return "";
        }
        var s = Link().Replace(markdown, "$1");
        s = FootnoteReference().Replace(s, "");
        s = Escape().Replace(s, "$1");
        return s.Replace("*", "", StringComparison.Ordinal).Replace("~", "", StringComparison.Ordinal).Replace("^", "", StringComparison.Ordinal);
    }

    /// <summary>The text without any white space.</summary>
    public static string Squash(string s)
    {
        var b = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c))
            {
                b.Append(c);
            }
        }
        return b.ToString();
    }

    private static string NormalNumber(string number) => Squash(number);
}
