namespace Mrs.Tests.Validation;

/// <summary>mrs validate end to end, in-process: options, configuration, output formats and exit codes.</summary>
public class CliValidateTests
{
    private static string Fixture(string code, string file = "fail.std.yaml") => Path.Combine(RuleTestKit.Fixtures, code, file);

    private static string Clean(string name = "clean-gbt.std.yaml") => RuleTestKit.Seeded(name);

    /// <summary>A fresh folder that is its own repository root, so that no .mrs.yaml above it is found.</summary>
    private static string Repo()
    {
        var folder = TestPaths.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder, ".git"));
        return folder;
    }

    /// <summary>The clean GB/T model with one seeded defect, written to a fresh repository.</summary>
    private static string Seeded(string repo, Func<Mrs.Model.StandardDocument, Mrs.Model.StandardDocument> seed, string name = "a.std.yaml")
    {
        var path = Path.Combine(repo, "standards", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Mrs.Serialization.ModelWriter.ToYaml(seed(RuleTestKit.Load(Clean()))));
        return path;
    }

    private static Mrs.Model.StandardDocument LoneSubclause(Mrs.Model.StandardDocument doc) =>
        SeededDefectTests.MapClause(doc, "clause-6", c => c with { Clauses = c.Clauses.Take(1).ToList() });

    private static Mrs.Model.StandardDocument TitleWithFullStop(Mrs.Model.StandardDocument doc) =>
        SeededDefectTests.MapClause(doc, "clause-5.1", c => c with { Title = "总则。" });

    [Fact]
    public void A_folder_stands_for_the_standards_in_it_and_below()
    {
        var repo = Repo();
        var defective = Seeded(repo, LoneSubclause, "sub/a.std.yaml");
        File.Copy(Clean(), Path.Combine(repo, "standards", "b.std.yaml"));
        File.WriteAllText(Path.Combine(repo, "standards", "notes.txt"), "not a standard");
        File.WriteAllText(Path.Combine(repo, "standards", "~$draft.docx"), "a Word lock file");

        var result = CliRunner.Run("validate", Path.Combine(repo, "standards"), "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("in 2 files", result.Error, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(defective), result.Out, StringComparison.Ordinal);
        var empty = Path.Combine(repo, "empty");
        Directory.CreateDirectory(empty);
        var refused = CliRunner.Run("validate", empty);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("no Word documents or models", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_models_exit_0()
    {
        var result = CliRunner.Run("validate", Clean(), Clean("clean-iso.std.yaml"));
        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("0 errors, 0 warnings, 0 infos in 2 files\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_exit_1_and_fail_on_sets_the_threshold()
    {
        var repo = Repo();
        var error = Seeded(repo, LoneSubclause, "error.std.yaml");
        Assert.Equal(1, CliRunner.Run("validate", error).ExitCode);
        Assert.Equal(0, CliRunner.Run("validate", error, "--fail-on", "never").ExitCode);
        // STRUCT-015 is a warning: below the default threshold, at the warning threshold.
        var warning = Seeded(repo, TitleWithFullStop, "warning.std.yaml");
        var result = CliRunner.Run("validate", warning);
        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("0 errors, 1 warning, 0 infos in 1 file\n", result.Out, StringComparison.Ordinal);
        Assert.Equal(1, CliRunner.Run("validate", warning, "--fail-on", "warning").ExitCode);
    }

    [Fact]
    public void Unreadable_or_schema_invalid_input_exits_2()
    {
        var repo = Repo();
        var broken = Path.Combine(repo, "broken.std.yaml");
        File.WriteAllText(broken, "schemaVersion: \"1.0\"\nmetadata: [\n");
        var missing = CliRunner.Run("validate", Path.Combine(repo, "missing.std.yaml"));
        Assert.Equal(2, missing.ExitCode);
        // A missing model and a missing Word document are reported alike: "path: error: no such file".
        Assert.Contains("missing.std.yaml: error: no such file", missing.Error, StringComparison.Ordinal);
        var syntax = CliRunner.Run("validate", broken);
        Assert.Equal(2, syntax.ExitCode);
        Assert.Matches(@"broken\.std\.yaml:\d+:\d+: error: ", syntax.Error);

        var invalid = Path.Combine(repo, "invalid.std.yaml");
        File.WriteAllText(invalid, "schemaVersion: \"1.0\"\nmetadata:\n  identifier: 42\n");
        var schema = CliRunner.Run("validate", invalid);
        Assert.Equal(2, schema.ExitCode);
        Assert.Contains("invalid.std.yaml:3:15: error: /metadata/identifier:", schema.Out, StringComparison.Ordinal);
        Assert.Contains("(schema errors; rules not checked)", schema.Out, StringComparison.Ordinal);

        var docx = CliRunner.Run("validate", Path.Combine(repo, "standard.docx"));
        Assert.Equal(2, docx.ExitCode);
        Assert.Contains("standard.docx: error: no such file", docx.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, CliRunner.Run("validate", Clean(), "--rules", "ansi").ExitCode);
        Assert.Equal(2, CliRunner.Run("validate", Clean(), "--format", "xml").ExitCode);
        Assert.Equal(2, CliRunner.Run("validate").ExitCode);
    }

    [Fact]
    public void Rules_option_chooses_the_family()
    {
        // STRUCT-014 (first-level subclause titles) is an ISO rule; its fixture is an ISO document.
        Assert.Contains("[STRUCT-014]", CliRunner.Run("validate", Fixture("STRUCT-014"), "--fail-on", "never").Out, StringComparison.Ordinal);
        var gbt = CliRunner.Run("validate", Fixture("STRUCT-014"), "--rules", "gbt", "--fail-on", "never");
        Assert.DoesNotContain("[STRUCT-014]", gbt.Out, StringComparison.Ordinal);
        Assert.Contains("(gbt rules, GB/T 1.1-2020: option --rules)", gbt.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_only_skips_the_rules()
    {
        var result = CliRunner.Run("validate", Fixture("STRUCT-011"), "--schema-only");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("STRUCT-011", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_is_found_beside_the_input_and_applied()
    {
        var repo = Repo();
        var model = Seeded(repo, LoneSubclause);
        Assert.Equal(1, CliRunner.Run("validate", model).ExitCode);

        File.WriteAllText(Path.Combine(repo, ".mrs.yaml"), "rules:\n  STRUCT-011: warning\n");
        var warned = CliRunner.Run("validate", model);
        Assert.Equal(0, warned.ExitCode);
        Assert.Contains(": warning: [6] Clause 6 has only one subclause", warned.Out, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(repo, ".mrs.yaml"), "ignore:\n  - path: standards/**\n    rules: [STRUCT-011]\n");
        var ignored = CliRunner.Run("validate", model);
        Assert.Equal(0, ignored.ExitCode);
        Assert.DoesNotContain("STRUCT-011", ignored.Out, StringComparison.Ordinal);

        var other = Path.Combine(repo, "strict.yaml");
        File.WriteAllText(other, "rules:\n  STRUCT-011: error\n");
        Assert.Equal(1, CliRunner.Run("validate", model, "--config", other).ExitCode);
    }

    [Fact]
    public void Malformed_configuration_is_one_line_and_exits_2()
    {
        var repo = Repo();
        var config = Path.Combine(repo, "bad.yaml");
        File.WriteAllText(config, "rules:\n  STRUCT-011: loud\n");
        var result = CliRunner.Run("validate", Clean(), "--config", config);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"{config}:2:15: error: STRUCT-011 is off, error, warning or info, not 'loud'\n", result.Error);
        Assert.Equal("", result.Out);
        Assert.Equal(2, CliRunner.Run("validate", Clean(), "--config", Path.Combine(repo, "none.yaml")).ExitCode);
    }

    [Fact]
    public void Github_format_prints_only_workflow_commands()
    {
        // (ten errors or fewer: beyond GitHub's ten annotations of a kind per step, the formatter writes log lines; FormatterTests checks those)
        var result = CliRunner.Run("validate", Fixture("STRUCT-011"), "--format", "github");
        Assert.Equal(1, result.ExitCode);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches("^::(error|warning|notice) file=", l));
    }

    [Fact]
    public void Json_and_sarif_keep_standard_output_machine_readable()
    {
        var json = CliRunner.Run("validate", Fixture("STRUCT-011"), "--format", "json", "--lang", "zh-CN");
        using (var doc = System.Text.Json.JsonDocument.Parse(json.Out))
        {
            var finding = doc.RootElement.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("code").GetString() == "STRUCT-011");
            Assert.Equal("第5章下只有一个条（5.1）；同一层次中有两个或两个以上的条时才可设条。", finding.GetProperty("message").GetString());
            Assert.Equal("gbt", doc.RootElement.GetProperty("files")[0].GetProperty("family").GetString());
        }
        Assert.Contains("个错误", json.Error, StringComparison.Ordinal);
        var sarif = CliRunner.Run("validate", Fixture("STRUCT-011"), "--format", "sarif");
        using var log = System.Text.Json.JsonDocument.Parse(sarif.Out);
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void Text_in_Chinese()
    {
        var result = CliRunner.Run("validate", Fixture("STRUCT-011"), "--lang", "zh-CN");
        Assert.Contains("错误: [5] 第5章下只有一个条（5.1）", result.Out, StringComparison.Ordinal);
        Assert.Contains("1 个文件：", result.Out, StringComparison.Ordinal);
    }
}
