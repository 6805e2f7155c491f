using Mrs.Import;
using Mrs.Model;

namespace Mrs.Tests.Import.Docx;

/// <summary>
/// Equations in the model: numbered display formulas become formula blocks with their number, MathML and LaTeX, and
/// their "where" list; other equations are inline maths in LaTeX; every equation of the document reaches the model.
/// </summary>
public class FormulaImportTests
{
    private static readonly Lazy<ImportResult> Rice = new(() =>
        DocumentImporter.Import(TestPaths.CorpusFile("standards/iso/metanorma-iso_rice.docx"), new ImportOptions()));

    private static IEnumerable<Clause> All(IEnumerable<Clause> clauses) => clauses.SelectMany(c => All(c.Clauses).Prepend(c));

    private static IEnumerable<Clause> AllClauses(StandardDocument d) => All(d.Clauses).Concat(d.Annexes.SelectMany(a => All(a.Clauses)));

    private static IEnumerable<Formula> Formulas(StandardDocument d) => AllClauses(d).SelectMany(c => c.Blocks).OfType<Formula>();

    private static IEnumerable<string> Texts(StandardDocument d) => AllClauses(d).SelectMany(c => c.Blocks).SelectMany(b => b switch
    {
        Paragraph p => [p.Text],
        ListBlock l => l.Items.Select(i => i.Text),
        _ => Array.Empty<string>(),
    });

    [Fact]
    public void Rice_equation_with_a_tab_and_a_number_is_a_numbered_formula()
    {
        // "r = 1 %⇥(1)", "w = m_D/m_s⇥(A.1)": one equation, a tab, the number — formulas, not paragraphs
        var formulas = Formulas(Rice.Value.Document).ToList();
        Assert.Equal(["1", "2", "A.1", "B.1"], formulas.Select(f => f.Number));
        Assert.Equal(["formula-1", "formula-2", "formula-A.1", "formula-B.1"], formulas.Select(f => f.Id));
        Assert.Equal([@"r=1\%", @"R=3\%", @"w=\frac{m_{D}}{m_{s}}", @"w_{wax}=\frac{m_{1}}{m_{1}+m_{2}}\times100"], formulas.Select(f => f.Latex));
        Assert.All(formulas, f => Assert.StartsWith("<math", f.MathMl, StringComparison.Ordinal));
        Assert.DoesNotContain(Texts(Rice.Value.Document), t => t.Contains("\t(", StringComparison.Ordinal));
    }

    [Fact]
    public void Rice_where_lists_come_from_a_table_and_from_one_line()
    {
        var formulas = Formulas(Rice.Value.Document).ToDictionary(f => f.Number!);
        // "where" above a table of symbols (annex A)
        Assert.Equal(["$w$", "$m_{D}$", "$m_{S}$"], formulas["A.1"].Where.Select(w => w.Term));
        Assert.Equal("the mass, in grams, of grains with that defect;", formulas["A.1"].Where[1].Definition);
        // "where r is the repeatability limit." in one line (6.5.2.2)
        var r = Assert.Single(formulas["1"].Where);
        Assert.Equal(("$r$", "the repeatability limit."), (r.Term, r.Definition));
    }

