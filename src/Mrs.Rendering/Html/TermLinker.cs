using Mrs.Model;
using Mrs.Text;

namespace Mrs.Rendering.Html;

/// <summary>
/// Finds the uses of the document's defined terms in running text, so that each becomes a link to its entry. The terms
/// are the preferred and admitted designations and abbreviations of every term entry (two characters or more); the
/// longest one that fits wins ("原样保留块" before "块"). A Latin term matches whole words only, in any case; a Chinese
/// term wherever it stands (Chinese has no spaces between words).
/// </summary>
internal sealed class TermLinker
{
    private readonly Dictionary<char, List<(string Text, TermEntry Entry, bool Latin, bool ExactCase)>> byFirst = [];

    public TermLinker(IEnumerable<TermEntry> entries)
    {
        foreach (var entry in entries)
        {
            foreach (var designation in entry.Preferred.Concat(entry.Admitted))
            {
                Add(InlineText.ToPlain(designation.Text).Trim(), entry, exactCase: false);
            }
            if (entry.Abbreviation is { } abbreviation)
            {
                Add(InlineText.ToPlain(abbreviation).Trim(), entry, exactCase: true);
            }
        }
        foreach (var list in byFirst.Values)
        {
            // Longest first; among equals, the first entry of the document.
            list.Sort((a, b) => b.Text.Length.CompareTo(a.Text.Length));
        }
    }

    public bool IsEmpty => byFirst.Count == 0;

    private void Add(string text, TermEntry entry, bool exactCase)
    {
        if (text.Length < 2 || text.Length > 200)
        {
            return;
        }
        var latin = char.IsAsciiLetterOrDigit(text[0]) || char.IsLetter(text[0]) && text[0] < '\u0250';
        var key = exactCase ? text[0] : char.ToLowerInvariant(text[0]);
        if (!byFirst.TryGetValue(key, out var list))
        {
            byFirst[key] = list = [];
        }
        if (!list.Any(t => t.Text == text))
        {
            list.Add((text, entry, latin, exactCase));
        }
        if (!exactCase && char.ToUpperInvariant(text[0]) != key)
        {
            // Also found from its upper-case first letter ("Rice" at the start of a sentence).
            var upper = char.ToUpperInvariant(text[0]);
            if (!byFirst.TryGetValue(upper, out var upperList))
            {
                byFirst[upper] = upperList = [];
            }
            if (!upperList.Any(t => t.Text == text))
            {
                upperList.Add((text, entry, latin, exactCase));
            }
        }
    }

    /// <summary>
    /// The next use of a term in <paramref name="text"/> from <paramref name="start"/>: where, how long, which entry; null when none.
    /// </summary>
    public (int Index, int Length, TermEntry Entry)? Next(ReadOnlySpan<char> text, int start, TermEntry? except)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (!byFirst.TryGetValue(text[i], out var candidates))
            {
                continue;
            }
            // a Latin term starts a word: inside one (most places of English text) only Chinese terms are looked at
            var inWord = i > 0 && IsWordChar(text[i - 1]);
            foreach (var (term, entry, latin, exactCase) in candidates)
            {
                if (latin && inWord || ReferenceEquals(entry, except) || i + term.Length > text.Length)
                {
                    continue;
                }
                var slice = text.Slice(i, term.Length);
                if (!(exactCase ? slice.SequenceEqual(term) : slice.Equals(term, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }
                if (latin && i + term.Length < text.Length && IsWordChar(text[i + term.Length]))
                {
                    continue;
                }
                return (i, term.Length, entry);
            }
        }
        return null;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && c < '\u2E80' || c == '_';
}
