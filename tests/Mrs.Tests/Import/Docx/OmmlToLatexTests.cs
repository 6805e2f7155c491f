using System.IO.Compression;
using System.Xml.Linq;
using Mrs.Import.Docx.Equations;

namespace Mrs.Tests.Import.Docx;

/// <summary>
/// OMML (ECMA-376 Part 1 §22.1) to LaTeX: one OMML construct per row with the LaTeX it must give, then every equation of
/// the corpus. Expected values were checked against pandoc's reading of the same OMML (docx → LaTeX), rendered through
/// MathML: they agree wherever pandoc keeps what Word shows (it drops limLoc, bold italic and noBar, which these keep).
/// </summary>
public class OmmlToLatexTests
{
    private const string Namespaces =
        "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" "
            + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private static XElement OMath(string content) => XElement.Parse($"<m:oMath {Namespaces}>{content}</m:oMath>");

    private static string R(string text, string? sty = null) =>
        sty is null ? $"<m:r><m:t xml:space=\"preserve\">{text}</m:t></m:r>"
            : $"<m:r><m:rPr><m:sty m:val=\"{sty}\"/></m:rPr><m:t xml:space=\"preserve\">{text}</m:t></m:r>";

    public static TheoryData<string, string, string> Constructs() => new()
    {
        // runs: italic letters as they are, upright (sty p) words roman, operator names as LaTeX's operators
        { "run", R("x") + R("=") + R("2"), "x=2" },
        { "upright operator name", "<m:sSub><m:e>" + R("w") + "</m:e><m:sub>" + R("max", "p") + "</m:sub></m:sSub>", @"w_{\max}" },
        { "upright unit", R("d", "p") + R("x"), @"\mathrm{d}x" },
        { "bold", R("F", "b"), @"\mathbf{F}" },
        { "bold italic", R("w", "bi"), @"\boldsymbol{w}" },
        { "double-struck", "<m:r><m:rPr><m:scr m:val=\"double-struck\"/><m:sty m:val=\"p\"/></m:rPr><m:t>R</m:t></m:r>", @"\mathbb{R}" },
        { "script", "<m:r><m:rPr><m:scr m:val=\"script\"/></m:rPr><m:t>L</m:t></m:r>", @"\mathcal{L}" },
        { "fraktur", "<m:r><m:rPr><m:scr m:val=\"fraktur\"/></m:rPr><m:t>g</m:t></m:r>", @"\mathfrak{g}" },
        { "normal text", R("x") + "<m:r><m:rPr><m:nor/></m:rPr><m:t xml:space=\"preserve\"> if 50 % &amp; #1</m:t></m:r>",
            @"x\text{ if 50 \% \& \#1}" },
        { "word run", "<w:r><w:t>mass_1</w:t></w:r>", @"\text{mass\_1}" },
        { "math alphanumeric", R("𝑥") + R("𝐁"), @"x\mathbf{B}" },
        { "decimal comma", R("0,02") + R("+") + R("1.5"), "0{,}02+1.5" },
        { "greek and operators", R("α≤β×γ≠Δ±∞"), @"\alpha\leq\beta\times\gamma\neq\Delta\pm\infty" },
        { "control word before a letter", R("αb"), @"\alpha b" },
        { "special characters", R("%#&amp;_{}$"), @"\%\#\&\_\{\}\$" },
        { "minus sign and primes", R("a−b′"), "a-b'" },
        { "inner space", R("1 mm", "p"), @"1\ \mathrm{mm}" },
        { "outer spaces dropped", R(" r", "p") + R("=1% ", "p"), @"\mathrm{r}=1\%" },
        { "invisible operators", R("f\u2061x\u2062y"), "fxy" },
        // fractions (§22.1.2.36) by type (§22.1.2.117)
        { "fraction", "<m:f><m:num>" + R("a+b") + "</m:num><m:den>" + R("c") + "</m:den></m:f>", @"\frac{a+b}{c}" },
        { "linear fraction", "<m:f><m:fPr><m:type m:val=\"lin\"/></m:fPr><m:num>" + R("a") + "</m:num><m:den>" + R("b") + "</m:den></m:f>",
            "{a}/{b}" },
        { "skewed fraction", "<m:f><m:fPr><m:type m:val=\"skw\"/></m:fPr><m:num>" + R("1") + "</m:num><m:den>" + R("2") + "</m:den></m:f>",
            "{}^{1}/_{2}" },
        { "fraction without bar", "<m:f><m:fPr><m:type m:val=\"noBar\"/></m:fPr><m:num>" + R("n") + "</m:num><m:den>" + R("k") + "</m:den></m:f>",
            @"\genfrac{}{}{0pt}{}{n}{k}" },
        { "binomial", "<m:d><m:e><m:f><m:fPr><m:type m:val=\"noBar\"/></m:fPr><m:num>" + R("n") + "</m:num><m:den>" + R("k")
            + "</m:den></m:f></m:e></m:d>", @"\binom{n}{k}" },
        // scripts (§22.1.2.99–§22.1.2.116)
        { "subscript", "<m:sSub><m:e>" + R("m") + "</m:e><m:sub>" + R("D") + "</m:sub></m:sSub>", "m_{D}" },
        { "superscript of a number", "<m:sSup><m:e>" + R("10") + "</m:e><m:sup>" + R("-3") + "</m:sup></m:sSup>", "{10}^{-3}" },
        { "sub- and superscript", "<m:sSubSup><m:e>" + R("x") + "</m:e><m:sub>" + R("i") + "</m:sub><m:sup>" + R("2") + "</m:sup></m:sSubSup>",
            "x_{i}^{2}" },
        { "nested scripts", "<m:sSup><m:e><m:sSub><m:e>" + R("x") + "</m:e><m:sub>" + R("1") + "</m:sub></m:sSub></m:e><m:sup>" + R("2")
            + "</m:sup></m:sSup>", "{x_{1}}^{2}" },
        { "pre-scripts", "<m:sPre><m:sub>" + R("6") + "</m:sub><m:sup>" + R("14") + "</m:sup><m:e>" + R("C", "p") + "</m:e></m:sPre>",
            @"{}_{6}^{14}\mathrm{C}" },
        // radicals (§22.1.2.88)
        { "square root", "<m:rad><m:radPr><m:degHide m:val=\"1\"/></m:radPr><m:deg/><m:e>" + R("x") + "</m:e></m:rad>", @"\sqrt{x}" },
        { "hidden degree without value", "<m:rad><m:radPr><m:degHide/></m:radPr><m:deg>" + R("3") + "</m:deg><m:e>" + R("x") + "</m:e></m:rad>",
            @"\sqrt{x}" },
        { "cube root", "<m:rad><m:deg>" + R("3") + "</m:deg><m:e>" + R("y+1") + "</m:e></m:rad>", @"\sqrt[3]{y+1}" },
        // n-ary operators (§22.1.2.70)
        { "sum", "<m:nary><m:naryPr><m:chr m:val=\"∑\"/><m:limLoc m:val=\"undOvr\"/></m:naryPr><m:sub>" + R("i=1") + "</m:sub><m:sup>" + R("n")
            + "</m:sup><m:e><m:sSub><m:e>" + R("x") + "</m:e><m:sub>" + R("i") + "</m:sub></m:sSub></m:e></m:nary>", @"\sum_{i=1}^{n}x_{i}" },
        { "integral by default", "<m:nary><m:naryPr><m:limLoc m:val=\"subSup\"/></m:naryPr><m:sub>" + R("0") + "</m:sub><m:sup>" + R("∞")
            + "</m:sup><m:e>" + R("f") + "</m:e></m:nary>", @"\int_{0}^{\infty}f" },
        { "integral with limits under and over",
            "<m:nary><m:naryPr><m:limLoc m:val=\"undOvr\"/></m:naryPr><m:sub>" + R("a") + "</m:sub><m:sup>" + R("b") + "</m:sup><m:e>" + R("f")
            + "</m:e></m:nary>", @"\int\limits_{a}^{b}f" },
        { "sum with limits at the side",
            "<m:nary><m:naryPr><m:chr m:val=\"∑\"/><m:limLoc m:val=\"subSup\"/><m:supHide m:val=\"1\"/></m:naryPr><m:sub>" + R("i")
            + "</m:sub><m:sup/><m:e>" + R("x") + "</m:e></m:nary>", @"\sum\nolimits_{i}x" },
        { "hidden limits", "<m:nary><m:naryPr><m:chr m:val=\"∏\"/><m:subHide m:val=\"on\"/><m:supHide m:val=\"on\"/></m:naryPr><m:sub/><m:sup/><m:e>"
            + R("a") + "</m:e></m:nary>", @"\prod a" },
        { "contour integral", "<m:nary><m:naryPr><m:chr m:val=\"∮\"/><m:supHide m:val=\"1\"/></m:naryPr><m:sub>" + R("C") + "</m:sub><m:sup/><m:e>"
            + R("f") + "</m:e></m:nary>", @"\oint_{C}f" },
        { "big union", "<m:nary><m:naryPr><m:chr m:val=\"⋃\"/><m:supHide m:val=\"1\"/></m:naryPr><m:sub>" + R("i") + "</m:sub><m:sup/><m:e>" + R("A")
            + "</m:e></m:nary>", @"\bigcup_{i}A" },
        // delimiters (§22.1.2.24)
        { "parentheses", "<m:d><m:e>" + R("x") + "</m:e></m:d>", @"\left(x\right)" },
        { "brackets and separator",
            "<m:d><m:dPr><m:begChr m:val=\"[\"/><m:endChr m:val=\"]\"/><m:sepChr m:val=\",\"/></m:dPr><m:e>" + R("a") + "</m:e><m:e>" + R("b")
            + "</m:e></m:d>", @"\left[a,b\right]" },
        { "set with default bar separator",
            "<m:d><m:dPr><m:begChr m:val=\"{\"/><m:endChr m:val=\"}\"/></m:dPr><m:e>" + R("x") + "</m:e><m:e>" + R("x>0") + "</m:e></m:d>",
            @"\left\{x\middle|x>0\right\}" },
        { "empty closing delimiter", "<m:d><m:dPr><m:begChr m:val=\"{\"/><m:endChr m:val=\"\"/></m:dPr><m:e>" + R("x") + "</m:e></m:d>",
            @"\left\{x\right." },
        { "angle brackets", "<m:d><m:dPr><m:begChr m:val=\"⟨\"/><m:endChr m:val=\"⟩\"/></m:dPr><m:e>" + R("u") + "</m:e></m:d>",
            @"\left\langle u\right\rangle" },
        { "absolute value", "<m:d><m:dPr><m:begChr m:val=\"|\"/><m:endChr m:val=\"|\"/></m:dPr><m:e>" + R("x") + "</m:e></m:d>", @"\left|x\right|" },
        { "floor and ceiling", "<m:d><m:dPr><m:begChr m:val=\"⌊\"/><m:endChr m:val=\"⌉\"/></m:dPr><m:e>" + R("x") + "</m:e></m:d>",
            @"\left\lfloor x\right\rceil" },
        { "character TeX cannot stretch", "<m:d><m:dPr><m:begChr m:val=\"〖\"/><m:endChr m:val=\"〗\"/></m:dPr><m:e>" + R("x") + "</m:e></m:d>",
            @"\left. 〖x〗 \right." },
        // functions and limits (§22.1.2.39, §22.1.2.54, §22.1.2.56)
        { "sine", "<m:func><m:fName>" + R("sin", "p") + "</m:fName><m:e>" + R("x") + "</m:e></m:func>", @"\sin x" },
        { "logarithm to a base", "<m:func><m:fName><m:sSub><m:e>" + R("log", "p") + "</m:e><m:sub>" + R("2") + "</m:sub></m:sSub></m:fName><m:e>"
            + R("n") + "</m:e></m:func>", @"\log_{2}n" },
        { "other function name", "<m:func><m:fName>" + R("sgn", "p") + "</m:fName><m:e><m:d><m:e>" + R("x") + "</m:e></m:d></m:e></m:func>",
            @"\operatorname{sgn}\left(x\right)" },
        { "limit", "<m:func><m:fName><m:limLow><m:e>" + R("lim", "p") + "</m:e><m:lim>" + R("x→0") + "</m:lim></m:limLow></m:fName><m:e>" + R("f")
            + "</m:e></m:func>", @"\lim_{x\rightarrow0}f" },
        { "operator name with a limit", "<m:limLow><m:e>" + R("argmin", "p") + "</m:e><m:lim>" + R("x") + "</m:lim></m:limLow>",
            @"\operatorname*{argmin}_{x}" },
        { "lower limit on a symbol", "<m:limLow><m:e>" + R("=") + "</m:e><m:lim>" + R("def", "p") + "</m:lim></m:limLow>",
            @"\underset{\mathrm{def}}{=}" },
        { "upper limit", "<m:limUpp><m:e>" + R("=") + "</m:e><m:lim>" + R("!") + "</m:lim></m:limUpp>", @"\overset{!}{=}" },
        // accents, bars, group characters (§22.1.2.1, §22.1.2.7, §22.1.2.41)
        { "hat by default", "<m:acc><m:e>" + R("x") + "</m:e></m:acc>", @"\hat{x}" },
        { "bar accent", "<m:acc><m:accPr><m:chr m:val=\"\u0305\"/></m:accPr><m:e>" + R("x") + "</m:e></m:acc>", @"\bar{x}" },
        { "dot accent", "<m:acc><m:accPr><m:chr m:val=\"\u0307\"/></m:accPr><m:e>" + R("x") + "</m:e></m:acc>", @"\dot{x}" },
        { "tilde accent", "<m:acc><m:accPr><m:chr m:val=\"\u0303\"/></m:accPr><m:e>" + R("n") + "</m:e></m:acc>", @"\tilde{n}" },
        { "vector accent", "<m:acc><m:accPr><m:chr m:val=\"\u20d7\"/></m:accPr><m:e>" + R("v") + "</m:e></m:acc>", @"\vec{v}" },
        { "wide hat", "<m:acc><m:e>" + R("xy") + "</m:e></m:acc>", @"\widehat{xy}" },
        { "bar below by default", "<m:bar><m:e>" + R("x") + "</m:e></m:bar>", @"\underline{x}" },
        { "bar on top", "<m:bar><m:barPr><m:pos m:val=\"top\"/></m:barPr><m:e>" + R("AB") + "</m:e></m:bar>", @"\overline{AB}" },
        { "brace below by default", "<m:groupChr><m:e>" + R("a+b") + "</m:e></m:groupChr>", @"\underbrace{a+b}" },
        { "labelled brace", "<m:limLow><m:e><m:groupChr><m:e>" + R("a+b") + "</m:e></m:groupChr></m:e><m:lim>" + R("n") + "</m:lim></m:limLow>",
            @"\underbrace{a+b}_{n}" },
        { "brace above", "<m:limUpp><m:e><m:groupChr><m:groupChrPr><m:chr m:val=\"⏞\"/><m:pos m:val=\"top\"/></m:groupChrPr><m:e>" + R("a")
            + "</m:e></m:groupChr></m:e><m:lim>" + R("m") + "</m:lim></m:limUpp>", @"\overbrace{a}^{m}" },
        // boxes and phantoms (§22.1.2.13, §22.1.2.11, §22.1.2.81)
        { "box", "<m:box><m:e>" + R("==") + "</m:e></m:box>", "==" },
        { "border box", "<m:borderBox><m:e>" + R("E=m") + "</m:e></m:borderBox>", @"\boxed{E=m}" },
        { "hidden phantom", "<m:phant><m:phantPr><m:show m:val=\"0\"/></m:phantPr><m:e>" + R("x") + "</m:e></m:phant>", @"\phantom{x}" },
        // equation arrays and matrices (§22.1.2.34, §22.1.2.60)
        { "equation array aligned", "<m:eqArr><m:e>" + R("x&amp;=1") + "</m:e><m:e>" + R("y&amp;=2") + "</m:e></m:eqArr>",
            @"\begin{aligned}x&=1 \\ y&=2\end{aligned}" },
        { "equation array centred", "<m:eqArr><m:e>" + R("+0,02", "p") + "</m:e><m:e>" + R("0", "p") + "</m:e></m:eqArr>",
            @"\begin{gathered}+0{,}02 \\ 0\end{gathered}" },
        { "matrix", "<m:m><m:mr><m:e>" + R("a") + "</m:e><m:e>" + R("b") + "</m:e></m:mr><m:mr><m:e>" + R("c") + "</m:e><m:e>" + R("d")
            + "</m:e></m:mr></m:m>", @"\begin{matrix}a & b \\ c & d\end{matrix}" },
        { "matrix in parentheses", "<m:d><m:e><m:m><m:mr><m:e>" + R("1") + "</m:e><m:e>" + R("0") + "</m:e></m:mr></m:m></m:e></m:d>",
            @"\begin{pmatrix}1 & 0\end{pmatrix}" },
        { "determinant", "<m:d><m:dPr><m:begChr m:val=\"|\"/><m:endChr m:val=\"|\"/></m:dPr><m:e><m:m><m:mr><m:e>" + R("a")
            + "</m:e></m:mr></m:m></m:e></m:d>", @"\begin{vmatrix}a\end{vmatrix}" },
        // Word markup inside maths: revisions
        { "tracked insertion kept, deletion dropped", "<w:ins>" + R("a") + "</w:ins><w:del><m:r><w:delText>b</w:delText></m:r></w:del>", "a" },
    };

