using Mrs.Import;
using Mrs.Import.Legacy;

namespace Mrs.Tests.Import.Legacy;

/// <summary>Finding LibreOffice: --soffice, then MRS_SOFFICE, then PATH; a one-line hint when it is missing.</summary>
public class SofficeLocatorTests
{
    [Fact]
    public void A_given_path_that_does_not_exist_is_named_with_the_install_hint()
    {
        var ex = Assert.Throws<ImportException>(() => SofficeLocator.Locate("/nonexistent/soffice"));
        Assert.Equal("LibreOffice was not found at '/nonexistent/soffice' (--soffice): install it (Debian: apt-get install "
            + "libreoffice-writer-nogui) or pass --soffice <path>", ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void A_given_program_or_its_install_folder_is_used()
    {
        var folder = TestPaths.TempFolder();
        var program = Directory.CreateDirectory(Path.Combine(folder, "program")).FullName;
        var soffice = Path.Combine(program, OperatingSystem.IsWindows() ? "soffice.exe" : "soffice");
        File.WriteAllText(soffice, "");
        Assert.Equal(soffice, SofficeLocator.Locate(soffice));
        Assert.Equal(soffice, SofficeLocator.Locate(folder));
    }

    [Fact]
    public void Without_LibreOffice_mrs_import_says_how_to_install_it_and_exits_2()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("the usual install folders are searched on Windows");
        }
        var emptyPath = TestPaths.TempFolder();
        var tempRoot = TestPaths.TempFolder();
        var result = MrsProcess.Run(
            ["import", LegacySupport.Poi("simple-list.doc"), "-o", Path.Combine(TestPaths.TempFolder(), "out.std.yaml")],
            new Dictionary<string, string> { ["PATH"] = emptyPath, ["MRS_SOFFICE"] = "", ["TMPDIR"] = tempRoot });
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"{LegacySupport.Poi("simple-list.doc")}: error: converting .doc needs LibreOffice, which was not found: install it (Debian: apt-get "
                + "install libreoffice-writer-nogui) or pass --soffice <path>\n",
            result.Error);
        LegacySupport.AssertNothingLeft(tempRoot);
    }

    [Fact]
    public void MRS_SOFFICE_is_used_when_no_path_is_given()
    {
        var result = MrsProcess.Run(
            ["import", LegacySupport.Poi("simple-list.doc"), "-o", Path.Combine(TestPaths.TempFolder(), "out.std.yaml")],
            new Dictionary<string, string> { ["MRS_SOFFICE"] = "/nonexistent/lo/soffice" });
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("LibreOffice was not found at '/nonexistent/lo/soffice' (MRS_SOFFICE)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_files_never_need_LibreOffice()
    {
        var model = DocumentImporter.Import(LegacySupport.IndustryDocx, new ImportOptions(), "/nonexistent/soffice").Document;
        Assert.Equal("docx", model.Source!.Format);
    }
}
