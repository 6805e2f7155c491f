using System.Diagnostics;
using System.Text.Json;
using Mrs.Rendering.Writers;

namespace Mrs.Tests.Rendering.Html;

/// <summary>
/// The web edition in a real browser: axe-core (npm, tests/browser) scans the page in the system's headless Chromium
/// (tests/browser/page-check.mjs) and finds no serious or critical violation, on the samples and on real standards.
/// Needs node, chromium and `npm ci` in tests/browser (.ci/run does all three); elsewhere the test says what is missing.
/// </summary>
public class HtmlAccessibilityTests
{
    public static TheoryData<string> Pages() =>
    [
        "gbt-sample.std.yaml",
        "iso-sample.std.yaml",
        "standards/gbt/real/laolv2023__28181-2022__GBT_28181_2022.docx",
        "standards/iso/metanorma-iso_rice.docx",
        "standards/openchain/zh-Hans_OpenChainSpec-2.0.docx",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_serious_or_critical_violation(string file)
    {
        var browser = Path.Combine(TestPaths.Repository, "tests", "browser");
        var missing = new[]
        {
            (File.Exists(Path.Combine(browser, "node_modules", "axe-core", "axe.min.js")), "axe-core (npm ci in tests/browser)"),
            (OnPath("node"), "node"),
            (File.Exists(Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium"), "chromium"),
        }.Where(m => !m.Item1).Select(m => m.Item2).ToList();
        if (missing.Count > 0)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") is { Length: > 0 }, "CI must install " + string.Join(", ", missing));
            Assert.Skip("not installed: " + string.Join(", ", missing));
        }
        var path = file.StartsWith("standards/", StringComparison.Ordinal) ? TestPaths.CorpusFile(file) : TestPaths.Sample(file);
        if (!File.Exists(path))
        {
            Assert.Skip($"the corpus is not at {TestPaths.Corpus} (set MRS_CORPUS): {file} is missing");
        }

        var folder = TestPaths.TempFolder();
        try
        {
            var page = Path.Combine(folder, "page.html");
            await File.WriteAllTextAsync(page, HtmlGoldenTests.Render(path, AssetMode.Embed), TestContext.Current.CancellationToken);
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(browser, "page-check.mjs"));
            start.ArgumentList.Add("axe");
            start.ArgumentList.Add(page);
            using var process = Process.Start(start)!;
            using var time = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            time.CancelAfter(TimeSpan.FromMinutes(3));
            var output = process.StandardOutput.ReadToEndAsync(time.Token);
            var error = process.StandardError.ReadToEndAsync(time.Token);
            try
            {
                await process.WaitForExitAsync(time.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            Assert.True(process.ExitCode == 0, "page-check.mjs axe failed: " + await error);
            using var violations = JsonDocument.Parse(await output);
            var serious = violations.RootElement.EnumerateArray()
                .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
                .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}, {v.GetProperty("nodes").GetInt32()} "
                    + $"nodes: {v.GetProperty("targets")})")
                .ToList();
            Assert.True(serious.Count == 0, "axe: " + string.Join("; ", serious));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, program)));
}