    [Theory]
    [MemberData(nameof(Constructs))]
    public void Omml_construct_becomes_its_LaTeX(string construct, string omml, string latex)
    {
        Assert.True(construct.Length > 0);
        Assert.Equal(latex, OmmlToLatex.Convert(OMath(omml)));
    }

    [Fact]
    public void Word_equation_number_after_a_hash_is_split_from_the_equation()
    {
        // "E=mc²#(A.2)" built up by Word: one line of an equation array, the number after '#'
        var (equation, number) = EquationNumber.Split(OMath("<m:eqArr><m:e>" + R("E=m") + "<m:sSup><m:e>" + R("c") + "</m:e><m:sup>" + R("2")
            + "</m:sup></m:sSup>" + R("#(A.2)") + "</m:e></m:eqArr>"));
        Assert.Equal(("A.2", "E=mc^{2}"), (number, OmmlToLatex.Convert(equation)));
        // the number in a delimiter object after the '#'
        Assert.Equal("3", EquationNumber.Split(OMath("<m:eqArr><m:e>" + R("x=1#") + "<m:d><m:e>" + R("3") + "</m:e></m:d></m:e></m:eqArr>")).Number);
        // a '#' inside a fraction, a second line, or no number after it: no equation number
        Assert.Null(EquationNumber.Split(OMath("<m:eqArr><m:e><m:f><m:num>" + R("#(1)") + "</m:num><m:den>" + R("2")
            + "</m:den></m:f></m:e></m:eqArr>")).Number);
        Assert.Null(EquationNumber.Split(OMath("<m:eqArr><m:e>" + R("x#(1)") + "</m:e><m:e>" + R("y") + "</m:e></m:eqArr>")).Number);
        Assert.Null(EquationNumber.Split(OMath("<m:eqArr><m:e>" + R("x#y") + "</m:e></m:eqArr>")).Number);
    }

