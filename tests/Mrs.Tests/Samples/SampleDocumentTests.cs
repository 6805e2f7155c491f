using System.IO.Compression;
using Mrs.Import;
using Mrs.Model;
using Mrs.Validation;
using Mrs.Validation.Rules;

namespace Mrs.Tests.Samples;

/// <summary>
/// The Word standards shipped in samples/word (written by samples/word/make-samples.py and committed, so nothing is
/// generated at test time): what a new user gets from importing and validating them. Clause numbers, annex letters and
/// the GB/T labels of notes, lists, tables and figures are drawn by Word's numbering in these documents, not typed.
/// </summary>
public class SampleDocumentTests
{
    private const string Gbt = "word/gbt-sample.docx";
    private const string Iso = "word/iso-sample.docx";

    private static readonly Lazy<ImportResult> GbtImport = new(() => DocumentImporter.Import(TestPaths.Sample(Gbt), new ImportOptions()));
    private static readonly Lazy<ImportResult> IsoImport = new(() => DocumentImporter.Import(TestPaths.Sample(Iso), new ImportOptions()));

    private static ImportResult Imported(string sample) => sample == Gbt ? GbtImport.Value : IsoImport.Value;

    /// <summary>Every clause of the body and the annexes, in document order.</summary>
    private static IEnumerable<Clause> AllClauses(StandardDocument document) =>
        document.Clauses.Concat(document.Annexes.SelectMany(a => a.Clauses)).SelectMany(Flatten);

    private static IEnumerable<Clause> Flatten(Clause clause) => new[] { clause }.Concat(clause.Clauses.SelectMany(Flatten));

    private static Clause ClauseNumbered(StandardDocument document, string number) => AllClauses(document).Single(c => c.Number == number);

    private static IReadOnlyList<TermEntry> Terms(StandardDocument document) =>
        document.Clauses.Single(c => c.Kind == ClauseKind.TermsAndDefinitions).Terms;

    private static string Text(Block block) => block switch
    {
        Paragraph p => p.Text,
        _ => throw new InvalidOperationException($"not a paragraph: {block.GetType().Name}"),
    };

    [Theory]
    [InlineData(Gbt)]
    [InlineData(Iso)]
    public void Sample_is_a_committed_word_package(string sample)
    {
        var path = TestPaths.Sample(sample);
        Assert.True(File.Exists(path), $"{path} is missing: run python3 samples/word/make-samples.py and commit its output");
        using var zip = ZipFile.OpenRead(path);
        var parts = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal("[Content_Types].xml", parts[0]);
        Assert.Contains("word/document.xml", parts);
        Assert.Contains("word/styles.xml", parts);
        Assert.Contains("word/numbering.xml", parts);
        Assert.Contains("word/media/image1.png", parts);
        // fixed timestamps: the generator writes the same bytes on every run
        Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
    }

    [Theory]
    [InlineData(Gbt, "gbt")]
    [InlineData(Iso, "iso")]
    public void Import_picks_the_profile_and_reports_nothing_wrong(string sample, string profile)
    {
        var report = Imported(sample).Report;
        Assert.Equal(profile, report.Profile);
        Assert.StartsWith("auto", report.ProfileReason);
        Assert.Empty(report.UnmappedStyles);
        Assert.Empty(report.Anomalies);
        Assert.Empty(report.Warnings);
        Assert.Empty(report.RawBlocks);
        Assert.Empty(report.UnresolvedReferences);
        Assert.Equal(1, report.Tables);
        Assert.Equal(1, report.Pictures);
        Assert.Equal(1, report.Equations);
    }

    [Theory]
    [InlineData(Gbt)]
    [InlineData(Iso)]
    public void Clause_numbers_are_drawn_by_the_numbering_not_typed(string sample)
    {
        // The heading paragraphs hold the title only; the number shown comes from numbering.xml.
        var result = Imported(sample);
        var clauses = AllClauses(result.Document).ToList();
        Assert.NotEmpty(clauses);
        foreach (var clause in clauses)
        {
            var paragraph = result.SourceMap[Pointer(result.Document, clause)];
            Assert.Equal(clause.Title, result.ParagraphTexts[paragraph]);
        }
    }

