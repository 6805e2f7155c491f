using Mrs.Model;

namespace Mrs.Tests.Validation;

/// <summary>suppress: [codes] on a node covers findings at that node and below; "*" covers every rule.</summary>
public class SuppressionTests
{
    private static StandardDocument Clean => RuleTestKit.Load(RuleTestKit.Seeded("clean-gbt.std.yaml"));

    private static StandardDocument WithNoteRequirement(Func<Clause, Clause>? clause = null, IReadOnlyList<string>? noteSuppress = null)
    {
        var doc = SeededDefectTests.MapClause(Clean, "clause-5.1", c => c with
        {
            Blocks = [new Paragraph { Text = "条款模型应完整。" },
                new Note { Suppress = noteSuppress ?? [], Blocks = [new Paragraph { Text = "条款模型应由导入程序生成。" }] }],
        });
        return clause is null ? doc : SeededDefectTests.MapClause(doc, "clause-5.1", clause);
    }

    [Fact]
    public void Unsuppressed_finding_is_reported() =>
        Assert.Contains(RuleTestKit.Run(WithNoteRequirement()).Findings, f => f.Code == "PROV-004");

    [Fact]
    public void Suppression_on_the_block_itself()
    {
        var result = RuleTestKit.Run(WithNoteRequirement(noteSuppress: ["PROV-004"]));
        Assert.DoesNotContain(result.Findings, f => f.Code == "PROV-004");
        Assert.Equal(1, result.Suppressed);
    }

    [Fact]
    public void Suppression_on_an_ancestor_clause_covers_its_blocks()
    {
        var result = RuleTestKit.Run(WithNoteRequirement(c => c with { Suppress = ["prov-004"] }));
        Assert.DoesNotContain(result.Findings, f => f.Code == "PROV-004");
    }

    [Fact]
    public void Star_suppresses_every_rule_below()
    {
        var doc = SeededDefectTests.MapClause(Clean, "clause-6", c => c with { Clauses = c.Clauses.Take(1).ToList(), Suppress = ["*"] });
        Assert.DoesNotContain(RuleTestKit.Run(doc).Findings, f => f.Code == "STRUCT-011");
    }

    [Fact]
    public void Suppression_of_another_code_does_not_hide_the_finding() =>
        Assert.Contains(RuleTestKit.Run(WithNoteRequirement(noteSuppress: ["PROV-005"])).Findings, f => f.Code == "PROV-004");

    [Fact]
    public void Suppression_on_a_sibling_does_not_leak()
    {
        var doc = SeededDefectTests.MapClause(WithNoteRequirement(), "clause-5.2", c => c with { Suppress = ["*"] });
        Assert.Contains(RuleTestKit.Run(doc).Findings, f => f.Code == "PROV-004");
    }

    [Fact]
    public void Suppression_on_annexes_term_entries_and_references()
    {
        var doc = Clean with
        {
            Annexes = [.. Clean.Annexes,
                new Annex { Id = "annex-C", Letter = "C", Obligation = AnnexObligation.Informative, Suppress = ["STRUCT-017"],
                    Blocks = [new Paragraph { Text = "历史。" }] }],
        };
        Assert.DoesNotContain(RuleTestKit.Run(doc).Findings, f => f.Code == "STRUCT-017");

        var terms = SeededDefectTests.MapClause(Clean, "clause-3", c => c with
        {
            Terms = c.Terms.Select(t => t with { Definition = "应完整的数据结构", Suppress = ["TERM-005"] }).ToList(),
        });
        Assert.DoesNotContain(RuleTestKit.Run(terms).Findings, f => f.Code == "TERM-005");

        var refs = SeededDefectTests.MapClause(Clean, "clause-2", c => c with
        {
            References = [.. c.References,
                new ReferenceEntry { Id = "ref-x", Identifier = "GB/T 99998—2010", Text = "GB/T 99998—2010 未引用的文件", Suppress = ["REF-003"] }],
        });
        Assert.DoesNotContain(RuleTestKit.Run(refs).Findings, f => f.Code == "REF-003");
    }
}
