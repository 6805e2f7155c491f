using System.Text.Json;
using System.Text.RegularExpressions;
using Mrs.Model;
using Mrs.Tests.Hostile;

namespace Mrs.Tests.Cli;

/// <summary>
/// The messages that were English only (issue 17): the import's profile reason, the Word package reader's refusals, the
/// YAML reader's explanations and System.CommandLine's help labels come from the catalogue, in Chinese as in English; the
/// English lines stay as they were, and a line stays one line naming the file and place.
/// </summary>
public partial class CatalogueMessagesTests
{
    private static CliRunner.Result In(string lang, params string[] args) => CliRunner.Run([.. args, "--lang", lang]);

    [Fact]
    public void The_profile_reason_is_in_the_summary_language_and_stays_English_in_the_report()
    {
        var folder = TestPaths.TempFolder();
        var docx = TestPaths.Sample("word/gbt-sample.docx");
        var zh = In("zh-CN", "import", docx, "-o", Path.Combine(folder, "zh.std.yaml"), "--report", Path.Combine(folder, "zh.json"));
        Assert.Equal(0, zh.ExitCode);
        Assert.Matches(@"^gbt-sample\.docx：配置 gbt（自动：\d+ 个段落使用其模板样式）；", zh.Error);
        var en = In("en", "import", docx, "-o", Path.Combine(folder, "en.std.yaml"), "--report", Path.Combine(folder, "en.json"));
        Assert.Matches(@"^gbt-sample\.docx: profile gbt \(auto: \d+ paragraphs use its template styles\); ", en.Error);
        // --report is for scripts: the same English reason whatever the language of the summary
        var reasons = new[] { "zh.json", "en.json" }
            .Select(f => JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, f))).RootElement.GetProperty("profileReason").GetString())
            .ToList();
        Assert.Matches(@"^auto: \d+ paragraphs use its template styles$", reasons[0]);
        Assert.Equal(reasons[0], reasons[1]);

        // chosen with --profile, a style map over it, and the generic profile when no template style is used
        var map = Path.Combine(folder, "house.yaml");
        File.WriteAllText(map, "name: house\nstyles:\n  Heading 1: heading 1\n");
        var chosen = In("zh-CN", "import", docx, "-o", Path.Combine(folder, "c.std.yaml"), "--profile", "iso", "--style-map", map);
        Assert.StartsWith("gbt-sample.docx：配置 house（指定，叠加样式映射 house.yaml）；", chosen.Error);
        Assert.StartsWith("gbt-sample.docx: profile house (chosen, with style map house.yaml); ",
            In("en", "import", docx, "-o", Path.Combine(folder, "c.std.yaml"), "--profile", "iso", "--style-map", map).Error);
        var plain = TestPaths.CorpusFile("mammoth/tables.docx");
        if (File.Exists(plain))
        {
            Assert.StartsWith("tables.docx：配置 generic（自动：未发现模板样式）；", In("zh-CN", "import", plain, "-o", Path.Combine(folder, "t.std.yaml")).Error);
            Assert.StartsWith("tables.docx: profile generic (auto: no template styles found); ",
                In("en", "import", plain, "-o", Path.Combine(folder, "t.std.yaml")).Error);
        }
    }

    [Fact]
    public void The_package_readers_refusals_are_one_line_in_Chinese()
    {
        // a real document from the corpus with a DTD (an external entity)
        var dtd = TestPaths.CorpusFile("poi/ExternalEntityInText.docx");
        if (File.Exists(dtd))
        {
            var output = Path.Combine(TestPaths.TempFolder(), "x.std.yaml");
            Assert.Equal($"{dtd}：错误：部件 'word/document.xml' 声明了 DTD，拒绝处理（Word 文件中不允许 DTD 和外部实体）\n",
                In("zh-CN", "import", dtd, "-o", output).Error);
            Assert.Equal($"{dtd}: error: part 'word/document.xml' declares a DTD; refusing it (DTDs and external entities are not allowed in "
                + "Word documents)\n", In("en", "import", dtd, "-o", output).Error);
            Assert.False(File.Exists(output));
        }

        // tables nested a hundred deep: refused while the part is read, with its line and column
        var run = new HostileCase();
        var nested = run.Input("tables.docx", HostileFiles.Docx(HostileFiles.NestedTables(100)));
        var zh = run.Run(["import", nested, "-o", run.Output("tables.std.yaml"), "--lang", "zh-CN"]);
        Assert.Equal(2, zh.ExitCode);
        Assert.Matches($@"^{Regex.Escape(nested)}：错误：部件 'word/document.xml' 第 1 行第 \d+ 列处元素嵌套超过 {ModelLimits.MaxDepth} 层，拒绝处理"
            + "（嵌套这么深的表格、内容控件或域不会出现在真实文件中）\n$", zh.Error);
        var en = run.Run(["import", nested, "-o", run.Output("tables.std.yaml"), "--lang", "en"]);
        Assert.Matches($@"^{Regex.Escape(nested)}: error: part 'word/document.xml' nests elements deeper than {ModelLimits.MaxDepth} levels at "
            + @"line 1, column \d+; refusing it \(tables, content controls or fields nested this deep are not a real document\)\n$", en.Error);

        // a zip bomb: 40 MB of zeros in one part
        var bomb = run.Input("bomb.docx", HostileFiles.Docx(HostileFiles.P("x"), ("word/media/bomb.bin", new byte[40 * 1024 * 1024])));
        var refused = run.Run(["import", bomb, "-o", run.Output("bomb.std.yaml"), "--lang", "zh-CN"]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Matches($@"^{Regex.Escape(bomb)}：错误：部件 'word/media/bomb\.bin' [^\n]*；疑似 zip 炸弹，拒绝处理\n$", refused.Error);
        Assert.False(File.Exists(run.Output("bomb.std.yaml")));
    }

    [Fact]
    public void The_YAML_readers_explanations_are_in_Chinese_and_the_librarys_detail_stays_as_it_is()
    {
        var folder = TestPaths.TempFolder();
        var model = File.ReadAllText(TestPaths.Sample("iso-sample.std.yaml"));
        var duplicate = Path.Combine(folder, "duplicate.std.yaml");
        File.WriteAllText(duplicate, model.Replace("schemaVersion:", "schemaVersion: \"1.0\"\nschemaVersion:", StringComparison.Ordinal));
        var zh = In("zh-CN", "validate", duplicate);
        Assert.Equal(2, zh.ExitCode);
        Assert.Matches($@"{Regex.Escape(duplicate)}:4:1：错误：键 'schemaVersion' 重复\n", zh.Out + zh.Error);
        var en = In("en", "validate", duplicate);
        Assert.Matches($@"{Regex.Escape(duplicate)}:4:1: error: duplicate key 'schemaVersion'\n", en.Out + en.Error);

        // a syntax error: our prefix in Chinese, YamlDotNet's own words after it
        var broken = Path.Combine(folder, "broken.std.yaml");
        File.WriteAllText(broken, "schemaVersion: \"1.0\n");
        var syntax = In("zh-CN", "validate", broken);
        Assert.Equal(2, syntax.ExitCode);
        Assert.Matches($@"{Regex.Escape(broken)}:\d+:\d+：错误：YAML 语法错误：[A-Za-z]", syntax.Out + syntax.Error);
        var english = In("en", "validate", broken);
        Assert.Matches($@"{Regex.Escape(broken)}:\d+:\d+: error: YAML syntax: [A-Za-z]", english.Out + english.Error);

        // the same prefix for .mrs.yaml
        File.WriteAllText(Path.Combine(folder, ".mrs.yaml"), "rules:\n  STRUCT-001: [off\n");
        File.Copy(TestPaths.Sample("iso-sample.std.yaml"), Path.Combine(folder, "iso.std.yaml"));
        var config = In("zh-CN", "validate", Path.Combine(folder, "iso.std.yaml"));
        Assert.Equal(2, config.ExitCode);
        Assert.Contains(".mrs.yaml:3:1：错误：YAML 语法错误：", config.Error);
        Assert.Contains(".mrs.yaml:3:1: error: YAML syntax: ", In("en", "validate", Path.Combine(folder, "iso.std.yaml")).Error);
    }

    [Fact]
    public void System_CommandLines_own_help_labels_are_in_Chinese_and_the_columns_stay_aligned()
    {
        var zh = In("zh-CN", "render", "--help");
        Assert.Equal(0, zh.ExitCode);
        Assert.StartsWith("说明:\n", zh.Out);
        Assert.Contains("[默认值: auto]", zh.Out);
        Assert.Contains("--to <bundle|html|pdf> (必需)", zh.Out);
        Assert.DoesNotContain("Description:", zh.Out);
        Assert.DoesNotContain("[default:", zh.Out);
        Assert.DoesNotContain("REQUIRED", zh.Out);
        // the descriptions start in one column, as a terminal shows them (a Chinese character is two columns wide)
        var columns = zh.Out.Split('\n').Where(l => l.StartsWith("  -", StringComparison.Ordinal))
            .Select(l => Width(l[..OptionColumn().Match(l).Length])).Distinct().ToList();
        Assert.Single(columns);

        var en = In("en", "render", "--help");
        Assert.StartsWith("Description:\n", en.Out);
        Assert.Contains("[default: auto]", en.Out);
        Assert.Contains("--to <bundle|html|pdf> (REQUIRED)", en.Out);
    }

    private static int Width(string text) => text.Sum(c => c >= '\u2E80' ? 2 : 1);

    /// <summary>An option's first column: its names and value, up to the two or more spaces before its description.</summary>
    [GeneratedRegex(@"^  \S.*?\s{2,}(?=\S)")]
    private static partial Regex OptionColumn();

    [Fact]
    public void Model_files_that_cannot_be_read_and_outputs_that_cannot_be_written_are_said_in_Chinese()
    {
        var folder = TestPaths.TempFolder();
        var bom = Path.Combine(folder, "bom.std.yaml");
        File.WriteAllBytes(bom, [0xEF, 0xBB, 0xBF, .. "schemaVersion: \"1.0\"\n"u8.ToArray()]);
        Assert.Contains("bom.std.yaml:1:1：错误：文件以字节顺序标记（BOM）开头；请另存为不带 BOM 的 UTF-8", In("zh-CN", "validate", bom).Error,
            StringComparison.Ordinal);
        Assert.Contains("bom.std.yaml:1:1: error: the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM",
            In("en", "validate", bom).Error, StringComparison.Ordinal);

        var gbk = Path.Combine(folder, "gbk.std.yaml");
        File.WriteAllBytes(gbk, [.. "schemaVersion: \"1.0\"\ntitle: "u8.ToArray(), 0xB1, 0xEA, 0xD7, 0xBC, (byte)'\n']);
        Assert.Contains("文件不是有效的 UTF-8（是否为 GBK 等旧编码？请另存为 UTF-8）", In("zh-CN", "validate", gbk).Error, StringComparison.Ordinal);

        // an output whose folder is a file: the pictures, written first, cannot go there, and the line names them, not the input
        var file = Path.Combine(folder, "file");
        File.WriteAllText(file, "");
        var target = Path.Combine(file, "x.std.yaml");
        var pictures = Path.Combine(file, "assets", "x");
        var zh = In("zh-CN", "import", TestPaths.Sample("word/gbt-sample.docx"), "-o", target);
        Assert.Equal(2, zh.ExitCode);
        Assert.Equal($"{pictures}：错误：无法写入：“{file}”是文件，不是文件夹\n", zh.Error);
        Assert.Equal($"{pictures}: error: cannot write it: '{file}' is a file, not a folder\n",
            In("en", "import", TestPaths.Sample("word/gbt-sample.docx"), "-o", target).Error);
        // and a model without pictures names the model
        var model = Path.Combine(file, "y.std.yaml");
        Assert.Equal($"{model}：错误：无法写入：“{file}”是文件，不是文件夹\n", In("zh-CN", "import", TestPaths.CorpusFile("pandoc/lists.docx"), "-o", model).Error);
    }

    [Fact]
    public void The_importers_warnings_are_in_the_summary_language()
    {
        var mqtt = TestPaths.CorpusFile("standards/oasis/mqtt-sn-2-0-wd_2024-06-06.docx");
        var folder = TestPaths.TempFolder();
        var zh = In("zh-CN", "import", mqtt, "-o", Path.Combine(folder, "zh.std.yaml"));
        Assert.Contains("mqtt-sn-2-0-wd_2024-06-06.docx：警告：第 2791 段：图题“Figure 4.2 – QoS 1 protocol fl…”前后都没有图片\n", zh.Error,
            StringComparison.Ordinal);
        var en = In("en", "import", mqtt, "-o", Path.Combine(folder, "en.std.yaml"));
        Assert.Contains("mqtt-sn-2-0-wd_2024-06-06.docx: warning: paragraph 2791: figure title \"Figure 4.2 – QoS 1 protocol fl…\" without a "
            + "picture before or after it\n", en.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configuration_that_cannot_be_used_is_said_in_Chinese()
    {
        var folder = TestPaths.TempFolder();
        var model = Path.Combine(folder, "gbt-sample.std.yaml");
        File.Copy(TestPaths.Sample("gbt-sample.std.yaml"), model);
        var config = Path.Combine(folder, ".mrs.yaml");
        File.WriteAllText(config, "family: gbt\nrules:\n  TERM-009: loud\n");
        var zh = In("zh-CN", "validate", model);
        Assert.Equal(2, zh.ExitCode);
        Assert.Contains($"{config}:3:13：错误：TERM-009 应为 off、error、warning 或 info，而不是“loud”", zh.Error, StringComparison.Ordinal);
        Assert.Contains($"{config}:3:13: error: TERM-009 is off, error, warning or info, not 'loud'", In("en", "validate", model).Error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_whose_model_lacks_a_picture_says_so_in_Chinese()
    {
        var input = TestPaths.TempFolder();
        File.Copy(TestPaths.Sample("gbt-sample.std.yaml"), Path.Combine(input, "gbt-sample.std.yaml"));
        var zh = In("zh-CN", "build", input, "-o", TestPaths.TempFolder(), "--fail-on", "never");
        Assert.Contains("：错误：图片资源 img-43fa477e93f4：assets/gbt-sample/figure-1.png 在模型旁未找到", zh.Error, StringComparison.Ordinal);
        var en = In("en", "build", input, "-o", TestPaths.TempFolder(), "--fail-on", "never");
        Assert.Contains(": error: asset img-43fa477e93f4: assets/gbt-sample/figure-1.png not found beside the model", en.Error,
            StringComparison.Ordinal);
    }
}
