using System.Xml.Linq;
using Mrs.Import.Docx.Styles;
using static Mrs.Tests.Import.Numbering.Wml;

namespace Mrs.Tests.Import.Numbering;

public class StyleSheetTests
{
    private static StyleSheet Sheet(params string[] styles) => StyleSheet.Parse(StylesPart(string.Concat(styles)));

    [Fact]
    public void Null_root_gives_an_empty_sheet()
    {
        var sheet = StyleSheet.Parse(null);
        Assert.Empty(sheet.Styles);
        Assert.Null(sheet.Get("Normal"));
        Assert.Null(sheet.Get(null));
        Assert.Null(sheet.DefaultParagraphStyle);
        Assert.Equal((null, null), sheet.ResolveNumbering("Normal"));
        Assert.Null(sheet.ResolveOutlineLevel(null));
        Assert.Equal("", sheet.NameOf(null));
        Assert.Empty(sheet.BasedOnChain("x"));
    }

    [Fact]
    public void Reads_id_name_type_basedOn_default_numbering_outline_and_raw_properties()
    {
        var sheet = StyleSheet.Parse(StylesPart("""
            <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:rPr><w:sz w:val="21"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="affc"><w:name w:val="标准文件_章标题"/><w:basedOn w:val="a"/>
              <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
            <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/></w:style>
            <w:style w:type="numbering" w:styleId="Headings"><w:name w:val="Headings"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
            <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>
            """));
        var normal = sheet.Get("a")!;
        Assert.Equal("Normal", normal.Name);
        Assert.True(normal.IsDefault);
        Assert.Same(normal, sheet.DefaultParagraphStyle);
        Assert.NotNull(normal.RPr);
        Assert.Null(normal.PPr);

        var chapter = sheet.Get("affc")!;
        Assert.Equal("标准文件_章标题", chapter.Name);
        Assert.Equal("paragraph", chapter.Type);
        Assert.Equal("a", chapter.BasedOn);
        Assert.False(chapter.IsDefault);
        Assert.Equal(2, chapter.NumId);
        Assert.Equal(1, chapter.Ilvl);
        Assert.Equal(0, chapter.OutlineLevel);
        Assert.NotNull(chapter.PPr);

        Assert.Equal("character", sheet.Get("Strong")!.Type);
        Assert.Equal("numbering", sheet.Get("Headings")!.Type);
        Assert.Equal(7, sheet.Get("Headings")!.NumId);
        Assert.Equal("table", sheet.Get("TableGrid")!.Type);
        Assert.Equal(5, sheet.Styles.Count);
    }

    [Fact]
    public void Name_falls_back_to_the_id_and_type_to_paragraph()
    {
        var sheet = StyleSheet.Parse(StylesPart("""<w:style w:styleId="NoName"/>"""));
        var style = sheet.Get("NoName")!;
        Assert.Equal("NoName", style.Name);
        Assert.Equal("paragraph", style.Type);
        Assert.True(style.IsParagraphStyle);
    }

    [Fact]
    public void Styles_are_matched_by_namespace_not_prefix()
    {
        var root = XElement.Parse($"""
            <ns0:styles xmlns:ns0="{Ns}">
              <ns0:style ns0:type="paragraph" ns0:styleId="2"><ns0:name ns0:val="heading 1"/>
                <ns0:pPr><ns0:numPr><ns0:numId ns0:val="4"/></ns0:numPr><ns0:outlineLvl ns0:val="0"/></ns0:pPr></ns0:style>
              <w:style xmlns:w="urn:not-wordprocessingml" w:styleId="foreign"/>
            </ns0:styles>
            """);
        var sheet = StyleSheet.Parse(root);
        Assert.Single(sheet.Styles);
        Assert.Equal("heading 1", sheet.NameOf("2"));
        Assert.Equal((4, null), sheet.ResolveNumbering("2"));
        Assert.Equal(0, sheet.ResolveOutlineLevel("2"));
    }

    [Theory]
    [InlineData("heading 1")]
    [InlineData("Heading 1")]
    [InlineData("HEADING 1")]
    [InlineData("  heading 1 ")]
    public void FindByName_is_case_insensitive(string name)
    {
        var sheet = Sheet(ParagraphStyle("berschrift1", "heading 1"), ParagraphStyle("Normal", "Normal"));
        Assert.Equal("berschrift1", sheet.FindByName(name)?.Id);
    }

    [Fact]
    public void FindByName_prefers_paragraph_styles_and_can_filter_by_type()
    {
        var sheet = StyleSheet.Parse(StylesPart("""
            <w:style w:type="character" w:styleId="NoteChar"><w:name w:val="Note"/></w:style>
            <w:style w:type="paragraph" w:styleId="NotePara"><w:name w:val="Note"/></w:style>
            """));
        Assert.Equal("NotePara", sheet.FindByName("note")?.Id);
        Assert.Equal("NoteChar", sheet.FindByName("note", "character")?.Id);
        Assert.Null(sheet.FindByName("note", "table"));
        Assert.Null(sheet.FindByName("missing"));
        Assert.Null(sheet.FindByName(""));
    }

