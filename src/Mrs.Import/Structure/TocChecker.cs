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
            if (a.Title is not null)
            {
                imported.Add(Key(null, MarkdownText.Plain(a.Title)));
            }
            Walk(a.Clauses);
        }
        var titles = new Dictionary<string, string?>(StringComparer.Ordinal);
        void Titles(IEnumerable<Clause> clauses)
        {
            foreach (var c in clauses)
            {
                if (c.Title is not null)
                {
                    titles.TryAdd(Normalize(MarkdownText.Plain(c.Title)), c.Number);
                }
                Titles(c.Clauses);
            }
        }
        Titles(document.Clauses);
        foreach (var a in document.Annexes)
        {
            Titles(a.Clauses);
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
        var stale = new List<string>();
        var matched = 0;
        var entries = 0;
        foreach (var entry in toc)
        {
            var (number, title) = Parse(entry.Text);
            var first = ReferenceEquals(entry, toc[0]);
            var hasPage = PageNumber().IsMatch(entry.Text);
            if (title.Length == 0 && number is null
                || number is null && (ClauseTitles.IsContents(title) || entry.Text.TrimEnd().EndsWith('。') || title.StartsWith("Notableof", StringComparison.OrdinalIgnoreCase) || first && !hasPage))
            {
                continue; // the contents' own title, a placeholder sentence or Word's "No table of figures entries found."
            }
            entries++;
            var annex = AnnexEntry().Match(PageNumber().Replace(entry.Text, "").Trim());
            var key = annex.Success
                ? annex.Groups["letter"].Success ? Key(annex.Groups["letter"].Value, null) : Key(null, annex.Groups["title"].Value)
                : Key(number, title);
            if (imported.Contains(key) || annex.Success && imported.Contains(Key(null, annex.Groups["title"].Value)))
            {
                matched++;
            }
            else if (number is not null && titles.TryGetValue(title, out var actual) && actual != number)
            {
                // The heading says another number than the (not updated) table of contents.
                stale.Add($"{entry.Text.Replace('\t', ' ').Trim()} (the heading is numbered {actual ?? "nothing"})");
            }
            else
            {
                mismatches.Add(entry.Text.Replace('\t', ' ').Trim());
            }
        }
        return new TocCheck(entries, matched, mismatches, stale);
    }

    /// <summary>"5.2⇥Title⇥12" → ("5.2", "Title").</summary>
    internal static (string? Number, string Title) Parse(string entry)
    {
        var text = PageNumber().Replace(entry, "").Trim();
        text = ParenthesisNumber().Replace(text, "$1 ");
        var m = TypedLabels.NumberedHeading().Match(text);
        if (m.Success)
        {
            return (TypedLabels.NumberOf(m), Normalize(m.Groups["title"].Value));
        }
        return (null, Normalize(text));
    }

    private static string Key(string? number, string? title) => (number ?? "") + "|" + (number is null ? Normalize(title ?? "") : "");

    private static string Normalize(string s) => Regex.Replace(s, @"\s+", "").TrimEnd('.', '。');

    [GeneratedRegex(@"[\t .…·]*\d+\s*$|[\t]+[ivxlcIVXLC]+\s*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(\d{1,3})[)）]\s*")]
    private static partial Regex ParenthesisNumber();

    [GeneratedRegex(@"^\s*(?:Annex|ANNEX|Appendix|Anhang|Annexe|附录|附\s*录|附錄|附属書|附屬書)\s*(?:(?<letter>[A-Z]{1,2})\b|<[^>]*>)?\s*(?:[(（][^)）]*[)）])?\s*[:：]?\s*(?<title>.*)$")]
    private static partial Regex AnnexEntry();
}
