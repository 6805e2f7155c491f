using Mrs.Import.Structure;
using Mrs.Text;

namespace Mrs.Tests.Text;

/// <summary>
/// The inline Markdown dialect of the clause model (clause-model.schema.json), as <see cref="InlineText"/> reads it:
/// each construct, escapes, nesting, CJK text, line breaks, and text that only looks like markup.
/// </summary>
public class InlineTextTests
{
    [Theory]
    [InlineData("*emphasis*", "emphasis", "<em>emphasis</em>")]
    [InlineData("_emphasis_", "emphasis", "<em>emphasis</em>")]
    [InlineData("**strong**", "strong", "<strong>strong</strong>")]
    [InlineData("H~2~O", "H2O", "H<sub>2</sub>O")]
    [InlineData("m^2^", "m2", "m<sup>2</sup>")]
    [InlineData("10^-7^ degrees", "10-7 degrees", "10<sup>-7</sup> degrees")]
    [InlineData("SensorML^\\[20\\]^", "SensorML[20]", "SensorML<sup>[20]</sup>")]
    [InlineData("T~ADV,max~", "TADV,max", "T<sub>ADV,max</sub>")]
    [InlineData("about ~5 to ~10", "about ~5 to ~10", "about ~5 to ~10")]
    [InlineData("~~struck~~", "struck", "<del>struck</del>")]
    [InlineData("++underlined++", "underlined", "<ins>underlined</ins>")]
    [InlineData("`code`", "code", "<code>code</code>")]
    [InlineData("$x^2$", "$x^2$", "<span class=\"math\">\\(x^2\\)</span>")]
    [InlineData("see [5.2](#clause-5.2)", "see 5.2", "see <a href=\"#clause-5.2\">5.2</a>")]
    [InlineData("[the site](https://example.org/a_b)", "the site", "<a href=\"https://example.org/a_b\">the site</a>")]
    [InlineData("text[^fn-1].", "text.", "text<sup class=\"footnote-ref\"><a href=\"#fn-1\">fn-1</a></sup>.")]
    [InlineData("&amp; &#x4E2D;", "& 中", "&amp; 中")]
    public void Each_construct_reads_as_its_text_and_renders_as_html(string markdown, string plain, string html)
    {
        var parsed = InlineText.Parse(markdown);
        Assert.Equal(plain, parsed.Plain);
        Assert.Equal($"<p>{html}</p>", parsed.ToHtml().Trim());
    }

    [Theory]
    [InlineData("\\*not emphasis\\*", "*not emphasis*")]
    [InlineData("\\_\\[\\]\\<\\`\\\\\\~\\^\\$\\+", "_[]<`\\~^$+")]
    [InlineData("\\# \\- \\1. \\> \\:", "# - \\1. > :")]
    [InlineData("1\\. Scope", "1. Scope")]
    [InlineData("a\\b", "a\\b")]
    [InlineData("costs \\$5 and \\$10", "costs $5 and $10")]
    public void Escapes_are_literal_characters(string markdown, string plain) =>
        Assert.Equal(plain, InlineText.ToPlain(markdown));

    [Theory]
    [InlineData("$5 and $10")]
    [InlineData("价格为$5，运费为$10")]
    [InlineData("m$a$b and $x$2")]
    [InlineData("S100_Purpose and snake_case_name")]
    [InlineData("[1] and [2, 3]")]
    [InlineData("2 * 3 = 6 and a ~ b")]
    [InlineData("x^y without a close")]
    [InlineData("C++ and a + b")]
    [InlineData("<b>raw HTML</b> is text")]
    [InlineData("www.example.org and https://example.org stay text")]
    [InlineData("# not a heading")]
    [InlineData("- not a list")]
    [InlineData("1. not a list")]
    [InlineData("> not a quote")]
    [InlineData("| not | a table |")]
    [InlineData("[text][reference] without a definition")]
    public void Text_that_only_looks_like_markup_reads_as_written(string text)
    {
        var parsed = InlineText.Parse(text);
        Assert.Equal(text, parsed.Plain);
        Assert.Empty(parsed.Links);
        Assert.Empty(parsed.Math);
    }

    [Fact]
    public void Raw_html_is_escaped_in_html()
    {
        Assert.Equal("<p>&lt;b&gt;x&lt;/b&gt;</p>", InlineText.ToHtml("<b>x</b>").Trim());
        Assert.Equal("<p>www.example.org</p>", InlineText.ToHtml("www.example.org").Trim());
    }

    [Theory]
    [InlineData("***both***", "both", "<em><strong>both</strong></em>")]
    [InlineData("**bold *and italic***", "bold and italic", "<strong>bold <em>and italic</em></strong>")]
    [InlineData("[**Table 1**](#table-1)", "Table 1", "<a href=\"#table-1\"><strong>Table 1</strong></a>")]
    [InlineData("^[see](#a)^", "see", "<sup><a href=\"#a\">see</a></sup>")]
    [InlineData("**$x$ and `y`**", "$x$ and y", "<strong><span class=\"math\">\\(x\\)</span> and <code>y</code></strong>")]
    [InlineData("++~~both~~++", "both", "<ins><del>both</del></ins>")]
    public void Constructs_nest(string markdown, string plain, string html)
    {
        var parsed = InlineText.Parse(markdown);
        Assert.Equal(plain, parsed.Plain);
        Assert.Equal($"<p>{html}</p>", parsed.ToHtml().Trim());
    }

