using System.Diagnostics;
using System.Text.RegularExpressions;
using Mrs.Import;
using Mrs.Import.Legacy;
using Mrs.Model;
using Mrs.Tests.Import.Numbering;

namespace Mrs.Tests.Import.Legacy;

/// <summary>
/// Word numbering survives the trip through LibreOffice: the .doc GB/T document gives the clause numbers, titles,
/// annexes and terms of its .docx twin, and the numbers LibreOffice itself renders for the .doc; numbers typed as text
/// (as in RTF without list tables) are recognised by the importer.
/// </summary>
public class LegacyNumberingTests(ITestOutputHelper output)
{
    [Fact]
    public void The_doc_gives_the_clauses_annexes_and_terms_of_its_docx_twin()
    {
        var soffice = LegacySupport.RequireSoffice();
        var tempRoot = TestPaths.TempFolder();
        var fromDoc = DocumentImporter.Import(LegacySupport.IndustryDoc, new ImportOptions(), new LibreOfficeConverter(soffice, tempRoot: tempRoot))
            .Document;
        var fromDocx = DocumentImporter.Import(LegacySupport.IndustryDocx, new ImportOptions()).Document;

        var expected = Outline(fromDocx);
        Assert.Equal(expected, Outline(fromDoc));
        Assert.Contains("clause 4.1 封面字段回填", expected);
        Assert.Contains("annex A 附录A (informative) 行业模板字段示例", expected);
        Assert.Contains("term 3.1 行业标准模板 profile | 用于描述行业标准模板相对于国家标准模板差异的配置集合，可参见。", expected);
        Assert.Contains("  paragraph 本文件没有规范性引用文件。", expected);
        Assert.Contains("  note ", expected);
        Assert.Contains("  example  备案号显示", expected);
        Assert.Equal(fromDocx.Metadata.Identifier, fromDoc.Metadata.Identifier);
        Assert.Equal(fromDocx.Metadata.Titles.Select(t => t.Main), fromDoc.Metadata.Titles.Select(t => t.Main));
        Assert.Equal(fromDocx.Metadata.FilingNumber, fromDoc.Metadata.FilingNumber);
        LegacySupport.AssertNothingLeft(tempRoot);
    }

