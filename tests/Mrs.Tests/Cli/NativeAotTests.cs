using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Mrs.Tests.Cli;

/// <summary>
/// The native AOT mrs (what `dotnet tool install` gives on linux-x64) behaves exactly as the JIT one: the smoke set
/// of import, validate, build and render (PDF through the system's Chromium too) runs through both, and their exit
/// codes, standard output, standard error and every file they write must be the same bytes. An AOT-only break
/// (trimmed reflection, a serializer without compile-time metadata) fails here. Publishing the native binary takes
/// minutes, so the tests run only when MRS_AOT=1 (.ci/run sets it), or when MRS_AOT_MRS names an mrs binary already
/// published (`dotnet pwsh build.ps1 publish` writes out/mrs/mrs).
/// </summary>
public class NativeAotTests
{
    private static readonly Lazy<string> Native = new(Publish, LazyThreadSafetyMode.ExecutionAndPublication);

    private static string? Skipped()
    {
        if (Environment.GetEnvironmentVariable("MRS_AOT_MRS") is { Length: > 0 })
        {
            return null;
        }
        if (Environment.GetEnvironmentVariable("MRS_AOT") != "1")
        {
            return "the native AOT smoke set runs with MRS_AOT=1 (publishing takes minutes) or MRS_AOT_MRS=<published mrs>";
        }
        return RuntimeInformation.RuntimeIdentifier == "linux-x64" ? null : "the native AOT smoke set runs on linux-x64";
    }

    private static string Publish()
    {
        if (Environment.GetEnvironmentVariable("MRS_AOT_MRS") is { Length: > 0 } given)
        {
            return Path.GetFullPath(given);
        }
        var output = Path.Combine(TestPaths.TempFolder(), "aot");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = TestPaths.Repository,
        };
        foreach (var a in new[] { "publish", Path.Combine("src", "Mrs.Cli", "Mrs.Cli.csproj"), "-c", "Release", "-r", "linux-x64", "-o", output,
            "--nologo" })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(25)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet publish (native AOT) did not finish in 25 minutes");
        }
        var binary = Path.Combine(output, "mrs");
        Assert.True(process.ExitCode == 0 && File.Exists(binary), $"the native AOT publish failed:\n{stdout.Result}\n{stderr.Result}");
        return binary;
    }

    public static TheoryData<string> Cases() => new(SmokeSet.Keys.Order(StringComparer.Ordinal));

    /// <summary>Each case: the arguments, with {out} for a fresh output folder and {repo}, {corpus} for the inputs.</summary>
    private static readonly Dictionary<string, string[]> SmokeSet = new(StringComparer.Ordinal)
    {
        ["version"] = ["--version"],
        ["help"] = ["--help"],
        ["import-mqtt-yaml-report"] = ["import", "{corpus}/standards/oasis/mqtt-sn-2-0-wd_2024-06-06.docx", "-o", "{out}/mqtt.std.yaml", "--report",
            "{out}/report.json"],
        ["import-chinese-json"] = ["import", "{corpus}/standards/openchain/zh-Hans_OpenChainSpec-2.0.docx", "-o", "{out}/zh.std.json"],
        ["import-gbt-sample-stdout"] = ["import", "{repo}/samples/word/gbt-sample.docx", "-o", "-"],
        ["validate-samples-sarif"] = ["validate", "{repo}/samples/gbt-sample.std.yaml", "{repo}/samples/iso-sample.std.yaml", "--format", "sarif"],
        ["validate-zh"] = ["validate", "{repo}/samples/gbt-sample.std.yaml", "--lang", "zh-CN", "--format", "json"],
        ["validate-schema-violations"] = ["validate", "{repo}/tests/Mrs.Tests/Serialization/Malformed/wrong-type.std.yaml",
            "{repo}/tests/Mrs.Tests/Serialization/Malformed/missing-required.std.yaml",
                "{repo}/tests/Mrs.Tests/Serialization/Malformed/unknown-key.std.yaml",
            "{repo}/tests/Mrs.Tests/Serialization/Malformed/bad-enum.std.yaml"],
        ["validate-word"] = ["validate", "{repo}/samples/word/iso-sample.docx", "--format", "github"],
        ["build-samples"] = ["build", "{repo}/samples", "-o", "{out}/site", "--to", "yaml,json,html,bundle", "-j", "1"],
        ["render-pdf"] = ["render", "{repo}/samples/gbt-sample.std.yaml", "--to", "pdf", "-o", "{out}/gbt.pdf"],
        ["render-pdf-no-browser"] = ["render", "{repo}/samples/iso-sample.std.yaml", "--to", "pdf", "-o", "{out}/iso.pdf",
            "--browser", "{out}/no-chromium"],
        ["schema"] = ["schema"],
        ["bad-input"] = ["import", "{repo}/README.md", "-o", "{out}/x.std.yaml"],
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_native_mrs_does_what_the_jit_mrs_does(string name)
    {
        Assert.SkipWhen(Skipped() is not null, Skipped() ?? "");
        var native = Native.Value;
        var jitOut = Path.Combine(TestPaths.TempFolder(), "out");
        var nativeOut = Path.Combine(TestPaths.TempFolder(), "out");
        Directory.CreateDirectory(jitOut);
        Directory.CreateDirectory(nativeOut);
        string[] Args(string output) => SmokeSet[name].Select(a => a.Replace("{out}", output, StringComparison.Ordinal)
            .Replace("{repo}", TestPaths.Repository, StringComparison.Ordinal).Replace("{corpus}", TestPaths.Corpus, StringComparison.Ordinal))
                .ToArray();

        var jit = MrsProcess.Run(Args(jitOut), timeoutSeconds: 300);
        var aot = MrsProcess.RunExecutable(native, Args(nativeOut), timeoutSeconds: 300);

        Assert.Equal(jit.ExitCode, aot.ExitCode);
        if (name == "version")
        {
            // "0.1.0+<commit>": a binary given by MRS_AOT_MRS may come from another commit than the tests
            Assert.Equal(jit.Out.Split('+')[0], aot.Out.Split('+')[0]);
            Assert.Equal(0, aot.ExitCode);
            return;
        }
        Assert.Equal(Stable(jit.Out, jitOut), Stable(aot.Out, nativeOut));
        Assert.Equal(Stable(jit.Error, jitOut), Stable(aot.Error, nativeOut));
        var jitFiles = Files(jitOut);
        Assert.Equal(jitFiles, Files(nativeOut));
        foreach (var file in jitFiles)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(jitOut, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(nativeOut, file))),
                $"{name}: {file} differs");
        }
    }

    /// <summary>The output without what differs between two runs: the output folder and durations ("in 2.7 s", build's "(1.2 s; …").</summary>
    private static string Stable(string text, string output) =>
        System.Text.RegularExpressions.Regex.Replace(text.Replace(output, "{out}", StringComparison.Ordinal), @"(\bin |\()[0-9]+(\.[0-9]+)? s\b",
            "$1# s");

    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)
            .ToList();
}