    [Fact]
    public void Gbt_clauses_are_numbered_and_titled_as_written()
    {
        var document = GbtImport.Value.Document;
        Assert.Equal(
        [
            "1 范围", "2 规范性引用文件", "3 术语和定义", "4 模型结构", "4.1 总体结构", "4.2 稳定标识符", "4.3 块类型",
            "4.3.1 类型和属性", "4.3.2 列项", "4.3.3 原样保留块", "5 内容表示", "5.1 字符编码", "5.2 结构化覆盖率", "5.3 导入",
            "A.1 段落样式的映射", "A.2 编号的来源",
        ], AllClauses(document).Select(c => $"{c.Number} {c.Title}"));
        Assert.Equal([ClauseKind.Scope, ClauseKind.NormativeReferences, ClauseKind.TermsAndDefinitions, ClauseKind.General, ClauseKind.General],
            document.Clauses.Select(c => c.Kind));
        Assert.Equal(["前言", "引言"], document.Preface.Select(s => s.Title));
        Assert.Equal([SectionKind.Foreword, SectionKind.Introduction], document.Preface.Select(s => s.Kind));
    }

    [Fact]
    public void Gbt_cover_and_foreword_give_the_metadata()
    {
        var m = GbtImport.Value.Document.Metadata;
        Assert.Equal("GB/T 45678.1—2026", m.Identifier);
        Assert.Equal(DocumentLevel.National, m.Level);
        Assert.Equal(["35.240.30", "01.120"], m.Ics);
        Assert.Equal(["L 70"], m.Ccs);
        Assert.Equal("征求意见稿", m.Stage);
        Assert.Equal("2026-06-01", m.PublicationDate);
        Assert.Equal("2027-01-01", m.ImplementationDate);
        Assert.Equal(["国家市场监督管理总局", "国家标准化管理委员会"], m.IssuingBodies);
        Assert.Equal(["GB/T 45678.1—2021"], m.Supersedes);
        var adoption = Assert.Single(m.Adoptions);
        Assert.Equal(("ISO/IEC 99998-1:2025", AdoptionDegree.Mod), (adoption.Identifier, adoption.Degree));
        Assert.Equal(("zh-CN", "信息技术", "标准化文件结构化表示", "第1部分：条款模型"), (m.Titles[0].Language, m.Titles[0].Intro, m.Titles[0].Main, m.Titles[0].Part));
        Assert.Equal(("en", "Information technology", "Structured representation of standardizing documents", "Part 1: Clause model"),
            (m.Titles[1].Language, m.Titles[1].Intro, m.Titles[1].Main, m.Titles[1].Part));
        Assert.Equal("SAC/TC 28", m.Committee?.Identifier);
        Assert.Equal("中国电子技术标准化研究院", m.ProposedBy);
        Assert.Equal(3, m.DraftingOrganizations.Count);
        Assert.Equal(["张明", "李华", "王晓燕", "陈志强", "刘洋"], m.Drafters);
    }

    [Fact]
    public void Gbt_references_and_terms()
    {
        var document = GbtImport.Value.Document;
        var references = document.Clauses.Single(c => c.Kind == ClauseKind.NormativeReferences).References;
        Assert.Equal(["GB 18030", "GB/T 1.1—2020", "GB/T 7714"], references.Select(r => r.Identifier));

        var terms = Terms(document);
        Assert.Equal(["3.1", "3.2", "3.3"], terms.Select(t => t.Number));
        Assert.Equal(["标准化文件", "条款模型", "原样保留块"], terms.Select(t => t.Preferred.Single().Text));
        Assert.Equal(["standardizing document", "clause model", "raw block"], terms.Select(t => t.Equivalents.Single().Text));
        Assert.All(terms, t => Assert.Equal("en", t.Equivalents.Single().Language));
        Assert.Equal("以标准或标准化指导性技术文件等形式发布，为活动或其结果规定规则、指南或特性的文件", terms[0].Definition);
        var source = Assert.Single(terms[0].Sources);
        Assert.Equal(("GB/T 20000.1—2014", "5.2", true), (source.Reference, source.Locality, source.Modified));
        var note = Assert.Single(terms[1].Notes);
        Assert.Null(note.Number);
        Assert.Equal(["1", "2"], terms[2].Notes.Select(n => n.Number));
        Assert.Equal("原样保留块的内容不参与规则检查。", Text(terms[2].Notes[0].Blocks.Single()));

        var bibliography = Assert.Single(document.Bibliography!.Entries);
        Assert.Equal(("[1]", "GB/T 20000.1—2014"), (bibliography.Label, bibliography.Identifier));
    }

