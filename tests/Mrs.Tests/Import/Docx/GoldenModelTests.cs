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
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Model_matches_its_golden_snapshot(string name, string file)
    {
        var result = DocumentImporter.Import(TestPaths.CorpusFile(file), new ImportOptions());
        // The folder is given explicitly: CI builds map source paths to /_/ (deterministic builds), so Snapshooter
        // cannot find the snapshots from the caller's file path there.
        var folder = Path.Combine(TestPaths.Repository, "tests", "Mrs.Tests", "Import", "Docx");
        Snapshot.Match(ModelWriter.ToYaml(result.Document),
            new SnapshotFullName($"GoldenModelTests.Model_matches_its_golden_snapshot_{name}.snap", folder));
    }
}
