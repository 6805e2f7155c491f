using System.Diagnostics;
using Mrs.Import.Docx.Numbering;
using Mrs.Import.Docx.Styles;
using static Mrs.Tests.Import.Numbering.Wml;

namespace Mrs.Tests.Import.Numbering;

public class NumberingEngineTests
{
    /// <summary>A paragraph: style id and direct numPr.</summary>
    private sealed record P(string? Style = null, int? NumId = null, int? Ilvl = null);

    private static NumberingEngine Engine(string numbering, string styles = "") =>
        new(NumberingDefinitions.Parse(NumberingPart(numbering)), StyleSheet.Parse(StylesPart(styles)));

    /// <summary>The labels of the paragraphs in order; "-" for an unnumbered paragraph.</summary>
    private static string[] Labels(NumberingEngine engine, params P[] paragraphs) =>
        paragraphs.Select(p => engine.Next(p.Style, p.NumId, p.Ilvl)?.Text ?? "-").ToArray();

    private static P Item(int numId, int ilvl = 0) => new(null, numId, ilvl);

    // A three-level decimal list 1 / 1.1 / 1.1.1 in abstractNum 0, used through num 1.
    private static readonly string ThreeLevels =
        AbstractNum(0, Lvl(0, "%1") + Lvl(1, "%1.%2") + Lvl(2, "%1.%2.%3")) + Num(1, 0);

    [Fact]
    public void Counts_a_simple_list()
    {
        var engine = Engine(AbstractNum(0, Lvl(0, "%1.")) + Num(1, 0));
        Assert.Equal(["1.", "2.", "-", "3."], Labels(engine, Item(1), Item(1), new P(), Item(1)));
    }

    [Fact]
    public void Reports_num_abstractNum_level_value_format_suffix_and_bullet()
    {
        var engine = Engine(
            AbstractNum(3, Lvl(0, "%1)", "lowerLetter", extra: """<w:suff w:val="space"/>""")
                           + Lvl(1, "\uF0B7", "bullet", extra: """<w:suff w:val="nothing"/>""")) + Num(8, 3));
        var a = engine.Next(null, 8, 0)!;
        Assert.Equal(new NumberLabel("a)", 8, 3, 0, 1, "lowerLetter", LabelSuffix.Space, false), a);
        Assert.Equal("a) ", a.WithSuffix);
        var bullet = engine.Next(null, 8, 1)!;
        Assert.Equal("\uF0B7", bullet.Text);
        Assert.True(bullet.IsBullet);
        Assert.Equal(LabelSuffix.Nothing, bullet.Suffix);
        Assert.Equal("bullet", bullet.NumFmt);
        Assert.Equal("\uF0B7", bullet.WithSuffix);
    }

    [Fact]
    public void Tab_is_the_default_suffix()
    {
        var label = Engine(AbstractNum(0, Lvl(0, "%1")) + Num(1, 0)).Next(null, 1, 0)!;
        Assert.Equal(LabelSuffix.Tab, label.Suffix);
        Assert.Equal("1\t", label.WithSuffix);
    }

    [Fact]
    public void Lower_levels_restart_when_a_higher_level_is_used()
    {
        var engine = Engine(ThreeLevels);
        Assert.Equal(
            ["1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.1", "2", "2.1", "2.1.1"],
            Labels(engine, Item(1, 0), Item(1, 1), Item(1, 2), Item(1, 2), Item(1, 1), Item(1, 2), Item(1, 0), Item(1, 1), Item(1, 2)));
    }

    [Fact]
    public void Placeholders_use_each_level_s_own_format()
    {
        var engine = Engine(
            AbstractNum(0, Lvl(0, "Article %1", "upperRoman") + Lvl(1, "%1.%2", "decimal") + Lvl(2, "(%3)", "lowerLetter")) + Num(1, 0));
        Assert.Equal(["Article I", "I.1", "(a)", "(b)", "Article II", "II.1"],
            Labels(engine, Item(1, 0), Item(1, 1), Item(1, 2), Item(1, 2), Item(1, 0), Item(1, 1)));
    }

