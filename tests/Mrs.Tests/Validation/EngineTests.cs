using System.Diagnostics;
using Mrs.Model;
using Mrs.Text.Language;
using Mrs.Validation.Rules;

namespace Mrs.Tests.Validation;

public class EngineTests
{
    [Theory]
    [InlineData("GB/T 1.1—2020", null, RuleFamily.Gbt)]
    [InlineData("GB 4706.1—2005", null, RuleFamily.Gbt)]
    [InlineData("GB/Z 41295—2022", null, RuleFamily.Gbt)]
    [InlineData("YY/T 0287—2017", null, RuleFamily.Gbt)]
    [InlineData("JB/T 10001—2019", null, RuleFamily.Gbt)]
    [InlineData("DB11/T 1234—2020", null, RuleFamily.Gbt)]
    [InlineData("DB 31/T 310001—2020", null, RuleFamily.Gbt)]
    [InlineData("T/CAS 115—2005", null, RuleFamily.Gbt)]
    [InlineData("ISO 17301-1:2016", "zh-CN", RuleFamily.Iso)]
    [InlineData("ISO/IEC 27001:2022", null, RuleFamily.Iso)]
    [InlineData("IEC 60050-191:1990", null, RuleFamily.Iso)]
    [InlineData("ISO/TR 10013:2021", null, RuleFamily.Iso)]
    [InlineData("ETSI TS 103 701 V1.1.1 (2021-08)", null, RuleFamily.Etsi)]
    [InlineData("ETSI EN 303 645", null, RuleFamily.Etsi)]
    [InlineData("3GPP TS 23.501", null, RuleFamily.Etsi)]
    [InlineData("Recommendation ITU-T X.509", null, RuleFamily.Itu)]
    [InlineData("ITU-R BT.709", null, RuleFamily.Itu)]
    [InlineData("OGC 11-107", null, RuleFamily.Generic)]
    [InlineData("S-129", null, RuleFamily.Generic)]
    [InlineData("ISO/IEC JTC 1/SC 29/WG 3 m 66260", null, RuleFamily.Generic)]
    [InlineData("EN ISO 9001:2015", null, RuleFamily.Iso)]
    [InlineData(null, "zh-CN", RuleFamily.Gbt)]
    [InlineData(null, "zh-TW", RuleFamily.Gbt)]
    [InlineData(null, "en", RuleFamily.Iso)]
    [InlineData(null, null, RuleFamily.Iso)]
    public void Family_is_detected_from_identifier_then_language(string? identifier, string? language, RuleFamily expected)
    {
        var doc = new StandardDocument { Metadata = new Metadata { Identifier = identifier, Languages = language is null ? [] : [language] } };
        Assert.Equal(expected, FamilyDetector.Detect(doc).Family);
    }

