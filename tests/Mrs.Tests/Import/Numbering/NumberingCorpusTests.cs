using System.Globalization;

namespace Mrs.Tests.Import.Numbering;

/// <summary>Converts the corpus documents with LibreOffice once, for all tests of <see cref="NumberingCorpusTests"/>.</summary>
public sealed class LibreOfficeCorpusFixture
{
    /// <summary>Corpus documents (relative to the corpus folder) and the share of labels that must agree with LibreOffice.</summary>
    public static readonly IReadOnlyDictionary<string, double> Documents = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["standards/gbt/generated/gbt-minimal.docx"] = 1.0,
        ["standards/gbt/generated/industry-minimal.docx"] = 1.0,
        ["standards/gbt/gbt-skill_national-standard_template.dotx"] = 1.0,
        ["standards/gbt/gbt-skill_industry-standard_template.dotx"] = 1.0,
        ["standards/iso/metanorma-iso_rice.docx"] = 1.0,
        ["standards/iso/metanorma-iso_iso-simple_template.dotx"] = 1.0,
        ["standards/oasis/sarif-v2.1.0-committee-specification.docx"] = 1.0,
        ["standards/oasis/sarif-v2.1.0-committee-specification-change-barred.docx"] = 1.0,
        ["standards/oasis/sarif-EN06-result-matching.docx"] = 1.0,
        ["standards/oasis/mqtt-sn-2-0-wd_2024-06-06.docx"] = 1.0,
        ["standards/openchain/zh-Hans_OpenChainSpec-2.0.docx"] = 1.0,
        ["standards/openchain/zh-Hant_OpenChainSpec-2.0.docx"] = 1.0,
        ["standards/openchain/zh-Hans_OpenChainSpec-1.1.docx"] = 1.0,
        ["standards/openchain/zh-Hans_OpenChainSpec-1.2_TranslationTemplate.docx"] = 1.0,
        ["standards/openchain/en_OpenChainSpec-2.0_TranslationTemplate.docx"] = 1.0,
        ["standards/openchain/de_OpenChainSpec-2.0.docx"] = 1.0,
        ["standards/openchain/ja_ISO-5230-2.1.docx"] = 1.0,
        ["standards/openchain/zh-Hant_ISO-5230-2.1.docx"] = 1.0,
        ["standards/openchain/en_ISO-5230-2.1_TranslationTemplate.docx"] = 1.0,
        ["standards/openchain/en_security-assurance-guide-2.0-draft.docx"] = 1.0,
        ["standards/openchain/en_security-assurance-spec-1.1.docx"] = 1.0,
        ["standards/openchain/zh-Hans_security-assurance-spec-1.1.docx"] = 1.0,
        ["standards/etsi-itu-3gpp/ETSI_hEN_Directive_skeleton.docx"] = 1.0,
        ["standards/etsi-itu-3gpp/ETSI_TR_skeleton.docx"] = 1.0,
        ["standards/etsi-itu-3gpp/ETSI_TS_skeleton.docx"] = 1.0,
        ["standards/etsi-itu-3gpp/Tdoc_Template.docx"] = 1.0,
        ["standards/etsi-itu-3gpp/itu-t-recommendation-skeleton.docx"] = 1.0,
        ["standards/etsi-itu-3gpp/itu-t-sg12-contribution-template.docx"] = 1.0,
        ["standards/ecma/ecma334_MarkdownConverter_template.docx"] = 1.0,
        ["standards/iho/iho-ohi__S-123-Product-Specification-Development__S-123_DCEG_Ed.2.0.0_20260323.docx"] = 1.0,
        ["standards/iho/iho-ohi__S-128-Product-Specification-Development__S-128_Catalogue_of_Nautical_Products_Ed_2.0.0_FINAL.docx"] = 1.0,
        ["poi/ComplexNumberedLists.docx"] = 1.0,
        ["poi/Numbering.docx"] = 1.0,
        ["poi/NumberingWOverrides.docx"] = 1.0,
        ["poi/NumberingWithOutOfOrderId.docx"] = 1.0,
        ["poi/60316.docx"] = 1.0,
        ["poi/61787.docx"] = 1.0,
        ["poi/MultipleBodyBug.docx"] = 1.0,
        ["poi/bug59058.docx"] = 1.0,
        ["poi/bug65649.docx"] = 1.0,
        ["poi/delins.docx"] = 1.0,
        ["poi/form_footnotes.docx"] = 1.0,
        ["poi/integration/stress003.docx"] = 1.0,
        ["poi/integration/stress004.docx"] = 1.0,
        ["poi/integration/stress008.docx"] = 1.0,
        ["poi/integration/stress009.docx"] = 1.0,
        ["poi/integration/stress010.docx"] = 1.0,
        ["poi/integration/stress023.docx"] = 1.0,
        ["pandoc/lists.docx"] = 1.0,
        ["pandoc/lists-compact.docx"] = 1.0,
        ["pandoc/lists_continuing.docx"] = 1.0,
        ["pandoc/lists_level_override.docx"] = 1.0,
        ["pandoc/lists_restart_8367.docx"] = 1.0,
        ["pandoc/lists_restarting.docx"] = 1.0,
        ["pandoc/lists_sublist_reset.docx"] = 1.0,
        ["pandoc/numbered_header.docx"] = 1.0,
        ["pandoc/enumerated_headings.docx"] = 1.0,
        ["pandoc/german_styled_lists.docx"] = 1.0,
        ["pandoc/dummy_item_after_list_item.docx"] = 1.0,
        ["pandoc/dummy_item_after_paragraph.docx"] = 1.0,
        ["pandoc/table_with_list_cell.docx"] = 1.0,
        ["pandoc/task_list.docx"] = 1.0,
        ["pandoc/i18n_blocks.docx"] = 1.0,
        ["pandoc/0_level_headers.docx"] = 1.0,
        ["pandoc/golden/lists.docx"] = 1.0,
        ["pandoc/golden/lists_multiple_initial.docx"] = 1.0,
        ["pandoc/golden/lists_restarting.docx"] = 1.0,
        ["mammoth/simple-list.docx"] = 1.0,
    };

    private readonly Lazy<(string? Skip, IReadOnlyDictionary<string, string[]?> Lines)> _converted = new(Convert);

    public (string? Skip, IReadOnlyDictionary<string, string[]?> Lines) Converted => _converted.Value;

    private static (string?, IReadOnlyDictionary<string, string[]?>) Convert()
    {
        var empty = new Dictionary<string, string[]?>();
        if (LibreOfficeText.FindSoffice() is not { } soffice)
        {
            return ("LibreOffice (soffice) is not installed", empty);
        }
        var files = Documents.Keys.Select(TestPaths.CorpusFile).Where(File.Exists).ToList();
        if (files.Count == 0)
        {
            return ($"corpus not found at {TestPaths.Corpus}", empty);
        }
        return (null, LibreOfficeText.Convert(soffice, files));
    }
}

