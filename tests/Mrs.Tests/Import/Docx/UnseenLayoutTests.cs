using Mrs.Import;
using Mrs.Model;
using static Mrs.Tests.WordFile;

namespace Mrs.Tests.Import.Docx;

/// <summary>
/// The layouts of standards nobody tuned the importer for, one class each, on small Word files made here (and, where a
/// corpus document shows the class, on that document): empty paragraphs that hold only the number Word draws, term
/// entries without term styles, typed lists, labels drawn and typed again, titles as plain text, term references by
/// number, numbers typed with spaced dots, outline levels without heading styles, typed contents lines, tracked
/// deletions of paragraph marks, captions above pictures, footnote marks, cover fields, headings in layout tables.
/// </summary>
public class UnseenLayoutTests
{
    /// <summary>heading 1 names the list; heading 2 and 3 set only their level (as in the ISO template), TermNum3 is based on heading 3.</summary>
    private const string IsoStyles = """
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Heading2"/><w:pPr><w:numPr><w:ilvl w:val="2"/></w:numPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="TermNum3"><w:name w:val="TermNum3"/><w:basedOn w:val="Heading3"/></w:style>
        <w:style w:type="paragraph" w:styleId="Terms"><w:name w:val="Term(s)"/></w:style>
        <w:style w:type="paragraph" w:styleId="Definition"><w:name w:val="Definition"/></w:style>
        """;

    private const string OutlineNumbering = """
        <w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading3"/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
        """;

    private static StandardDocument Import(string path, ImportOptions? options = null) => DocumentImporter.Import(path,
        options ?? new ImportOptions()).Document;

    private static IEnumerable<Clause> All(IEnumerable<Clause> clauses) => clauses.SelectMany(c => new[] { c }.Concat(All(c.Clauses)));

    private static IEnumerable<Clause> All(StandardDocument d) => All(d.Clauses).Concat(d.Annexes.SelectMany(a => All(a.Clauses)));

    private static IEnumerable<TermEntry> Terms(StandardDocument d) => All(d).SelectMany(c => c.Terms);

    private static string Opening(params string[] more) =>
        P("Scope", "Heading1") + P("This document specifies things.") + P("Normative references", "Heading1")
            + P("There are no normative references in this document.")
        + string.Concat(more);

    [Fact]
    public void Empty_paragraphs_that_hold_only_the_number_Word_draws_start_the_term_entries()
    {
        // The ISO template: TermNum3 paragraphs hold nothing but a bookmark; Word draws 3.1.1, 3.1.2 (the numId comes
        // from heading 1 up the style chain) and the designation follows in the next paragraph.
        var body = Opening(
            P("Terms and definitions", "Heading1"), P("For the purposes of this document, the following terms and definitions apply."),
            P("General terms", "Heading2"),
            """<w:p><w:pPr><w:pStyle w:val="TermNum3"/></w:pPr><w:bookmarkStart w:id="1" w:name="term_coordinate"/><w:bookmarkEnd w:id="1"/></w:p>""",
            P("coordinate", "Terms"), P("one of a sequence of numbers designating the position of a point", "Definition"),
            """<w:p><w:pPr><w:pStyle w:val="TermNum3"/></w:pPr></w:p>""",
            P("feature", "Terms"), P("abstraction of real world phenomena", "Definition"),
            P("Requirements", "Heading1"), P("See the term feature."));
        var document = Import(Make(body, IsoStyles, OutlineNumbering));
        var terms = Terms(document).ToList();
        Assert.Equal(["3.1.1", "3.1.2"], terms.Select(t => t.Number));
        Assert.Equal(["coordinate", "feature"], terms.Select(t => t.Preferred.Single().Text));
        Assert.Equal("abstraction of real world phenomena", terms[1].Definition);
        Assert.Equal(["term-3.1.1", "term-3.1.2"], terms.Select(t => t.Id));
        Assert.Contains(All(document), c => c.Number == "4" && c.Title == "Requirements");
    }

    [Fact]
    public void Empty_numbered_headings_in_a_terms_clause_of_a_plain_document_start_term_entries_too()
    {
        var body = Opening(
            P("Terms and definitions", "Heading1"),
            P("", "Heading2"), P("coordinate"), P("one of a sequence of numbers"),
            P("", "Heading2"), P("feature"), P("abstraction of real world phenomena"));
        var terms = Terms(Import(Make(body, IsoStyles.Replace("Term(s)", "Plain term"), OutlineNumbering))).ToList();
        Assert.Equal(["3.1", "3.2"], terms.Select(t => t.Number));
        Assert.Equal(["coordinate", "feature"], terms.Select(t => t.Preferred.Single().Text));
        Assert.Equal("one of a sequence of numbers", terms[0].Definition);
    }

