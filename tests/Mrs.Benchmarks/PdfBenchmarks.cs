using BenchmarkDotNet.Attributes;
using Mrs.Import;
using Mrs.Model;
using Mrs.Rendering.Pdf;
using Mrs.Rendering.Writers;

namespace Mrs.Benchmarks;

/// <summary>
/// PDF of real standards with a warm browser (started once in the setup, as build does): the print edition laid out,
/// printed twice by Chromium (pages, then contents with page numbers) and finished. ISO 19135 prints on 58 pages.
/// </summary>
[SimpleJob(warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class PdfBenchmarks
{
    private StandardDocument document = null!;
    private PdfBrowser browser = null!;

    [Params("standards/iso/ISO-TC211__UML-Best-Practices__19135.docx", "standards/iso/metanorma-iso_rice.docx")]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        document = DocumentImporter.Import(BenchPaths.Corpus(File), new ImportOptions()).Document;
        browser = PdfBrowser.Launch(BrowserLocator.Require(null));
    }

    [GlobalCleanup]
    public void Cleanup() => browser.Dispose();

    [Benchmark]
    public int RenderPdf() => PdfEdition.Render(document, WriterOptions.Default, browser).Length;
}
