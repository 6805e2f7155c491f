using BenchmarkDotNet.Attributes;
using Mrs.Import;
using Mrs.Serialization;

namespace Mrs.Benchmarks;

/// <summary>Import (read, structure, write YAML) of real standards, in-process and warmed up.</summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    [Params("standards/oasis/sarif-v2.1.0-committee-specification.docx", "standards/iso/metanorma-iso_rice.docx",
        "standards/gbt/generated/gbt-minimal.docx")]
    public string File { get; set; } = "";

    [Benchmark]
    public int ImportToYaml() => ModelWriter.ToYaml(DocumentImporter.Import(BenchPaths.Corpus(File), new ImportOptions()).Document).Length;
}