    [Fact]
    public void Clause_numbers_of_the_converted_doc_equal_LibreOffice_text_rendering_of_the_doc()
    {
        var soffice = LegacySupport.RequireSoffice();
        var lines = LibreOfficeText.Convert(soffice, [LegacySupport.IndustryDoc])[LegacySupport.IndustryDoc];
        Assert.NotNull(lines);
        var rendered = lines!.Select(Squash).ToList();
        var tempRoot = TestPaths.TempFolder();
        var model = DocumentImporter.Import(LegacySupport.IndustryDoc, new ImportOptions(), new LibreOfficeConverter(soffice, tempRoot: tempRoot))
            .Document;

        var expected = new List<string>();
        void Walk(IEnumerable<Clause> clauses)
        {
            foreach (var c in clauses)
            {
                expected.Add(Squash($"{c.Number} {c.Title}"));
                expected.AddRange(c.Terms.Select(t => Squash($"{t.Number} {t.Preferred[0].Text}")));
                Walk(c.Clauses);
            }
        }
        Walk(model.Clauses);
        foreach (var annex in model.Annexes)
        {
            expected.Add(Squash(annex.Label ?? ""));
            Walk(annex.Clauses);
        }
        Assert.Equal(["1范围", "2规范性引用文件", "3术语和定义", "3.1行业标准模板profile", "4行业模板适配要求", "4.1封面字段回填", "附录A", "A.1表单域映射"], expected);
        var missing = expected.Where(e => !rendered.Any(r => r.StartsWith(e, StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, "not rendered so by LibreOffice: " + string.Join(" | ", missing));
        LegacySupport.AssertNothingLeft(tempRoot);
    }

    [Fact]
    public void Numbers_typed_as_text_in_an_rtf_document_are_recognised()
    {
        var soffice = LegacySupport.RequireSoffice();
        var folder = TestPaths.TempFolder();
        var rtf = Path.Combine(folder, "typed.rtf");
        File.WriteAllText(rtf, """
            {\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}
            {\stylesheet{\s0 Normal;}{\s1\sbasedon0 heading 1;}{\s2\sbasedon0 heading 2;}}
            \pard\plain\s1 1 Scope\par
            \pard\plain This document specifies things.\par
            \pard\plain\s1 2 Normative references\par
            \pard\plain There are no normative references in this document.\par
            \pard\plain\s1 3 Requirements\par
            \pard\plain\s2 3.1 General\par
            \pard\plain Things shall be done.\par
            \pard\plain\s2 3.2 Details\par
            \pard\plain Details should be given.\par
            }
            """);
        var tempRoot = TestPaths.TempFolder();
        var result = DocumentImporter.Import(rtf, new ImportOptions(), new LibreOfficeConverter(soffice, tempRoot: tempRoot));
        Assert.Equal("rtf", result.Document.Source!.Format);
        Assert.Matches(@"^LibreOffice [\d.]+ \(rtf → docx\)$", Assert.Single(result.Document.Source.Conversions));
        var outline = result.Document.Clauses.SelectMany(c =>
            new[] { $"{c.Number} {c.Title}" }.Concat(c.Clauses.Select(s => $"{s.Number} {s.Title}"))).ToList();
        Assert.Equal(["1 Scope", "2 Normative references", "3 Requirements", "3.1 General", "3.2 Details"], outline);
        LegacySupport.AssertNothingLeft(tempRoot);
    }

    [Fact]
    public void An_odt_made_from_the_docx_gives_the_same_outline()
    {
        var soffice = LegacySupport.RequireSoffice();
        var folder = TestPaths.TempFolder();
        var odt = Path.Combine(folder, "industry-minimal.odt");
        ConvertWithLibreOffice(soffice, LegacySupport.IndustryDocx, "odt", odt);
        var tempRoot = TestPaths.TempFolder();
        var fromOdt = DocumentImporter.Import(odt, new ImportOptions(), new LibreOfficeConverter(soffice, tempRoot: tempRoot)).Document;
        Assert.Equal("odt", fromOdt.Source!.Format);
        var fromDocx = DocumentImporter.Import(LegacySupport.IndustryDocx, new ImportOptions()).Document;
        Assert.Equal(Outline(fromDocx), Outline(fromOdt));
        LegacySupport.AssertNothingLeft(tempRoot);
    }

    [Theory]
    [InlineData("poi-doc/Lists.doc")]
    [InlineData("poi-doc/simple-list.doc")]
    [InlineData("poi-doc/lists-margins.doc")]
    [InlineData("poi-doc/saved-by-table.doc")]
    [InlineData("standards/gbt/generated/industry-minimal.doc")]
    public void List_labels_of_the_converted_docx_equal_LibreOffice_text_rendering_of_the_doc(string file)
    {
        var soffice = LegacySupport.RequireSoffice();
        var path = TestPaths.CorpusFile(file);
        var lines = LibreOfficeText.Convert(soffice, [path])[path];
        Assert.NotNull(lines);
        var tempRoot = TestPaths.TempFolder();
        using (var converted = new LibreOfficeConverter(soffice, tempRoot: tempRoot).Convert(path, LegacyFormat.Doc))
        {
            var paragraphs = DocxNumberingProbe.Run(converted.DocxPath);
            var comparison = LabelComparison.Compare(file, paragraphs, lines!);
            output.WriteLine(comparison.Report());
            if (Environment.GetEnvironmentVariable("MRS_NUMBERING_REPORT") is { Length: > 0 } reportDir)
            {
                Directory.CreateDirectory(reportDir);
                File.WriteAllText(Path.Combine(reportDir, Path.GetFileName(file) + ".txt"), comparison.Report(int.MaxValue));
            }
            Assert.True(comparison.Labelled.Count > 0, "no labels to compare");
            Assert.True(comparison.RateExplained >= 1.0, comparison.Report(10));
            Assert.True(comparison.UnalignedLabelled <= Math.Max(2, comparison.Labelled.Count / 50), comparison.Report(10));
        }
        LegacySupport.AssertNothingLeft(tempRoot);
    }

    /// <summary>
    /// Clause numbers and titles, annex letters, labels and titles, term numbers, designations and definitions, and the
    /// blocks of each (notes and examples with their numbers, figure and table numbers and titles, paragraph text), in
    /// order. Cross-references are left out of the text: LibreOffice fills in results the .docx left empty.
    /// </summary>
    internal static List<string> Outline(StandardDocument document)
    {
        var lines = new List<string>();
        void Blocks(IEnumerable<Block> blocks, string indent)
        {
            foreach (var b in blocks)
            {
                switch (b)
                {
                    case Paragraph p:
                        lines.Add($"{indent}paragraph {WithoutLinks(p.Text)}");
                        break;
                    case Note n:
                        lines.Add($"{indent}note {n.Number}");
                        Blocks(n.Blocks, indent + "  ");
                        break;
                    case Example e:
                        lines.Add($"{indent}example {e.Number} {e.Title}");
                        Blocks(e.Blocks, indent + "  ");
                        break;
                    case Figure f:
                        lines.Add($"{indent}figure {f.Number} {f.Title}");
                        break;
                    case Table t:
                        lines.Add($"{indent}table {t.Number} {t.Title}");
                        break;
                    default:
                        lines.Add($"{indent}{b.GetType().Name.ToLowerInvariant()}");
                        break;
                }
            }
        }
        void Terms(IEnumerable<TermEntry> terms)
        {
            foreach (var t in terms)
            {
                var designations = string.Join(" / ", t.Preferred.Concat(t.Admitted).Concat(t.Deprecated).Select(d => d.Text));
                lines.Add($"term {t.Number} {designations} | {WithoutLinks(t.Definition ?? "")}");
                Blocks(t.Notes, "  ");
                Blocks(t.Examples, "  ");
            }
        }
        void Walk(IEnumerable<Clause> clauses)
        {
            foreach (var c in clauses)
            {
                lines.Add($"clause {c.Number} {c.Title}");
                Blocks(c.Blocks, "  ");
                Terms(c.Terms);
                Walk(c.Clauses);
            }
        }
        Walk(document.Clauses);
        foreach (var a in document.Annexes)
        {
            lines.Add($"annex {a.Letter} {a.Label} ({a.Obligation?.ToString().ToLowerInvariant()}) {a.Title}");
            Blocks(a.Blocks, "  ");
            Terms(a.Terms);
            Walk(a.Clauses);
        }
        return lines;
    }

    private static string WithoutLinks(string markdown) => Regex.Replace(markdown, @"\[[^\]]*\]\(#[^)]*\)", "");

    private static void ConvertWithLibreOffice(string soffice, string source, string format, string target)
    {
        var work = TestPaths.TempFolder();
        var input = Path.Combine(work, "input" + Path.GetExtension(source));
        File.Copy(source, input);
        var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-env:UserInstallation=" + new Uri(Path.Combine(work, "profile")).AbsoluteUri, "--headless", "--norestore",
            "--convert-to", format, "--outdir", work, input })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("soffice did not finish");
        }
        File.Copy(Path.Combine(work, "input." + format), target);
    }

    private static string Squash(string s) => new(s.Where(c => !char.IsWhiteSpace(c) && c != '\u3000').ToArray());
}
