using System.Diagnostics;
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
public class LegacyNumberingTests
{
    [Fact]
    public void The_doc_gives_the_clauses_annexes_and_terms_of_its_docx_twin()
    {
        var soffice = LegacySupport.RequireSoffice();
        var tempRoot = TestPaths.TempFolder();
        var fromDoc = DocumentImporter.Import(LegacySupport.IndustryDoc, new ImportOptions(), new LibreOfficeConverter(soffice, tempRoot: tempRoot)).Document;
        var fromDocx = DocumentImporter.Import(LegacySupport.IndustryDocx, new ImportOptions()).Document;

        var expected = Outline(fromDocx);
        Assert.Equal(expected, Outline(fromDoc));
        Assert.Contains("clause 4.1 封面字段回填", expected);
        Assert.Contains("annex A 附录A (informative) 行业模板字段示例", expected);
        Assert.Contains("term 3.1 行业标准模板 profile | 用于描述行业标准模板相对于国家标准模板差异的配置集合，可参见。", expected);
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
        var model = DocumentImporter.Import(LegacySupport.IndustryDoc, new ImportOptions(), new LibreOfficeConverter(soffice, tempRoot: tempRoot)).Document;

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
        var outline = result.Document.Clauses.SelectMany(c => new[] { $"{c.Number} {c.Title}" }.Concat(c.Clauses.Select(s => $"{s.Number} {s.Title}"))).ToList();
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
        // Definitions aside: LibreOffice fills in the cross-reference the .docx left empty ("可参见图1").
        Assert.Equal(Outline(fromDocx, definitions: false), Outline(fromOdt, definitions: false));
        LegacySupport.AssertNothingLeft(tempRoot);
    }

    /// <summary>Clause numbers and titles, annex letters, labels and titles, term numbers, designations and definitions, in order.</summary>
    internal static List<string> Outline(StandardDocument document, bool definitions = true)
    {
        var lines = new List<string>();
        void Terms(IEnumerable<TermEntry> terms)
        {
            foreach (var t in terms)
            {
                var designations = string.Join(" / ", t.Preferred.Concat(t.Admitted).Concat(t.Deprecated).Select(d => d.Text));
                lines.Add($"term {t.Number} {designations}" + (definitions ? $" | {t.Definition}" : ""));
            }
        }
        void Walk(IEnumerable<Clause> clauses)
        {
            foreach (var c in clauses)
            {
                lines.Add($"clause {c.Number} {c.Title}");
                Terms(c.Terms);
                Walk(c.Clauses);
            }
        }
        Walk(document.Clauses);
        foreach (var a in document.Annexes)
        {
            lines.Add($"annex {a.Letter} {a.Label} ({a.Obligation?.ToString().ToLowerInvariant()}) {a.Title}");
            Terms(a.Terms);
            Walk(a.Clauses);
        }
        return lines;
    }

    private static void ConvertWithLibreOffice(string soffice, string source, string format, string target)
    {
        var work = TestPaths.TempFolder();
        var input = Path.Combine(work, "input" + Path.GetExtension(source));
        File.Copy(source, input);
        var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-env:UserInstallation=" + new Uri(Path.Combine(work, "profile")).AbsoluteUri, "--headless", "--norestore", "--convert-to", format, "--outdir", work, input })
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
