using System.IO.Compression;
using System.Text.Json;

namespace Mrs.Tests.Cli;

/// <summary>mrs render --to bundle (a folder, or one zip with --zip) and mrs build --to bundle (a folder per standard).</summary>
public class RenderBundleCommandTests
{
    [Fact]
    public void Render_writes_a_bundle_folder_and_with_zip_one_zip_file_of_the_same_files()
    {
        var folder = TestPaths.TempFolder();
        var output = Path.Combine(folder, "gbt");
        var result = CliRunner.Run("render", TestPaths.Sample("gbt-sample.std.yaml"), "--to", "bundle", "-o", output);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.True(File.Exists(Path.Combine(output, "manifest.json")));
        Assert.True(File.Exists(Path.Combine(output, "clauses", "clause-5.2.json")));
        Assert.Equal(["gbt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));

        var zipPath = Path.Combine(folder, "gbt.zip");
        Assert.Equal(0, CliRunner.Run("render", TestPaths.Sample("gbt-sample.std.yaml"), "--to", "bundle", "-o", zipPath, "--zip").ExitCode);
        using var zip = ZipFile.OpenRead(zipPath);
        var files = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(files, zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void Bad_input_writes_no_bundle()
    {
        var folder = TestPaths.TempFolder();
        var model = Path.Combine(folder, "bad.std.yaml");
        File.WriteAllText(model, "schemaVersion: \"1.0\"\nclauses: 5\n");
        var result = CliRunner.Run("render", model, "--to", "bundle", "-o", Path.Combine(folder, "out"));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(model, result.Error, StringComparison.Ordinal);
        Assert.Equal(["bad.std.yaml"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Build_writes_a_bundle_folder_beside_each_model()
    {
        var input = TestPaths.TempFolder();
        File.Copy(TestPaths.Sample("iso-sample.std.yaml"), Path.Combine(input, "iso-sample.std.yaml"));
        BuildCommandTests.CopyPictures(input);
        var output = TestPaths.TempFolder();
        var result = CliRunner.Run("build", input, "-o", output, "--to", "yaml,bundle");
        Assert.Equal(0, result.ExitCode);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "iso-sample.bundle", "manifest.json")));
        Assert.Equal("1.0", manifest.RootElement.GetProperty("bundleVersion").GetString());
        Assert.True(File.Exists(Path.Combine(output, "iso-sample.std.yaml")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(output, "iso-sample.bundle", "assets")));
    }
}
