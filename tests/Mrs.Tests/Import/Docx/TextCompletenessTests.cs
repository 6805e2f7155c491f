using System.Text.Json;
using System.Text.RegularExpressions;
using Mrs.Import;
using Mrs.Serialization;

namespace Mrs.Tests.Import.Docx;

/// <summary>
/// Nothing lost: every character of the visible body text (the table of contents excluded) of every corpus document
/// that opens appears in the model, counted character by character. The labels that the model holds as structure
/// (NOTE, 注, Table, 表, Annex, (normative) …) are taken off the start of paragraphs first; everything else must be
/// found as text in some value of the model.
/// </summary>
public partial class TextCompletenessTests
{
    public static TheoryData<string> Documents() =>
        CorpusFiles.Data(CorpusFiles.AllPackages().Where(f => !f.EndsWith(".zip", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_body_character_is_in_the_model(string file)
    {
        var path = TestPaths.CorpusFile(file);
        var result = CorpusFiles.ImportOrSkip(file);
        var paragraphs = IndependentText.Paragraphs(path);
        var expected = new Dictionary<char, int>();
        // The title printed again above clause 1 is the cover's title: the model holds it once.
        var titles = result.Document.Metadata.Titles.Select(t =>
            Squash(string.Join("—", new[] { t.Intro, t.Main, t.Part }.Where(e => e is not null)))).ToHashSet();
        var seen = new HashSet<string>();
        foreach (var paragraph in paragraphs)
        {
            var text = Label().Replace(paragraph, "");
            if (Contents().IsMatch(text))
            {
                continue; // the table of contents' own title
            }
            if (!seen.Add(Squash(text)) && titles.Contains(Squash(text)))
            {
                continue;
            }
            foreach (var c in text.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)))
            {
                expected[c] = expected.GetValueOrDefault(c) + 1;
            }
        }

        var actual = new Dictionary<char, int>();
        using var tree = ModelWriter.ToTree(result.Document);
        CountStrings(tree.RootElement, actual);

        var missing = expected.Where(kv => actual.GetValueOrDefault(kv.Key) < kv.Value)
            .Select(kv => $"'{kv.Key}' ×{kv.Value - actual.GetValueOrDefault(kv.Key)}").ToList();
        var total = expected.Values.Sum();
        var lost = expected.Sum(kv => Math.Max(0, kv.Value - actual.GetValueOrDefault(kv.Key)));
        Assert.True(missing.Count == 0, $"{lost} of {total} characters missing from the model: {string.Join(", ", missing.Take(30))}");
    }

    private static string Squash(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static void CountStrings(JsonElement e, Dictionary<char, int> counts)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                if (e.TryGetProperty("main", out _) && e.TryGetProperty("language", out _))
                {
                    // a title's elements stand for "intro — main — part": the dashes between them are structure
                    var elements = new[] { "intro", "main", "part" }.Count(name => e.TryGetProperty(name, out _));
                    counts['—'] = counts.GetValueOrDefault('—') + elements - 1;
                }
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name is "content" or "mathMl" or "sha256" or "id" or "asset" or "path")
                    {
                        continue; // markup and identifiers do not count as text
                    }
                    CountStrings(p.Value, counts);
                }
                break;
            case JsonValueKind.Array:
                foreach (var i in e.EnumerateArray())
                {
                    CountStrings(i, counts);
                }
                break;
            case JsonValueKind.String:
                foreach (var c in e.GetString()!)
                {
                    counts[c] = counts.GetValueOrDefault(c) + 1;
                }
                break;
        }
    }

    /// <summary>Labels the model keeps as structure, at the start of a paragraph.</summary>
    [GeneratedRegex(@"^\s*(?:NOTE|Note|注|註|EXAMPLE|Example|示例|Table|表|Figure|图|圖|Annex|ANNEX|Appendix|附录|附\s*录|附属書|Anhang|Key|说明|where|式中"
        + @"|DEPRECATED:?|Deprecated:?)(?:\s*[A-Z]?\.?\d+(?:\.\d+)*)?(?:\s+\d+)?(?:\s+to\s+entry)?\s*[:：]?"
        + @"|[(（]\s*(?:normative|informative|规范性|资料性|規範性|資料性|参考|規定)\s*[)）]|^\s*[\[【［]\s*(?:SOURCE|来源|來源)\s*[:：]|[\]】］]\s*$")]
    private static partial Regex Label();

    [GeneratedRegex(@"^\s*(Contents|CONTENTS|Table of [Cc]ontents|目\s*次|目\s*录|目錄|Inhalt|Оглавление|内容)\s*$")]
    private static partial Regex Contents();
}
