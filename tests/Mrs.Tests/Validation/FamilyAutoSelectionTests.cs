using Mrs.Tests.Import.Docx;
using Mrs.Validation.Rules;

namespace Mrs.Tests.Validation;

/// <summary>
/// --rules auto on every standard of the corpus: each gets the family its publisher's drafting rules call for (judged by
/// reading its cover), with a reason in English and Chinese. A new corpus standard must be added here with its family.
/// </summary>
public class FamilyAutoSelectionTests
{
    /// <summary>The family each corpus standard should get, by its path in the corpus.</summary>
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["standards/ecma/ecma334_MarkdownConverter_template.docx"] = "generic",
        ["standards/etsi-itu-3gpp/ETSI_TR_skeleton.docx"] = "etsi",
        ["standards/etsi-itu-3gpp/ETSI_TS_skeleton.docx"] = "etsi",
        ["standards/etsi-itu-3gpp/ETSI_hEN_Directive_skeleton.docx"] = "etsi",
        ["standards/etsi-itu-3gpp/Tdoc_Template.docx"] = "generic",
        ["standards/etsi-itu-3gpp/itu-t-recommendation-skeleton.docx"] = "itu",
        ["standards/etsi-itu-3gpp/itu-t-sg12-contribution-template.docx"] = "generic",
        ["standards/etsi-itu-3gpp/telekom__3gpp-meeting-tools__S2-1812226_eSBA_update_of_solution_15_v1.2.docx"] = "generic",
        ["standards/etsi-itu-3gpp/telekom__3gpp-meeting-tools__S2-1900429_VLAN_N3IWFSupport.docx"] = "generic",
        ["standards/etsi-itu-3gpp/telekom__3gpp-meeting-tools__S2-2209667-9163r02-23502-Suecr_v1.DOCX"] = "generic",
        ["standards/gbt/gbt-skill_industry-standard_template.dotx"] = "gbt",
        ["standards/gbt/gbt-skill_national-standard_template.dotx"] = "gbt",
        ["standards/gbt/generated/gbt-minimal.docx"] = "gbt",
        ["standards/gbt/generated/industry-minimal.docx"] = "gbt",
        ["standards/gbt/real/laolv2023__28181-2022__GBT_28181_2022.docx"] = "gbt",
        ["standards/iec/IEC-61400-15__site_suitability_conditions_input_form__Annex_X.docx"] = "generic",
        ["standards/iho/iho-ohi__S-123-Product-Specification-Development__S-123_DCEG_Ed.2.0.0_20260323.docx"] = "generic",
        ["standards/iho/iho-ohi__S-124-Product-Specification-Development__S-124_Annex_A_DCEG_Ed_2.0.0.docx"] = "generic",
        ["standards/iho/iho-ohi__S-128-Product-Specification-Development__S-128_Catalogue_of_Nautical_Products_Ed_2.0.0_FINAL.docx"] = "generic",
        ["standards/iho/iho-ohi__S-129-Product-Specification__S-129_EN_UKCM_Product_Specification_Ed2.0.0_Draft_clean.docx"] = "generic",
        ["standards/iso/ISO-TC211__UML-Best-Practices__19135.docx"] = "iso",
        ["standards/iso/harfbuzz__boring-expansion-spec__WG03-beyond-64k-glyphs-2024-01e.docx"] = "generic",
        ["standards/iso/metanorma-iso_iso-simple_template.dotx"] = "iso",
        ["standards/iso/metanorma-iso_rice.docx"] = "iso",
        ["standards/iso/opengeospatial__ogcapi-features__ISO19168-2_dis_draft.docx"] = "iso",
        ["standards/iso/opengeospatial__ogcapi-features__ISO19168_draft_ogc.docx"] = "iso",
        ["standards/iso/opengeospatial__om-swg__FINAL_ISO_DIS_19156_ed.2_-_id.82463_Enquiry_Word_(en).docx"] = "iso",
        ["standards/iso/opengeospatial__om-swg__ISO_DIS_19156_ed.2_-_id.82463_Enquiry_Word_(en)_-_PreFINAL.docx"] = "iso",
        ["standards/jp/metanorma__mn-samples-plateau__plateau_doc_0001_ver04_chapters-1-3.docx"] = "generic",
        ["standards/oasis/mqtt-sn-2-0-wd_2024-06-06.docx"] = "generic",
        ["standards/oasis/oasis-tcs__csaf__csaf-cvrf-v1.2-wd01-2017-03-10.docx"] = "generic",
        ["standards/oasis/oasis-tcs__dss-x-spec__dss-core-v2.0-cs01_redline.docx"] = "generic",
        ["standards/oasis/oasis-tcs__dss-x-spec__dss-core-v2.0-cs02.docx"] = "generic",
        ["standards/oasis/oasis-tcs__dss-x-spec__dss-md-cs-02.docx"] = "generic",
        ["standards/oasis/oasis-tcs__tosca-specs__TOSCA-v2.0-wd06-rev02-comments-only.docx"] = "generic",
        ["standards/oasis/sarif-EN06-result-matching.docx"] = "generic",
        ["standards/oasis/sarif-v2.1.0-committee-specification-change-barred.docx"] = "generic",
        ["standards/oasis/sarif-v2.1.0-committee-specification.docx"] = "generic",
        ["standards/ogc/opengeospatial__TrainingDML-AI_SWG__tdmlpart2.docx"] = "generic",
        ["standards/openchain/de_OpenChainSpec-2.0.docx"] = "generic",
        ["standards/openchain/en_ISO-5230-2.1_TranslationTemplate.docx"] = "iso",
        ["standards/openchain/en_OpenChainSpec-2.0_TranslationTemplate.docx"] = "generic",
        ["standards/openchain/en_security-assurance-guide-2.0-draft.docx"] = "generic",
        ["standards/openchain/en_security-assurance-spec-1.1.docx"] = "generic",
        ["standards/openchain/ja_ISO-5230-2.1.docx"] = "iso",
        ["standards/openchain/zh-Hans_OpenChainSpec-1.1.docx"] = "generic",
        ["standards/openchain/zh-Hans_OpenChainSpec-1.2_TranslationTemplate.docx"] = "generic",
        ["standards/openchain/zh-Hans_OpenChainSpec-2.0.docx"] = "generic",
        ["standards/openchain/zh-Hans_security-assurance-spec-1.1.docx"] = "generic",
        ["standards/openchain/zh-Hant_ISO-5230-2.1.docx"] = "iso",
        ["standards/openchain/zh-Hant_OpenChainSpec-2.0.docx"] = "generic",
        ["standards/sdmx/sdmx-twg__sdmx-3_1_0__SDMX_3-1-0_SECTION_6_DRAFT-1_0.docx"] = "generic",
    };

    public static TheoryData<string> Standards() => CorpusFiles.Data(CorpusFiles.Standards());

    [Theory]
    [MemberData(nameof(Standards))]
    public void Auto_selection_picks_the_family_of_the_document(string file)
    {
        Assert.True(Expected.TryGetValue(file, out var family),
            $"{file} is a new corpus standard: add it to {nameof(FamilyAutoSelectionTests)} with the family it should get");
        var imported = CorpusFiles.ImportOrSkip(file);
        var choice = FamilyDetector.Detect(imported.Document);
        Assert.True(family == FamilyDetector.Name(choice.Family),
            $"{file}: {FamilyDetector.Name(choice.Family)} ({choice.Reason}), expected {family}");
        Assert.False(string.IsNullOrWhiteSpace(choice.Reason));
        Assert.False(string.IsNullOrWhiteSpace(choice.ReasonZh));
    }

    [Fact]
    public void Every_listed_standard_is_in_the_corpus()
    {
        if (!Directory.Exists(TestPaths.Corpus))
        {
            Assert.Skip("corpus not found (set MRS_CORPUS)");
        }
        Assert.All(Expected.Keys, f => Assert.True(File.Exists(TestPaths.CorpusFile(f)), $"{f} is listed but not in the corpus"));
        foreach (var family in new[] { "gbt", "iso", "etsi", "itu", "generic" })
        {
            Assert.Contains(family, Expected.Values);
        }
    }
}