    [Fact]
    public void Rice_formula_A1_is_a_fraction()
    {
        // ISO 17301-1 (rice), Formula (A.1): w = m_D / m_s, a fraction in Word (pandoc: w = \frac{m_{D}}{m_{s}})
        var equations = Equations("standards/iso/metanorma-iso_rice.docx");
        Assert.Contains(@"w=\frac{m_{D}}{m_{s}}", equations);
        Assert.Contains(@"w_{wax}=\frac{m_{1}}{m_{1}+m_{2}}\times100", equations);
        Assert.Contains(@"r=1\%", equations);
    }

    [Fact]
    public void Iso_template_formula_uses_the_logarithm_operator()
    {
        var equations = Equations("standards/iso/metanorma-iso_iso-simple_template.dotx");
        Assert.Equal([@"K_{2A}=10\log\left(1+\frac{4S}{A}\right)"], equations);
    }

    public static TheoryData<string> DocumentsWithEquations() => CorpusFiles.Data(CorpusFiles.AllPackages().Where(f => Equations(f).Count > 0));

    [Theory]
    [MemberData(nameof(DocumentsWithEquations))]
    public void Every_corpus_equation_converts_to_balanced_LaTeX(string file)
    {
        foreach (var latex in Equations(file))
        {
            Assert.False(string.IsNullOrWhiteSpace(latex), $"{file}: an equation gave no LaTeX");
            Assert.True(Balanced(latex), $"{file}: unbalanced LaTeX {latex}");
        }
    }

