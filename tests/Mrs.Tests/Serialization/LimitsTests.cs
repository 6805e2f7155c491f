using System.Text;
using Mrs.Model;
using Mrs.Serialization;

namespace Mrs.Tests.Serialization;

/// <summary>Very large and hostile models are handled in bounded memory (the process's GC heap is capped at 500 MB).</summary>
public class LimitsTests
{
    private static readonly Dictionary<string, string> HeapLimit500Mb = new() { ["DOTNET_GCHeapHardLimit"] = "0x1F400000" };

    [Fact]
    public void A_50_MB_model_validates_within_500_MB()
    {
        var path = Path.Combine(TestPaths.TempFolder(), "big.std.yaml");
        var yaml = ModelWriter.ToYaml(LargeModel(targetBytes: 50L * 1024 * 1024));
        File.WriteAllText(path, yaml, new UTF8Encoding(false));
        Assert.True(new FileInfo(path).Length >= 50L * 1024 * 1024);

        var result = MrsProcess.Run(["validate", "--schema-only", path], HeapLimit500Mb, timeoutSeconds: 300);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(result.PeakRssKb == 0 || result.PeakRssKb < 500 * 1024, $"peak RSS {result.PeakRssKb} kB");
        File.Delete(path);
        Console.WriteLine($"50 MB model: peak RSS {result.PeakRssKb / 1024} MB");
    }

    [Fact]
    public void Billion_laughs_is_refused_quickly_in_a_capped_process()
    {
        var path = Path.Combine(TestPaths.Repository, "tests", "Mrs.Tests", "Serialization", "Malformed", "billion-laughs.std.yaml");
        var result = MrsProcess.Run(["validate", path], HeapLimit500Mb, timeoutSeconds: 60);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("billion laughs", result.Error);
    }

    /// <summary>A model of about the given size: clauses of subclauses of paragraphs, Chinese and English text.</summary>
    public static StandardDocument LargeModel(long targetBytes)
    {
        const int paragraphBytes = 240; // a little under the YAML size of one paragraph below, so that the model reaches the target
        var paragraphs = (int)(targetBytes / paragraphBytes) + 1;
        var clauses = new List<Clause>();
        var n = 0;
        for (var c = 1; n < paragraphs; c++)
        {
            var subclauses = new List<Clause>();
            for (var s = 1; s <= 4; s++)
            {
                var blocks = new List<Block>();
                for (var p = 0; p < 10; p++, n++)
                {
                    blocks.Add(new Paragraph
                    {
                        Text = $"第{c}.{s}条第{p}段：系统应满足本条规定的要求，包括 *强调* 文本以及 English text that shall be kept, number {c}.{s}.{p}.",
                        Provisions = [new Provision { Kind = ProvisionKind.Requirement, Form = "应", Sentence = 1 }],
                    });
                }
                subclauses.Add(new Clause { Id = $"clause-{c}.{s}", Number = $"{c}.{s}", Title = $"标题{c}.{s}", Blocks = blocks });
            }
            clauses.Add(new Clause { Id = $"clause-{c}", Number = $"{c}", Title = $"第{c}章", Clauses = subclauses });
        }
        return new StandardDocument { Metadata = new Metadata { Identifier = "GB/T 99999—2026" }, Clauses = clauses };
    }
}