    [Fact]
    public void Rice_cross_references_to_a_formula_link_to_the_formula()
    {
        var texts = Texts(Rice.Value.Document).ToList();
        Assert.Contains(texts, t => t.Contains("[Formula (A.1)](#formula-A.1)", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("[Formula (B.1)](#formula-B.1)", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("[Clause B.6, Formula (B.1)](#formula-B.1)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("word/iso-sample.docx", "using [Formula (1)](#formula-1):")]
    [InlineData("word/gbt-sample.docx", "按[公式（1）](#formula-1)计算。")]
    public void Formula_cited_by_its_number_as_typed_text_links_to_the_formula(string sample, string citation)
    {
        // no REF field: the text names the formula, and the formula has that number
        var document = DocumentImporter.Import(TestPaths.Sample(sample), new ImportOptions()).Document;
        Assert.Contains(Texts(document), t => t.Contains(citation, StringComparison.Ordinal));
    }

    [Fact]
    public void Rice_inline_maths_is_LaTeX_and_keeps_the_space_Word_shows_after_it()
    {
        var texts = Texts(Rice.Value.Document).ToList();
        Assert.Contains(texts, t => t.Contains("the values for $r$ obtained from", StringComparison.Ordinal));
        // the equation's trailing space is no space before a comma or a closing parenthesis
        Assert.Contains(texts, t => t.Contains("Determine the gelatinization time, $t_{90}$, for rice", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("of the waxy rice, $w_{wax}$, using", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Weigh the waxy rice portion ($m_{1}$) and", StringComparison.Ordinal));
        // % starts a comment in LaTeX, so maths escapes it (r=1\%); in Markdown text it is no markup and stays as it is
        Assert.Contains(texts, t => t.Contains("in more than 5 % of cases:", StringComparison.Ordinal));
    }

    [Fact]
    public void Rice_every_equation_reaches_the_model_and_the_report_says_where()
    {
        var report = Rice.Value.Report;
        Assert.Equal((32, 9, 23), (report.Equations, report.FormulaEquations, report.InlineEquations));
        Assert.Contains(report.Summary(), l => l.Contains("32 equations (9 formulas, 23 inline)", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Warnings, w => w.Contains("did not reach the model", StringComparison.Ordinal));
        // the symbol of term 3.15 (gelatinization time, t₉₀), display maths alone in the entry
        var term = AllClauses(Rice.Value.Document).SelectMany(c => c.Terms).Single(t => t.Number == "3.15");
        Assert.Equal("t_{90}", Assert.IsType<Formula>(Assert.Single(term.Blocks)).Latex);
    }

    [Fact]
    public void Iso_template_formula_at_a_right_tab_with_its_where_table()
    {
        var result = DocumentImporter.Import(TestPaths.CorpusFile("standards/iso/metanorma-iso_iso-simple_template.dotx"), new ImportOptions());
        var formula = Formulas(result.Document).Single(f => f.MathMl is not null);
        Assert.Equal(("1", @"K_{2A}=10\log\left(1+\frac{4S}{A}\right)"), (formula.Number, formula.Latex));
        Assert.Equal(["*A*", "*S*"], formula.Where.Select(w => w.Term));
        Assert.StartsWith("the equivalent absorption area of the room", formula.Where[0].Definition, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_equation_number_after_a_hash_is_the_formula_number()
    {
        // Word's own numbering: "…#(7)" in a one-line equation array sets (7) at the right margin
        var variant = DocxVariant.Make(TestPaths.CorpusFile("standards/iso/metanorma-iso_iso-simple_template.dotx"),
            ("<m:oMath><m:sSub>", "<m:oMathPara><m:oMath><m:eqArr><m:e><m:sSub>"),
            ("</m:func></m:oMath><w:r w:rsidR=\"00F42FEA\"><w:rPr><w:rFonts w:eastAsia=\"Times New Roman\"/><w:szCs "
                + "w:val=\"24\"/></w:rPr><w:tab/></w:r>"
                + "<w:r w:rsidR=\"003E18DF\"><w:rPr><w:rFonts w:eastAsia=\"Times New Roman\"/><w:szCs w:val=\"24\"/></w:rPr><w:t>(1)</w:t></w:r>",
                "</m:func><m:r><m:t>#(7)</m:t></m:r></m:e></m:eqArr></m:oMath></m:oMathPara>"));
        var formula = Formulas(DocumentImporter.Import(variant, new ImportOptions()).Document).Single(f => f.MathMl is not null);
        Assert.Equal(("7", "formula-7", @"K_{2A}=10\log\left(1+\frac{4S}{A}\right)"), (formula.Number, formula.Id, formula.Latex));
        Assert.DoesNotContain("#", formula.MathMl, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_formula_in_body_text_with_centring_and_right_tabs_is_a_formula()
    {
        // the ISO sample's Formula (1) without its Formula style: "⇥equation⇥(1)" in body text
        var variant = DocxVariant.Make(TestPaths.Sample("word/iso-sample.docx"),
            ("<w:pStyle w:val=\"Formula\"/>", "<w:pStyle w:val=\"BodyText\"/>"));
        var formula = Assert.Single(Formulas(DocumentImporter.Import(variant, new ImportOptions()).Document));
        Assert.Equal(("formula-1", "1"), (formula.Id, formula.Number));
        Assert.Equal(@"R=\frac{m_{1}-m_{0}}{m_{0}}\times100", formula.Latex);
        Assert.Equal(3, formula.Where.Count);
    }
}
