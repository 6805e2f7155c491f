using Mrs.Validation.Rules;

namespace Mrs.Tests.Validation;

/// <summary>
/// The one runner for the rule fixtures: Fixtures/&lt;CODE&gt;/fail*.std.yaml must produce at least one finding with that
/// code (each naming a clause), pass*.std.yaml none; every registered rule has both, every folder is a registered rule.
/// </summary>
public class RuleFixtureTests
{
    public static TheoryData<string, string> Files
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var folder in Directory.GetDirectories(RuleTestKit.Fixtures).Order(StringComparer.Ordinal))
            {
                foreach (var file in Directory.GetFiles(folder, "*.std.yaml").Order(StringComparer.Ordinal))
                {
                    data.Add(Path.GetFileName(folder), Path.GetFileName(file));
                }
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Fixture(string code, string file)
    {
        var result = RuleTestKit.Run(Path.Combine(RuleTestKit.Fixtures, code, file));
        var mine = result.Findings.Where(f => f.Code == code).ToList();
        if (file.StartsWith("fail", StringComparison.Ordinal))
        {
            Assert.True(mine.Count > 0, $"{code}/{file}: expected a {code} finding; found:\n{RuleTestKit.Describe(result.Findings)}");
            Assert.All(mine, f => Assert.False(string.IsNullOrWhiteSpace(f.Clause), $"{f.Code} names no clause: {f.Message}"));
            Assert.All(mine, f => Assert.True(f.Location.Line > 0, $"{f.Code} has no line: {f.Location.Pointer}"));
        }
        else
        {
            Assert.True(file.StartsWith("pass", StringComparison.Ordinal), $"{code}/{file}: fixture names start with fail or pass");
            Assert.True(mine.Count == 0, $"{code}/{file}: expected no {code} finding; found:\n{RuleTestKit.Describe(mine)}");
        }
    }

    [Fact]
    public void Every_rule_has_a_failing_and_a_passing_fixture()
    {
        foreach (var rule in RuleRegistry.All)
        {
            var folder = Path.Combine(RuleTestKit.Fixtures, rule.Code);
            Assert.True(Directory.Exists(folder), $"{rule.Code} has no fixture folder");
            Assert.True(Directory.GetFiles(folder, "fail*.std.yaml").Length > 0, $"{rule.Code} has no failing fixture");
            Assert.True(Directory.GetFiles(folder, "pass*.std.yaml").Length > 0, $"{rule.Code} has no passing fixture");
        }
    }

    [Fact]
    public void Every_fixture_folder_is_a_registered_rule()
    {
        foreach (var folder in Directory.GetDirectories(RuleTestKit.Fixtures))
        {
            Assert.True(RuleRegistry.ByCode(Path.GetFileName(folder)) is not null, $"{Path.GetFileName(folder)} is not a registered rule");
        }
    }
}
