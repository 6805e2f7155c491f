using System.Xml.Linq;
using Mrs.Import.Docx.Numbering;
using static Mrs.Tests.Import.Numbering.Wml;

namespace Mrs.Tests.Import.Numbering;

public class NumberingDefinitionsTests
{
    [Fact]
    public void Null_root_gives_empty_definitions()
    {
        var defs = NumberingDefinitions.Parse(null);
        Assert.Empty(defs.AbstractNums);
        Assert.Empty(defs.Nums);
        Assert.Null(defs.GetNum(1));
        Assert.Null(defs.GetAbstract(0));
    }

    [Fact]
    public void Reads_abstractNum_levels_with_all_their_properties()
    {
        var defs = NumberingDefinitions.Parse(NumberingPart("""
            <w:abstractNum w:abstractNumId="4">
              <w:nsid w:val="07ED3FEA"/><w:multiLevelType w:val="multilevel"/><w:styleLink w:val="Headings"/>
              <w:lvl w:ilvl="0" w:tentative="1">
                <w:start w:val="3"/><w:numFmt w:val="upperLetter"/><w:lvlRestart w:val="0"/><w:pStyle w:val="aff3"/><w:isLgl/>
                <w:suff w:val="space"/><w:lvlText w:val="附录%1"/><w:lvlJc w:val="center"/><w:lvlPicBulletId w:val="2"/>
                <w:rPr><w:vanish/></w:rPr>
              </w:lvl>
              <w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%1.%2"/></w:lvl>
              <w:lvl w:ilvl="2"><w:lvlText w:null="1" w:val="x"/></w:lvl>
              <w:lvl w:ilvl="9"><w:lvlText w:val="ignored: ilvl out of range"/></w:lvl>
            </w:abstractNum>
            """));
        var a = defs.GetAbstract(4)!;
        Assert.Equal("07ED3FEA", a.Nsid);
        Assert.Equal("multilevel", a.MultiLevelType);
        Assert.Equal("Headings", a.StyleLink);
        Assert.Null(a.NumStyleLink);
        Assert.False(a.IsSingleLevel);
        Assert.Equal(3, a.Levels.Count);

        var l0 = a.Level(0)!;
        Assert.Equal(3, l0.Start);
        Assert.Equal("upperLetter", l0.NumFmt);
        Assert.Equal(0, l0.Restart);
        Assert.Equal("aff3", l0.ParagraphStyleId);
        Assert.True(l0.IsLegal);
        Assert.Equal(LabelSuffix.Space, l0.Suffix);
        Assert.Equal("附录%1", l0.LvlText);
        Assert.Equal("center", l0.Justification);
        Assert.Equal(2, l0.PictureBulletId);
        Assert.True(l0.IsHidden);
        Assert.True(l0.IsTentative);
        Assert.False(l0.IsBullet);

        var l1 = a.Level(1)!;
        Assert.Null(l1.Start);
        Assert.Null(l1.Restart);
        Assert.False(l1.IsLegal);
        Assert.Equal(LabelSuffix.Nothing, l1.Suffix);

        var l2 = a.Level(2)!;
        Assert.Equal("decimal", l2.NumFmt);
        Assert.Equal("", l2.LvlText);
        Assert.Equal(LabelSuffix.Tab, l2.Suffix);
    }

    [Fact]
    public void Reads_nums_with_startOverride_and_replacement_levels()
    {
        var defs = NumberingDefinitions.Parse(NumberingPart(
            AbstractNum(0, Lvl(0, "%1.")) +
            Num(1, 0) +
            Num(2, 0, """<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride><w:lvlOverride w:ilvl="1"/>""") +
            Num(3, 0, """<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:numFmt w:val="upperLetter"/><w:lvlText """
                + """w:val="%1)"/></w:lvl></w:lvlOverride>""")));
        Assert.False(defs.GetNum(1)!.HasOverrides);
        var restart = defs.GetNum(2)!;
        Assert.Equal(0, restart.AbstractNumId);
        Assert.Equal(5, restart.Override(0)?.StartOverride);
        Assert.Null(restart.Override(1)); // empty overrides are dropped
        var replaced = defs.GetNum(3)!.Override(0)!;
        Assert.Null(replaced.StartOverride);
        Assert.Equal("upperLetter", replaced.Replacement?.NumFmt);
        Assert.Equal("%1)", replaced.Replacement?.LvlText);
    }