    [Fact]
    public void Placeholders_of_deeper_levels_are_ignored_and_literal_percent_is_kept()
    {
        var engine = Engine(AbstractNum(0, Lvl(0, "%1 of %2 %3 100% %x %0")) + Num(1, 0));
        Assert.Equal("1 of   100% %x %0", engine.Next(null, 1, 0)!.Text);
    }

    [Fact]
    public void IsLgl_shows_every_placeholder_in_decimal()
    {
        var engine = Engine(
            AbstractNum(0,
                Lvl(0, "Chapter %1", "upperRoman")
                + Lvl(1, "%1.%2", "lowerLetter", extra: "<w:isLgl/>")
                + Lvl(2, "%1.%2.%3", "decimalZero", extra: "<w:isLgl/>")
                + Lvl(3, "%1-%2", "upperLetter")) + Num(1, 0));
        Assert.Equal(["Chapter I", "Chapter II", "2.1", "2.1.01", "II-a"],
            Labels(engine, Item(1, 0), Item(1, 0), Item(1, 1), Item(1, 2), Item(1, 3)));
    }

    [Fact]
    public void Start_values_are_used_and_a_missing_start_is_zero()
    {
        var engine = Engine(AbstractNum(0, Lvl(0, "%1", start: 5) + Lvl(1, "%1.%2", start: null)) + Num(1, 0));
        Assert.Equal(["5", "5.0", "5.1", "6", "6.0"], Labels(engine, Item(1, 0), Item(1, 1), Item(1, 1), Item(1, 0), Item(1, 1)));
    }

    [Fact]
    public void LvlRestart_zero_never_restarts()
    {
        var engine = Engine(AbstractNum(0, Lvl(0, "%1") + Lvl(1, "(%2)", "lowerLetter", extra: """<w:lvlRestart w:val="0"/>""")) + Num(1, 0));
        Assert.Equal(["1", "(a)", "(b)", "2", "(c)"], Labels(engine, Item(1, 0), Item(1, 1), Item(1, 1), Item(1, 0), Item(1, 1)));
    }

    [Fact]
    public void LvlRestart_n_restarts_only_when_a_level_above_n_is_used()
    {
        // level 2 restarts only after level 0 (lvlRestart=1), not after level 1
        var engine = Engine(
            AbstractNum(0, Lvl(0, "%1") + Lvl(1, "%1.%2") + Lvl(2, "[%3]", extra: """<w:lvlRestart w:val="1"/>""")) + Num(1, 0));
        Assert.Equal(["1", "1.1", "[1]", "[2]", "1.2", "[3]", "2", "[1]"],
            Labels(engine, Item(1, 0), Item(1, 1), Item(1, 2), Item(1, 2), Item(1, 1), Item(1, 2), Item(1, 0), Item(1, 2)));
    }

    [Fact]
    public void LvlRestart_that_is_not_a_higher_level_is_ignored()
    {
        // lvlRestart=3 on level 1 would name a lower level: ignored, so level 1 restarts after level 0 as usual
        var engine = Engine(AbstractNum(0, Lvl(0, "%1") + Lvl(1, "%1.%2", extra: """<w:lvlRestart w:val="3"/>""")) + Num(1, 0));
        Assert.Equal(["1", "1.1", "1.2", "2", "2.1"], Labels(engine, Item(1, 0), Item(1, 1), Item(1, 1), Item(1, 0), Item(1, 1)));
    }

    [Fact]
    public void LvlRestart_in_an_override_level_is_ignored()
    {
        var engine = Engine(
            AbstractNum(0, Lvl(0, "%1") + Lvl(1, "%1.%2"))
            + Num(1, 0, """<w:lvlOverride w:ilvl="1"><w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:lvlText """
                + """w:val="%1-%2"/></w:lvl></w:lvlOverride>"""));
        Assert.Equal(["1", "1-1", "2", "2-1"], Labels(engine, Item(1, 0), Item(1, 1), Item(1, 0), Item(1, 1)));
    }

