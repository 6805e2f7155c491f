using Mrs.Tests.Import.Numbering;
using Mrs.Rendering.Html;
using Mrs.Rendering.Writers;
using Mrs.Tests.Rendering.Html;

namespace Mrs.Tests.Cli;

/// <summary>
/// mrs render --to html: a model or a Word document (imported on the fly) to one page, written atomically; pictures
/// embedded or in assets/ beside it; pictures browsers cannot show (EMF) converted by LibreOffice and cached by hash.
/// </summary>
public class RenderHtmlCommandTests
{
    [Fact]
    public void A_model_renders_to_one_self_contained_page_and_nothing_else()
    {
        var folder = TestPaths.TempFolder();
        var output = Path.Combine(folder, "gbt.html");
        var result = CliRunner.Run("render", TestPaths.Sample("gbt-sample.std.yaml"), "--to", "html", "-o", output);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal(["gbt.html"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
        var page = HtmlChecks.Check(File.ReadAllText(output));
        Assert.Equal("theme-gbt", page.DocumentElement.ClassName);
        Assert.All(page.QuerySelectorAll("img"), i => Assert.StartsWith("data:image/", i.GetAttribute("src"), StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_document_is_imported_on_the_fly_with_its_pictures_in_an_assets_folder_and_a_theme_chosen()
    {
        var folder = TestPaths.TempFolder();
        var output = Path.Combine(folder, "iso.html");
        var result = CliRunner.Run("render", TestPaths.Sample("word/gbt-sample.docx"), "--to", "html", "-o", output, "--assets", "folder",
            "--theme", "iso");
        Assert.Equal(0, result.ExitCode);
        var page = HtmlChecks.Check(File.ReadAllText(output));
        Assert.Equal("theme-iso", page.DocumentElement.ClassName);
        var images = page.QuerySelectorAll("img").Select(i => i.GetAttribute("src")!).ToList();
        Assert.NotEmpty(images);
        Assert.All(images, src => Assert.True(File.Exists(Path.Combine(folder, src)), src + " is beside the page"));
        Assert.Equal(["assets", "iso.html"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bad_input_is_one_line_naming_the_file_exit_2_and_no_output()
    {
        var folder = TestPaths.TempFolder();
        var model = Path.Combine(folder, "broken.std.yaml");
        File.WriteAllText(model, "schemaVersion: \"1.0\"\nmetadata: [unclosed\n");
        var result = CliRunner.Run("render", model, "--to", "html", "-o", Path.Combine(folder, "x.html"));
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("broken.std.yaml", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal(["broken.std.yaml"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Emf_pictures_of_a_real_standard_become_png_for_the_browser()
    {
        var file = TestPaths.CorpusFile("standards/etsi-itu-3gpp/telekom__3gpp-meeting-tools__S2-1900429_VLAN_N3IWFSupport.docx");
        if (!File.Exists(file))
        {
            Assert.Skip($"the corpus is not at {TestPaths.Corpus} (set MRS_CORPUS)");
        }
        if (LibreOfficeText.FindSoffice() is null)
        {
            Assert.Skip("LibreOffice (soffice) is not installed; .ci/run installs it");
        }
        var folder = TestPaths.TempFolder();
        var output = Path.Combine(folder, "s2.html");
        var result = CliRunner.Run("render", file, "--to", "html", "-o", output);
        Assert.Equal(0, result.ExitCode);
        var page = HtmlChecks.Check(File.ReadAllText(output));
        Assert.Empty(page.QuerySelectorAll(".picture-missing"));
        var images = page.QuerySelectorAll("img").Select(i => i.GetAttribute("src")!).ToList();
        Assert.True(images.Count >= 4, $"{images.Count} pictures");
        Assert.All(images, src => Assert.StartsWith("data:image/png;base64,iVBORw0KGgo", src, StringComparison.Ordinal));
    }

    [Fact]
    public void A_converted_picture_is_kept_by_content_hash_and_a_failed_one_is_tried_again_by_the_next_run_only()
    {
        var folder = Path.Combine(TestPaths.TempFolder(), "pictures");
        var converter = new CountingConverter();
        var cache = new PictureCache(converter, folder);
        var emf = new byte[] { 1, 0, 0, 0, 42 };
        Assert.Equal([9, 9], cache.Get(emf, "image/x-emf")!.Bytes);
        Assert.Equal([9, 9], cache.Get(emf, "image/x-emf")!.Bytes);
        Assert.Null(cache.Get([7], "image/x-wmf"));
        Assert.Null(cache.Get([7], "image/x-wmf"));
        Assert.Equal(2, converter.Calls);
        // another run (a new cache over the same folder) converts only what failed before: the failure may have passed
        var again = new PictureCache(converter, folder);
        Assert.Equal([9, 9], again.Get(emf, "image/x-emf")!.Bytes);
        Assert.Null(again.Get([7], "image/x-wmf"));
        Assert.Equal(3, converter.Calls);
        Assert.Equal(["" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(emf)) + ".png"],
            Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    private sealed class CountingConverter : IPictureConverter
    {
        public int Calls { get; private set; }

        public ConvertedPicture? Convert(byte[] picture, string mediaType)
        {
            Calls++;
            return picture.Length > 1 ? new ConvertedPicture([9, 9], "image/png") : null;
        }
    }
}
