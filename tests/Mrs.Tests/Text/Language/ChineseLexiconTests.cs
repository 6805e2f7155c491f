using Mrs.Model;
using Mrs.Text.Language;

namespace Mrs.Tests.Text.Language;

/// <summary>Tests the lexicon as data: every line does what it says in a sentence of its own.</summary>
public class ChineseLexiconTests
{
    // 甲 and 乙 are in no lexicon word, so they neither hide nor create a form next to the word under test.
    private static string InContext(string word) => "甲" + word + "乙。";

    public static TheoryData<string> NonProvisionWords() =>
        new(ChineseLexicon.Default.Entries.Where(e => !e.IsProvision).Select(e => e.Word));

    public static TheoryData<string> ProvisionWords() =>
        new(ChineseLexicon.Default.Entries.Where(e => e.IsProvision).Select(e => e.Word));

    [Theory]
    [MemberData(nameof(NonProvisionWords))]
    public void A_non_provision_word_yields_nothing(string word) =>
        Assert.Empty(ProvisionClassifier.Classify(InContext(word), "zh"));

    [Theory]
    [MemberData(nameof(ProvisionWords))]
    public void A_form_yields_its_provision(string word)
    {
        var entry = ChineseLexicon.Default.Find(word)!;
        var found = Assert.Single(ProvisionClassifier.Classify(InContext(word), "zh"));
        Assert.Equal(entry.Kind, found.Kind);
        Assert.Equal(entry.Negative, found.Negative);
        Assert.Equal(entry.Form, found.Form);
        Assert.Equal(1, found.Sentence);
    }

    [Fact]
    public void Every_reported_form_is_itself_a_form_of_the_same_kind()
    {
        foreach (var entry in ChineseLexicon.Default.Entries.Where(e => e.IsProvision && e.Form != e.Word))
        {
            var form = ChineseLexicon.Default.Find(entry.Form);
            Assert.True(form is { IsProvision: true }, $"{entry.Word} reports {entry.Form}, which is no form");
            Assert.Equal(form!.Kind, entry.Kind);
            Assert.Equal(form.Negative, entry.Negative);
        }
    }

    [Theory]
    [InlineData("应", "應")]
    [InlineData("不应", "不應")]
    [InlineData("应该", "應該")]
    [InlineData("推荐", "推薦")]
    [InlineData("建议", "建議")]
    [InlineData("允许", "允許")]
    [InlineData("无须", "無須")]
    [InlineData("能够", "能夠")]
    [InlineData("没有可能", "沒有可能")]
    [InlineData("必须", "必須")]
    [InlineData("应用", "應用")]
    [InlineData("响应", "響應")]
    public void Simplified_and_Traditional_spellings_behave_alike(string simplified, string traditional)
    {
        var s = ChineseLexicon.Default.Find(simplified)!;
        var t = ChineseLexicon.Default.Find(traditional)!;
        Assert.Equal(s.Kind, t.Kind);
        Assert.Equal(s.Negative, t.Negative);
    }

    [Fact]
    public void The_GB_forms_of_Annex_C_are_all_present()
    {
        var expected = new (string Word, ProvisionKind Kind, bool Negative)[]
        {
            ("应", ProvisionKind.Requirement, false), ("应该", ProvisionKind.Requirement, false), ("只准许", ProvisionKind.Requirement, false),
            ("不应", ProvisionKind.Requirement, true), ("不应该", ProvisionKind.Requirement, true), ("不准许", ProvisionKind.Requirement, true),
            ("宜", ProvisionKind.Recommendation, false), ("推荐", ProvisionKind.Recommendation, false), ("建议", ProvisionKind.Recommendation, false),
            ("不宜", ProvisionKind.Recommendation, true), ("不推荐", ProvisionKind.Recommendation, true), ("不建议", ProvisionKind.Recommendation, true),
            ("可", ProvisionKind.Permission, false), ("可以", ProvisionKind.Permission, false), ("允许", ProvisionKind.Permission, false),
            ("不必", ProvisionKind.Permission, true), ("可以不", ProvisionKind.Permission, true), ("无须", ProvisionKind.Permission, true),
            ("能", ProvisionKind.Capability, false), ("能够", ProvisionKind.Capability, false), ("不能", ProvisionKind.Capability, true),
            ("不能够", ProvisionKind.Capability, true), ("可能", ProvisionKind.Possibility, false), ("有可能", ProvisionKind.Possibility, false),
            ("不可能", ProvisionKind.Possibility, true), ("没有可能", ProvisionKind.Possibility, true),
        };
        foreach (var (word, kind, negative) in expected)
        {
            var entry = ChineseLexicon.Default.Find(word);
            Assert.True(entry is not null, word);
            Assert.Equal(kind, entry!.Kind);
            Assert.Equal(negative, entry.Negative);
        }
    }

    [Fact]
    public void Parse_rejects_unknown_kinds_and_duplicates()
    {
        Assert.Throws<InvalidDataException>(() => ChineseLexicon.Parse(new StringReader("应\tDemand\n")));
        Assert.Throws<InvalidDataException>(() => ChineseLexicon.Parse(new StringReader("应\tRequirement\n应\t-\n")));
        Assert.Throws<InvalidDataException>(() => ChineseLexicon.Parse(new StringReader("可选择\tPermission\tprefix=9\n")));
    }

    [Fact]
    public void Scan_takes_the_longest_word_from_the_left()
    {
        var lexicon = ChineseLexicon.Parse(new StringReader("应\tRequirement\n不应\tRequirement\tneg\n应用\t-\n"));
        var matches = lexicon.Scan("不应用于应用时应");
        Assert.Equal(["不应@0", "应@7"], matches.Select(m => $"{m.Entry.Form}@{m.Start}"));
    }
}