    [Fact]
    public void Nums_of_one_abstractNum_continue_each_other()
    {
        var engine = Engine(AbstractNum(0, Lvl(0, "%1.")) + Num(1, 0) + Num(2, 0) + AbstractNum(1, Lvl(0, "%1)")) + Num(3, 1));
        Assert.Equal(["1.", "2.", "3.", "1)", "4.", "2)"], Labels(engine, Item(1), Item(2), Item(1), Item(3), Item(2), Item(3)));
    }

    [Fact]
    public void StartOverride_restarts_the_list_once_at_the_first_paragraph_of_its_num()
    {
        // Word's "Restart numbering": the first item of section 2 uses num 2 (startOverride 1), the following items use
        // the style's num 1 again and continue from the restart (pandoc issue 8367)
        var engine = Engine(
            AbstractNum(0, Lvl(0, "%1.")) + Num(1, 0) + Num(2, 0, """<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>"""),
            ParagraphStyle("ListNumber", "List Number", numId: 1));
        var style = new P("ListNumber");
        Assert.Equal(["1.", "2.", "3.", "1.", "2.", "3.", "4."],
            Labels(engine, style, style, style, new P("ListNumber", 2, 0), style, style, style));
    }

    [Fact]
    public void StartOverride_applies_once_per_num_and_is_the_start_when_the_level_restarts()
    {
        var engine = Engine(
            AbstractNum(0, Lvl(0, "%1") + Lvl(1, "%1.%2")) + Num(1, 0)
            + Num(2, 0, """<w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride>"""));
        Assert.Equal(["1", "1.1", "1.5", "1.6", "1.7", "2", "2.5", "2.6"],
            Labels(engine, Item(1, 0), Item(1, 1), Item(2, 1), Item(2, 1), Item(1, 1), Item(1, 0), Item(2, 1), Item(1, 0) with { Ilvl = 1 }));
    }

    [Fact]
    public void StartOverride_of_a_fresh_list_starts_there()
    {
        var engine = Engine(AbstractNum(0, Lvl(0, "%1.")) + Num(4, 0, """<w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride>"""));
        Assert.Equal(["10.", "11.", "12."], Labels(engine, Item(4), Item(4), Item(4)));
    }

    [Fact]
    public void A_replacement_level_changes_the_format_but_continues_the_shared_counter()
    {
        // Apache POI NumberingWOverrides.docx, "ListFormatOverride": 1, B, C, 4
        var engine = Engine(
            AbstractNum(9, Lvl(0, "%1")) + Num(19, 9)
            + Num(22, 9, """<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText """
                + """w:val="%1"/></w:lvl></w:lvlOverride>"""));
        Assert.Equal(["1", "B", "C", "4"], Labels(engine, Item(19), Item(22), Item(22), Item(19)));
    }

    [Fact]
    public void A_skipped_level_counts_as_used_at_its_start_value()
    {
        // heading 1, heading 3 directly, then heading 2: Word shows 1, 1.1.1, 1.2 (the skipped level 2 was used as 1)
        var engine = Engine(ThreeLevels);
        Assert.Equal(["1", "1.1.1", "1.2", "1.2.1", "2", "2.1.1"],
            Labels(engine, Item(1, 0), Item(1, 2), Item(1, 1), Item(1, 2), Item(1, 0), Item(1, 2)));
    }

