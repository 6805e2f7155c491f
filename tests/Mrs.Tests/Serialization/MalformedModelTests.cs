using System.Text;

namespace Mrs.Tests.Serialization;

/// <summary>
/// Malformed model files (in Malformed/, and a few binary ones made here): each must give one located message
/// (file:line:col), exit code 2 (invalid input: unreadable, or not following the schema), and never a stack trace.
/// </summary>
public class MalformedModelTests
{
    private static string Folder => Path.Combine(TestPaths.Repository, "tests", "Mrs.Tests", "Serialization", "Malformed");

    [Theory]
    [InlineData("wrong-type.std.yaml", 2, "4:11", "'titles' is a string but must be an array")]
    [InlineData("unknown-key.std.yaml", 2, "7:5", "unknown key 'titel'")]
    [InlineData("duplicate-key.std.yaml", 2, "4:3", "duplicate key 'identifier'")]
    [InlineData("duplicate-key.std.json", 2, "4:3", "duplicate key 'metadata'")]
    [InlineData("unquoted-number.std.yaml", 2, "9:17", "write it in quotes: \"4.1\"")]
    [InlineData("bad-syntax.std.yaml", 2, "", "YAML syntax")]
    [InlineData("bad-syntax.std.json", 2, "3:36", "JSON syntax")]
    [InlineData("empty.std.yaml", 2, "1:1", "the file is empty")]
    [InlineData("only-comment.std.yaml", 2, "1:1", "the file is empty")]
    [InlineData("billion-laughs.std.yaml", 2, "9:8", "billion laughs")]
    [InlineData("two-documents.std.yaml", 2, "3:1", "one YAML document")]
    [InlineData("custom-tag.std.yaml", 2, "3:15", "custom YAML tag")]
    [InlineData("top-level-list.std.yaml", 2, "1:1", "must be a mapping")]
    [InlineData("missing-required.std.yaml", 2, "5:5", "lacks required key 'id'")]
    [InlineData("bad-enum.std.yaml", 2, "7:17", "not one of: normative, informative")]
    [InlineData("hostile-text.std.yaml", 2, "4:3", "unknown key 'unknown<img")]
    [InlineData("undefined-alias.std.yaml", 2, "2:11", "not defined")]
    public void Malformed_file_gives_a_located_message_and_exit_code(string file, int exitCode, string lineColumn, string fragment)
    {
        var path = Path.Combine(Folder, file);
        AssertLocatedError(CliRunner.Run("validate", path), path, exitCode, lineColumn, fragment);
    }

    public static TheoryData<string, byte[], string, string> BinaryCases() => new()
    {
        { "bom.std.yaml", [0xEF, 0xBB, 0xBF, .. "schemaVersion: \"1.0\"\nmetadata: {}\n"u8], "1:1", "byte-order mark" },
        { "utf16.std.yaml", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("schemaVersion: \"1.0\"\n")).ToArray(), "1:1", "UTF-16" },
        { "gbk.std.yaml", [.. "schemaVersion: \"1.0\"\nmetadata:\n  identifier: "u8, 0xB1, 0xEA, 0xD7, 0xBC, (byte)'\n'], "3:15", "not valid UTF-8" },
        { "nul.std.yaml", [.. "schemaVersion: \"1.0\"\nmeta"u8, 0, .. "data: {}\n"u8], "2:5", "NUL character" },
        { "deep.std.yaml", Encoding.UTF8.GetBytes("schemaVersion: \"1.0\"\nmetadata: " + new string('[', 300) + new string(']', 300) + "\n"), "2:",
            "nests deeper" },
        { "truncated.std.json", "{\"schemaVersion\": \"1.0\", \"metadata\": {\"identifier\": \"GB"u8.ToArray(), "1:", "JSON syntax" },
    };

    [Theory]
    [MemberData(nameof(BinaryCases))]
    public void Unreadable_bytes_give_a_located_message_and_exit_2(string name, byte[] bytes, string lineColumn, string fragment)
    {
        var path = Path.Combine(TestPaths.TempFolder(), name);
        File.WriteAllBytes(path, bytes);
        AssertLocatedError(CliRunner.Run("validate", path), path, 2, lineColumn, fragment);
    }

    [Fact]
    public void Missing_file_is_exit_2_with_one_line()
    {
        var result = CliRunner.Run("validate", "/nonexistent/x.std.yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("x.std.yaml", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Unknown_option_and_value_are_usage_errors()
    {
        Assert.Equal(2, CliRunner.Run("validate", "--format", "xml", "a.std.yaml").ExitCode);
        Assert.Equal(2, CliRunner.Run("validate", "--bogus").ExitCode);
        Assert.Equal(2, CliRunner.Run("frobnicate").ExitCode);
    }

    private static void AssertLocatedError(CliRunner.Result result, string path, int exitCode, string lineColumn, string fragment)
    {
        Assert.Equal(exitCode, result.ExitCode);
        var all = result.Out + result.Error;
        var line = all.Split('\n').FirstOrDefault(l => l.Contains(fragment, StringComparison.Ordinal));
        Assert.True(line is not null, $"expected a message containing '{fragment}', got:\n{all}");
        Assert.StartsWith(path + ":", line);
        Assert.Matches(@"^.+:\d+:\d+: error: ", line);
        Assert.Contains(":" + lineColumn, line);
        Assert.Contains("error:", line);
        Assert.DoesNotContain("   at ", all);
        Assert.DoesNotContain("Exception", all);
    }
}
