using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Mrs.Model;
using Mrs.Text.Language;

namespace Mrs.Tests.Text.Language;

/// <summary>
/// Runs the classifier over the paragraphs of real documents from the shared corpus and checks broad facts. Skipped when
/// the corpus is not beside the repository.
/// </summary>
public partial class ProvisionCorpusTests
{
    private const string ZhHansOpenChain = "standards/openchain/zh-Hans_OpenChainSpec-2.0.docx";
    private const string ZhHantIso5230 = "standards/openchain/zh-Hant_ISO-5230-2.1.docx";
    private const string JaIso5230 = "standards/openchain/ja_ISO-5230-2.1.docx";
    private const string IsoRice = "standards/iso/metanorma-iso_rice.docx";
    private const string GbtMinimal = "standards/gbt/generated/gbt-minimal.docx";

    private sealed record Hit(string Paragraph, Provision Provision);

    /// <summary>The text of each w:p in word/document.xml: its w:t elements concatenated.</summary>
    private static List<string> Paragraphs(string relative)
    {
        var path = TestPaths.CorpusFile(relative);
        Assert.SkipUnless(File.Exists(path), $"corpus file {path} not found");
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        using var zip = ZipFile.OpenRead(path);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(stream).Descendants(w + "p")
            .Select(p => string.Concat(p.Descendants(w + "t").Select(t => t.Value)))
            .Where(t => t.Trim().Length > 0)
            .ToList();
    }

    private static List<Hit> Classify(IEnumerable<string> paragraphs, string? language) =>
        paragraphs.SelectMany(p => ProvisionClassifier.Classify(p, language).Select(v => new Hit(p, v))).ToList();

    [Fact]
    public void Simplified_Chinese_OpenChain_spec_has_requirements_with_应_and_none_inside_应用()
    {
        var paragraphs = Paragraphs(ZhHansOpenChain);
        var hits = Classify(paragraphs, "zh-Hans");

        Assert.Contains(hits, h => h.Provision is { Kind: ProvisionKind.Requirement, Form: "应", Negative: false });
        Assert.True(hits.Count(h => h.Provision is { Kind: ProvisionKind.Requirement, Form: "应" or "应该" }) >= 3);
        Assert.Contains(hits, h => h.Provision.Form == "必须" && ProvisionClassifier.IsAmbiguousForm("必须"));
        Assert.Contains(hits, h => h.Provision is { Kind: ProvisionKind.Possibility, Form: "可能" });
        Assert.DoesNotContain(hits, h => h.Provision.Form!.Any(c => "應該須許薦議夠沒無".Contains(c)));

        // A paragraph whose every 应 sits inside 应用/响应/对应/相应/适应/供应 yields no 应 form; one whose every 能 sits
        // inside 功能/性能/能力/未能/可能 yields no capability.
        foreach (var p in paragraphs)
        {
            if (!YingWords().Replace(p, "").Contains('应'))
            {
                Assert.DoesNotContain(ProvisionClassifier.Classify(p, "zh"), v => v.Form!.Contains('应'));
            }
            if (!NengWords().Replace(p, "").Contains('能'))
            {
                Assert.DoesNotContain(ProvisionClassifier.Classify(p, "zh"), v => v.Kind == ProvisionKind.Capability);
            }
        }
        Assert.Contains(paragraphs, p => p.Contains("应用"));
        Assert.Contains(paragraphs, p => p.Contains("响应"));
    }

    [Fact]
    public void Traditional_Chinese_ISO_5230_reports_Traditional_forms_only()
    {
        var paragraphs = Paragraphs(ZhHantIso5230);
        var hits = Classify(paragraphs, "zh-Hant");

        Assert.True(hits.Count(h => h.Provision is { Kind: ProvisionKind.Requirement, Form: "應" }) >= 5);
        Assert.Contains(hits, h => h.Provision.Form == "須");
        Assert.Contains(hits, h => h.Provision.Form == "必須");
        Assert.DoesNotContain(hits, h => h.Provision.Form!.Any(c => "应该须许荐议够没无".Contains(c)));
        foreach (var p in paragraphs.Where(p => !TraditionalYingWords().Replace(p, "").Contains('應')))
        {
            Assert.DoesNotContain(ProvisionClassifier.Classify(p), v => v.Form!.Contains('應'));
        }
    }

    [Fact]
    public void ISO_rice_finds_every_shall_and_the_test_method_instructions()
    {
        var paragraphs = Paragraphs(IsoRice);
        var hits = Classify(paragraphs, "en");

        Assert.True(hits.Count(h => h.Provision is { Kind: ProvisionKind.Requirement, Form: "shall", Negative: false }) >= 8);
        Assert.True(hits.Count(h => h.Provision is { Kind: ProvisionKind.Requirement, Form: "shall not", Negative: true }) >= 5);
        Assert.Contains(hits, h => h.Provision is { Kind: ProvisionKind.Requirement, Form: "is not permitted", Negative: true });
        Assert.Contains(hits, h => h.Provision is { Kind: ProvisionKind.Permission, Form: "may not", Negative: true });
        Assert.DoesNotContain(hits, h => h.Provision.Kind == ProvisionKind.ExternalConstraint);
        var instructions = hits.Where(h => h.Provision.Kind == ProvisionKind.Instruction).Select(h => h.Provision.Form).ToHashSet();
        Assert.Superset(new HashSet<string?> { "determine", "weigh", "report" }, instructions);

        // Recall: every sentence that uses "shall" carries a requirement.
        foreach (var p in paragraphs)
        {
            var sentences = SentenceSplitter.Split(ProvisionClassifier.Prose(p));
            var provisions = ProvisionClassifier.Classify(p, "en");
            for (var i = 0; i < sentences.Count; i++)
            {
                if (Shall().IsMatch(sentences[i]))
                {
                    Assert.Contains(provisions, v => v.Sentence == i + 1 && v.Kind == ProvisionKind.Requirement);
                }
            }
        }
    }

    [Fact]
    public void GBT_minimal_has_two_requirements_and_permissions_only_otherwise()
    {
        var hits = Classify(Paragraphs(GbtMinimal), null);

        Assert.Equal(2, hits.Count(h => h.Provision is { Kind: ProvisionKind.Requirement, Form: "应" }));
        Assert.All(hits, h => Assert.Contains(h.Provision.Kind, new[] { ProvisionKind.Requirement, ProvisionKind.Permission }));
        Assert.DoesNotContain(hits, h => h.Paragraph.Contains("对应关系") && h.Provision.Form != "可");
    }

    [Fact]
    public void Japanese_is_not_classified()
    {
        var paragraphs = Paragraphs(JaIso5230);
        Assert.Empty(Classify(paragraphs, "ja"));
        Assert.Empty(Classify(paragraphs.Where(p => p.Any(c => c is >= '\u3040' and <= '\u30FF')), null));
    }

    [GeneratedRegex("应用|响应|对应|相应|适应|供应")]
    private static partial Regex YingWords();

    [GeneratedRegex("應用|響應|回應|對應|相應|適應|供應")]
    private static partial Regex TraditionalYingWords();

    [GeneratedRegex("功能|性能|能力|未能|可能")]
    private static partial Regex NengWords();

    [GeneratedRegex(@"\bshall\b", RegexOptions.IgnoreCase)]
    private static partial Regex Shall();
}