    [Fact]
    public void Skipped_levels_take_their_own_start_values_and_continue_from_them()
    {
        var engine = Engine(
            AbstractNum(0, Lvl(0, "%1", start: 3) + Lvl(1, "%1.%2") + Lvl(2, "%1.%2.%3", start: 2) + Lvl(3, "%1.%2.%3.%4")) + Num(1, 0));
        Assert.Equal(["3.1", "3.2", "3.2.2.1", "4", "4.1", "4.1.2.1", "4.1.3"],
            Labels(engine, Item(1, 1), Item(1, 1), Item(1, 3), Item(1, 0), Item(1, 1), Item(1, 3), Item(1, 2)));
    }

    [Fact]
    public void A_skipped_level_counts_also_when_its_number_is_not_shown()
    {
        // "a)" before any "1.": the next level-0 paragraph is "2.". LibreOffice numbers so; no corpus document shows
        // what Word does when the skipped level's number is not part of the label, so this follows the shown case.
        var engine = Engine(AbstractNum(0, Lvl(0, "%1.") + Lvl(1, "%2)", "lowerLetter") + Lvl(2, "%3.", "lowerRoman")) + Num(1, 0));
        Assert.Equal(["a)", "2.", "i.", "b)"], Labels(engine, Item(1, 1), Item(1, 0), Item(1, 2), Item(1, 1)));
    }

    [Fact]
    public void A_skipped_level_of_a_num_with_startOverride_starts_there_once()
    {
        var engine = Engine(ThreeLevels + Num(2, 0, """<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>"""));
        Assert.Equal(["5.1", "6", "6.1"], Labels(engine, Item(2, 1), Item(2, 0), Item(2, 1)));
    }

    [Fact]
    public void A_direct_numPr_to_another_list_counts_only_there_and_the_heading_list_skips_its_level_0()
    {
        // IHO S-123 DCEG: "Overview" is heading 1 (style list, level 0 linked to the style) with a direct numPr to another
        // list whose nums restart every level; "Preface" is heading 2 on the style list; then heading 1 again. Word's
        // table of contents: 1 Overview, 1.1 Preface, 2 General.
        var engine = Engine(
            AbstractNum(13, Lvl(0, "%1", extra: """<w:pStyle w:val="1"/>""") + Lvl(1, "%1.%2", extra: """<w:pStyle w:val="20"/>"""))
            + AbstractNum(16, Lvl(0, "%1") + Lvl(1, "%1.%2"))
            + Num(1, 16, """<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride><w:lvlOverride w:ilvl="1"><w:startOverride """
                + """w:val="1"/></w:lvlOverride>""")
            + Num(17, 13),
            ParagraphStyle("1", "heading 1", numId: 17) + ParagraphStyle("20", "heading 2", numId: 17, ilvl: 1));
        Assert.Equal(["1", "1.1", "1.2", "2", "2.1"],
            Labels(engine, new P("1", 1, 0), new P("20"), new P("20"), new P("1"), new P("20")));
    }