    [Theory]
    [InlineData("本文件**规定**了试验方法。", "本文件规定了试验方法。")]
    [InlineData("**“应”**用于", "“应”用于")]
    [InlineData("见**表1**。", "见表1。")]
    [InlineData("**注意：**本条", "注意：本条")]
    [InlineData("符合[5.2](#clause-5.2)的规定[^fn-2]。", "符合5.2的规定。")]
    [InlineData("CO~2~的含量", "CO2的含量")]
    public void Cjk_text_takes_emphasis_next_to_its_punctuation(string markdown, string plain) =>
        Assert.Equal(plain, InlineText.ToPlain(markdown));

    [Theory]
    [InlineData("first\\\nsecond", "first\nsecond", "first second")]
    [InlineData("first  \nsecond", "first\nsecond", "first second")]
    [InlineData("first\nsecond", "first\nsecond", "first\nsecond")]
    [InlineData("first\n\nsecond", "first\n\nsecond", "first\n\nsecond")]
    public void Line_breaks_are_new_lines_and_hard_ones_spaces_in_prose(string markdown, string plain, string prose)
    {
        var parsed = InlineText.Parse(markdown);
        Assert.Equal(plain, parsed.Plain);
        Assert.Equal(prose, parsed.Prose);
    }

    [Fact]
    public void A_hard_line_break_is_a_br()
    {
        Assert.Equal("<p>first<br />\nsecond</p>", InlineText.ToHtml("first\\\nsecond").Trim());
    }

    [Fact]
    public void Links_come_with_their_kind_target_and_text_in_document_order()
    {
        var links = InlineText.Links("See [Clause *5*](#clause-5)[^fn-1], [ISO](https://www.iso.org) and <https://example.org>.");
        Assert.Equal(
            [
                new InlineLink(InlineLinkKind.CrossReference, "clause-5", "Clause 5"),
                new InlineLink(InlineLinkKind.Footnote, "fn-1", ""),
                new InlineLink(InlineLinkKind.Hyperlink, "https://www.iso.org", "ISO"),
                new InlineLink(InlineLinkKind.Hyperlink, "https://example.org", "https://example.org"),
            ],
            links);
        Assert.True(links[0].Internal);
        Assert.True(links[1].Internal && links[1].Footnote);
        Assert.False(links[2].Internal);
    }

    [Theory]
    [InlineData("[^ not a footnote]")]
    [InlineData("[^]")]
    [InlineData("\\[^fn-1]")]
    public void A_footnote_reference_has_an_id_without_spaces(string text) =>
        Assert.DoesNotContain(InlineText.Links(text), l => l.Footnote);

    [Fact]
    public void Unlinked_text_has_a_space_for_each_link_and_nothing_for_a_footnote() =>
        Assert.Equal("see   and the note.", InlineText.ToPlain("see [5.2](#clause-5.2) and the note[^fn-1].", keepLinkText: false));

    [Fact]
    public void Prose_hides_code_and_autolinks_and_keeps_maths()
    {
        var parsed = InlineText.Parse("Run `may --shall` at <https://example.org/shall>; $a$ shall hold.");
        Assert.Equal($"Run {InlineText.Opaque} at {InlineText.Opaque}; $a$ shall hold.", parsed.Prose);
        Assert.Equal(["a"], parsed.Math);
    }

    [Theory]
    [InlineData("$$E = mc^2$$", "E = mc^2")]
    [InlineData("显示为$E=mc^2$；", "E=mc^2")]
    [InlineData("式中$x$为长度", "x")]
    [InlineData("（$N_m$）", "N_m")]
    [InlineData("a $\\frac{1}{2}$ b", "\\frac{1}{2}")]
    [InlineData("$a\\$b$", "a\\$b")]
    public void Maths_keep_their_latex(string markdown, string latex) =>
        Assert.Equal([latex], InlineText.Parse(markdown).Math);

    [Theory]
    [InlineData("plain words only")]
    [InlineData("中文文本，没有标记。")]
    [InlineData("")]
    [InlineData("a!b]c")]
    public void Text_without_markup_characters_is_read_without_parsing_and_as_the_parser_reads_it(string text)
    {
        Assert.True(InlineText.IsLiteral(text));
        Assert.Equal(InlineText.Parse(text).Plain, InlineText.ToPlain(text));
        Assert.Equal(text, InlineText.ToPlain(text));
    }

    [Theory]
    [InlineData(" padded ")]
    [InlineData("two\nlines")]
    [InlineData("a_b")]
    [InlineData("a & b")]
    public void Text_with_a_markup_character_or_padding_is_parsed(string text) =>
        Assert.False(InlineText.IsLiteral(text));

    [Theory]
    [InlineData("2 * 3 = 6")]
    [InlineData("[1] S100_Purpose costs $5 and $10")]
    [InlineData("<tag> & ~x~ ^y^ `z` ++w++ \\ end")]
    [InlineData("# 1. - > : = + | !")]
    [InlineData("本文件应用于 *、_ 和 ~ 等符号")]
    [InlineData("a [b](c) [^d] e")]
    public void What_the_importer_escapes_reads_back_as_written(string text)
    {
        Assert.Equal(text, InlineText.ToPlain(MarkdownText.Escape(text, atLineStart: true)));
        Assert.Equal(text, InlineText.ToPlain(MarkdownText.EscapeWhereNeeded(text)));
    }
}
