using System.Globalization;
using System.Text.RegularExpressions;
using Mrs.Cli.Messages;
using Mrs.Text.Messages;

namespace Mrs.Tests.Cli;

/// <summary>
/// mrs speaks English and Simplified Chinese: the language comes from --lang, MRS_LANG, lang in .mrs.yaml, then the
/// locale; every message lives in the catalogue (src/Mrs.Text/Messages/Strings*.resx) in both languages.
/// </summary>
public partial class LanguageTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    private static CliRunner.Result InChinese(params string[] args) =>
        CliRunner.RunWith(new Dictionary<string, string?> { ["LANG"] = "zh_CN.UTF-8" }, TestPaths.TempFolder(), args);

    [Fact]
    public void Every_message_has_a_Chinese_translation_with_the_same_placeholders()
    {
        var english = Catalog.English().ToList();
        Assert.True(english.Count > 100, $"{english.Count} messages");
        foreach (var (key, text) in english)
        {
            var zh = Catalog.In(Chinese, key);
            Assert.False(string.IsNullOrWhiteSpace(zh), key);
            Assert.NotEqual(text, zh);
            Assert.Equal(Placeholders(text), Placeholders(zh!));
        }
    }

    [Fact]
    public void Every_key_the_code_asks_for_is_in_the_catalogue()
    {
        var keys = Catalog.English().Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var used = Directory.EnumerateFiles(Path.Combine(TestPaths.Repository, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();
        Assert.True(used.Count > 100, $"{used.Count} uses");
        Assert.Empty(used.Where(u => !keys.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}"));
    }

    [Theory]
    [InlineData(new[] { "--lang", "zh-CN" }, null, null, null, "zh-Hans", "--lang")]
    [InlineData(new[] { "--lang=en" }, "zh-CN", null, "zh_CN.UTF-8", "", "--lang")]
    [InlineData(new string[0], "zh-CN", null, null, "zh-Hans", "MRS_LANG")]
    [InlineData(new string[0], "en", null, "zh_CN.UTF-8", "", "MRS_LANG")]
    [InlineData(new string[0], null, null, "zh_CN.UTF-8", "zh-Hans", "LANG")]
    [InlineData(new string[0], null, "C", "zh_CN.UTF-8", "", "LC_ALL")]
    [InlineData(new string[0], null, "zh_TW.UTF-8", null, "zh-Hant", "LC_ALL")]
    [InlineData(new string[0], null, null, "en_US.UTF-8", "", "LANG")]
    [InlineData(new string[0], null, null, null, "", "default")]
    public void The_language_comes_from_the_option_then_the_variables(string[] args, string? mrsLang, string? lcAll, string? lang, string culture,
        string source)
    {
        var environment = new Dictionary<string, string?> { ["MRS_LANG"] = mrsLang, ["LC_ALL"] = lcAll, ["LANG"] = lang };
        var (chosen, from) = CliLanguage.Resolve(args, environment.GetValueOrDefault, TestPaths.TempFolder());
        Assert.Equal(culture, chosen.Name);
        Assert.Equal(source, from);
    }

    [Fact]
    public void Lang_in_mrs_yaml_comes_after_MRS_LANG_and_before_the_locale()
    {
        var folder = TestPaths.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder, ".git"));
        File.WriteAllText(Path.Combine(folder, ".mrs.yaml"), "lang: zh-CN\n");
        var inner = Directory.CreateDirectory(Path.Combine(folder, "drafts")).FullName;
        var (fromConfig, source) = CliLanguage.Resolve([], new Dictionary<string, string?> { ["LANG"] = "en_GB.UTF-8" }.GetValueOrDefault, inner);
        Assert.Equal("zh-Hans", fromConfig.Name);
        Assert.Equal(Path.Combine(folder, ".mrs.yaml"), source);
        var (fromVariable, _) = CliLanguage.Resolve([], new Dictionary<string, string?> { ["MRS_LANG"] = "en" }.GetValueOrDefault, inner);
        Assert.Equal("", fromVariable.Name);

        var run = CliRunner.RunWith(new Dictionary<string, string?>(), inner, "import", "missing.docx");
        Assert.Equal("missing.docx：错误：文件不存在\n", run.Error);
    }

    [Fact]
    public void A_wrong_lang_in_mrs_yaml_is_named_by_validate()
    {
        var folder = TestPaths.TempFolder();
        File.WriteAllText(Path.Combine(folder, ".mrs.yaml"), "lang: fr\n");
        File.Copy(TestPaths.Sample("iso-sample.std.yaml"), Path.Combine(folder, "iso.std.yaml"));
        var run = CliRunner.Run("validate", Path.Combine(folder, "iso.std.yaml"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".mrs.yaml:1:7: error: lang is en, zh-CN, zh-TW, not 'fr'", run.Error);
    }

    [Fact]
    public void Help_is_in_Chinese_with_every_command()
    {
        var root = InChinese("--help");
        Assert.Equal(0, root.ExitCode);
        Assert.Contains("用法", root.Out);
        Assert.Contains("将 Word 格式的标准导入为条款模型", root.Out);
        Assert.Contains("显示帮助和用法", root.Out);
        foreach (var command in new[] { "import", "validate", "render", "build", "init", "schema", "completion" })
        {
            var help = CliRunner.Run(command, "--help", "--lang", "zh-CN");
            Assert.Equal(0, help.ExitCode);
            Assert.Contains("--lang <en|zh-CN>", help.Out);
            Assert.Contains("消息语言", help.Out);
            Assert.True(Regex.Count(help.Out, @"\p{IsCJKUnifiedIdeographs}") > 20, command + ":\n" + help.Out);
        }
    }

    [Fact]
    public void Each_command_speaks_Chinese()
    {
        // import: an error and the summary
        var missing = InChinese("import", "missing.docx");
        Assert.Equal("missing.docx：错误：文件不存在\n", missing.Error);
        var folder = TestPaths.TempFolder();
        var docx = Path.Combine(folder, "note.docx");
        File.WriteAllText(docx, "plain text");
        var notWord = InChinese("import", docx);
        Assert.Equal(2, notWord.ExitCode);
        Assert.Contains("不是 Word 文件", notWord.Error);
        var corpus = TestPaths.CorpusFile("mammoth/tables.docx");
        if (File.Exists(corpus))
        {
            var imported = InChinese("import", corpus, "-o", Path.Combine(folder, "tables.std.yaml"));
            Assert.Equal(0, imported.ExitCode);
            Assert.Contains("个条款", imported.Error);
            Assert.Contains("已写入", imported.Error);
        }

        // validate: the rule families and the summary
        Assert.Contains("规则族", InChinese("validate", "--rules").Out);
        var validate = InChinese("validate", TestPaths.Sample("gbt-sample.std.yaml"));
        Assert.Contains("个错误", validate.Out + validate.Error);

        // render, build, init, schema, completion, and a usage error
        Assert.Contains("文件不存在", InChinese("render", "missing.std.yaml", "--to", "html", "-o", Path.Combine(folder, "x.html")).Error);
        Assert.Contains("没有这个文件或文件夹", InChinese("build", "missing-folder", "-o", Path.Combine(folder, "out")).Error);
        File.WriteAllText(Path.Combine(folder, "standard.std.yaml"), "mine");
        Assert.Contains("init 从不覆盖", InChinese("init", folder).Error);
        Assert.Contains("已将", InChinese("schema", "--out", Path.Combine(folder, "schemas")).Error);
        Assert.Contains("shell", InChinese("completion", "--help").Out);
        var typo = InChinese("valdate", "x.std.yaml");
        Assert.Equal(2, typo.ExitCode);
        Assert.Equal("mrs: 'valdate' 不是 mrs 的命令。是否要输入 'validate'？\n用法请运行 'mrs --help'。\n", typo.Error);
    }

    [Fact]
    public void A_language_mrs_has_no_catalogue_for_is_a_usage_error()
    {
        var run = CliRunner.Run("validate", "--rules", "--lang", "fr");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("fr", run.Error);
    }

    private static string Placeholders(string text) =>
        string.Join(",", PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\{(\d+)[}:|]")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"Catalog\.(?:Get|FormatIn|Format|In)\((?:[A-Za-z.]+, )?""([A-Za-z.]+)""")]
    private static partial Regex KeyUse();
}
