using System.Collections.Concurrent;
using Mrs.Import;
using Mrs.Model;
using Mrs.Rendering.Bundle;
using Mrs.Rendering.Writers;
using Mrs.Serialization;

namespace Mrs.Tests.Rendering.Bundle;

/// <summary>
/// The standards the bundle tests use: the two samples and three real corpus standards (a GB/T, an ISO, an OASIS), each imported once per run.
/// </summary>
public static class BundleFixture
{
    public static readonly TheoryData<string> Standards = new()
    {
        "samples/gbt-sample.std.yaml",
        "samples/iso-sample.std.yaml",
        "corpus/standards/gbt/real/laolv2023__28181-2022__GBT_28181_2022.docx",
        "corpus/standards/iso/metanorma-iso_rice.docx",
        "corpus/standards/oasis/mqtt-sn-2-0-wd_2024-06-06.docx",
    };

    private static readonly ConcurrentDictionary<string, Lazy<(StandardDocument Document, string Folder)>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The document and the folder its asset paths are relative to; skips the test when a corpus file is missing.</summary>
    public static (StandardDocument Document, string Folder) Load(string name) => Loaded.GetOrAdd(name, n => new(() => Read(n))).Value;

    private static (StandardDocument, string) Read(string name)
    {
        if (name.StartsWith("samples/", StringComparison.Ordinal))
        {
            var path = TestPaths.Sample(name["samples/".Length..]);
            return (ModelReader.Load(path).Document!, Path.GetDirectoryName(path)!);
        }
        var file = TestPaths.CorpusFile(name["corpus/".Length..]);
        if (!File.Exists(file))
        {
            Assert.Skip($"the corpus is not at {TestPaths.Corpus} (set MRS_CORPUS): {file} is missing");
        }
        var temp = TestPaths.TempFolder();
        var imported = DocumentImporter.Import(file,
            new ImportOptions { AssetsFolder = Path.Combine(temp, "assets"), AssetsRelativePath = "assets" });
        return (imported.Document, temp);
    }

    /// <summary>The bundle of a standard written to a new folder.</summary>
    public static string Write(string name, bool zip = false)
    {
        var (document, folder) = Load(name);
        var output = Path.Combine(TestPaths.TempFolder(), zip ? "bundle.zip" : "bundle");
        new BundleWriter().Write(document, output, new WriterOptions { SourceFolder = folder, Zip = zip });
        return output;
    }
}
