using System.Diagnostics;
using System.Text;
using Mrs.Model;
using Mrs.Serialization;

namespace Mrs.Tests.Cli;

/// <summary>
/// <c>mrs fmt</c>: canonical model files (the samples and every golden model of the corpus are canonical already),
/// idempotent, the same model after formatting, <c>--check</c> for CI, <c>-</c> for pipes, <c>--renumber</c> end to end.
/// </summary>
public class FmtCommandTests
{
    /// <summary>A hand-written model with every kind of odd quoting YAML allows: flow collections, single quotes, folded text, escapes.</summary>
    private const string OddlyQuoted = """
        # yaml-language-server: $schema=../schemas/clause-model.schema.json

        # a hand-written model
        ---
        metadata: {identifier: 'GB/T 1—2020', titles: [{main: "标题", language: zh-CN}]}
        schemaVersion: '1.0'
        clauses:
          - title: '范围'
            number: "1"
            id: "clause-1"
            kind: scope
            blocks:
              - {type: paragraph, text: "写作`3\\*4`的文本显示为3\\*4。"}
              - type: paragraph
                text: 写作`3\*4`的文本显示为3\*4。
              - type: paragraph
                text: >-
                  folded
                  text
              - type: "note"
                blocks: [{type: paragraph, text: "Note: \u00e9t\u00e9"}]
        """;

