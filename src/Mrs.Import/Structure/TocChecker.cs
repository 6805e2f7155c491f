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
        // clause numbers by title, for entries whose number the (not updated) contents has and the heading has not
        var titles = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var part in document.Preface.Concat<IContainer>(document.Clauses).Concat(document.Annexes))
        {
            foreach (var node in ModelWalker.Walk(part))
            {
                switch (node.Value)
                {
                    case Section s:
                        Add(null, s.Title);
                        break;
                    case Annex a:
                        imported.Add(Key(a.Letter, null));
                        if (a.Title is not null)
                        {
                            imported.Add(Key(null, MarkdownText.Plain(a.Title)));
                        }
                        break;
                    case Clause c:
                        Add(c.Number, c.Title);
                        if (part is not Section && c.Title is not null)
                        {
                            titles.TryAdd(Normalize(MarkdownText.Plain(c.Title)), c.Number);
                        }
                        break;
                    case TermEntry { Number: { } number } t:
                        // term entries set as headings ("4.7⇥Class") are listed in the contents
                        foreach (var d in t.Preferred.Concat(t.Admitted))
                        {
                            Add(number, d.Text);
                        }
                        break;
                    // a contents field of figures or tables lists their captions
                    case Figure { Number: { } n }:
                        imported.Add(CaptionKey("figure", n));
                        break;
                    case Table { Number: { } n }:
                        imported.Add(CaptionKey("table", n));
                        break;
                }
            }
        }
        // Documents converted from PDF list their cover lines (title, "中华人民共和国国家标准") in the contents.
        foreach (var t in document.Metadata.Titles)
        {
            foreach (var element in new[] { t.Intro, t.Main, t.Part }.Where(e => e is not null))
            {
                Add(null, element);
            }
            Add(null, string.Join("", new[] { t.Intro, t.Main, t.Part }.Where(e => e is not null)));
        }
        foreach (var field in document.Metadata.OtherFields)
        {
            Add(null, field.Value);
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
                || number is null && !hasPage && (entry.Text.TrimEnd().EndsWith('.') || entry.Text.TrimEnd().EndsWith('。'))
                || number is null && (ClauseTitles.IsContents(title) || title.StartsWith("Notableof", StringComparison.OrdinalIgnoreCase)
                    || first && !hasPage))
            {
                continue; // the contents' own title, a placeholder sentence or Word's "No table of figures entries found." (in any language)
            }
            entries++;
            var withoutPage = PageNumber().Replace(entry.Text, "").Trim();
            var annex = AnnexEntry().Match(withoutPage);
            var figure = TypedLabels.FigureCaption().Match(withoutPage);
            var table = TypedLabels.TableCaption().Match(withoutPage);
            var key = annex.Success
                ? annex.Groups["letter"].Success ? Key(annex.Groups["letter"].Value, null) : Key(null, annex.Groups["title"].Value)
                : figure.Success ? CaptionKey("figure", figure.Groups["number"].Value)
                : table.Success ? CaptionKey("table", table.Groups["number"].Value)
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

    private static string CaptionKey(string kind, string number) => kind + "|" + number;

    private static string Key(string? number, string? title) => (number ?? "") + "|" + (number is null ? Normalize(title ?? "") : "");

    private static string Normalize(string s) => Regex.Replace(s, @"\s+", "").TrimEnd('.', '。');

    [GeneratedRegex(@"[\t .…·]*\d+\s*$|[\t]+[ivxlcIVXLC]+\s*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(\d{1,3})[)）]\s*")]
    private static partial Regex ParenthesisNumber();

    [GeneratedRegex(@"^\s*(?:Annex|ANNEX|Appendix|Anhang|Annexe|附录|附\s*录|附錄|附属書|附屬書)\s*(?:(?<letter>[A-Z]{1,2})\b"
        + @"|<[^>]*>)?\s*(?:[(（][^)）]*[)）])?\s*[:：]?\s*(?<title>.*)$")]
    private static partial Regex AnnexEntry();
}
