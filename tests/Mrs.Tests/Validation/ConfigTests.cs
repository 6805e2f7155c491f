using Mrs.Validation.Configuration;
using Mrs.Validation.Rules;

namespace Mrs.Tests.Validation;

public class ConfigTests
{
    [Fact]
    public void Parses_family_levels_ignores_and_docs_url()
    {
        var config = MrsConfig.Parse("""
            family: iso
            rules:
              STRUCT-012: off
              term-011: warning
              NUM-008: ERROR
            ignore:
              - path: "drafts/**"
                rules: [STRUCT-020]
              - path: "*.old.std.yaml"
            docsUrl: https://example.org/mrs/docs/rules.md
            """, "/repo/.mrs.yaml");
        Assert.Equal(RuleFamily.Iso, config.Family);
        Assert.Equal(RuleLevel.Off, config.Levels["STRUCT-012"]);
        Assert.Equal(RuleLevel.Warning, config.Levels["TERM-011"]);
        Assert.Equal(RuleLevel.Error, config.Levels["NUM-008"]);
        Assert.Equal("https://example.org/mrs/docs/rules.md", config.DocsUrl);
        Assert.Equal(["STRUCT-020"], config.IgnoredFor("/repo/drafts/a/b.std.yaml"));
        Assert.Empty(config.IgnoredFor("/repo/final/b.std.yaml"));
        Assert.Equal(["*"], config.IgnoredFor("/repo/x/y/z.old.std.yaml"));
    }

    [Fact]
    public void Empty_file_is_an_empty_configuration()
    {
        var config = MrsConfig.Parse("# nothing yet\n", "/repo/.mrs.yaml");
        Assert.Null(config.Family);
        Assert.Empty(config.Levels);
        Assert.Empty(config.Ignore);
    }

    [Theory]
    [InlineData("famly: gbt\n", 1, 1, "unknown key 'famly'")]
    [InlineData("family: gb-t\n", 1, 9, "family is gbt, iso, etsi, itu, generic or auto")]
    [InlineData("rules:\n  STRUCT-012: sometimes\n", 2, 15, "STRUCT-012 is off, error, warning or info")]
    [InlineData("rules:\n  STRUCT-999: off\n", 2, 3, "unknown rule code 'STRUCT-999'")]
    [InlineData("ignore:\n  - rules: [NUM-001]\n", 2, 5, "an ignore entry needs a path")]
    [InlineData("rules: [STRUCT-001]\n", 1, 8, "rules is a mapping")]
    [InlineData("docsUrl: docs/rules.md\n", 1, 10, "docsUrl is an absolute URL")]
    [InlineData("rules:\n  STRUCT-001: [off\n", 3, 1, "YAML syntax")]
    public void Malformed_configuration_names_line_and_column(string text, int line, int column, string message)
    {
        var ex = Assert.Throws<ConfigException>(() => MrsConfig.Parse(text, ".mrs.yaml"));
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith($".mrs.yaml:{line}:{column}: error: ", ex.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("drafts/**", "drafts/a.std.yaml", true)]
    [InlineData("drafts/**", "drafts/x/y/a.std.yaml", true)]
    [InlineData("drafts/**", "final/a.std.yaml", false)]
    [InlineData("**/legacy/*.yaml", "a/b/legacy/x.yaml", true)]
    [InlineData("**/legacy/*.yaml", "legacy/x.yaml", true)]
    [InlineData("**/legacy/*.yaml", "legacy/sub/x.yaml", false)]
    [InlineData("gb?.std.yaml", "gb1.std.yaml", true)]
    [InlineData("./models/", "models/a.std.yaml", true)]
    public void Globs_match_like_gitignore(string glob, string path, bool matches) =>
        Assert.Equal(matches, Glob.ToRegex(glob).IsMatch(path));

    [Fact]
    public void Finder_searches_upwards_and_stops_at_the_repository_root()
    {
        var root = TestPaths.TempFolder();
        var repo = Path.Combine(root, "repo");
        var deep = Path.Combine(repo, "standards", "gb");
        Directory.CreateDirectory(deep);
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        File.WriteAllText(Path.Combine(root, MrsConfig.FileName), "family: iso\n");
        var model = Path.Combine(deep, "a.std.yaml");

        Assert.Null(ConfigFinder.Find(model)); // the file above .git is not the project's

        File.WriteAllText(Path.Combine(repo, MrsConfig.FileName), "family: gbt\n");
        Assert.Equal(Path.Combine(repo, MrsConfig.FileName), ConfigFinder.Find(model));

        File.WriteAllText(Path.Combine(deep, MrsConfig.FileName), "");
        Assert.Equal(Path.Combine(deep, MrsConfig.FileName), ConfigFinder.Find(model));
    }

    [Fact]
    public void Levels_change_severity_and_turn_rules_off()
    {
        var path = Path.Combine(RuleTestKit.Fixtures, "STRUCT-011", "fail.std.yaml");
        Assert.Contains(RuleTestKit.Run(path).Findings, f => f.Code == "STRUCT-011" && f.Severity == Mrs.Validation.Severity.Error);

        var warning = RuleTestKit.Run(path, new RuleRunOptions { Levels = new Dictionary<string, RuleLevel> { ["STRUCT-011"] = RuleLevel.Warning } });
        Assert.Contains(warning.Findings, f => f.Code == "STRUCT-011" && f.Severity == Mrs.Validation.Severity.Warning);

        var off = RuleTestKit.Run(path, new RuleRunOptions { Levels = new Dictionary<string, RuleLevel> { ["STRUCT-011"] = RuleLevel.Off } });
        Assert.DoesNotContain(off.Findings, f => f.Code == "STRUCT-011");
    }

    [Theory]
    [InlineData(RuleLevel.Error, Mrs.Validation.Severity.Error)]
    [InlineData(RuleLevel.Warning, Mrs.Validation.Severity.Warning)]
    [InlineData(RuleLevel.Info, Mrs.Validation.Severity.Info)]
    [InlineData(RuleLevel.Off, null)]
    public void Each_level_names_its_severity(RuleLevel level, Mrs.Validation.Severity? severity) =>
        Assert.Equal(severity, level.ToSeverity());

    [Fact]
    public void Path_ignores_drop_findings()
    {
        var path = Path.Combine(RuleTestKit.Fixtures, "STRUCT-011", "fail.std.yaml");
        var result = RuleTestKit.Run(path, new RuleRunOptions { Ignored = ["STRUCT-011"] });
        Assert.DoesNotContain(result.Findings, f => f.Code == "STRUCT-011");
        Assert.Empty(RuleTestKit.Run(path, new RuleRunOptions { Ignored = ["*"] }).Findings);
    }

    [Fact]
    public void Published_config_schema_describes_the_format()
    {
        var schema = Json.Schema.JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.Schemas, "mrs-config.schema.json")),
            new Json.Schema.BuildOptions { SchemaRegistry = new Json.Schema.SchemaRegistry() });
        using var good = System.Text.Json.JsonDocument.Parse("""{ "family": "gbt", "rules": { "STRUCT-012": "off" }, "ignore": [ """
            + """{ "path": "drafts/**", "rules": ["*"] } ] }""");
        using var bad = System.Text.Json.JsonDocument.Parse("""{ "family": "gbt", "rules": { "STRUCT-012": "sometimes" } }""");
        Assert.True(schema.Evaluate(good.RootElement).IsValid);
        Assert.False(schema.Evaluate(bad.RootElement).IsValid);
    }
}
