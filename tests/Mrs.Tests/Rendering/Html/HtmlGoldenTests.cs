using Mrs.Import;
using Mrs.Model;
using Mrs.Rendering.Html;
using Mrs.Rendering.Writers;
using Mrs.Serialization;
using Snapshooter;
using Snapshooter.Xunit3;

namespace Mrs.Tests.Rendering.Html;

/// <summary>
/// Golden web editions of the samples and of real standards (GB/T, ISO, OpenChain in Chinese): the page's body (the
/// style sheets and the script are the writer's own, and change alone) is compared with its snapshot, and every page
/// passes <see cref="HtmlChecks"/>. Pictures are written as assets/ paths (no LibreOffice: the same on every machine).
/// A change shows as a snapshot diff to review (update: delete the .snap file and run the test once).
/// </summary>
public class HtmlGoldenTests
{
    public static TheoryData<string, string> Samples() => new()
    {
        { "gbt-sample-model", "gbt-sample.std.yaml" },
        { "iso-sample-model", "iso-sample.std.yaml" },
        { "gbt-sample-word", "word/gbt-sample.docx" },
        { "iso-sample-word", "word/iso-sample.docx" },
    };

    public static TheoryData<string, string> Standards() => new()
    {
        { "gbt-minimal", "standards/gbt/generated/gbt-minimal.docx" },
        { "gbt-28181-2022", "standards/gbt/real/laolv2023__28181-2022__GBT_28181_2022.docx" },
        { "iso-rice", "standards/iso/metanorma-iso_rice.docx" },
        { "openchain-zh-hans", "standards/openchain/zh-Hans_OpenChainSpec-2.0.docx" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_renders_as_its_golden_page(string name, string file) =>
        Golden(name, TestPaths.Sample(file));

    [Theory]
    [MemberData(nameof(Standards))]
    public void Standard_renders_as_its_golden_page(string name, string file)
    {
        if (!File.Exists(TestPaths.CorpusFile(file)))
        {
            Assert.Skip($"the corpus is not at {TestPaths.Corpus} (set MRS_CORPUS): {file} is missing");
        }
        Golden(name, TestPaths.CorpusFile(file));
    }

    private static void Golden(string name, string path)
    {
        var html = Render(path, AssetMode.Folder);
        HtmlChecks.Check(html);
        Assert.Equal(html, Render(path, AssetMode.Folder)); // the same bytes every time
        var folder = Path.Combine(TestPaths.Repository, "tests", "Mrs.Tests", "Rendering", "Html");
        Snapshot.Match(Body(html), new SnapshotFullName($"HtmlGoldenTests.{name}.snap", folder));
    }

    /// <summary>A model or a Word document as a page; a Word document's pictures are imported into a temporary folder.</summary>
    public static string Render(string path, AssetMode assets, string? theme = null)
    {
        if (path.EndsWith(".std.yaml", StringComparison.Ordinal) || path.EndsWith(".std.json", StringComparison.Ordinal))
        {
            var document = ModelReader.Load(path).Document!;
            return HtmlEdition.Render(document,
                new WriterOptions { SourceFolder = Path.GetDirectoryName(path), Assets = assets, Theme = theme ?? "auto" }).Html;
        }
        var temp = TestPaths.TempFolder();
        try
        {
            var imported = DocumentImporter.Import(path,
                new ImportOptions { AssetsFolder = Path.Combine(temp, "assets"), AssetsRelativePath = "assets" });
            return HtmlEdition.Render(imported.Document, new WriterOptions { SourceFolder = temp, Assets = assets, Theme = theme ?? "auto" }).Html;
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>The page from &lt;body&gt; to its script: what the document makes of it.</summary>
    public static string Body(string html)
    {
        var start = html.IndexOf("<body>", StringComparison.Ordinal);
        var end = html.IndexOf("<script", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
