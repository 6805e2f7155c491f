using BenchmarkDotNet.Attributes;
using Mrs.Import;
using Mrs.Model;
using Mrs.Rendering.Html;
using Mrs.Rendering.Writers;

namespace Mrs.Benchmarks;

/// <summary>
/// The web edition of imported real standards, in-process and warmed up: the model (imported once, its pictures in a
/// temporary folder) to the page's HTML, pictures embedded. Issue 12's bar: the SARIF specification under 300 ms.
/// </summary>
[MemoryDiagnoser]
public class HtmlBenchmarks
{
    private StandardDocument document = null!;
    private WriterOptions options = null!;
    private string folder = "";

    [Params("standards/oasis/sarif-v2.1.0-committee-specification.docx", "standards/gbt/real/laolv2023__28181-2022__GBT_28181_2022.docx")]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("mrs-bench-").FullName;
        document = DocumentImporter.Import(BenchPaths.Corpus(File),
            new ImportOptions { AssetsFolder = Path.Combine(folder, "assets"), AssetsRelativePath = "assets" }).Document;
        options = new WriterOptions { SourceFolder = folder, Assets = AssetMode.Embed };
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark]
    public int RenderHtml() => HtmlEdition.Render(document, options).Html.Length;
}