    private static string Temp(string name, string text)
    {
        var path = Path.Combine(TestPaths.TempFolder(), name);
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal), new UTF8Encoding(false));
        return path;
    }

    private static string Format(string text, bool renumber = false) =>
        ModelFormatter.Format(Encoding.UTF8.GetBytes(text), ModelFormat.Yaml, renumber).Text;

    [Theory]
    [InlineData("gbt-sample.std.yaml")]
    [InlineData("iso-sample.std.yaml")]
    public void The_samples_are_canonical_byte_for_byte(string sample)
    {
        var bytes = File.ReadAllBytes(TestPaths.Sample(sample));
        Assert.Equal(Encoding.UTF8.GetString(bytes), ModelFormatter.Format(bytes, ModelFormat.Yaml).Text);
        Assert.Equal(Encoding.UTF8.GetString(bytes), ModelFormatter.Format(bytes, ModelFormat.Yaml, renumber: true).Text);
    }

    [Fact]
    public void The_golden_models_of_the_corpus_are_canonical_and_formatting_them_twice_changes_nothing()
    {
        var folder = Path.Combine(TestPaths.Repository, "tests", "Mrs.Tests", "Import", "Docx", "__snapshots__");
        var snapshots = Directory.GetFiles(folder, "*.snap").Order(StringComparer.Ordinal).ToList();
        Assert.True(snapshots.Count >= 10, $"{snapshots.Count} golden models");
        foreach (var snapshot in snapshots)
        {
            var text = File.ReadAllText(snapshot).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
            var once = Format(text);
            Assert.True(text == once, $"{Path.GetFileName(snapshot)} is not canonical");
            var renumbered = Format(text, renumber: true);
            Assert.Equal(renumbered, Format(renumbered, renumber: true));
        }
    }

    [Fact]
    public void An_oddly_quoted_model_becomes_canonical_once_and_still_reads_as_the_same_model()
    {
        var once = Format(OddlyQuoted);
        Assert.Equal(once, Format(once));
        Assert.StartsWith("# yaml-language-server: $schema=../schemas/clause-model.schema.json\n\n# a hand-written model\n" +
            "schemaVersion: \"1.0\"\nmetadata:\n", once);
        var original = ModelReader.ReadValid(OddlyQuoted, ModelFormat.Yaml);
        Assert.Equal(ModelWriter.ToJson(original), ModelWriter.ToJson(ModelReader.ReadValid(once, ModelFormat.Yaml)));
        // The same Markdown escape, written in a quoted and in a plain scalar, is written one way.
        var lines = once.Split('\n')
            .Where(l => l.Contains("3\\*4", StringComparison.Ordinal) || l.Contains("3\\\\*4", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(lines[0], lines[1]);
        Assert.Contains("text: folded text", once, StringComparison.Ordinal);
        Assert.Contains("text: \"Note: été\"", once, StringComparison.Ordinal);
    }

    [Fact]
    public void Fmt_rewrites_files_in_place_and_says_which_and_check_lists_them_without_writing()
    {
        var odd = Temp("odd.std.yaml", OddlyQuoted);
        var canonical = Path.Combine(Path.GetDirectoryName(odd)!, "good.std.yaml");
        File.Copy(TestPaths.Sample("gbt-sample.std.yaml"), canonical);

        var check = CliRunner.Run("fmt", "--check", Path.GetDirectoryName(odd)!);
        Assert.Equal(1, check.ExitCode);
        Assert.Equal(odd + "\n", check.Out);
        Assert.Contains("1 of 2 files would change", check.Error, StringComparison.Ordinal);
        Assert.Equal(OddlyQuoted, File.ReadAllText(odd));

        var write = CliRunner.Run("fmt", odd, canonical);
        Assert.Equal(0, write.ExitCode);
        Assert.Equal($"{odd}: formatted\n", write.Error);
        Assert.Equal(Format(OddlyQuoted), File.ReadAllText(odd));

        var again = CliRunner.Run("fmt", "--check", odd, canonical);
        Assert.Equal((0, "", ""), (again.ExitCode, again.Out, again.Error));
    }

    [Fact]
    public void A_comment_inside_the_model_is_refused_rather_than_lost()
    {
        var sample = File.ReadAllText(TestPaths.Sample("iso-sample.std.yaml"));
        var path = Temp("commented.std.yaml", sample.Replace("clauses:\n", "clauses: # the body\n", StringComparison.Ordinal));
        var before = File.ReadAllText(path);
        var result = CliRunner.Run("fmt", path);
        Assert.Equal(2, result.ExitCode);
        var escaped = System.Text.RegularExpressions.Regex.Escape(path);
        Assert.Matches($@"^{escaped}:\d+:\d+: error: a comment inside the model cannot be kept", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Fact]
    public void A_file_that_is_not_a_valid_model_is_one_line_and_exit_2_and_the_others_are_still_formatted()
    {
        var bad = Temp("bad.std.yaml", OddlyQuoted.Replace("number: \"1\"", "number: 1", StringComparison.Ordinal));
        var odd = Path.Combine(Path.GetDirectoryName(bad)!, "odd.std.yaml");
        File.WriteAllText(odd, OddlyQuoted);
        var result = CliRunner.Run("fmt", bad, odd, Path.Combine(Path.GetDirectoryName(bad)!, "missing.std.yaml"));
        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.Trim().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"bad\.std\.yaml:9:13: error: /clauses/0/number: .*write it in quotes", lines[0]);
        Assert.EndsWith("odd.std.yaml: formatted", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("missing.std.yaml: error: no such file", lines[2], StringComparison.Ordinal);
        Assert.Equal(Format(OddlyQuoted), File.ReadAllText(odd));
    }

    [Fact]
    public void Json_models_are_formatted_as_json()
    {
        var document = ModelReader.ReadValid(OddlyQuoted, ModelFormat.Yaml);
        var json = ModelWriter.ToJson(document);
        var path = Temp("m.std.json", json.Replace("\n  ", "\n    ", StringComparison.Ordinal));
        Assert.Equal(0, CliRunner.Run("fmt", path).ExitCode);
        Assert.Equal(json, File.ReadAllText(path));
    }

    [Fact]
    public void Renumber_on_the_command_line_renumbers_the_file_and_says_how_much_changed()
    {
        var text = File.ReadAllText(TestPaths.Sample("gbt-sample.std.yaml"));
        var inserted = "  - id: clause-x\n    number: \"0\"\n    title: 插入的章\n  - id: clause-6\n";
        var path = Temp("renumber.std.yaml", text.Replace("  - id: clause-6\n", inserted, StringComparison.Ordinal));

        var check = CliRunner.Run("fmt", "--check", path);
        Assert.Equal(0, check.ExitCode); // canonical, only misnumbered
        var checkRenumber = CliRunner.Run("fmt", "--check", "--renumber", path);
        Assert.Equal(1, checkRenumber.ExitCode);
        Assert.Contains("run 'mrs fmt --renumber' on it", checkRenumber.Error, StringComparison.Ordinal);

        var result = CliRunner.Run("fmt", "--renumber", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"{path}: renumbered (9 numbers, 8 ids, 4 cross-references changed)\n", result.Error);
        var renumbered = ModelReader.ReadValid(File.ReadAllText(path), ModelFormat.Yaml);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], renumbered.Clauses.Select(c => c.Number));
        Assert.Equal("clause-x", renumbered.Clauses[5].Id);
        Assert.Contains("增加了结构化覆盖率的计算方法（见[7.2](#clause-7.2)）；", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("fmt", "--check", "--renumber", path).ExitCode);
    }

    [Fact]
    public async Task A_dash_reads_standard_input_and_writes_standard_output()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "mrs.dll"), "fmt", "-" })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var cancel = TestContext.Current.CancellationToken;
        var output = process.StandardOutput.ReadToEndAsync(cancel);
        var error = process.StandardError.ReadToEndAsync(cancel);
        await process.StandardInput.WriteAsync(OddlyQuoted.AsMemory(), cancel);
        process.StandardInput.Close();
        await process.WaitForExitAsync(cancel);
        Assert.Equal((0, ""), (process.ExitCode, await error));
        Assert.Equal(Format(OddlyQuoted), await output);
    }

    [Fact]
    public void Fmt_is_in_the_help_and_the_shell_completion()
    {
        Assert.Contains("fmt", CliRunner.Run("--help").Out, StringComparison.Ordinal);
        Assert.Contains("--renumber", CliRunner.Run("completion", "bash").Out, StringComparison.Ordinal);
        var typo = CliRunner.Run("fmt", "--chek", "x.std.yaml");
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("Did you mean '--check'?", typo.Error, StringComparison.Ordinal);
    }
}