    /// <summary>Braces, \left/\right and \begin/\end pair up; no unescaped $ (it would end the inline maths).</summary>
    private static bool Balanced(string latex)
    {
        var depth = 0;
        var fences = 0;
        var environments = new Stack<string>();
        for (var i = 0; i < latex.Length; i++)
        {
            var c = latex[i];
            if (c == '\\' && i + 1 < latex.Length)
            {
                var j = i + 1;
                while (j < latex.Length && char.IsAsciiLetter(latex[j]))
                {
                    j++;
                }
                var word = j == i + 1 ? latex[i + 1].ToString() : latex[(i + 1)..j];
                switch (word)
                {
                    case "left": fences++; break;
                    case "right" when --fences < 0: return false;
                    case "begin" or "end":
                        var close = latex.IndexOf('}', j);
                        var name = latex[(j + 1)..close];
                        if (word == "begin")
                        {
                            environments.Push(name);
                        }
                        else if (environments.Count == 0 || environments.Pop() != name)
                        {
                            return false;
                        }
                        break;
                }
                i = j == i + 1 ? i + 1 : j - 1;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth < 0)
            {
                return false;
            }
            else if (c == '$')
            {
                return false;
            }
        }
        return depth == 0 && fences == 0 && environments.Count == 0;
    }

    private static readonly XNamespace M = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    /// <summary>Every m:oMath of the document's main part, notes, headers and footers, converted.</summary>
    private static List<string> Equations(string file)
    {
        var found = new List<string>();
        try
        {
            using var zip = ZipFile.OpenRead(TestPaths.CorpusFile(file));
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal)
                && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                XDocument xml;
                using (var stream = entry.Open())
                {
                    xml = XDocument.Load(stream);
                }
                found.AddRange(xml.Descendants(M + "oMath").Select(OmmlToLatex.Convert));
            }
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or IOException)
        {
            // not a readable package (the corpus keeps broken files for the importer's error handling)
        }
        return found;
    }
}
