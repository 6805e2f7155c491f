using System.Diagnostics;
using System.Text;
using Mrs.Model;
using Mrs.Serialization;

namespace Mrs.Tests.Import.Docx;

/// <summary>
/// <c>mrs import x.docx -o -</c>: the model goes to standard output, its pictures to assets/&lt;name&gt;/ in the working directory
/// (or --assets), and stderr says where.
/// </summary>
public class ImportStdoutAssetsTests
{
    private static async Task<(int Code, string Out, string Error)> Run(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mrs.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var cancel = TestContext.Current.CancellationToken;
        var output = process.StandardOutput.ReadToEndAsync(cancel);
        var error = process.StandardError.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Pictures_of_a_model_written_to_standard_output_go_to_assets_in_the_working_directory()
    {
        var folder = TestPaths.TempFolder();
        var (code, yaml, error) = await Run(folder, "import", TestPaths.Sample("word/gbt-sample.docx"), "-o", "-");

        Assert.Equal(0, code);
        var document = ModelReader.ReadValid(yaml, ModelFormat.Yaml);
        var pictures = document.Assets.Where(a => a.Path is not null).ToList();
        Assert.NotEmpty(pictures);
        Assert.All(pictures, a => Assert.True(File.Exists(Path.Combine(folder, a.Path!)), $"{a.Path} written"));
        var s = pictures.Count == 1 ? "" : "s";
        var said = $"gbt-sample.docx: wrote {pictures.Count} picture{s} to assets/gbt-sample/ (the model names them assets/gbt-sample/…, "
            + "from the working directory)\n";
        Assert.Contains(said, error, StringComparison.Ordinal);

        var chosen = await Run(folder, "import", TestPaths.Sample("word/gbt-sample.docx"), "-o", "-", "--assets", "pics");
        Assert.Equal(0, chosen.Code);
        Assert.All(ModelReader.ReadValid(chosen.Out, ModelFormat.Yaml).Assets.Where(a => a.Path is not null), a =>
        {
            Assert.StartsWith("pics/", a.Path, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, a.Path!)));
        });
        Assert.Contains("to pics/ (the model names them pics/…", chosen.Error, StringComparison.Ordinal);
    }
}