    [Fact]
    public void Term_entries_are_recognised_by_their_structure_in_documents_without_term_styles()
    {
        var body = Opening(
            P("Terms and definitions", "Heading1"), P("For the purposes of this document, the following terms and definitions apply."),
            P("3.1"), P("coordinate"), P("one of a sequence of numbers"), P("Note 1 to entry: Coordinates are ordered."),
            P("3.2⏎feature⏎abstraction of real world phenomena"),
            P("Requirements", "Heading1"), P("A feature (3.2) has coordinates (3.1)."));
        var document = Import(Make(body, IsoStyles.Replace("Term(s)", "Plain term"), OutlineNumbering));
        var terms = Terms(document).ToList();
        Assert.Equal(["3.1", "3.2"], terms.Select(t => t.Number));
        Assert.Equal(["coordinate", "feature"], terms.Select(t => t.Preferred.Single().Text));
        Assert.Equal("abstraction of real world phenomena", terms[1].Definition);
        Assert.Equal("1", terms[0].Notes.Single().Number);
        // the references by number link to the entries, the text as written
        var text = ((Paragraph)All(document).Single(c => c.Number == "4").Blocks.Single()).Text;
        Assert.Equal("A feature ([3.2](#term-3.2)) has coordinates ([3.1](#term-3.1)).", text);
    }

    [Fact]
    public void Chinese_term_entries_without_term_styles_keep_their_English_equivalent_and_a_translated_note_is_a_note()
    {
        var body = P("范围", "Heading1") + P("本文件规定了要求。") + P("规范性引用文件", "Heading1") + P("本文件没有规范性引用文件。")
            + P("术语和定义", "Heading1") + P("下列术语和定义适用于本文件。")
            + P("3.1") + P("坐标　coordinate") + P("表示点的位置的一组数之一。") + P("注意：坐标有顺序。")
            + P("3.2") + P("要素　feature") + P("现实世界现象的抽象。");
        var terms = Terms(Import(Make(body, IsoStyles.Replace("Term(s)", "Plain term"), OutlineNumbering))).ToList();
        Assert.Equal(["3.1", "3.2"], terms.Select(t => t.Number));
        Assert.Equal("坐标", terms[0].Preferred.Single().Text);
        Assert.Equal("coordinate", terms[0].Equivalents.Single().Text);
        Assert.Single(terms[0].Notes);
        Assert.Equal("现实世界现象的抽象。", terms[1].Definition);
    }

    [Fact]
    public void Lists_typed_as_text_become_lists_nested_by_their_markers()
    {
        var body = P("Requirements", "Heading1") + P("The system shall:")
            + P("a) record the events;") + P("b) keep them:") + P("1) for a year;") + P("2) in order;") + P("c) report them.")
            + P("其他要求如下：") + P("——第一项；") + P("——第二项。")
            + P("以上。") + P("i) one sentence that names ii) two things is no list.");
        var clause = Import(Make(body, IsoStyles, OutlineNumbering)).Clauses.Single();
        var lists = clause.Blocks.OfType<ListBlock>().ToList();
        Assert.Equal(2, lists.Count);
        Assert.Equal(["a)", "b)", "c)"], lists[0].Items.Select(i => i.Label));
        Assert.Equal(ListMarker.LowerLetter, lists[0].Marker);
        Assert.Equal("record the events;", lists[0].Items[0].Text);
        var nested = lists[0].Items[1].Blocks.OfType<ListBlock>().Single();
        Assert.Equal(["1)", "2)"], nested.Items.Select(i => i.Label));
        Assert.Equal(ListMarker.Dash, lists[1].Marker);
        Assert.Equal(["第一项；", "第二项。"], lists[1].Items.Select(i => i.Text));
        Assert.StartsWith("i) one sentence", ((Paragraph)clause.Blocks[^1]).Text);
    }

    [Fact]
    public void A_label_Word_draws_and_the_text_repeats_is_kept_once_and_reported()
    {
        var numbering = OutlineNumbering + """
            <w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="注%1："/></w:lvl></w:abstractNum>
            <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
            """;
        var body = P("要求", "Heading1") + P("文本。")
            + P("注1：本注说明要求。", pPr: """<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>""")
            + P("注2：第二个注。", pPr: """<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>""");
        var result = DocumentImporter.Import(Make(body, IsoStyles, numbering), new ImportOptions());
        var notes = result.Document.Clauses.Single().Blocks.OfType<Note>().ToList();
        Assert.Equal(["1", "2"], notes.Select(n => n.Number));
        Assert.Equal("本注说明要求。", ((Paragraph)notes[0].Blocks.Single()).Text);
        Assert.Contains(result.Report.Anomalies, a => a.Contains("typed again", StringComparison.Ordinal));
    }

