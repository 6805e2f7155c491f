using System.Text.RegularExpressions;
using Mrs.Import;
using Mrs.Model;

namespace Mrs.Tests.Import.Docx;

/// <summary>
/// pandoc's own expectations for its docx test files (the .native ASTs beside them) as a second opinion on tables,
/// footnotes and the words of the text.
/// </summary>
public partial class PandocExpectationTests
{
    public static TheoryData<string> Files() => CorpusFiles.Data(
        Directory.Exists(TestPaths.CorpusFile("pandoc"))
            ? Directory.GetFiles(TestPaths.CorpusFile("pandoc"), "*.native")
                .Select(n => Path.ChangeExtension(n, ".docx"))
                .Where(File.Exists)
                .Select(f => "pandoc/" + Path.GetFileName(f))
                .Order(StringComparer.Ordinal)
            : []);

    [Theory]
    [MemberData(nameof(Files))]
    public void Tables_footnotes_and_words_agree_with_pandoc(string file)
    {
        var native = File.ReadAllText(Path.ChangeExtension(TestPaths.CorpusFile(file), ".native"));
        var document = DocumentImporter.Import(TestPaths.CorpusFile(file), new ImportOptions()).Document;

        if (!CoverTables.Contains(Path.GetFileName(file)))
        {
            Assert.Equal(TableConstructor().Matches(native).Count, Tables(document));
        }
        Assert.Equal(Count(native, "Note ["), document.Footnotes.Count);
        if (WithoutWordCheck.Contains(Path.GetFileName(file)))
        {
            return;
        }

        // Every word pandoc found (Str "…") is somewhere in the model's text.
        var model = Mrs.Serialization.ModelWriter.ToJson(document);
        var missing = Word().Matches(native).Select(m => Haskell(m.Groups[1].Value))
            .Where(w => w.Any(char.IsLetterOrDigit) && !model.Contains(w.Trim('"', '(', ')', ',', '.', ':', ';'), StringComparison.Ordinal))
            .Distinct().ToList();
        Assert.True(missing.Count == 0, "words pandoc has and the model lacks: " + string.Join(", ", missing.Take(20)));
    }

    /// <summary>pandoc keeps text that mrs reports instead (comments) or does not show (field instructions).</summary>
    private static readonly HashSet<string> WithoutWordCheck = new(StringComparer.Ordinal)
    {
        "comments.docx", "track_changes_scrubbed_metadata.docx", // comment text: reported by mrs, not imported
        // field instruction data
        "empty_field.docx", "instrText_hyperlink.docx", "nested_instrText.docx", "table_gridbefore.docx", "nested_anchors_in_header.docx",
        "0_level_headers.docx", // the table of contents and Word's "No table of figures entries found.": generated, not imported
        "diagram.docx", // pandoc writes a "[DIAGRAM]" placeholder; mrs keeps the diagram's markup as a raw block
    };

    /// <summary>A table on the cover: its text goes to the metadata (cover fields), not to a table block.</summary>
    private static readonly HashSet<string> CoverTables = new(StringComparer.Ordinal) { "0_level_headers.docx" };

    /// <summary>A Haskell string literal's escapes: a backslash and a decimal code point, an empty escape, quotes, new lines.</summary>
    private static string Haskell(string s)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length)
            {
                sb.Append(s[i]);
                continue;
            }
            var c = s[++i];
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
                {
                    i++;
                }
                sb.Append(char.ConvertFromUtf32(int.Parse(s[start..(i + 1)], System.Globalization.CultureInfo.InvariantCulture)));
            }
            else
            {
                sb.Append(c switch { 'n' => "\n", 't' => "\t", '&' => "", _ => c.ToString() });
            }
        }
        return sb.ToString();
    }

    /// <summary>The Table constructor in either AST version ("Table (" or a line that is only ", Table").</summary>
    [GeneratedRegex(@"(?:^|[\[,(]\s*)Table\s*(?:\(|$|\[)", RegexOptions.Multiline)]
    private static partial Regex TableConstructor();

    private static int Count(string text, string what) => Regex.Matches(text, Regex.Escape(what)).Count;

    private static int Tables(StandardDocument d)
    {
        var count = 0;
        void Blocks(IEnumerable<Block> blocks)
        {
            foreach (var b in blocks)
            {
                switch (b)
                {
                    case Table t:
                        count++;
                        foreach (var cell in t.Rows.SelectMany(r => r.Cells))
                        {
                            Blocks(cell.Blocks);
                        }
                        break;
                    case Note n: Blocks(n.Blocks); break;
                    case Example e: Blocks(e.Blocks); break;
                    case ListBlock l: Blocks(l.Items.SelectMany(i => i.Blocks)); break;
                }
            }
        }
        void Clauses(IEnumerable<Clause> clauses)
        {
            foreach (var c in clauses)
            {
                Blocks(c.Blocks);
                Clauses(c.Clauses);
            }
        }
        foreach (var s in d.Preface)
        {
            Blocks(s.Blocks);
            Clauses(s.Clauses);
        }
        Clauses(d.Clauses);
        foreach (var a in d.Annexes)
        {
            Blocks(a.Blocks);
            Clauses(a.Clauses);
        }
        return count;
    }

    [GeneratedRegex("Str \"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex Word();
}