    [Theory]
    [InlineData("<w:pPr><w:pStyle w:val=\"Heading1\"/><w:sectPr/></w:pPr>", true)]
    [InlineData("<w:pPr><w:sectPr/></w:pPr><w:bookmarkStart w:id=\"1\" w:name=\"b\"/><w:bookmarkEnd w:id=\"1\"/><w:proofErr/>", true)]
    [InlineData("<w:pPr><w:sectPr/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:lastRenderedPageBreak/></w:r><w:ins><w:r><w:t></w:t></w:r></w:ins>", true)]
    [InlineData("<w:pPr><w:sectPr/></w:pPr><w:r><w:t>x</w:t></w:r>", false)]
    [InlineData("<w:pPr><w:sectPr/></w:pPr><w:hyperlink><w:r><w:tab/></w:r></w:hyperlink>", false)]
    [InlineData("<w:pPr><w:sectPr/></w:pPr><w:del><w:r><w:delText>gone</w:delText></w:r></w:del>", false)]
    [InlineData("<w:pPr><w:sectPr/></w:pPr><w:r><w:drawing/></w:r>", false)]
    [InlineData("<w:pPr><w:sectPr/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>", false)]
    [InlineData("<w:pPr><w:sectPr/></w:pPr><m:oMath xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"/>", false)]
    [InlineData("<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>", false)]
    [InlineData("<w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>", false)]
    public void Only_a_paragraph_with_a_section_break_and_no_content_just_ends_a_section(string inner, bool expected)
    {
        var p = System.Xml.Linq.XElement.Parse($"<w:p xmlns:w=\"{Ns}\">{inner}</w:p>");
        Assert.Equal(expected, NumberingEngine.OnlyEndsASection(p));
    }

    [Fact]
    public void Direct_numPr_wins_over_the_style_numPr()
    {
        var engine = Engine(
            AbstractNum(0, Lvl(0, "%1.") + Lvl(1, "%1.%2.")) + Num(1, 0) + AbstractNum(1, Lvl(0, "(%1)", "lowerRoman")) + Num(2, 1),
            ParagraphStyle("ListNumber", numId: 1));
        Assert.Equal(["1.", "(i)", "1.1.", "2."],
            Labels(engine, new P("ListNumber"), new P("ListNumber", 2, 0), new P("ListNumber", null, 1), new P("ListNumber")));
    }

    [Fact]
    public void NumId_zero_switches_numbering_off()
    {
        var engine = Engine(
            AbstractNum(0, Lvl(0, "%1.")) + Num(1, 0),
            ParagraphStyle("Numbered", numId: 1) + ParagraphStyle("Unnumbered", basedOn: "Numbered", numId: 0));
        Assert.Equal(["1.", "-", "-", "2."],
            Labels(engine, new P("Numbered"), new P("Numbered", 0, 0), new P("Unnumbered"), new P("Numbered")));
    }

    [Fact]
    public void Unknown_nums_and_missing_definitions_give_no_label()
    {
        var engine = Engine(AbstractNum(0, Lvl(0, "%1")) + Num(1, 0) + Num(2, 7), ParagraphStyle("S", numId: 99));
        Assert.Equal(["-", "-", "-", "-", "1"], Labels(engine, Item(5), Item(2), new P("S"), new P("NoSuchStyle"), Item(1)));
        var empty = new NumberingEngine(NumberingDefinitions.Parse(null), StyleSheet.Parse(null));
        Assert.Null(empty.Next("Heading1", 1, 0));
    }

    [Fact]
    public void Style_numbering_is_resolved_through_the_basedOn_chain()
    {
        // numId from the grandparent, ilvl from the parent (Google Docs/MQTT-SN shape: Heading 2 based on Heading 1)
        var engine = Engine(
            ThreeLevels,
            ParagraphStyle("Heading1", "heading 1", numId: 1)
            + ParagraphStyle("Heading2", "heading 2", basedOn: "Heading1", ilvl: 1)
            + ParagraphStyle("Heading3", "heading 3", basedOn: "Heading2", ilvl: 2)
            + ParagraphStyle("MyHeading", "My Heading", basedOn: "Heading3"));
        Assert.Equal(["1", "1.1", "1.1.1", "1.1.2", "2"],
            Labels(engine, new P("Heading1"), new P("Heading2"), new P("Heading3"), new P("MyHeading"), new P("Heading1")));
    }

    [Fact]
    public void Without_ilvl_the_level_linked_to_the_style_is_used()
    {
        // GB/T and SARIF templates: styles carry only numId; each lvl names its style in w:pStyle
        var engine = Engine(
            AbstractNum(5,
                Lvl(0, "附录%1", "upperLetter", extra: """<w:pStyle w:val="aff3"/>""")
                + Lvl(1, "%1.%2", extra: """<w:pStyle w:val="aff4"/>""")
                + Lvl(2, "%1.%2.%3", extra: """<w:pStyle w:val="aff5"/>""")) + Num(5, 5),
            ParagraphStyle("aff3", "标准文件_附录标识", numId: 5)
            + ParagraphStyle("aff4", "标准文件_附录一级条标题", numId: 5)
            + ParagraphStyle("aff5", "标准文件_附录二级条标题", numId: 5)
            + ParagraphStyle("derived", "派生", basedOn: "aff5")
            + ParagraphStyle("unlinked", "无链接", numId: 5));
        Assert.Equal(["附录A", "A.1", "A.1.1", "A.1.2", "附录B", "B.1", "附录C"],
            Labels(engine, new P("aff3"), new P("aff4"), new P("aff5"), new P("derived"), new P("aff3"), new P("aff4"), new P("unlinked")));
    }

    [Fact]
    public void An_explicit_ilvl_wins_over_the_linked_level()
    {
        var engine = Engine(
            AbstractNum(0, Lvl(0, "%1", extra: """<w:pStyle w:val="H"/>""") + Lvl(1, "%1.%2")) + Num(1, 0),
            ParagraphStyle("H", numId: 1, ilvl: 1));
        var label = engine.Next("H", null, null)!;
        Assert.Equal(1, label.Level);
        Assert.Equal("1.1", label.Text);
    }

    [Fact]
    public void NumStyleLink_takes_the_levels_of_the_numbering_style_s_list()
    {
        var engine = Engine(
            AbstractNum(10, "", """<w:numStyleLink w:val="Numbering"/>""")
            + AbstractNum(36, Lvl(0, "%1.") + Lvl(1, "%1.%2."), """<w:styleLink w:val="Numbering"/>""")
            + Num(1, 10) + Num(39, 36),
            """<w:style w:type="numbering" w:styleId="Numbering"><w:name w:val="Numbering"/><w:pPr><w:numPr><w:numId """
                + """w:val="39"/></w:numPr></w:pPr></w:style>"""
            + ParagraphStyle("ListNumber", "List Number", numId: 1));
        var first = engine.Next("ListNumber", null, null)!;
        Assert.Equal("1.", first.Text);
        Assert.Equal(36, first.AbstractNumId);
        Assert.Equal(1, first.NumId);
        Assert.Equal(["1.1.", "2.", "3."], Labels(engine, new P("ListNumber", null, 1), new P("ListNumber"), Item(39)));
    }

    [Fact]
    public void NumStyleLink_falls_back_to_the_abstractNum_with_the_styleLink()
    {
        // the numbering style has no numPr: the abstractNum carrying w:styleLink is used
        var engine = Engine(
            AbstractNum(1, "", """<w:numStyleLink w:val="Outline"/>""")
            + AbstractNum(2, Lvl(0, "Part %1", "upperRoman"), """<w:styleLink w:val="Outline"/>""")
            + Num(1, 1),
            """<w:style w:type="numbering" w:styleId="Outline"><w:name w:val="Outline"/></w:style>""");
        Assert.Equal(["Part I", "Part II"], Labels(engine, Item(1), Item(1)));
    }

    [Fact]
    public void NumStyleLink_loops_terminate()
    {
        var engine = Engine(
            AbstractNum(1, Lvl(0, "%1"), """<w:numStyleLink w:val="A"/><w:styleLink w:val="A"/>""") + Num(1, 1),
            """<w:style w:type="numbering" w:styleId="A"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>""");
        Assert.Equal("1", engine.Next(null, 1, 0)?.Text);
    }

    [Fact]
    public void Paragraphs_without_a_style_use_the_default_paragraph_style()
    {
        var engine = Engine(AbstractNum(0, Lvl(0, "%1")) + Num(1, 0), ParagraphStyle("Normal", "Normal", numId: 1, isDefault: true));
        Assert.Equal(["1", "2"], Labels(engine, new P(), new P("UnknownStyle")));
    }

    [Fact]
    public void Single_level_lists_always_use_level_zero()
    {
        var engine = Engine("""<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>""" + Lvl(0, "%1.") + "</w:abstractNum>"
            + Num(1, 0));
        Assert.Equal(["1.", "2."], Labels(engine, Item(1, 0), Item(1, 4)));
        Assert.Equal(0, engine.Next(null, 1, 3)!.Level);
    }

    [Fact]
    public void A_level_without_definition_borrows_the_nearest_higher_definition()
    {
        var engine = Engine(AbstractNum(0, Lvl(0, "%1.")) + Num(1, 0));
        var label = engine.Next(null, 1, 2)!;
        Assert.Equal(2, label.Level);
        Assert.Equal("1.", label.Text);
    }

    [Fact]
    public void Ilvl_out_of_range_is_clamped()
    {
        var engine = Engine(ThreeLevels);
        Assert.Equal(0, engine.Next(null, 1, -4)!.Level);
        Assert.Equal(8, engine.Next(null, 1, 12)!.Level);
    }

    [Fact]
    public void GBT_labels_notes_examples_annexes_and_introduction_clauses()
    {
        var engine = Engine(
            AbstractNum(1, Lvl(0, "注%1：")) + Num(25, 1)
            + AbstractNum(2, Lvl(0, "示例%1：")) + Num(27, 2)
            + AbstractNum(3, Lvl(0, "%1", "none") + Lvl(1, "%10.%2 ", extra: """<w:suff w:val="nothing"/>""")) + Num(36, 3)
            + AbstractNum(4, Lvl(0, "图%1　")) + Num(11, 4)
            + AbstractNum(5, Lvl(0, "%1)", "lowerLetter") + Lvl(1, "%2)")) + Num(23, 5)
            + AbstractNum(6, Lvl(0, "——", "bullet")) + Num(6, 6));
        Assert.Equal(["注1：", "注2：", "示例1：", "0.1 ", "0.2 ", "图1　", "a)", "1)", "2)", "b)", "——"],
            Labels(engine, Item(25), Item(25), Item(27), Item(36, 1), Item(36, 1), Item(11), Item(23), Item(23, 1), Item(23, 1), Item(23), Item(6)));
    }

    [Fact]
    public void Chinese_formats_in_level_text()
    {
        var engine = Engine(
            AbstractNum(0, Lvl(0, "第%1章", "chineseCounting") + Lvl(1, "%2、", "chineseCountingThousand") + Lvl(2, "（%3）", "ideographTraditional"))
            + Num(1, 0, """<w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride>"""));
        Assert.Equal(["第十章", "一、", "（甲）", "（乙）", "二、", "第十一章", "一、"],
            Labels(engine, Item(1, 0), Item(1, 1), Item(1, 2), Item(1, 2), Item(1, 1), Item(1, 0), Item(1, 1)));
    }

    [Fact]
    public void Custom_number_format_from_markup_compatibility()
    {
        var engine = Engine("""
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>
              <mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>
              <mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>
            """ + Num(1, 0));
        Assert.Equal(["001", "002"], Labels(engine, Item(1), Item(1)));
    }

    [Fact]
    public void Numbers_ten_thousand_paragraphs_quickly()
    {
        var engine = Engine(
            ThreeLevels,
            ParagraphStyle("H1", numId: 1) + ParagraphStyle("H2", basedOn: "H1", ilvl: 1) + ParagraphStyle("H3", basedOn: "H2", ilvl: 2)
            + ParagraphStyle("Body"));
        string[] styles = ["H1", "Body", "H2", "Body", "H3", "Body", "H3", "Body", "H2", "Body"];
        var watch = Stopwatch.StartNew();
        NumberLabel? last = null;
        for (var i = 0; i < 10_000; i++)
        {
            last = engine.Next(styles[i % styles.Length], null, null) ?? last;
        }
        watch.Stop();
        Assert.Equal("1000.2", last?.Text);
        Assert.True(watch.ElapsedMilliseconds < 1000, $"took {watch.ElapsedMilliseconds} ms");
    }
}