    [Fact]
    public void Reads_numStyleLink_and_finds_an_abstractNum_by_styleLink()
    {
        var defs = NumberingDefinitions.Parse(NumberingPart(
            AbstractNum(1, "", """<w:numStyleLink w:val="Headings"/>""") +
            AbstractNum(2, Lvl(0, "%1"), """<w:styleLink w:val="Headings"/>""")));
        Assert.Equal("Headings", defs.GetAbstract(1)!.NumStyleLink);
        Assert.Equal(2, defs.FindByStyleLink("Headings")?.Id);
        Assert.Equal(2, defs.FindByStyleLink("headings")?.Id);
        Assert.Null(defs.FindByStyleLink("Other"));
    }

    [Fact]
    public void Reads_the_numFmt_inside_markup_compatibility_and_custom_formats()
    {
        var defs = NumberingDefinitions.Parse(NumberingPart("""
            <w:abstractNum w:abstractNumId="0">
              <w:lvl w:ilvl="0">
                <mc:AlternateContent>
                  <mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>
                  <mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback>
                </mc:AlternateContent>
                <w:lvlText w:val="%1"/>
              </w:lvl>
              <w:lvl w:ilvl="1"><w:numFmt w:val="custom" w:format="01, 02, 03, ..."/><w:lvlText w:val="%2"/></w:lvl>
            </w:abstractNum>
            """));
        var l0 = defs.GetAbstract(0)!.Level(0)!;
        Assert.Equal("custom", l0.NumFmt);
        Assert.Equal("001, 002, 003, ...", l0.CustomFormat);
        Assert.Equal("01, 02, 03, ...", defs.GetAbstract(0)!.Level(1)!.CustomFormat);
    }

    [Fact]
    public void Skips_malformed_entries_and_keeps_the_first_of_duplicates()
    {
        var defs = NumberingDefinitions.Parse(NumberingPart(
            """<w:abstractNum w:abstractNumId="x"/>""" +
            AbstractNum(0, Lvl(0, "first")) + AbstractNum(0, Lvl(0, "second")) +
            """<w:num w:numId="1"/>""" + Num(2, 0) + Num(2, 5)));
        Assert.Single(defs.AbstractNums);
        Assert.Equal("first", defs.GetAbstract(0)!.Level(0)!.LvlText);
        Assert.Null(defs.GetNum(1));
        Assert.Equal(0, defs.GetNum(2)!.AbstractNumId);
    }

    [Fact]
    public void Elements_are_matched_by_namespace_not_prefix()
    {
        var root = XElement.Parse($"""
            <ns0:numbering xmlns:ns0="{Ns}">
              <ns0:abstractNum ns0:abstractNumId="3"><ns0:lvl ns0:ilvl="0"><ns0:start ns0:val="1"/><ns0:numFmt ns0:val="lowerRoman"/><ns0:lvlText ns0:val="(%1)"/></ns0:lvl></ns0:abstractNum>
              <ns0:num ns0:numId="9"><ns0:abstractNumId ns0:val="3"/></ns0:num>
            </ns0:numbering>
            """);
        var defs = NumberingDefinitions.Parse(root);
        Assert.Equal("lowerRoman", defs.GetAbstract(3)!.Level(0)!.NumFmt);
        Assert.Equal(3, defs.GetNum(9)!.AbstractNumId);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("32767", 32767)]
    [InlineData("32768", 32767)]
    [InlineData("2147483647", 32767)]
    [InlineData("1753743000", 32767)]
    [InlineData("99999999999999999999999999", 32767)]
    [InlineData("-5", 0)]
    [InlineData("-99999999999999999999999999", 0)]
    [InlineData("abc", null)]
    [InlineData("", null)]
    public void Start_values_are_kept_within_the_range_Word_holds(string start, int? expected)
    {
        var defs = NumberingDefinitions.Parse(NumberingPart(
            $"""<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>"""
            + """<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride """
            + $"""w:val="{start}"/></w:lvlOverride></w:num>"""));
        Assert.Equal(expected, defs.GetAbstract(0)!.Level(0)!.Start);
        Assert.Equal(expected, defs.GetNum(1)!.Override(0)?.StartOverride);
    }

    [Fact]
    public void A_huge_level_text_is_cut_to_the_longest_label()
    {
        var defs = NumberingDefinitions.Parse(NumberingPart(
            $"""<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:lvlText w:val="{new string('x', 100_000)}%1"/></w:lvl></w:abstractNum>"""));
        Assert.Equal(NumberingEngine.MaxLabelLength, defs.GetAbstract(0)!.Level(0)!.LvlText.Length);
    }
}
