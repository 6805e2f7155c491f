using System.Text.RegularExpressions;
using Mrs.Import.Docx.Word;
using Mrs.Model;

namespace Mrs.Import.Structure;

/// <summary>
/// Compares the document's table of contents (Word's cached field result) with the clauses imported: an independent
/// check of the numbers and titles recovered.
/// </summary>
internal static partial class TocChecker
{
    public static TocCheck Check(IReadOnlyList<TocEntry> toc, StandardDocument document)
    {
        var imported = new HashSet<string>(StringComparer.Ordinal);
        void Add(string? number, string? title)
        {
            imported.Add(Key(number, title is null ? null : MarkdownText.Plain(title)));
        }
        void Walk(IEnumerable<Clause> clauses)
        {
            foreach (var c in clauses)
            {
                Add(c.Number, c.Title);
                Walk(c.Clauses);
            }
        }
        Walk(document.Clauses);
        foreach (var s in document.Preface)
        {
            Add(null, s.Title);
            Walk(s.Clauses);
        }
        foreach (var a in document.Annexes)
        {
            imported.Add(Key(a.Letter, null));
            Walk(a.Clauses);
        }
        if (document.Bibliography?.Title is { } b)
        {
            Add(null, b);
        }
        if (document.Index?.Title is { } ix)
        {
            Add(null, ix);
        }

        var mismatches = new List<string>();
        var matched = 0;
        var entries = 0;
        foreach (var entry in toc)
        {
            var (number, title) = Parse(entry.Text);
            if (title.Length == 0 && number is null)
            {
                continue;
            }
            entries++;
            var annex = AnnexEntry().Match(entry.Text);
            var key = annex.Success ? Key(annex.Groups["letter"].Value, null) : Key(number, title);
            if (imported.Contains(key))
            {
                matched++;
            }
            else
            {
                mismatches.Add(entry.Text.Replace('\t', ' ').Trim());
            }
        }
        return new TocCheck(entries, matched, mismatches);
    }

    /// <summary>"5.2⇥Title⇥12" → ("5.2", "Title").</summary>
    internal static (string? Number, string Title) Parse(string entry)
    {
        var text = PageNumber().Replace(entry, "").Trim();
        var m = TypedLabels.NumberedHeading().Match(text);
        if (m.Success)
        {
            return (m.Groups["number"].Value, Normalize(m.Groups["title"].Value));
        }
        return (null, Normalize(text));
    }

    private static string Key(string? number, string? title) => (number ?? "") + "|" + (number is null ? Normalize(title ?? "") : "");

    private static string Normalize(string s) => Regex.Replace(s, @"\s+", "").TrimEnd('.', '。');

    [GeneratedRegex(@"[\t .…·]*\d+\s*$|[\t]+[ivxlcIVXLC]+\s*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\s*(?:Annex|ANNEX|Appendix|附录|附\s*录)\s*(?<letter>[A-Z]{1,2})\b")]
    private static partial Regex AnnexEntry();
}