    [Fact]
    public void Gbt_blocks_keep_their_numbers_and_labels()
    {
        var document = GbtImport.Value.Document;

        // 4.1: a lettered list with a numbered list under c), then figure 1 with its key
        var general = ClauseNumbered(document, "4.1").Blocks;
        Assert.Equal(["应"], general.OfType<Paragraph>().SelectMany(p => p.Provisions).Select(p => p.Form).Distinct());
        var list = general.OfType<ListBlock>().Single();
        Assert.Equal(ListMarker.LowerLetter, list.Marker);
        Assert.Equal(["a)", "b)", "c)", "d)"], list.Items.Select(i => i.Label));
        Assert.Equal(["1)", "2)", "3)"], list.Items[2].Blocks.OfType<ListBlock>().Single().Items.Select(i => i.Label));
        var figure = general.OfType<Figure>().Single();
        Assert.Equal(("figure-1", "1", "条款模型的层次结构"), (figure.Id, figure.Number, figure.Title));
        Assert.Equal(["1", "2", "3", "4"], figure.Key.Select(k => k.Term));
        Assert.Equal("assets/figure-1.png",
            document.Assets.Single(a => a.Id == figure.Images.Single().Asset).Path);

        // 4.2: two numbered notes (restarted at 1 after the notes to entry 3.3) and an example
        var identifiers = ClauseNumbered(document, "4.2").Blocks;
        Assert.Equal(["1", "2"], identifiers.OfType<Note>().Select(n => n.Number));
        Assert.Single(identifiers.OfType<Example>());

        // 4.3.1: table 1 with a cell spanning two rows and one spanning two columns, and a note
        var table = ClauseNumbered(document, "4.3.1").Blocks.OfType<Table>().Single();
        Assert.Equal(("table-1", "1", "块类型及其属性", 1), (table.Id, table.Number, table.Title, table.HeaderRows));
        Assert.Equal(["类别", "块类型", "必备属性", "其他属性"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(("文字类", 2), (table.Rows[1].Cells[0].Text, table.Rows[1].Cells[0].RowSpan));
        Assert.Equal(3, table.Rows[2].Cells.Count);
        Assert.Equal(2, table.Rows[^1].Cells[^1].ColSpan);
        Assert.Single(table.Notes);

        // 5.2: formula (1) in Office Math
        var formula = ClauseNumbered(document, "5.2").Blocks.OfType<Formula>().Single();
        Assert.Equal(("formula-1", "1"), (formula.Id, formula.Number));
        Assert.Contains("<mfrac>", formula.MathMl);

        // the dash lists of the foreword
        Assert.All(document.Preface[0].Blocks.OfType<ListBlock>(), l => Assert.Equal(ListMarker.Dash, l.Marker));
    }

    [Fact]
    public void Gbt_formula_where_list_explains_its_symbols()
    {
        var formula = ClauseNumbered(GbtImport.Value.Document, "5.2").Blocks.OfType<Formula>().Single();
        Assert.Equal(3, formula.Where.Count);
        Assert.Equal("结构化覆盖率；", formula.Where[0].Definition);
        // symbols keep their italics and subscripts
        Assert.Equal(["*C*", "*N*~m~", "*N*"], formula.Where.Select(w => w.Term));
    }

    /// <summary>
    /// Covers and term entries as other GB/T documents write them: both issuing bodies in one paragraph on two lines,
    /// the second ending in 发布; the English title with em dashes without spaces; a term set under its number by a line
    /// break, and a term with its English equivalent on the next line.
    /// </summary>
    [Fact]
    public void Gbt_cover_and_term_variants_give_the_same_metadata_and_terms()
    {
        var variant = DocxVariant.Make(TestPaths.Sample(Gbt),
            ("<w:t>国家市场监督管理总局</w:t>", "<w:t>国家市场监督管理总局</w:t><w:br/><w:t>国家标准化管理委员会　发布</w:t>"),
            ("Information technology — Structured representation of standardizing documents — Part 1",
                "Information technology—Structured representation of standardizing documents—Part 1"),
            ("<w:r><w:t>标准化文件　standardizing document</w:t></w:r>", "<w:r><w:br/><w:t>标准化文件　standardizing document</w:t></w:r>"),
            ("<w:r><w:t>条款模型　clause model</w:t></w:r>", "<w:r><w:t>条款模型</w:t><w:br/><w:t>clause model</w:t></w:r>"));

        var document = DocumentImporter.Import(variant, new ImportOptions()).Document;
        var m = document.Metadata;
        var terms = Terms(document);
        Assert.Equal(["标准化文件", "条款模型"], terms.Take(2).Select(t => t.Preferred.Single().Text));
        Assert.Equal(["standardizing document", "clause model"], terms.Take(2).Select(t => t.Equivalents.Single().Text));

        Assert.Equal(["国家市场监督管理总局", "国家标准化管理委员会"], m.IssuingBodies);
        Assert.Equal("2026-06-01", m.PublicationDate);
        Assert.Equal(("Information technology", "Structured representation of standardizing documents", "Part 1: Clause model"),
            (m.Titles[1].Intro, m.Titles[1].Main, m.Titles[1].Part));
    }

    [Fact]
    public void Gbt_annex_is_lettered_by_the_numbering()
    {
        var annex = Assert.Single(GbtImport.Value.Document.Annexes);
        Assert.Equal(("annex-A", "A", "附录A", AnnexObligation.Informative, "从文字处理文档导入的映射示例"),
            (annex.Id, annex.Letter, annex.Label, annex.Obligation, annex.Title));
        Assert.Equal(["A.1", "A.2"], annex.Clauses.Select(c => c.Number));
        Assert.Single(annex.Clauses[1].Blocks.OfType<Example>());
    }

    [Fact]
    public void Iso_clauses_are_numbered_and_titled_as_written()
    {
        var document = IsoImport.Value.Document;
        Assert.Equal(
        [
            "1 Scope", "2 Normative references", "3 Terms and definitions", "4 Principle", "5 Apparatus", "5.1 Drying oven",
            "5.2 Balance", "5.3 Weighing baskets", "6 Test specimens", "6.1 Sampling", "6.2 Number and mass of specimens",
            "7 Procedure", "7.1 Conditioning", "7.2 Drying", "8 Calculation and expression of results", "8.1 Calculation",
            "8.2 Expression of results", "9 Test report", "A.1 Principle", "A.2 Procedure",
        ], AllClauses(document).Select(c => $"{c.Number} {c.Title}"));
        Assert.Equal(["Foreword", "Introduction"], document.Preface.Select(s => s.Title));
        var m = document.Metadata;
        Assert.Equal("ISO 99999-1", m.Identifier);
        Assert.Equal(["59.080.20"], m.Ics);
        var english = m.Titles.Single(t => t.Language == "en");
        Assert.Equal(("Textiles", "Yarn test methods", "Part 1: Determination of moisture regain by the oven-drying method"),
            (english.Intro, english.Main, english.Part));
        Assert.Equal("Méthodes d'essai des fils", m.Titles.Single(t => t.Language == "fr").Main); // the cover's French title, in French
        var references = document.Clauses.Single(c => c.Kind == ClauseKind.NormativeReferences).References;
        Assert.Equal(["ISO 139:2005", "ISO 2060", "ISO 80000-1"], references.Select(r => r.Identifier));
        Assert.Equal(["[1]", "[2]", "[3]"], document.Bibliography!.Entries.Select(e => e.Label));
    }

    [Fact]
    public void Iso_terms()
    {
        var terms = Terms(IsoImport.Value.Document);
        Assert.Equal(["3.1", "3.2", "3.3", "3.4"], terms.Select(t => t.Number));
        Assert.Equal(["moisture regain", "oven-dry mass", "constant mass", "conditioned mass"], terms.Select(t => t.Preferred.Single().Text));
        Assert.Equal("regain", terms[0].Admitted.Single().Text);
        Assert.Equal(["1", "2"], terms[0].Notes.Select(n => n.Number));
        var source = Assert.Single(terms[1].Sources);
        Assert.Equal(("ISO 6741-1:1989", "3.2", true), (source.Reference, source.Locality, source.Modified));
        Assert.Single(terms[2].Examples);
        Assert.Equal("air-dry mass", terms[3].Deprecated.Single().Text);
        Assert.All(terms, t => Assert.False(string.IsNullOrWhiteSpace(t.Definition)));
    }

    [Fact]
    public void Iso_blocks_keep_their_numbers_and_labels()
    {
        var document = IsoImport.Value.Document;
        var figure = ClauseNumbered(document, "5.1").Blocks.OfType<Figure>().Single();
        Assert.Equal(("figure-1", "1", "Typical arrangement of the drying oven and balance"), (figure.Id, figure.Number, figure.Title));
        Assert.Equal(["1", "2", "3", "4", "5"], figure.Key.Select(k => k.Term));

        var table = ClauseNumbered(document, "6.2").Blocks.OfType<Table>().Single();
        Assert.Equal(("table-1", "1", "Specimen mass", 2), (table.Id, table.Number, table.Title, table.HeaderRows));
        Assert.Equal((2, (int?)null), (table.Rows[0].Cells[0].RowSpan ?? 1, table.Rows[0].Cells[0].ColSpan));
        Assert.Equal(2, table.Rows[0].Cells[1].ColSpan);
        Assert.Equal(["minimum", "maximum"], table.Rows[1].Cells.Select(c => c.Text));
        Assert.Single(table.Notes);

        Assert.Equal(["1", "2"], ClauseNumbered(document, "7.2").Blocks.OfType<Note>().Select(n => n.Number));
        Assert.Equal(["1", "2"], ClauseNumbered(document, "8.2").Blocks.OfType<Example>().Select(e => e.Number));

        var formula = ClauseNumbered(document, "8.1").Blocks.OfType<Formula>().Single();
        Assert.Equal(("formula-1", "1"), (formula.Id, formula.Number));
        Assert.Contains("<mfrac>", formula.MathMl);
        Assert.Equal(["*R*", "*m*~1~", "*m*~0~"], formula.Where.Select(w => w.Term));

        var list = document.Clauses.Single(c => c.Number == "9").Blocks.OfType<ListBlock>().Single();
        Assert.Equal(["a)", "b)", "c)", "d)", "e)", "f)"], list.Items.Select(i => i.Label));
        Assert.Equal(["1)", "2)"], list.Items[2].Blocks.OfType<ListBlock>().Single().Items.Select(i => i.Label));

        var annex = Assert.Single(document.Annexes);
        Assert.Equal(("A", "Annex A", AnnexObligation.Normative, "Verification of the drying oven"),
            (annex.Letter, annex.Label, annex.Obligation, annex.Title));
        Assert.Equal(["A.1", "A.2"], annex.Clauses.Select(c => c.Number));
    }

    [Theory]
    [InlineData(Gbt, RuleFamily.Gbt)]
    [InlineData(Iso, RuleFamily.Iso)]
    public void Rule_set_finds_no_error_and_no_warning(string sample, RuleFamily family)
    {
        var result = new RuleEngine().Run(Imported(sample).Document, new PointerLocator(sample));
        Assert.Equal(family, result.Family);
        var serious = result.Findings.Where(f => f.Severity is Severity.Error or Severity.Warning).ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(f => $"{f.Severity} {f.Code} [{f.Clause}] {f.Message}")));
    }

    /// <summary>The JSON pointer of a clause, e.g. "/clauses/3/clauses/0", "/annexes/0/clauses/1".</summary>
    private static string Pointer(StandardDocument document, Clause clause)
    {
        string? Find(IReadOnlyList<Clause> list, string prefix)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var here = $"{prefix}/clauses/{i}";
                if (ReferenceEquals(list[i], clause))
                {
                    return here;
                }
                if (Find(list[i].Clauses, here) is { } found)
                {
                    return found;
                }
            }
            return null;
        }
        return Find(document.Clauses, "")
            ?? document.Annexes.Select((a, i) => Find(a.Clauses, $"/annexes/{i}")).FirstOrDefault(p => p is not null)
            ?? throw new InvalidOperationException($"clause {clause.Number} not found");
    }
}