    [Fact]
    public void Titles_are_the_text_a_reader_sees_without_links_to_themselves_or_the_heading_look()
    {
        var body = """<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:bookmarkStart w:id="1" w:name="_Toc1"/><w:hyperlink """
            + """w:anchor="_Toc1"><w:r><w:t>Topics beginning with $</w:t></w:r></w:hyperlink><w:bookmarkEnd w:id="1"/></w:p>"""
            + P("Text.")
            + """<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>port</w:t></w:r><w:r><w:t xml:space="preserve"> """
            + """property of S100_Purpose</w:t></w:r></w:p>"""
            + P("See [1] and costs of $5 and $10.");
        var clauses = Import(Make(body, IsoStyles, OutlineNumbering)).Clauses;
        Assert.Equal("Topics beginning with $", clauses[0].Title);
        Assert.Equal("port property of S100_Purpose", clauses[1].Title);
    }

    [Fact]
    public void Numbers_typed_with_spaced_dots_and_outline_levels_without_heading_styles_make_clauses_and_terms()
    {
        // A GB/T converted from PDF by WPS: no heading styles, outline levels set on the paragraphs, numbers typed
        // with spaces ("3 . 1 . 15", and 11 split as "1 1"), a contents list typed with a dotted leader.
        const string outline0 = "<w:outlineLvl w:val=\"0\"/>";
        const string outline1 = "<w:outlineLvl w:val=\"1\"/>";
        const string leader = "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9000\"/></w:tabs>";
        var body = P("目　次") + P("1    范围\t1", pPr: leader) + P("3    术语和定义\t1", pPr: leader)
            + P("1    范围", pPr: outline0) + P("本文件规定了联网系统的要求。")
            + P("2    规范性引用文件", pPr: outline0) + P("本文件没有规范性引用文件。")
            + P("3    术语和定义", pPr: outline0) + P("3 . 1     术语", pPr: outline1) + P("下列术语和定义适用于本文件。")
            + P("3 . 1 . 10") + P("用户代理    user agent") + P("逻辑终端实体。")
            + P("3 . 1 . 1  1") + P("代理服务器    proxy server") + P("逻辑实体。")
            + P("6 . 1 1     多路径级联结构", pPr: outline1) + P("内容。");
        var result = DocumentImporter.Import(Make(body), new ImportOptions());
        var clauses = All(result.Document).Select(c => (c.Number, c.Title)).ToList();
        Assert.Contains(("1", "范围"), clauses);
        Assert.Contains(("3.1", "术语"), clauses);
        Assert.Contains(("6.11", "多路径级联结构"), clauses);
        var terms = Terms(result.Document).ToList();
        Assert.Equal(["3.1.10", "3.1.11"], terms.Select(t => t.Number));
        Assert.Equal("proxy server", terms[1].Equivalents.Single().Text);
        Assert.Equal(2, result.Report.TypedContentsLines);
    }

    [Fact]
    public void A_paragraph_whose_mark_is_a_tracked_deletion_joins_the_next_and_is_not_numbered()
    {
        var deleted = """<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:rPr><w:del w:id="1" w:author="a" """
            + """w:date="2020-01-01T00:00:00Z"/></w:rPr></w:pPr><w:del w:id="2" w:author="a" w:date="2020-01-01T00:00:00Z"><w:r><w:delText>Removed """
            + """clause</w:delText></w:r></w:del></w:p>""";
        var body = P("Scope", "Heading1") + P("Text.") + deleted + P("Requirements", "Heading1") + P("More text.");
        var path = Make(body, IsoStyles, OutlineNumbering);
        Assert.Equal([("1", "Scope"), ("2", "Requirements")], Import(path).Clauses.Select(c => (c.Number!, c.Title!)));
        // the view before the changes keeps the clause that was deleted
        Assert.Equal(["Scope", "Removed clause", "Requirements"],
            Import(path, new ImportOptions { TrackChanges = Mrs.Import.Docx.Word.TrackChangesMode.Reject }).Clauses.Select(c => c.Title));
    }

