using Mrs.Import;
using Mrs.Serialization;
using Snapshooter;
using Snapshooter.Xunit3;

namespace Mrs.Tests.Import.Docx;

/// <summary>
/// Golden models of real corpus documents across the families mrs imports. A change in the importer that changes one
/// of these models shows as a snapshot diff to review (update: delete the .snap file and run the test once).
/// </summary>
public class GoldenModelTests
{
    public static TheoryData<string, string> Documents() => new()
    {
        { "gbt-minimal", "standards/gbt/generated/gbt-minimal.docx" },
        { "gbt-industry-minimal", "standards/gbt/generated/industry-minimal.docx" },
        { "iso-rice", "standards/iso/metanorma-iso_rice.docx" },
        { "iso-template", "standards/iso/metanorma-iso_iso-simple_template.dotx" },
        { "oasis-sarif-en06", "standards/oasis/sarif-EN06-result-matching.docx" },
        { "etsi-ts-skeleton", "standards/etsi-itu-3gpp/ETSI_TS_skeleton.docx" },
        { "itu-t-recommendation", "standards/etsi-itu-3gpp/itu-t-recommendation-skeleton.docx" },
        { "openchain-zh-hans", "standards/openchain/zh-Hans_OpenChainSpec-2.0.docx" },
        { "openchain-zh-hant", "standards/openchain/zh-Hant_ISO-5230-2.1.docx" },
        { "openchain-ja", "standards/openchain/ja_ISO-5230-2.1.docx" },
        { "generic-pandoc-lists", "pandoc/lists.docx" },
        { "generic-mammoth-tables", "mammoth/tables.docx" },
        // unseen layouts: an ISO/DIS draft in the ISO template (TermNum entries, tables titled above), a 3GPP change
        // request (typed clause numbers, captions below), an IEC draft annex in Normal style only (typed captions above
        // tables, inline equations), an OGC standard whose term entries are headings
        { "iso-dis-19168-2", "standards/iso/opengeospatial__ogcapi-features__ISO19168-2_dis_draft.docx" },
        { "3gpp-cr-s2-1812226", "standards/etsi-itu-3gpp/telekom__3gpp-meeting-tools__S2-1812226_eSBA_update_of_solution_15_v1.2.docx" },
        { "iec-61400-15-annex-x", "standards/iec/IEC-61400-15__site_suitability_conditions_input_form__Annex_X.docx" },
        { "ogc-trainingdml-part2", "standards/ogc/opengeospatial__TrainingDML-AI_SWG__tdmlpart2.docx" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Model_matches_its_golden_snapshot(string name, string file)
    {
        if (!File.Exists(TestPaths.CorpusFile(file)))
        {
            Assert.Skip($"the corpus is not at {TestPaths.Corpus} (set MRS_CORPUS): {file} is missing");
        }
        var result = DocumentImporter.Import(TestPaths.CorpusFile(file), new ImportOptions());
        // The folder is given explicitly: CI builds map source paths to /_/ (deterministic builds), so Snapshooter
        // cannot find the snapshots from the caller's file path there.
        var folder = Path.Combine(TestPaths.Repository, "tests", "Mrs.Tests", "Import", "Docx");
        Snapshot.Match(ModelWriter.ToYaml(result.Document),
            new SnapshotFullName($"GoldenModelTests.Model_matches_its_golden_snapshot_{name}.snap", folder));
    }
}
