using AngleSharp.Dom;
using Mrs.Rendering.Writers;

namespace Mrs.Tests.Rendering.Html;

/// <summary>What the web edition makes of the parts of a standard, on the hand-written samples (which use every element).</summary>
public class HtmlEditionTests
{
    private static readonly Lazy<IDocument> Gbt =
        new(() => HtmlChecks.Check(HtmlGoldenTests.Render(TestPaths.Sample("gbt-sample.std.yaml"), AssetMode.Embed)));
    private static readonly Lazy<IDocument> Iso =
        new(() => HtmlChecks.Check(HtmlGoldenTests.Render(TestPaths.Sample("iso-sample.std.yaml"), AssetMode.Embed)));

    [Fact]
    public void The_cover_shows_identifier_titles_in_both_languages_and_the_cover_facts()
    {
        var page = Gbt.Value;
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("GB/T 45678.1—2026", page.QuerySelector(".cover-identifier")!.TextContent);
        Assert.Equal("信息技术　标准化文件结构化表示　第1部分：条款模型", page.QuerySelector("h1")!.TextContent);
        var english = page.QuerySelector(".cover-title-other")!;
        Assert.Equal("en", english.GetAttribute("lang"));
        Assert.Contains("Part 1: Clause model", english.TextContent, StringComparison.Ordinal);
        var facts = page.QuerySelectorAll(".cover-facts dt").Select(dt => dt.TextContent + "=" + dt.NextElementSibling!.TextContent).ToList();
        Assert.Contains("ICS=35.240.30、01.120", facts);
        Assert.Contains("CCS=L 70", facts);
        Assert.Contains("代替=GB/T 45678.1—2021", facts);
        Assert.Contains("实施日期=2027-01-01", facts);
        Assert.Contains(facts, f => f.StartsWith("采用=ISO/IEC 99998-1:2025", StringComparison.Ordinal)
            && f.EndsWith("(MOD)", StringComparison.Ordinal));
    }