    [Fact]
    public void Captions_above_their_picture_title_that_picture_and_chapter_numbers_are_kept_as_written()
    {
        // OASIS DSS core: "Figure 1: Component overview" above the picture
        var dss = Import(TestPaths.CorpusFile("standards/oasis/oasis-tcs__dss-x-spec__dss-core-v2.0-cs02.docx"));
        var figures = All(dss).SelectMany(c => c.Blocks).OfType<Figure>().ToList();
        var first = figures.Single(f => f.Number == "1");
        Assert.Equal("Component overview", first.Title);
        Assert.Single(first.Images);
        Assert.DoesNotContain(figures,
            f => f.Number is null && f.Title is null && f.Images.Count == 1 && figures.Count(g => g.Images.Count == 0) > 0);
        // IHO S-129: chapter-style numbers ("Figure 18-1")
        var s129 = Import(TestPaths.CorpusFile("standards/iho/iho-ohi__S-129-Product-Specification__S-129_EN_UKCM_Product_Specification_Ed2.0.0_Dra"
            + "ft_clean.docx"));
        Assert.Contains(All(s129).SelectMany(c => c.Blocks).OfType<Figure>(), f => f.Number is { } n && n.Contains('-'));
    }

    [Fact]
    public void Footnote_marks_are_footnote_references_once()
    {
        var rice = Mrs.Serialization.ModelWriter.ToYaml(Import(TestPaths.CorpusFile("standards/iso/metanorma-iso_rice.docx")));
        Assert.DoesNotContain("]^)^", rice); // ISO's "1)": the parenthesis belongs to the mark
        Assert.DoesNotContain("^^)^", rice);
        Assert.Matches(@"\[ISO.5725-1:1994\]\(#ref-ISO-5725-1:1994\)\[\^fn-\d+\] and", rice); // NOTEREF: the footnote again
        Assert.DoesNotContain("ref-ISO-16634:)", rice); // ids never end with a colon
    }

    [Fact]
    public void Cover_fields_of_a_Chinese_standard_converted_from_PDF_are_read()
    {
        var metadata = Import(TestPaths.CorpusFile("standards/gbt/real/laolv2023__28181-2022__GBT_28181_2022.docx")).Metadata;
        Assert.Equal("GB/T 28181—2022", metadata.Identifier);
        var zh = metadata.Titles.Single(t => t.Language == "zh-CN");
        Assert.Equal("公共安全视频监控联网系统", zh.Intro);
        Assert.Equal("信息传输、交换、控制技术要求", zh.Main);
        Assert.Equal("2022-12-30", metadata.PublicationDate);
        Assert.Equal("2023-07-01", metadata.ImplementationDate);
        Assert.Equal(["国家市场监督管理总局", "国家标准化管理委员会"], metadata.IssuingBodies);
        Assert.Single(metadata.Supersedes);
        Assert.Equal(["13.310"], metadata.Ics);
        Assert.DoesNotContain(metadata.OtherFields, f => f.Name is "Normal" or "Body Text");
    }

    [Fact]
    public void Cover_notices_are_kept_by_kind_and_front_sections_have_ids_from_their_titles()
    {
        var etsi = Import(TestPaths.CorpusFile("standards/etsi-itu-3gpp/ETSI_TS_skeleton.docx"));
        Assert.Equal("ETSI TS 1DD DDD Vm.t.e (yyyy-mm)", etsi.Metadata.Identifier);
        Assert.Contains(etsi.Metadata.OtherFields, f => f.Name == "disclaimer");
        Assert.Contains(etsi.Metadata.OtherFields, f => f.Name == "address" && f.Value.Contains("Sophia Antipolis", StringComparison.Ordinal));
        Assert.DoesNotContain(etsi.Metadata.OtherFields, f => f.Name is "Normal" or "FP");
        Assert.Contains(etsi.Preface, s => s.Id == "section-intellectual-property-rights");
        Assert.DoesNotContain(etsi.Preface, s => s.Id is "section" or "section-2");
    }

    [Fact]
    public void Numbered_headings_inside_a_layout_table_are_clauses()
    {
        // IHO S-123 sets parts of its feature catalogue in one table, with "4.4.1 General" (heading 3) in a cell
        var s123 = Import(TestPaths.CorpusFile("standards/iho/iho-ohi__S-123-Product-Specification-Development__S-123_DCEG_Ed.2.0.0_20260323.docx"));
        Assert.Contains(All(s123), c => c.Number == "4.4.1" && c.Title == "General");
        Assert.Contains(All(s123), c => c.Number == "7.9.1" && c.Title == "Exceptions to usual workdays");
    }
}