    [Fact]
    public void Get_falls_back_to_a_case_insensitive_id_and_the_first_duplicate_wins()
    {
        var sheet = Sheet(ParagraphStyle("Heading1", "heading 1", numId: 3), ParagraphStyle("Heading1", "heading 1 (later copy)"));
        Assert.Equal("heading 1", sheet.Get("heading1")?.Name);
        Assert.Equal(3, sheet.Get("Heading1")?.NumId);
        Assert.Single(sheet.Styles);
    }

    [Fact]
    public void NameOf_gives_the_name_the_id_when_unknown_and_the_default_style_for_null()
    {
        var sheet = Sheet(ParagraphStyle("afff5", "Normal", isDefault: true), ParagraphStyle("affc", "标准文件_章标题", "afff5"));
        Assert.Equal("标准文件_章标题", sheet.NameOf("affc"));
        Assert.Equal("Unknown", sheet.NameOf("Unknown"));
        Assert.Equal("Normal", sheet.NameOf(null));
        Assert.Equal("Normal", sheet.NameOf(""));
    }

    [Fact]
    public void BasedOnChain_lists_the_style_then_its_ancestors_and_stops_at_cycles_and_unknown_ids()
    {
        var sheet = Sheet(
            ParagraphStyle("C", basedOn: "B"), ParagraphStyle("B", basedOn: "A"), ParagraphStyle("A", basedOn: "Missing"),
            ParagraphStyle("X", basedOn: "Y"), ParagraphStyle("Y", basedOn: "X"), ParagraphStyle("Self", basedOn: "Self"));
        Assert.Equal(["C", "B", "A"], sheet.BasedOnChain("C"));
        Assert.Equal(["X", "Y"], sheet.BasedOnChain("X"));
        Assert.Equal(["Self"], sheet.BasedOnChain("Self"));
        Assert.Empty(sheet.BasedOnChain("Missing"));
        Assert.Empty(sheet.BasedOnChain(null));
    }

    [Fact]
    public void ResolveNumbering_follows_basedOn_and_the_nearest_definition_of_each_property_wins()
    {
        var sheet = Sheet(
            ParagraphStyle("Base", numId: 5, ilvl: 0),
            ParagraphStyle("Mid", basedOn: "Base", ilvl: 2),
            ParagraphStyle("Leaf", basedOn: "Mid"),
            ParagraphStyle("Off", basedOn: "Leaf", numId: 0),
            ParagraphStyle("Other", basedOn: "Leaf", numId: 9));
        Assert.Equal((5, 0), sheet.ResolveNumbering("Base"));
        Assert.Equal((5, 2), sheet.ResolveNumbering("Mid"));
        Assert.Equal((5, 2), sheet.ResolveNumbering("Leaf"));
        Assert.Equal((0, 2), sheet.ResolveNumbering("Off"));
        Assert.Equal((9, 2), sheet.ResolveNumbering("Other"));
        Assert.Equal((null, null), sheet.ResolveNumbering("Unknown"));
        Assert.Equal((null, null), sheet.ResolveNumbering(null));
    }

    [Fact]
    public void ResolveNumbering_and_outline_level_terminate_on_a_basedOn_cycle()
    {
        var sheet = Sheet(ParagraphStyle("X", basedOn: "Y"), ParagraphStyle("Y", basedOn: "X"));
        Assert.Equal((null, null), sheet.ResolveNumbering("X"));
        Assert.Null(sheet.ResolveOutlineLevel("Y"));
    }

    [Fact]
    public void ResolveOutlineLevel_follows_basedOn()
    {
        var sheet = Sheet(
            ParagraphStyle("H1", "heading 1", outline: 0),
            ParagraphStyle("Annex", basedOn: "H1"),
            ParagraphStyle("Body", basedOn: "H1", outline: 9));
        Assert.Equal(0, sheet.ResolveOutlineLevel("Annex"));
        Assert.Equal(9, sheet.ResolveOutlineLevel("Body"));
        Assert.Null(sheet.ResolveOutlineLevel("Missing"));
    }

    [Fact]
    public void Parses_the_real_GBT_template_by_name()
    {
        var path = TestPaths.CorpusFile("standards/gbt/gbt-skill_national-standard_template.dotx");
        if (!File.Exists(path))
        {
            Assert.Skip("corpus not available");
        }
        var (sheet, _) = SyntheticDocx.ReadParts(path);
        var chapter = sheet.FindByName("标准文件_章标题")!;
        Assert.Equal("affc", chapter.Id);
        Assert.Equal((2, 1), sheet.ResolveNumbering(chapter.Id));
        Assert.Equal(0, sheet.ResolveOutlineLevel(chapter.Id));
        Assert.Equal("Normal", sheet.DefaultParagraphStyle?.Name);
    }
}