    [Fact]
    public void Family_falls_back_to_profile_and_to_Chinese_text()
    {
        Assert.Equal(RuleFamily.Gbt, FamilyDetector.Detect(new StandardDocument { Source = new SourceInfo { Profile = "gbt" } }).Family);
        Assert.Equal(RuleFamily.Iso,
            FamilyDetector.Detect(new StandardDocument
            {
                Source = new SourceInfo { Profile = "iso" },
                Metadata = new Metadata { Languages = ["zh-CN"] }
            }).Family);
        Assert.Equal(RuleFamily.Gbt,
            FamilyDetector.Detect(new StandardDocument { Metadata = new Metadata { Titles = [new Title { Language = "x", Main = "试验方法" }] } })
            .Family);
        // An ETSI or ITU template without an ETSI or ITU identifier is a contribution; a Chinese OpenChain translation is no GB/T document.
        Assert.Equal(RuleFamily.Generic, FamilyDetector.Detect(new StandardDocument { Source = new SourceInfo { Profile = "etsi" } }).Family);
        var openChain = FamilyDetector.Detect(new StandardDocument
        {
            Metadata = new Metadata
            {
                Languages = ["zh-CN"],
                IssuingBodies = ["OpenChain Project"]
            }
        });
        Assert.Equal(RuleFamily.Generic, openChain.Family);
        Assert.Contains("OpenChain", openChain.Reason, StringComparison.Ordinal);
        Assert.Contains("封面", openChain.ReasonZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GB/T 1.1—2020", "GB/T", "1.1", "—", "2020")]
    [InlineData("GB/T 1.1-2020", "GB/T", "1.1", "-", "2020")]
    [InlineData("GB/T 7714", "GB/T", "7714", null, null)]
    [InlineData("ISO 17301-1:2016", "ISO", "17301-1", ":", "2016")]
    [InlineData("ISO/IEC Guide 2:2004", "ISO/IEC Guide", "2", ":", "2004")]
    [InlineData("IEC 60050-191", "IEC", "60050-191", null, null)]
    [InlineData("DB11/T 1234—2020", "DB11/T", "1234", "—", "2020")]
    [InlineData("YY 0505—2012", "YY", "0505", "—", "2012")]
    [InlineData("ISO/DIS 17301-1", "ISO/DIS", "17301-1", null, null)]
    [InlineData("ISO/IEC FDIS 27001:2022", "ISO/IEC FDIS", "27001", ":", "2022")]
    [InlineData("ISO/CD 17301-1:2016", "ISO/CD", "17301-1", ":", "2016")]
    public void Identifiers_are_taken_apart(string text, string prefix, string number, string? separator, string? year)
    {
        var id = DocumentIdentifier.Parse(text)!;
        Assert.Equal((prefix, number, separator, year), (id.Prefix, id.Number, id.Separator, id.Year));
    }

    [Theory]
    [InlineData("ISO/DIS 17301-1", "ISO 17301-1:2016")]
    [InlineData("ISO/IEC FDIS 27001", "ISO/IEC 27001")]
    [InlineData("ISO/DTR 9999", "ISO/TR 9999")]
    public void A_draft_identifier_is_the_document_it_will_become(string draft, string published) =>
        Assert.Equal(DocumentIdentifier.Parse(published)!.Key, DocumentIdentifier.Parse(draft)!.Key);

    [Fact]
    public void An_enterprise_prefix_that_looks_like_a_stage_stays_itself() =>
        Assert.Equal("Q/CD123", DocumentIdentifier.Parse("Q/CD 123—2020")!.Key);

    [Theory]
    [InlineData("试样应干燥。", "应", ProvisionKind.Requirement)]
    [InlineData("试样不应潮湿。", "不应", ProvisionKind.Requirement)]
    [InlineData("試樣應乾燥。", "應", ProvisionKind.Requirement)]
    [InlineData("宜使用烘箱。", "宜", ProvisionKind.Recommendation)]
    [InlineData("可使用干燥器。", "可", ProvisionKind.Permission)]
    [InlineData("The sample shall be dry.", "shall", ProvisionKind.Requirement)]
    [InlineData("An oven should be used.", "should", ProvisionKind.Recommendation)]
    [InlineData("A desiccator may be used.", "may", ProvisionKind.Permission)]
    [InlineData("It is not permitted to heat the sample.", "is not permitted", ProvisionKind.Requirement)]
    public void Language_module_finds_verbal_forms(string text, string form, ProvisionKind kind)
    {
        var found = LanguageModule.Standard.Provisions(text, LanguageModule.Standard.LanguageOf(text));
        Assert.Contains(found, p => p.Kind == kind && p.Form == form);
    }

    [Theory]
    [InlineData("本文件适用于实验室应用。")]
    [InlineData("系统的响应时间和适应性。")]
    [InlineData("该材料可靠、可行，适宜户外使用。")]
    [InlineData("取得许可后，本文件可能涉及专利。")]
    [InlineData("应力和对应的功能。")]
    [InlineData("材料可分为三类，均为可回收、可再生材料。")]
    [InlineData("The operator can heat the sample; it is possible to repeat the test.")]
    [InlineData("Published in May 2020.")]
    public void Language_module_leaves_compounds_and_possibility_alone(string text)
    {
        var found = LanguageModule.Standard.Provisions(text, LanguageModule.Standard.LanguageOf(text));
        Assert.DoesNotContain(found, p => ProvisionClassifier.IsNormative(p.Kind));
    }

    [Fact]
    public void Model_provisions_take_precedence_and_the_classifier_is_pluggable()
    {
        var doc = SeededDefectTests.MapClause(RuleTestKit.Load(RuleTestKit.Seeded("clean-gbt.std.yaml")), "clause-5.1", c => c with
        {
            Blocks = [.. c.Blocks, new Note { Blocks =
                [new Paragraph { Text = "普通的说明。", Provisions = [new Provision { Kind = ProvisionKind.Requirement, Form = "应" }] }] }],
        });
        Assert.Contains(RuleTestKit.Run(doc).Findings, f => f.Code == "PROV-004");

        var never = new LanguageModule((_, _) => []);
        var seeded = SeededDefectTests.MapClause(RuleTestKit.Load(RuleTestKit.Seeded("clean-gbt.std.yaml")), "clause-5.1", c => c with
        {
            Blocks = [.. c.Blocks, new Note { Blocks = [new Paragraph { Text = "条款模型应由导入程序生成。" }] }],
        });
        var result = new RuleEngine(language: never).Run(seeded, new PointerLocator("m.std.yaml"));
        Assert.DoesNotContain(result.Findings, f => f.Code == "PROV-004");
    }

    [Fact]
    public void Iso_foreword_boilerplate_is_not_read_as_provisions()
    {
        var doc = RuleTestKit.Load(RuleTestKit.Seeded("clean-iso.std.yaml"));
        var foreword = doc.Preface[0] with
        {
            Blocks =
            [
                .. doc.Preface[0].Blocks,
                new Paragraph { Text = "The procedures used to develop this document are described in the ISO/IEC Directives, Part 1. In "
                    + "particular, the different approval criteria needed for the different types of ISO documents should be noted." },
                new Paragraph { Text = "Attention is drawn to the possibility that some of the elements of this document may be the subject of "
                    + "patent rights. However, implementers are cautioned that this may not represent the latest information, which may be "
                    + "obtained from the patent database available at www.iso.org/patents." },
                new Paragraph { Text = "Any feedback or questions on this document should be directed to the user's national standards body." },
            ],
        };
        Assert.Empty(RuleTestKit.Run(doc with { Preface = [foreword, .. doc.Preface.Skip(1)] }).Findings);

        var drafted = foreword with { Blocks = [.. foreword.Blocks, new Paragraph { Text = "Users should read Clause 5 first." }] };
        Assert.Contains(RuleTestKit.Run(doc with { Preface = [drafted, .. doc.Preface.Skip(1)] }).Findings, f => f.Code == "PROV-002");
    }

    [Theory]
    [InlineData("试样应符合表3的规定。", CitationKind.Table, "3", false)]
    [InlineData("见5.2。", CitationKind.Clause, "5.2", false)]
    [InlineData("按第6章的方法。", CitationKind.Clause, "6", false)]
    [InlineData("见图A.1和附录B。", CitationKind.Figure, "A.1", false)]
    [InlineData("按公式（2）计算。", CitationKind.Formula, "2", false)]
    [InlineData("应符合GB/T 1234—2010的表3。", CitationKind.Table, "3", true)]
    [InlineData("更改了范围（见第1章，2009年版的第1章）。", CitationKind.Clause, "1", false)]
    [InlineData("See 5.2 and Table 3.", CitationKind.Clause, "5.2", false)]
    [InlineData("按式（3）计算。", CitationKind.Formula, "3", false)]
    [InlineData("as given in Annex B", CitationKind.Annex, "B", false)]
    [InlineData("as specified in ISO 712:2009, Clause 5.", CitationKind.Clause, "5", true)]
    [InlineData("as specified in Table 2 of ISO 712.", CitationKind.Table, "2", true)]
    public void Plain_citations_are_found(string text, CitationKind kind, string key, bool external)
    {
        var doc = new StandardDocument { Clauses = [new Clause { Id = "c", Number = "5", Blocks = [new Paragraph { Text = text }] }] };
        var citations = DocumentIndex.Build(doc).PlainCitations;
        Assert.Contains(citations, c => c.Kind == kind && c.Key == key && c.External == external);
    }

    [Theory]
    [InlineData("采用何种方式（1）由用户决定。")]
    [InlineData("精度应达到0.5的要求。")]
    [InlineData("代表1个样本；地图2幅。")]
    [InlineData("The results are summarized below; see also the annexes.")]
    public void Plain_text_without_citations(string text)
    {
        var doc = new StandardDocument { Clauses = [new Clause { Id = "c", Number = "5", Blocks = [new Paragraph { Text = text }] }] };
        Assert.Empty(DocumentIndex.Build(doc).PlainCitations);
    }

    [Fact]
    public void Pointers_follow_the_serialized_form()
    {
        var doc = RuleTestKit.Load(RuleTestKit.Seeded("clean-gbt.std.yaml"));
        var index = DocumentIndex.Build(doc);
        Assert.Contains(index.Texts, t => t.Pointer == "/clauses/2/terms/1/definition" && t.Label == "3.2");
        Assert.Contains(index.Texts, t => t.Pointer == "/clauses/4/clauses/0/blocks/1/blocks/0/text" && t.Label == "5.1" && t.Is(TextContext.Note));
        Assert.Contains(index.Blocks, b => b.Pointer == "/clauses/4/clauses/1/blocks/2" && b.Block is Table);
        Assert.Contains(index.Scopes, s => s.Pointer == "/annexes/0/clauses/1" && s.Label == "A.2");
        Assert.Equal("/clauses/4/clauses/1/blocks/2", index.Targets["table-1"].Pointer);
    }

    /// <summary>A GB/T-style model of about 8,000 paragraphs: citations, identifiers, notes, tables and footnotes throughout.</summary>
    public static StandardDocument LargeModel()
    {
        var clean = RuleTestKit.Load(RuleTestKit.Seeded("clean-gbt.std.yaml"));
        var clauses = new List<Clause>(clean.Clauses.Take(5));
        var footnotes = new List<Footnote>();
        for (var c = 6; c < 86; c++)
        {
            var subs = new List<Clause>();
            for (var s = 1; s <= 10; s++)
            {
                var blocks = new List<Block>();
                for (var p = 1; p <= 10; p++)
                {
                    var text = (p % 10) switch
                    {
                        1 => $"条款模型的第{p}项内容应符合表1的规定，并见5.2。",
                        2 => "条款模型的结构应符合GB/T 1.1—2020的规定。",
                        3 => "导入程序宜逐段读取文件，记录[条款模型](#term-3.1)中无法表示的内容。",
                        4 => $"第{c}.{s}条的示例见附录B。",
                        _ => $"第{p}段：导入程序应保留文件中的编号、标题和正文，并按原有顺序输出每一段的内容。",
                    };
                    if (p == 5 && s == 1)
                    {
                        text += $"[^fn-{c}]";
                    }
                    blocks.Add(new Paragraph { Text = text });
                }
                blocks.Add(new Note { Blocks = [new Paragraph { Text = "条款模型通常由导入程序生成。" }] });
                subs.Add(new Clause { Id = $"clause-{c}.{s}", Number = $"{c}.{s}", Title = "要求", Blocks = blocks });
            }
            clauses.Add(new Clause { Id = $"clause-{c}", Number = $"{c}", Title = "技术要求", Clauses = subs });
            footnotes.Add(new Footnote { Id = $"fn-{c}", Mark = $"{c}", Blocks = [new Paragraph { Text = "这是一个说明。" }] });
        }
        return clean with { Clauses = clauses, Footnotes = footnotes };
    }

    /// <summary>The whole rule set over a model of 8,000 clean paragraphs finds nothing (its speed is measured by the benchmarks).</summary>
    [Fact]
    public void Rule_set_runs_clean_on_a_large_model()
    {
        var doc = LargeModel();
        var paragraphs = DocumentIndex.Build(doc).Blocks.Count(b => b.Block is Paragraph);
        Assert.True(paragraphs >= 8000, $"{paragraphs} paragraphs");

        var engine = new RuleEngine();
        var first = engine.Run(doc, new PointerLocator("big.std.yaml")); // warm up (JIT)
        Assert.True(first.Findings.Count == 0, RuleTestKit.Describe(first.Findings.Take(5)));
        // Speed is measured by the benchmark project (RuleBenchmarks), not asserted here.
    }
}
