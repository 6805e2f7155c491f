using System.Text.RegularExpressions;
using Mrs.Text.Language;
using Mrs.Validation;
using Mrs.Validation.Rules;

namespace Mrs.Tests.Validation;

public partial class RuleCatalogueTests
{
    private static readonly Dictionary<string, string> Folders = new()
    {
        ["STRUCT"] = "Structure", ["NUM"] = "Numbering", ["REF"] = "References", ["TERM"] = "Terms",
        ["PROV"] = "Provisions", ["BLOCK"] = "Blocks", ["META"] = "Metadata",
    };

    [GeneratedRegex(@"^(STRUCT|NUM|REF|TERM|PROV|BLOCK|META)-\d{3}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]+$")]
    private static partial Regex PascalCase();

    [Fact]
    public void Docs_rules_md_is_up_to_date()
    {
        var path = Path.Combine(TestPaths.Repository, "docs", "rules.md");
        var expected = RuleCatalogue.Markdown();
        if (Environment.GetEnvironmentVariable("MRS_UPDATE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }
        Assert.True(File.Exists(path), "docs/rules.md is missing; run MRS_UPDATE_DOCS=1 dotnet test --project tests/Mrs.Tests");
        Assert.True(expected == File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal),
            "docs/rules.md is out of date; run MRS_UPDATE_DOCS=1 dotnet test --project tests/Mrs.Tests");
    }

    [Fact]
    public void At_least_fifty_rules_cover_every_category_and_both_families()
    {
        var rules = RuleRegistry.All;
        Assert.True(rules.Count >= 50, $"{rules.Count} rules");
        foreach (var category in Folders.Keys)
        {
            Assert.Contains(rules, r => r.Category == category && r.AppliesTo(RuleFamily.Gbt));
            Assert.Contains(rules, r => r.Category == category && r.AppliesTo(RuleFamily.Iso));
        }
    }

    [Fact]
    public void Every_rule_is_fully_described()
    {
        var codes = new HashSet<string>();
        var names = new HashSet<string>();
        foreach (var r in RuleRegistry.All)
        {
            Assert.Matches(CodePattern(), r.Code);
            Assert.True(codes.Add(r.Code), $"{r.Code} is registered twice");
            Assert.Matches(PascalCase(), r.Name);
            Assert.True(names.Add(r.Name), $"{r.Name} is used twice");
            Assert.False(string.IsNullOrWhiteSpace(r.Summary), r.Code);
            Assert.True(Script.HasHan(r.SummaryZh), $"{r.Code}: the Chinese summary has no Chinese");
            Assert.NotEmpty(r.Messages);
            Assert.All(r.Messages, m => Assert.True(Script.HasHan(m.Zh), $"{r.Code}: a Chinese message has no Chinese"));
            Assert.True(r.Gbt is not null || r.Iso is not null, $"{r.Code} names no clause it enforces");
            Assert.True(r.Families != RuleFamilies.None, r.Code);
            if (r.Families == RuleFamilies.Gbt)
            {
                Assert.NotNull(r.Gbt);
            }
            if (r.Families == RuleFamilies.Iso)
            {
                Assert.NotNull(r.Iso);
            }
        }
    }

    [Fact]
    public void Every_rule_lives_in_its_category_folder()
    {
        foreach (var r in RuleRegistry.All)
        {
            Assert.Equal($"Mrs.Validation.Rules.{Folders[r.Category]}", r.GetType().Namespace);
            var file = Path.Combine(TestPaths.Repository, "src", "Mrs.Validation", "Rules", Folders[r.Category], r.GetType().Name + ".cs");
            Assert.True(File.Exists(file), $"{r.Code}: expected {file}");
        }
    }

    [Fact]
    public void Every_class_deriving_from_Rule_is_registered()
    {
        var registered = RuleRegistry.All.Select(r => r.GetType()).ToHashSet();
        var all = typeof(Rule).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Rule)) && !t.IsAbstract);
        Assert.All(all, t => Assert.Contains(t, registered));
    }

    [Fact]
    public void Messages_format_with_arguments_in_both_languages()
    {
        var m = new RuleMessage("{0} has only one subclause ({1}).", "{0}下只有一个条（{1}）。");
        var (en, zh) = m.Format(new Loc("Annex A", "附录A"), "A.1");
        Assert.Equal("Annex A has only one subclause (A.1).", en);
        Assert.Equal("附录A下只有一个条（A.1）。", zh);
        Assert.Equal("The foreword holds x.", new RuleMessage("{0} holds x.", "").Format(new Loc("the foreword", "前言")).En);
    }

    [Fact]
    public void Severity_names_match_the_report_levels()
    {
        Assert.Equal([Severity.Error, Severity.Warning, Severity.Info], Enum.GetValues<Severity>());
    }
}
