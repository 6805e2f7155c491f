using System.Text.RegularExpressions;
using Mrs.Import.Docx.Word;
using Mrs.Import.Profiles;
using Mrs.Model;
using Phase = Mrs.Import.Structure.ReadingPhase;

namespace Mrs.Import.Structure;

/// <summary>Ids, bookmarks, titles and inline text, footnotes: how the parts of the model refer to each other.</summary>
internal sealed partial class StructureBuilder
{
    // ------------------------------------------------------------------ ids, bookmarks, inline text

    /// <summary>
    /// A unique id from <paramref name="wanted"/>: itself, else with the smallest free suffix -2, -3 …. The suffix
    /// search resumes where the last one for the same id stopped (<see cref="nextSuffix"/>), so that a thousand
    /// clauses titled "General" take linear time, not quadratic; <see cref="ForgetId"/> winds it back.
    /// </summary>
    private string NewId(string wanted)
    {
        var id = SafeId(wanted);
        if (ids.Add(id))
        {
            return id;
        }
        for (var i = nextSuffix.GetValueOrDefault(id, 2); ; i++)
        {
            if (ids.Add($"{id}-{i}"))
            {
                nextSuffix[id] = i + 1;
                return $"{id}-{i}";
            }
        }
    }

    /// <summary>Where the suffix search of each id resumes: every suffix below it is taken.</summary>
    private readonly Dictionary<string, int> nextSuffix = new(StringComparer.Ordinal);

    /// <summary>Frees an id, so that <see cref="NewId"/> gives it again as before.</summary>
    private void ForgetId(string id)
    {
        ids.Remove(id);
        var dash = id.LastIndexOf('-');
        if (dash > 0 && int.TryParse(id.AsSpan(dash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture,
            out var suffix)
            && nextSuffix.TryGetValue(id[..dash], out var next) && suffix < next)
        {
            nextSuffix[id[..dash]] = suffix;
        }
    }

    [GeneratedRegex(@"[^A-Za-z0-9._:-]+")]
    private static partial Regex UnsafeIdChars();

    private static string SafeId(string wanted)
    {
        var id = UnsafeIdChars().Replace(wanted, "-").Trim('-', ':', '.');
        if (id.Length == 0 || !char.IsAsciiLetter(id[0]))
        {
            id = "x-" + id;
        }
        return id.Length > 64 ? id[..64].TrimEnd('-') : id;
    }

    /// <summary>
    /// The part of an id that comes from a title: its ASCII letters and digits ("intellectual-property-rights"); a title
    /// without them (前言 is "foreword", but 编制说明 has none) gets a short hash of its text, so that ids come from titles,
    /// never from positions, and stay the same when other sections come and go.
    /// </summary>
    private static string Slug(string? title)
    {
        if (title is null)
        {
            return "u";
        }
        var plain = MarkdownText.Plain(title);
        var ascii = UnsafeIdChars().Replace(plain.ToLowerInvariant(), "-").Trim('-', '.', ':');
        if (ascii.Any(char.IsAsciiLetterOrDigit))
        {
            return ascii.Length > 40 ? ascii[..40].TrimEnd('-', '.', ':') : ascii;
        }
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(plain.Trim()));
        return "h" + Convert.ToHexStringLower(hash)[..8];
    }

    private List<string> Bookmarks(WordParagraph p) =>
        p.Inlines.OfType<WordBookmark>().Select(b => b.Name).Concat(paragraphBookmarks).Distinct().ToList();

    private void BindBookmarks(IEnumerable<string> names, string? id)
    {
        if (id is null)
        {
            return;
        }
        foreach (var name in names)
        {
            bookmarkTargets.TryAdd(name, id);
        }
    }

    /// <summary>The paragraph's text as inline Markdown (bookmarks met are remembered for <see cref="BindBookmarks"/>).</summary>
    private string Inline(WordParagraph p) => Inline(p.Inlines);

    private string Inline(IReadOnlyList<WordInline> inlines)
    {
        paragraphBookmarks.Clear();
        return WordRunsToMarkdown.Convert(inlines, this);
    }

    public string FootnoteId(WordNoteReference reference)
    {
        var key = (reference.Endnote ? "e:" : "f:") + reference.Id;
        if (!footnoteIds.TryGetValue(key, out var id))
        {
            id = reference.Endnote ? $"en-{++endnoteCounter}" : $"fn-{++footnoteCounter}";
            footnoteIds[key] = id;
            var mark = reference.CustomMark is { Length: > 0 } m ? m : reference.Endnote
                ? endnoteCounter.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : footnoteCounter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            footnoteOrder.Add((reference.Id, reference.Endnote, id, mark));
        }
        return id;
    }

    public void Bookmark(string name) => paragraphBookmarks.Add(name);

    /// <summary>Cross-references to this bookmark become references to the footnote ("^fn-3" as the target).</summary>
    public void FootnoteBookmark(string name, string footnoteId) => bookmarkTargets[name] = "^" + footnoteId;

    private IReadOnlyList<Footnote> BuildFootnotes()
    {
        var result = new List<Footnote>();
        foreach (var (wordId, endnote, modelId, mark) in footnoteOrder.ToList())
        {
            var notes = endnote ? word.Endnotes : word.Footnotes;
            if (!notes.TryGetValue(wordId, out var note))
            {
                session.Report.Anomalies.Add($"footnote {wordId} is referenced but missing from the document");
                continue;
            }
            var blocks = new List<Block>();
            foreach (var block in note.Blocks)
            {
                if (block is WordParagraph p && p.Text.Trim().Length > 0)
                {
                    var text = Inline(p);
                    blocks.Add(new Paragraph { Text = text });
                }
                else if (block is WordTable t)
                {
                    blocks.Add(TableConverter.Convert(t, this, null, null, NewId("table-fn")).Table);
                }
            }
            result.Add(new Footnote { Id = modelId, Mark = mark, Endnote = endnote, Blocks = blocks });
        }
        return result;
    }

    internal string InlineFor(IReadOnlyList<WordInline> inlines) => Inline(inlines);
}
