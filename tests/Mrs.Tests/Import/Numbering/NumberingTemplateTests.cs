using System.Globalization;
using Para = Mrs.Tests.Import.Numbering.SyntheticDocx.Para;

namespace Mrs.Tests.Import.Numbering;

/// <summary>
/// Builds documents from real templates (their own styles.xml and numbering.xml) with bodies that use every numbered
/// style many times, converts them with LibreOffice once, and keeps the results for <see cref="NumberingTemplateTests"/>.
/// </summary>
public sealed class LibreOfficeTemplateFixture
{
    private const string GbtNational = "standards/gbt/gbt-skill_national-standard_template.dotx";
    private const string GbtIndustry = "standards/gbt/gbt-skill_industry-standard_template.dotx";

    /// <summary>Case name → (template, body).</summary>
    public static readonly IReadOnlyDictionary<string, (string Template, Func<string, IEnumerable<Para>> Body)> Cases =
        new Dictionary<string, (string, Func<string, IEnumerable<Para>>)>(StringComparer.Ordinal)
        {
            ["gbt-national-all-styles"] = (GbtNational, AllNumberedStyles),
            ["gbt-industry-all-styles"] = (GbtIndustry, AllNumberedStyles),
            ["gbt-national-standard"] = (GbtNational, _ => GbtStandardBody()),
            ["iso-simple-all-styles"] = ("standards/iso/metanorma-iso_iso-simple_template.dotx", AllNumberedStyles),
            ["iso-rice-all-styles"] = ("standards/iso/metanorma-iso_rice.docx", AllNumberedStyles),
            ["sarif-all-styles"] = ("standards/oasis/sarif-v2.1.0-committee-specification.docx", AllNumberedStyles),
            ["iso-5230-ja-all-styles"] = ("standards/openchain/ja_ISO-5230-2.1.docx", AllNumberedStyles),
            ["etsi-hen-all-styles"] = ("standards/etsi-itu-3gpp/ETSI_hEN_Directive_skeleton.docx", AllNumberedStyles),
            ["itu-t-all-styles"] = ("standards/etsi-itu-3gpp/itu-t-recommendation-skeleton.docx", AllNumberedStyles),
            ["pandoc-shape-numstylelink"] = ("pandoc/text_in_shape_format.docx", AllNumberedStyles),
            ["iso-5230-ja-direct-numpr"] = ("standards/openchain/ja_ISO-5230-2.1.docx", _ => DirectNumPrBody()),
            ["iho-s123-skipped-levels"] = ("standards/iho/iho-ohi__S-123-Product-Specification-Development__S-123_DCEG_Ed.2.0.0_20260323.docx",
                _ => SkippedLevelsBody()),
        };

    private readonly Lazy<(string? Skip, IReadOnlyDictionary<string, (string Path, string[]? Lines)> Results)> _converted = new(Convert);

    public (string? Skip, IReadOnlyDictionary<string, (string Path, string[]? Lines)> Results) Converted => _converted.Value;

