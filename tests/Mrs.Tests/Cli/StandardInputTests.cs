using System.Text;
using System.Text.Json;

namespace Mrs.Tests.Cli;

/// <summary><c>mrs validate -</c> reads standard input: a model (YAML or JSON) or a Word document, told apart by its bytes.</summary>
public class StandardInputTests
{
    [Fact]
    public void A_model_on_standard_input_is_validated_like_the_file()
    {
        var path = TestPaths.Sample("gbt-sample.std.yaml");
        var fromFile = CliRunner.Run("validate", path, "--format", "json");
        var fromInput = CliRunner.RunWithInput(File.ReadAllBytes(path), "validate", "-", "--format", "json");
        Assert.Equal(fromFile.ExitCode, fromInput.ExitCode);
        Assert.Equal(Findings(fromFile.Out).Replace(path, "<stdin>", StringComparison.Ordinal), Findings(fromInput.Out));
        Assert.Contains("in 1 file", fromInput.Error);
    }

    [Fact]
    public void A_JSON_model_and_a_broken_one_on_standard_input()
    {
        var json = CliRunner.Run("import", TestPaths.CorpusFile("mammoth/tables.docx"), "-o", "-");
        if (json.ExitCode != 0)
        {
            Assert.Skip($"the corpus is not at {TestPaths.Corpus} (set MRS_CORPUS)");
        }
        var folder = TestPaths.TempFolder();
        var model = Path.Combine(folder, "tables.std.json");
        Assert.Equal(0, CliRunner.Run("import", TestPaths.CorpusFile("mammoth/tables.docx"), "-o", model).ExitCode);
        var ok = CliRunner.RunWithInput(File.ReadAllBytes(model), "validate", "-", "--schema-only");
        Assert.True(ok.ExitCode == 0, ok.Out + ok.Error);

        var broken = CliRunner.RunWithInput(Encoding.UTF8.GetBytes("metadata: [unclosed\n"), "validate", "-");
        Assert.Equal(2, broken.ExitCode);
        Assert.StartsWith("<stdin>:", broken.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", broken.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Word_document_on_standard_input_is_imported_and_checked()
    {
        var docx = TestPaths.CorpusFile("mammoth/tables.docx");
        if (!File.Exists(docx))
        {
            Assert.Skip($"the corpus is not at {TestPaths.Corpus} (set MRS_CORPUS)");
        }
        var result = CliRunner.RunWithInput(File.ReadAllBytes(docx), "validate", "-", "--format", "json", "--fail-on", "never");
        Assert.True(result.ExitCode == 0, result.Error);
        using var report = JsonDocument.Parse(result.Out);
        Assert.Equal("<stdin>", report.RootElement.GetProperty("files")[0].GetProperty("path").GetString());

        var garbage = CliRunner.RunWithInput([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "validate", "-");
        Assert.Equal(2, garbage.ExitCode);
        Assert.StartsWith("<stdin>: error: ", garbage.Error, StringComparison.Ordinal);
        Assert.Single(garbage.Error.TrimEnd('\n').Split('\n'));
    }

    private static string Findings(string json)
    {
        using var report = JsonDocument.Parse(json);
        return report.RootElement.GetProperty("findings").GetRawText();
    }
}

/// <summary>The summary counts what was checked and says what could not be read.</summary>
public class ValidateSummaryTests
{
    [Fact]
    public void An_unreadable_input_is_counted_apart()
    {
        var folder = TestPaths.TempFolder();
        var broken = Path.Combine(folder, "broken.std.yaml");
        File.WriteAllText(broken, "metadata: [unclosed\n");
        var result = CliRunner.Run("validate", broken, TestPaths.Sample("iso-sample.std.yaml"), Path.Combine(folder, "missing.std.yaml"));
        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith(" in 1 file; 2 files could not be read\n", result.Out, StringComparison.Ordinal);
        var zh = CliRunner.Run("validate", broken, "--lang", "zh-CN", "--format", "json");
        Assert.Contains("0 个文件：0 个错误，0 个警告，0 条提示；1 个文件无法读取", zh.Error);
        Assert.Contains("\"unreadable\": 1", zh.Out);
    }
}