    [Fact]
    public void Clauses_are_sections_with_numbered_headings_and_permalinks_and_the_contents_link_to_them()
    {
        var page = Gbt.Value;
        var clause = page.GetElementById("clause-5.2")!;
        Assert.Equal("section", clause.LocalName);
        var heading = clause.QuerySelector(":scope > h3")!;
        Assert.Equal("5.2", heading.QuerySelector(".number")!.TextContent);
        Assert.Equal("稳定标识符", heading.QuerySelector(".title")!.TextContent);
        Assert.Equal("#clause-5.2", heading.QuerySelector("a.permalink")!.GetAttribute("href"));
        Assert.Equal("h2", page.GetElementById("clause-5")!.QuerySelector(":scope > .heading")!.LocalName);
        var annex = page.GetElementById("annex-A")!.QuerySelector(":scope > h2")!;
        Assert.Equal("附录A （规范性） 稳定标识符的构成规则¶", annex.TextContent);
        var contents = page.QuerySelectorAll("#mrs-contents .contents-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#foreword", "#introduction", "#clause-1"], contents.Take(3));
        Assert.Contains("#clause-5.2", contents);
        Assert.Contains("#annex-B", contents);
        Assert.Contains("#bibliography", contents);
    }

    [Fact]
    public void Terms_are_a_definition_list_and_every_use_of_a_term_links_to_its_entry_described_by_its_definition()
    {
        var page = Gbt.Value;
        var entry = page.GetElementById("term-3.2")!;
        Assert.Equal("dl", entry.ParentElement!.LocalName);
        Assert.Equal("条款模型", entry.QuerySelector("dt dfn")!.TextContent);
        Assert.Contains("条文模型", entry.QuerySelector("dt .admitted")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("en", entry.QuerySelector("dt .equivalent")!.GetAttribute("lang"));
        Assert.Equal("CM", entry.QuerySelector("abbr")!.TextContent);
        var definition = entry.QuerySelector("dd .definition")!;
        Assert.StartsWith("以章、条和块为节点", definition.TextContent, StringComparison.Ordinal);
        Assert.Contains("［来源：GB/T 20000.1—2014，5.2，有修改，删除了注］", page.GetElementById("term-3.1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("注1：", page.GetElementById("term-3.4")!.QuerySelector(".note-to-entry .label")!.TextContent);

        var uses = page.QuerySelectorAll("main a.term-use[href='#term-3.2']");
        Assert.NotEmpty(uses);
        Assert.All(uses, u => Assert.Equal(definition.Id, u.GetAttribute("aria-describedby")));
        Assert.Empty(page.QuerySelectorAll("h1 a.term-use, h2 a.term-use, h3 a.term-use, dfn a, a a"));
        // the longest term wins: 原样保留块 is one use of 3.4, not 块 (3.3)
        Assert.Contains(page.QuerySelectorAll("a.term-use[href='#term-3.4']"), a => a.TextContent == "原样保留块");
    }

    [Fact]
    public void Provisions_are_marked_sentence_by_sentence_and_the_tools_to_show_them_are_there()
    {
        var page = Gbt.Value;
        var paragraph = page.QuerySelectorAll("[id='clause-6.1'] > p").First(p => p.TextContent.StartsWith("全角标点符号宜原样保留", StringComparison.Ordinal));
        Assert.Contains("has-recommendation", paragraph.ClassList);
        var spans = paragraph.QuerySelectorAll("span.prov");
        Assert.Equal(["全角标点符号宜原样保留。", "全角标点符号不宜替换为半角标点符号。"], spans.Select(s => s.TextContent));
        Assert.All(spans, s => Assert.Contains("prov-recommendation", s.ClassList));
        var both = page.QuerySelectorAll("[id='clause-7.1'] > p")[0];
        Assert.Equal(2, both.QuerySelectorAll(".prov-requirement").Length);
        // the list a requirement introduces
        Assert.Contains("has-requirement", page.QuerySelectorAll("[id='clause-5.1'] > .blk").First(b => b.LocalName == "ol").ClassList);
        foreach (var tool in new[] { "mrs-show-requirement", "mrs-show-recommendation", "mrs-show-permission", "mrs-show-possibility",
            "mrs-requirements-only" })
        {
            Assert.Equal("checkbox", page.GetElementById(tool)!.GetAttribute("type"));
        }
        Assert.True(page.GetElementById("mrs-search")!.HasAttribute("hidden")); // shown by the script only
    }

    [Fact]
    public void Tables_have_a_caption_header_cells_with_scope_spans_and_notes_in_their_foot()
    {
        var table = Gbt.Value.GetElementById("table-1")!;
        Assert.Equal("table", table.LocalName);
        Assert.StartsWith("表1　块类型及其属性", table.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Equal("3", table.QuerySelector("tbody td[rowspan]")!.GetAttribute("rowspan"));
        Assert.Equal("2", table.QuerySelector("tbody td[colspan]")!.GetAttribute("colspan"));
        var foot = table.QuerySelector("tfoot td")!;
        Assert.Equal("4", foot.GetAttribute("colspan"));
        Assert.NotNull(foot.QuerySelector(".note"));
        Assert.Equal("fn-table-1-a", foot.QuerySelector(".table-footnote")!.Id);
        Assert.Equal("#fn-table-1-a", table.QuerySelector("thead sup.footnote-ref a")!.GetAttribute("href"));
        Assert.Equal(4, table.QuerySelectorAll("col").Length);
    }

    [Fact]
    public void Figures_have_pictures_with_alternative_text_subfigures_a_key_and_a_caption()
    {
        var page = Gbt.Value;
        var figure = page.GetElementById("figure-1")!;
        Assert.Equal("figure", figure.LocalName);
        var image = figure.QuerySelector("img")!;
        Assert.StartsWith("data:image/png;base64,", image.GetAttribute("src"), StringComparison.Ordinal);
        Assert.StartsWith("由文档、章、条和块四个层次组成的树形结构图", image.GetAttribute("alt"), StringComparison.Ordinal);
        Assert.Equal("454", image.GetAttribute("width")); // 120 mm at 96 dpi
        Assert.StartsWith("图1　条款模型的层次结构", figure.QuerySelector(":scope > figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, figure.QuerySelectorAll(".key-list dt").Length);
        var subfigures = page.GetElementById("figure-2")!.QuerySelectorAll("figure.subfigure");
        Assert.Equal(["a)　YAML文件", "b)　JSON文件"], subfigures.Select(f => f.QuerySelector("figcaption")!.TextContent));
    }

    [Fact]
    public void Formulas_are_mathml_with_their_number_and_where_list_and_inline_maths_too()
    {
        var page = Gbt.Value;
        var formula = page.GetElementById("formula-1")!;
        var math = formula.QuerySelector("math")!;
        Assert.Equal("block", math.GetAttribute("display"));
        Assert.NotNull(math.QuerySelector("mfrac"));
        Assert.StartsWith("（1）", formula.QuerySelector(".formula-number")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("式中：", formula.NextElementSibling!.QuerySelector(".where-label")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("[id='clause-6.1'] li math"), m => m.QuerySelector("msup") is not null); // $E=mc^2$
        Assert.Contains(page.QuerySelectorAll("a.xref"), a => a.GetAttribute("href") == "#formula-1");
    }

    [Fact]
    public void Footnotes_notes_examples_code_raw_content_and_references_are_written()
    {
        var page = Gbt.Value;
        var reference = page.QuerySelector("sup.footnote-ref a[href='#fn-1']")!;
        Assert.Equal("1", reference.TextContent);
        var footnote = page.GetElementById("fn-1")!;
        Assert.Equal("#" + reference.Id, footnote.QuerySelector("a.footnote-back")!.GetAttribute("href"));
        Assert.Equal("注1：", page.QuerySelector("[id='clause-5.2'] > .note .label")!.TextContent);
        Assert.Equal("note", page.QuerySelector("[id='clause-5.2'] > .note")!.GetAttribute("role"));
        Assert.Equal("示例：", page.QuerySelector("[id='clause-5.2'] > .example .label")!.TextContent);
        Assert.Contains("schemaVersion: \"1.0\"", page.QuerySelector("pre code.language-yaml")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("本稿仅供征求意见使用", page.QuerySelector(".raw .raw-text")!.TextContent);
        Assert.Equal("li", page.GetElementById("ref-GB-T-1.1-2020")!.LocalName);
        Assert.Equal("https://yaml.org/spec/1.2.2/", page.GetElementById("ref-YAML-1.2.2")!.QuerySelector("a.external")!.GetAttribute("href"));
        Assert.Equal("en", page.GetElementById("ref-ISO-IEC-21778-2017")!.GetAttribute("lang"));
    }

    [Fact]
    public void Themes_are_chosen_from_the_document_or_by_name()
    {
        Assert.Equal("theme-gbt", Gbt.Value.DocumentElement.ClassName);
        Assert.Equal("theme-iso", Iso.Value.DocumentElement.ClassName);
        var forced = HtmlChecks.Parse(HtmlGoldenTests.Render(TestPaths.Sample("gbt-sample.std.yaml"), AssetMode.Embed, "iso"));
        Assert.Equal("theme-iso", forced.DocumentElement.ClassName);
        Assert.Equal("目次", forced.GetElementById("mrs-contents-title")!.TextContent); // labels follow the document's language
        Assert.Contains(Iso.Value.QuerySelectorAll(".note:not(.note-to-entry) > .label"), l => l.TextContent == "NOTE 1");
        Assert.Equal("Note 1 to entry:", Iso.Value.QuerySelector(".note-to-entry > .label")!.TextContent);
        Assert.StartsWith("Table 1 — ", Iso.Value.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
    }
}
