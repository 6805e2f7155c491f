using Mrs.Import.Docx.Word;
using Mrs.Import.Structure;
using Mrs.Text;

namespace Mrs.Tests.Import.Structure;

/// <summary>
/// Word runs with a look (bold, italic, superscript …) written as the model's inline Markdown: the markers must open and
/// close as CommonMark reads them, so that the text reads back as Word shows it, with no marker left as text.
/// </summary>
public class RunLooksTests
{
    private sealed class NoContext : IInlineContext
    {
        public string FootnoteId(WordNoteReference reference) => "fn-" + reference.Id;

        public void Bookmark(string name)
        {
        }

        public void FootnoteBookmark(string name, string footnoteId)
        {
        }
    }

    private const RunFormat B = RunFormat.Bold;
    private const RunFormat I = RunFormat.Italic;
    private const RunFormat Sup = RunFormat.Superscript;

    private static string Write(params (string Text, RunFormat Format)[] runs) =>
        WordRunsToMarkdown.Convert([.. runs.Select(r => (WordInline)new WordText(r.Text, r.Format))], new NoContext());

    public static TheoryData<(string, RunFormat)[], string, string> Cases => new()
    {
        // a bold colon after a word (OGC API parameter lists): the markers could not open against the colon
        { [("name", B), (":", B | RunFormat.None), (" limit", RunFormat.None)], "name: limit", "<strong>name:</strong> limit" },
        { [("name", RunFormat.None), (":", B), (" limit", RunFormat.None)], "name: limit", "name: limit" },
        // runs that share a look side by side (ISO 19125 predicates in IHO S-129): nested, not ***a****.
        { [("a", B | I), (".Disjoint(", I), ("b", B | I), (")", I)], "a.Disjoint(b)", "<em><strong>a</strong>.Disjoint(<strong>b</strong>)</em>" },
        // a superscript that starts with a minus after a digit (MQTT-SN): pandoc's reading of ^…^
        { [("5.42x10", RunFormat.None), ("-20", Sup), (".", RunFormat.None)], "5.42x10-20.", "5.42x10<sup>-20</sup>." },
        // a citation in superscript brackets (OGC)
        { [("SensorML", RunFormat.None), ("[20]", Sup), (" has", RunFormat.None)], "SensorML[20] has", "SensorML<sup>[20]</sup> has" },
        // a full stop in italic after an italic title
        { [("W3C Recommendation, 2002", RunFormat.None), (".", I), (" Next", RunFormat.None)], "W3C Recommendation, 2002. Next", null! },
        // Chinese text with a bold quoted verbal form stays strong (CJK-friendly emphasis)
        { [("“应”", B), ("用于", RunFormat.None)], "“应”用于", "<strong>“应”</strong>用于" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Formatted_runs_read_back_as_their_text((string, RunFormat)[] runs, string plain, string html)
    {
        var markdown = Write(runs);
        var parsed = InlineText.Parse(markdown);
        Assert.Equal(plain, parsed.Plain);
        if (html is not null)
        {
            Assert.Equal($"<p>{html}</p>", parsed.ToHtml().Trim());
        }
    }

    [Fact]
    public void Runs_whose_markers_read_are_written_one_by_one_as_before()
    {
        Assert.Equal("**Bold** and *italic*", Write(("Bold", B), (" and ", RunFormat.None), ("italic", I)));
        Assert.Equal("H~2~O", Write(("H", RunFormat.None), ("2", RunFormat.Subscript), ("O", RunFormat.None)));
    }
}