    /// <summary>Every numbered style of the template twice in a row, the whole pass twice (restarts, continuation, levels).</summary>
    private static IEnumerable<Para> AllNumberedStyles(string template)
    {
        var styles = SyntheticDocx.NumberedStyles(template);
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var s in styles)
            {
                yield return new Para(s);
                yield return new Para(s);
            }
        }
    }

    /// <summary>A GB/T 1.1 shaped document: clauses, untitled subclauses, lists, notes, examples, figures, tables, two annexes.</summary>
    private static IEnumerable<Para> GbtStandardBody()
    {
        string[] sequence =
        [
            "标准文件_前言、引言标题", "标准文件_段", "标准文件_前言、引言标题", "标准文件_引言一级条标题", "标准文件_引言二级条标题",
            "标准文件_章标题", "标准文件_段", "标准文件_注：",
            "标准文件_章标题", "标准文件_一级条标题", "标准文件_段", "标准文件_字母编号列项（一级）", "标准文件_字母编号列项（一级）",
            "标准文件_数字编号列项（二级）", "标准文件_数字编号列项（二级）", "标准文件_字母编号列项（一级）", "标准文件_破折号列项",
            "标准文件_注×：", "标准文件_注×：", "标准文件_示例×：", "标准文件_示例×：",
            "标准文件_一级条标题", "标准文件_二级条标题", "标准文件_三级条标题", "标准文件_四级条标题", "标准文件_五级条标题",
            "标准文件_二级条标题", "标准文件_字母编号列项（一级）", "标准文件_字母编号列项（一级）",
            "标准文件_正文图标题", "标准文件_注×：", "标准文件_注×：", "标准文件_正文表标题", "标准文件_正文图标题",
            "标准文件_章标题", "一级无标题条", "一级无标题条", "二级无标题条", "二级无标题条", "一级无标题条",
            "标准文件_章标题", "标准文件_术语条一", "标准文件_术语条一", "标准文件_术语条二", "标准文件_术语条一",
            "标准文件_附录标识", "标准文件_附录一级条标题", "标准文件_附录二级条标题", "标准文件_附录二级条标题", "标准文件_附录图标题",
            "标准文件_附录表标题", "标准文件_附录一级条标题", "标准文件_附录三级条标题", "标准文件_附录图标题",
            "标准文件_附录标识", "标准文件_附录一级条标题", "标准文件_附录表标题", "标准文件_附录表标题", "标准文件_附录图标题",
            "标准文件_参考文献条目", "标准文件_参考文献条目",
        ];
        return sequence.Select(s => new Para(s));
    }

    /// <summary>Direct numPr on styled paragraphs: ilvl only, numId only, numId 0, another list, restart nums.</summary>
    private static IEnumerable<Para> DirectNumPrBody()
    {
        // ISO template: heading 1..n on numId 1 (style numPr), ANNEX/a2.. on numId 4, List Number on its own list
        Para[] body =
        [
            new("heading 1"), new("heading 1", Ilvl: 1), new("heading 1", Ilvl: 1), new("heading 2"), new("heading 2", Ilvl: 2),
            new("heading 1", NumId: 0), new("heading 1"), new("Body Text", NumId: 1, Ilvl: 0), new("Body Text", NumId: 1, Ilvl: 1),
            new("ANNEX"), new("heading 2", NumId: 4), new("heading 2", NumId: 4, Ilvl: 0), new("heading 1", NumId: 4, Ilvl: 1),
            new("heading 1"), new("heading 2"), new("heading 2", NumId: 1),
        ];
        return body;
    }

    /// <summary>
    /// Headings that skip levels, and a heading numbered from another list before the heading list's first level 0
    /// (the start of the IHO S-123 DCEG): a skipped level counts as used.
    /// </summary>
    private static IEnumerable<Para> SkippedLevelsBody()
    {
        Para[] body =
        [
            new("heading 1", NumId: 1, Ilvl: 0), new("heading 2"), new("heading 2"), new("heading 1"), new("heading 3"),
            new("heading 2"), new("heading 4"), new("heading 3"), new("heading 1"), new("heading 4"), new("heading 4"),
            new("heading 2"), new("heading 1"),
        ];
        return body;
    }

    private static (string?, IReadOnlyDictionary<string, (string, string[]?)>) Convert()
    {
        var empty = new Dictionary<string, (string, string[]?)>();
        if (LibreOfficeText.FindSoffice() is not { } soffice)
        {
            return ("LibreOffice (soffice) is not installed", empty);
        }
        var folder = TestPaths.TempFolder();
        var built = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, (template, body)) in Cases)
        {
            var templatePath = TestPaths.CorpusFile(template);
            if (!File.Exists(templatePath))
            {
                continue;
            }
            var path = Path.Combine(folder, name + ".docx");
            SyntheticDocx.Write(templatePath, path, body(templatePath).Where(p => Exists(templatePath, p.StyleName)));
            built[name] = path;
        }
        if (built.Count == 0)
        {
            return ($"corpus not found at {TestPaths.Corpus}", empty);
        }
        var lines = LibreOfficeText.Convert(soffice, built.Values);
        return (null, built.ToDictionary(kv => kv.Key, kv => (kv.Value, lines.GetValueOrDefault(kv.Value))));
    }

    // The industry template lacks a few of the national template's styles; the generic bodies only use existing ones.
    private static bool Exists(string template, string styleName) =>
        SyntheticDocx.ReadParts(template).Styles.FindByName(styleName, "paragraph") is not null;
}

/// <summary>
/// Checks the numbering engine against LibreOffice on documents built from real templates (see
/// <see cref="LibreOfficeTemplateFixture"/>): many more numbered paragraphs per list than the corpus documents have.
/// </summary>
public sealed class NumberingTemplateTests(LibreOfficeTemplateFixture fixture, ITestOutputHelper output) : IClassFixture<LibreOfficeTemplateFixture>
{
    public static TheoryData<string> Cases => [.. LibreOfficeTemplateFixture.Cases.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Labels_agree_with_LibreOffice(string name)
    {
        var (skip, results) = fixture.Converted;
        if (skip is not null)
        {
            Assert.Skip(skip);
        }
        if (!results.TryGetValue(name, out var result))
        {
            Assert.Skip($"template of {name} missing from the corpus");
        }
        var lines = result.Lines ?? throw new InvalidOperationException($"LibreOffice could not convert {name}");
        var paragraphs = DocxNumberingProbe.Run(result.Path);
        var comparison = LabelComparison.Compare(name, paragraphs, lines);
        output.WriteLine(comparison.Report());
        if (Environment.GetEnvironmentVariable("MRS_NUMBERING_REPORT") is { Length: > 0 } reportDir)
        {
            Directory.CreateDirectory(reportDir);
            File.WriteAllText(Path.Combine(reportDir, name + ".txt"), comparison.Report(int.MaxValue));
            File.WriteAllText(Path.Combine(reportDir, name + ".dump.txt"), comparison.Dump(paragraphs, lines));
        }

        Assert.True(paragraphs.Count(p => p.Label is not null) > 0, "no numbered paragraphs were generated");
        Assert.Equal(paragraphs.Count, comparison.Aligned);
        Assert.True(comparison.RateExplained >= 1.0, comparison.Report(20));
        Assert.True(comparison.LevelMismatches.Count == 0, comparison.Report(20));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{paragraphs.Count} paragraphs, {comparison.Labelled.Count} labelled"));
    }
}
