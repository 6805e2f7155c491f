using System.Text.Json;
using Json.Schema;
using Mrs.Serialization;
using Mrs.Validation;
using Mrs.Validation.Reporting;
using Mrs.Validation.Rules;

namespace Mrs.Tests.Validation;

public class FormatterTests
{
    /// <summary>../shared/schemas beside the repository (beside MRS_CORPUS's folder when that is set).</summary>
    private static string SharedSchema(string name) => Path.GetFullPath(Path.Combine(TestPaths.Corpus, "..", "schemas", name));

    /// <summary>A report over two fixture files with errors, warnings and infos.</summary>
    private static ValidationReport Report()
    {
        var findings = new List<Finding>();
        var inputs = new List<InputReport>();
        foreach (var code in new[] { "STRUCT-011", "STRUCT-014", "PROV-004" })
        {
            var path = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(RuleTestKit.Fixtures, code, "fail.std.yaml"));
            var result = RuleTestKit.Run(path);
            findings.AddRange(result.Findings);
            inputs.Add(new InputReport(path, FamilyDetector.Name(result.Family), result.FamilyReason, FamilyReasonZh: result.FamilyReasonZh));
        }
        return new ValidationReport { Findings = findings, Inputs = inputs };
    }

    private static string Write(IReportFormatter formatter, ValidationReport report, ReportOptions? options = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        formatter.Write(report, output, options ?? new ReportOptions());
        return output.ToString();
    }

    [Fact]
    public void Text_is_grouped_by_file_and_ends_with_the_summary()
    {
        var report = Report();
        var text = Write(new TextFormatter(), report);
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal(report.Summary(), lines[^1]);
        Assert.Matches(@"^\d+ errors?, \d+ warnings?, \d+ infos? in 3 files$", lines[^1]);
        Assert.Contains(lines, l => l.EndsWith("STRUCT-011/fail.std.yaml (gbt rules, GB/T 1.1-2020: identifier GB/T 99999—2024)",
            StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("STRUCT-014/fail.std.yaml (iso rules, ISO/IEC Directives Part 2:2021: identifier ISO 99999:2024)",
            StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(": error: [5] Clause 5 has only one subclause (5.1)", StringComparison.Ordinal)
            && l.EndsWith("[STRUCT-011]", StringComparison.Ordinal));
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
        // Each file's findings stand together under its heading.
        var headings = lines.Select((l, i) => (l, i)).Where(x => x.l.Contains(" rules, ", StringComparison.Ordinal)).Select(x => x.i).ToList();
        Assert.Equal(3, headings.Count);
    }

    [Fact]
    public void Text_in_Chinese_and_in_colour()
    {
        var report = Report();
        var zh = Write(new TextFormatter(), report, new ReportOptions { Language = "zh-CN" });
        Assert.Contains("错误: [5] 第5章下只有一个条（5.1）", zh, StringComparison.Ordinal);
        Assert.EndsWith(report.SummaryZh() + "\n", zh, StringComparison.Ordinal);
        var colour = Write(new TextFormatter(), report, new ReportOptions { Color = true });
        Assert.Contains("\u001b[31merror\u001b[0m", colour, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(true, "", true)]
    [InlineData(true, "1", false)]
    [InlineData(false, null, false)]
    public void Colour_only_on_a_terminal_without_NO_COLOR(bool terminal, string? noColor, bool expected) =>
        Assert.Equal(expected, ReportOptions.UseColor(terminal, noColor));

    [Theory]
    [InlineData("xterm-256color", true)]
    [InlineData("dumb", false)]
    public void No_colour_on_a_dumb_terminal(string term, bool expected) =>
        Assert.Equal(expected, ReportOptions.UseColor(true, null, term));

    [Theory]
    [InlineData("always", true)]
    [InlineData("never", false)]
    [InlineData("auto", false)] // captured output is not a terminal
    public void Color_option_decides_over_the_terminal(string color, bool escapes)
    {
        var result = CliRunner.Run("validate", Path.Combine(RuleTestKit.Fixtures, "STRUCT-011", "fail.std.yaml"), "--color", color);
        Assert.Equal(escapes, result.Out.Contains('\u001b'));
    }

    [Fact]
    public void Json_report_validates_against_its_schema()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.Schemas, "validation-report.schema.json")),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        foreach (var language in new[] { "en", "zh-CN" })
        {
            var json = Write(new JsonFormatter(), Report(), new ReportOptions { Language = language });
            using var doc = JsonDocument.Parse(json);
            var result = schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid,
                string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
                    .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
            Assert.Equal(3, doc.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
        }
    }

    [Fact]
    public void Sarif_validates_against_the_official_schema()
    {
        var report = Report() with { Findings = [.. Report().Findings, DocxFinding()] };
        var sarif = Write(new SarifFormatter(), report);
        AssertValidSarif(sarif, requireFormats: false);

        using var doc = JsonDocument.Parse(sarif);
        var run = doc.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal(RuleRegistry.All.Count + 1, rules.GetArrayLength());
        var rule = rules.EnumerateArray().First(r => r.GetProperty("id").GetString() == "STRUCT-011");
        Assert.Equal("LoneSubclause", rule.GetProperty("name").GetString());
        Assert.Contains("7.3", rule.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("**STRUCT-011 LoneSubclause**", rule.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        Assert.Equal("docs/rules.md#struct-011", rule.GetProperty("helpUri").GetString());
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            var id = result.GetProperty("ruleId").GetString();
            Assert.Equal(id, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Matches("^[0-9a-f]{32}$", result.GetProperty("partialFingerprints").GetProperty(SarifFormatter.FingerprintKey).GetString());
        }
        var docx = run.GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri")
                .GetString() == "drafts/std.docx");
        Assert.False(docx.GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("region", out _));
        Assert.Contains(docx.GetProperty("locations")[0].GetProperty("logicalLocations").EnumerateArray(),
            l => l.GetProperty("name").GetString() == "paragraph 13");
    }

    [Fact]
    public void Sarif_schema_check_rejects_a_broken_log()
    {
        var broken = Write(new SarifFormatter(), Report()).Replace("\"version\": \"2.1.0\"", "\"version\": \"2.0\"", StringComparison.Ordinal);
        Assert.ThrowsAny<Exception>(() => AssertValidSarif(broken, requireFormats: false));
        var relative = Write(new SarifFormatter(), Report());
        Assert.ThrowsAny<Exception>(() => AssertValidSarif(relative, requireFormats: true)); // helpUri docs/rules.md#… is not an absolute URI
    }

    [Fact]
    public void Sarif_with_a_published_docs_url_has_absolute_help_uris()
    {
        var sarif = Write(new SarifFormatter(), Report(), new ReportOptions { DocsUrl = "https://example.org/mrs/docs/rules.md" });
        AssertValidSarif(sarif, requireFormats: true);
        using var doc = JsonDocument.Parse(sarif);
        var rules = doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.All(rules.EnumerateArray(),
            r => Assert.StartsWith("https://example.org/mrs/docs/rules.md#", r.GetProperty("helpUri").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Fingerprints_survive_line_shifts_and_stay_stable_between_runs()
    {
        var folder = TestPaths.TempFolder();
        var path = Path.Combine(folder, "m.std.yaml");
        var text = File.ReadAllText(Path.Combine(RuleTestKit.Fixtures, "NUM-002", "fail.std.yaml"));
        File.WriteAllText(path, text);
        var before = Fingerprints(path);
        Assert.Equal(before, Fingerprints(path));
        File.WriteAllText(path, "# a comment\n# and another one\n\n" + text);
        var after = Fingerprints(path);
        Assert.Equal(before.Select(x => x.Fingerprint), after.Select(x => x.Fingerprint));
        Assert.NotEqual(before.Select(x => x.Line), after.Select(x => x.Line));

        static List<(string Fingerprint, int Line)> Fingerprints(string path)
        {
            using var model = ModelReader.Load(path);
            var findings = new RuleEngine().Run(model.Document!, new ModelFileLocator(model)).Findings;
            var map = Mrs.Validation.Reporting.Fingerprints.Compute(findings);
            return findings.Select(f => (map[f], f.Location.Line)).ToList();
        }
    }

    [Fact]
    public void Github_prints_only_workflow_commands_with_escaping()
    {
        // no more of a kind than GitHub annotates (the rest are log lines: see the next test)
        var report = Report() with { Findings = [.. Report().Findings.GroupBy(f => f.Severity).SelectMany(g => g.Take(5)), DocxFinding()] };
        var output = Write(new GitHubFormatter(), report);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.All(lines, l => Assert.Matches(@"^::(error|warning|notice) file=[^,:]+(,line=\d+,col=\d+)?,title=[^,:]+::.+$", l));
        Assert.Contains(lines, l => l.StartsWith("::error file=", StringComparison.Ordinal)
            && l.Contains("title=mrs STRUCT-011 5::Clause 5 has only one subclause", StringComparison.Ordinal));
        var docx = lines.Single(l => l.Contains("drafts/std.docx", StringComparison.Ordinal));
        Assert.Contains("100%25 of 50%25%0Anext line (paragraph 13)", docx, StringComparison.Ordinal);
        Assert.Contains("title=mrs REF-001 Annex A%2C part%3A 1", docx, StringComparison.Ordinal);
    }

    [Fact]
    public void Github_annotates_the_most_severe_first_and_says_how_many_it_did_not()
    {
        var many = Enumerable.Range(1, 14).Select(i => DocxFinding() with { Severity = Severity.Info, Message = "info " + i })
            .Concat(Enumerable.Range(1, 12).Select(i => DocxFinding() with { Severity = Severity.Error, Message = "error " + i }))
            .ToList();
        var report = new ValidationReport { Findings = many, Inputs = [new InputReport("drafts/std.docx", "iso")] };
        var summary = new StringWriter { NewLine = "\n" };
        var lines = Write(new GitHubFormatter(), report, new ReportOptions { StepSummary = summary }).TrimEnd('\n').Split('\n');
        // ten errors annotated first, then ten infos; the other six are log lines; one notice counts them
        Assert.All(lines[..10], l => Assert.StartsWith("::error ", l));
        Assert.Equal(10, lines.Count(l => l.StartsWith("::notice file=", StringComparison.Ordinal)));
        Assert.Equal(6, lines.Count(l => !l.StartsWith("::", StringComparison.Ordinal)));
        Assert.StartsWith("::notice title=mrs::6 more findings are not shown as annotations", lines[^1]);
        var markdown = summary.ToString();
        Assert.Contains("| drafts/std.docx | iso | 12 | 0 | 14 |", markdown);
        Assert.Contains("| error | REF-001 | drafts/std.docx (paragraph 13) | error 1 |", markdown);
    }

    [Fact]
    public void The_job_summary_keeps_document_text_as_text()
    {
        var hostile = DocxFinding() with { Message = "a | b <script>x</script> [link](http://e.org) **bold**\nnext" };
        var report = new ValidationReport { Findings = [hostile], Inputs = [new InputReport("drafts/std.docx")] };
        var summary = new StringWriter();
        Write(new GitHubFormatter(), report, new ReportOptions { StepSummary = summary, Language = "zh-CN" });
        var row = summary.ToString().Split('\n').Single(l => l.Contains("REF-001", StringComparison.Ordinal));
        Assert.Equal("| 警告 | REF\\-001 | drafts/std.docx（第13段） | 百分之百 |", row.Replace("REF-001", "REF\\-001"));
        var en = new StringWriter();
        Write(new GitHubFormatter(), report, new ReportOptions { StepSummary = en });
        Assert.Contains("a \\| b &lt;script&gt;x&lt;/script&gt; \\[link\\](http://e.org) \\*\\*bold\\*\\* next", en.ToString());
    }

    private static Finding DocxFinding() => new()
    {
        Code = "REF-001",
        Severity = Severity.Warning,
        Message = "100% of 50%\nnext line",
        MessageZh = "百分之百",
        Clause = "Annex A, part: 1",
        Location = new FindingLocation { File = "drafts/std.docx", Paragraph = 12, Excerpt = "见[5.9](#nope)" },
    };

    /// <summary>The official SARIF schema is draft-04; JsonSchema.Net evaluates it as draft-07 (its keywords mean the same here).</summary>
    private static void AssertValidSarif(string sarif, bool requireFormats)
    {
        var path = SharedSchema("sarif-schema-2.1.0.json");
        Assert.True(File.Exists(path), $"the official SARIF schema is missing at {path}");
        var text = File.ReadAllText(path)
            .Replace("\"http://json-schema.org/draft-04/schema#\"", "\"http://json-schema.org/draft-07/schema#\"", StringComparison.Ordinal);
        var schema = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft07 });
        using var doc = JsonDocument.Parse(sarif);
        var result = schema.Evaluate(doc.RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = requireFormats });
        Assert.True(result.IsValid,
            string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(20)));
    }
}