/// <summary>
/// Checks the numbering engine against real documents: the labels LibreOffice writes in its text export must match ours.
/// </summary>
public sealed class NumberingCorpusTests(LibreOfficeCorpusFixture fixture, ITestOutputHelper output) : IClassFixture<LibreOfficeCorpusFixture>
{
    public static TheoryData<string> Documents => [.. LibreOfficeCorpusFixture.Documents.Keys];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Labels_agree_with_LibreOffice(string document)
    {
        var path = TestPaths.CorpusFile(document);
        if (!File.Exists(path))
        {
            Assert.Skip($"corpus file missing: {path}");
        }
        var (skip, converted) = fixture.Converted;
        if (skip is not null)
        {
            Assert.Skip(skip);
        }
        var lines = converted.GetValueOrDefault(path) ?? throw new InvalidOperationException($"LibreOffice could not convert {document}");

        var paragraphs = DocxNumberingProbe.Run(path);
        var comparison = LabelComparison.Compare(document, paragraphs, lines);
        output.WriteLine(comparison.Report());
        if (Environment.GetEnvironmentVariable("MRS_NUMBERING_REPORT") is { Length: > 0 } reportDir)
        {
            Directory.CreateDirectory(reportDir);
            File.WriteAllText(Path.Combine(reportDir, Path.GetFileName(document) + ".txt"), comparison.Report(int.MaxValue));
            File.WriteAllText(Path.Combine(reportDir, Path.GetFileName(document) + ".dump.txt"), comparison.Dump(paragraphs, lines));
        }

        Assert.True(comparison.RateExplained >= LibreOfficeCorpusFixture.Documents[document],
            comparison.Report(10));
        Assert.True(comparison.LevelMismatches.Count == 0, comparison.Report(10));
        // the alignment itself must work, or the rate says nothing (LibreOffice leaves out frames, e.g. GB/T cover pages)
        var withText = paragraphs.Count(p => !p.InFrame && p.FirstLine.Any(char.IsLetter));
        Assert.True(comparison.Aligned >= withText * 0.75,
            string.Create(CultureInfo.InvariantCulture, $"only {comparison.Aligned} of {withText} paragraphs with text aligned"));
        Assert.True(comparison.UnalignedLabelled <= Math.Max(2, comparison.Labelled.Count / 50),
            string.Create(CultureInfo.InvariantCulture, $"{comparison.UnalignedLabelled} labelled paragraphs could not be aligned"));
    }
}
