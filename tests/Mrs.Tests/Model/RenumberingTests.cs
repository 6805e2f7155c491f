using Mrs.Model;
using Mrs.Serialization;

namespace Mrs.Tests.Model;

/// <summary>
/// Renumbering the hand-written GB/T and ISO samples after an editor inserted or removed something: numbers recomputed
/// from the structure, ids that follow numbers changed with them, cross-references (ids and link texts that were the
/// number) following their targets, everything else kept.
/// </summary>
public class RenumberingTests
{
    private static StandardDocument Sample(string name)
    {
        using var loaded = ModelReader.Load(TestPaths.Sample(name));
        return loaded.Document!;
    }

    private static StandardDocument Gbt() => Sample("gbt-sample.std.yaml");

    private static IEnumerable<T> All<T>(StandardDocument document) where T : class => document.Descendants<T>();

    private static Clause ClauseById(StandardDocument document, string id) => All<Clause>(document).Single(c => c.Id == id);

    private static IEnumerable<string> Texts(StandardDocument document) =>
        All<Paragraph>(document).Select(p => p.Text).Concat(All<ListItem>(document).Select(i => i.Text))
            .Concat(All<DefinitionItem>(document).Select(i => i.Definition));

    private static Clause NewClause(string id, string number, string text) => new()
    {
        Id = id,
        Number = number,
        Title = "插入的章",
        Blocks = [new Paragraph { Text = text }],
    };

    [Theory]
    [InlineData("gbt-sample.std.yaml")]
    [InlineData("iso-sample.std.yaml")]
    public void A_document_numbered_as_the_rules_say_is_left_as_it_is(string sample)
    {
        var document = Sample(sample);
        var result = Renumbering.Apply(document);
        Assert.False(result.Changed);
        Assert.Empty(result.Skipped);
        Assert.Equal(ModelWriter.ToYaml(document), ModelWriter.ToYaml(result.Document));
    }

    [Fact]
    public void A_clause_inserted_in_the_middle_of_the_body_moves_the_clauses_after_it_their_ids_and_the_links_to_them()
    {
        var document = Gbt();
        // The editor inserts a clause between 5 and 6, numbered by guess, with a table numbered by guess, and links to 6.2.
        var inserted = NewClause("clause-new", "99", "见[6.2](#clause-6.2)，数据见[表7](#table-7)。") with
        {
            Blocks =
            [
                new Paragraph { Text = "见[6.2](#clause-6.2)，数据见[表7](#table-7)。" },
                new Table { Id = "table-7", Number = "7", Title = "新表", Rows = [new TableRow { Cells = [new TableCell { Text = "x" }] }] },
            ],
        };
        document = document with { Clauses = [.. document.Clauses.Take(5), inserted, .. document.Clauses.Skip(5)] };

        var result = Renumbering.Apply(document);
        var renumbered = result.Document;

        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], renumbered.Clauses.Select(c => c.Number));
        Assert.Equal(["clause-1", "clause-2", "clause-3", "clause-4", "clause-5", "clause-new", "clause-7", "clause-8"],
            renumbered.Clauses.Select(c => c.Id));
        Assert.Equal(["7.1", "7.2", "7.3"], ClauseById(renumbered, "clause-7").Clauses.Select(c => c.Number));
        Assert.Equal(["clause-8.1", "clause-8.2", "clause-8.3"], ClauseById(renumbered, "clause-8").Clauses.Select(c => c.Id));
        // The new table follows table 1 of 5.3 in the body; the one of annex A keeps A.1.
        Assert.Equal([("table-1", "1"), ("table-2", "2"), ("table-A.1", "A.1")], All<Table>(renumbered).Select(t => (t.Id!, t.Number!)));
        Assert.Equal(new Dictionary<string, string>
        {
            ["clause-6"] = "clause-7", ["clause-6.1"] = "clause-7.1", ["clause-6.2"] = "clause-7.2", ["clause-6.3"] = "clause-7.3",
            ["clause-7"] = "clause-8", ["clause-7.1"] = "clause-8.1", ["clause-7.2"] = "clause-8.2", ["clause-7.3"] = "clause-8.3",
            ["table-7"] = "table-2",
        }, result.IdMap);

        var texts = Texts(renumbered).ToList();
        Assert.Contains("见[7.2](#clause-7.2)，数据见[表2](#table-2)。", texts);
        Assert.Contains("增加了结构化覆盖率的计算方法（见[7.2](#clause-7.2)）；", texts); // the foreword's list
        Assert.Contains("用规范性引用的GB 18030替换了ISO/IEC 10646（见[7.3](#clause-7.3)），以符合我国的技术条件；", texts);
        Assert.Contains("结构化覆盖率的计算方法见[7.2](#clause-7.2)。", texts); // a note to entry
        Assert.Contains("增加了原样保留块（见[5.3](#clause-5.3)、[B.2](#clause-B.2)）；", texts); // before the insertion: unchanged
        Assert.DoesNotContain(texts, t => t.Contains("#clause-6", StringComparison.Ordinal));
        Assert.Equal(6, result.Links);
    }

    [Fact]
    public void A_subclause_inserted_moves_its_later_siblings_and_the_figures_and_links_after_it()
    {
        var document = Gbt();
        var five = document.Clauses[4];
        var inserted = NewClause("clause-5.9", "5.9", "插入的条。") with
        {
            Blocks = [new Figure { Id = "figure-5", Number = "5", Title = "新图" }],
        };
        five = five with { Clauses = [five.Clauses[0], inserted, .. five.Clauses.Skip(1)] };
        document = document with { Clauses = [.. document.Clauses.Take(4), five, .. document.Clauses.Skip(5)] };

        var renumbered = Renumbering.Apply(document).Document;

        Assert.Equal([("clause-5.1", "5.1"), ("clause-5.2", "5.2"), ("clause-5.3", "5.3"), ("clause-5.4", "5.4")],
            renumbered.Clauses[4].Clauses.Select(c => (c.Id, c.Number!)));
        // The inserted clause took the id clause-5.2 (its number's id); the old 5.2 and 5.3 moved on.
        Assert.Equal("插入的章", renumbered.Clauses[4].Clauses[1].Title);
        Assert.Equal(["figure-1", "figure-2", "figure-3"], All<Figure>(renumbered).Select(f => f.Id));
        Assert.Equal(["1", "2", "3"], All<Figure>(renumbered).Select(f => f.Number));
        var texts = Texts(renumbered).ToList();
        Assert.Contains("增加了原样保留块（见[5.4](#clause-5.4)、[B.2](#clause-B.2)）；", texts);
        Assert.Contains("同一个模型可写为YAML文件或JSON文件，两者的对照见[图2](#figure-2)。", texts); // figures 1, 2 come before
        Assert.Contains("稳定标识符应符合[附录A](#annex-A)的规定。", texts);
    }

    [Fact]
    public void An_annex_inserted_before_the_first_moves_the_letters_labels_annex_clauses_tables_and_links()
    {
        var document = Gbt();
        var inserted = new Annex
        {
            Id = "annex-new",
            Letter = "X",
            Label = "附录X",
            Obligation = AnnexObligation.Informative,
            Title = "新附录",
            Clauses = [NewClause("clause-X.1", "X.1", "见[表A.1](#table-A.1)和[附录B](#annex-B)。")],
        };
        document = document with { Annexes = [inserted, .. document.Annexes] };

        var renumbered = Renumbering.Apply(document).Document;

        Assert.Equal([("annex-new", "A", "附录A"), ("annex-B", "B", "附录B"), ("annex-C", "C", "附录C")],
            renumbered.Annexes.Select(a => (a.Id, a.Letter, a.Label!)));
        Assert.Equal(["clause-A.1"], renumbered.Annexes[0].Clauses.Select(c => c.Id));
        Assert.Equal(["clause-B.1", "clause-B.2"], renumbered.Annexes[1].Clauses.Select(c => c.Id));
        Assert.Equal(["C.1", "C.2"], renumbered.Annexes[2].Clauses.Select(c => c.Number));
        Assert.Equal([("table-1", "1"), ("table-B.1", "B.1")], All<Table>(renumbered).Select(t => (t.Id!, t.Number!)));
        var texts = Texts(renumbered).ToList();
        Assert.Contains("见[表B.1](#table-B.1)和[附录C](#annex-C)。", texts);
        Assert.Contains("稳定标识符应符合[附录B](#annex-B)的规定。", texts);
        Assert.Contains("其他元素的稳定标识符应由[表B.1](#table-B.1)给出的前缀和该元素的编号构成。", texts);
        Assert.Contains("导入映射的示例见[附录C](#annex-C)。", texts);
        Assert.Contains("增加了原样保留块（见[5.3](#clause-5.3)、[C.2](#clause-C.2)）；", texts);
    }

    [Fact]
    public void Itu_appendices_are_numbered_in_roman_numerals_apart_from_the_annexes()
    {
        var document = Gbt();
        var appendix = new Annex { Id = "annex-III", Letter = "III", Label = "Appendix III", Title = "Bibliography-like appendix" };
        var second = appendix with { Id = "annex-VII", Letter = "VII", Label = "Appendix VII" };
        document = document with { Annexes = [.. document.Annexes, appendix, second] };

        var renumbered = Renumbering.Apply(document).Document;

        Assert.Equal([("annex-A", "A", "附录A"), ("annex-B", "B", "附录B"), ("annex-I", "I", "Appendix I"), ("annex-II", "II", "Appendix II")],
            renumbered.Annexes.Select(a => (a.Id, a.Letter, a.Label!)));
    }

    [Fact]
    public void A_table_inserted_before_table_1_renumbers_it_but_not_the_link_written_as_code()
    {
        var document = Gbt();
        var clause = ClauseById(document, "clause-5.1");
        var table = new Table { Number = "1", Title = "新表", Rows = [new TableRow { Cells = [new TableCell { Text = "x" }] }] };
        var changed = clause with { Blocks = [table, .. clause.Blocks] };
        document = new RewriteClause(clause, changed).Apply(document);

        var renumbered = Renumbering.Apply(document).Document;

        Assert.Equal([(null, "1"), ("table-2", "2"), ("table-A.1", "A.1")], All<Table>(renumbered).Select(t => (t.Id, t.Number!)));
        var texts = Texts(renumbered).ToList();
        Assert.Contains("块的类型及其属性见[表2](#table-2)。", texts);
        // 6.1 shows how a cross-reference is written: the code span is literal, the link after it follows the table.
        Assert.Contains("交叉引用写作`[表1](#table-1)`，显示为[表2](#table-2)。", texts);
    }

    [Fact]
    public void Notes_are_numbered_within_their_list_and_a_note_alone_has_no_number()
    {
        var document = Gbt();
        var clause = ClauseById(document, "clause-5.2");
        var third = new Note { Blocks = [new Paragraph { Text = "第三个注。" }] };
        var withThree = clause with { Blocks = [.. clause.Blocks, third] };
        var three = Renumbering.Apply(new RewriteClause(clause, withThree).Apply(document)).Document;
        Assert.Equal(["1", "2", "3"], ClauseById(three, "clause-5.2").Blocks.OfType<Note>().Select(n => n.Number));

        var withOne = clause with { Blocks = [.. clause.Blocks.Where(b => b is not Note { Number: "1" })] };
        var one = Renumbering.Apply(new RewriteClause(clause, withOne).Apply(document)).Document;
        Assert.Equal([null], ClauseById(one, "clause-5.2").Blocks.OfType<Note>().Select(n => n.Number));
        // Other lists of notes are numbered on their own: the table's single note, the figure's.
        Assert.All(All<Table>(one).SelectMany(t => t.Notes).Concat(All<Figure>(one).SelectMany(f => f.Notes)), n => Assert.Null(n.Number));
    }

    [Fact]
    public void Term_entries_are_numbered_under_their_clause_with_the_index_links_that_name_them()
    {
        var document = Gbt();
        var terms = document.Clauses[2];
        var entry = new TermEntry { Id = "term-new", Number = "3.0", Preferred = [new Designation { Text = "新术语" }], Definition = "新的定义" };
        var removedNote = terms.Terms[3] with { Notes = [terms.Terms[3].Notes[1] with { Number = "2" }] };
        terms = terms with { Terms = [terms.Terms[0], entry, terms.Terms[1], terms.Terms[2], removedNote, .. terms.Terms.Skip(4)] };
        document = document with { Clauses = [.. document.Clauses.Take(2), terms, .. document.Clauses.Skip(3)] };

        var result = Renumbering.Apply(document);
        var renumbered = result.Document.Clauses[2].Terms;

        Assert.Equal(["3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7"], renumbered.Select(t => t.Number));
        Assert.Equal(["term-3.1", "term-new", "term-3.3", "term-3.4", "term-3.5", "term-3.6", "term-3.7"], renumbered.Select(t => t.Id));
        Assert.Equal([null], renumbered[4].Notes.Select(n => n.Number)); // the one note to entry left: no number (GB/T 注)
        var index = result.Document.Index!.Blocks.OfType<DefinitionList>().Single().Items.ToDictionary(i => i.Term, i => i.Definition);
        Assert.Equal("[3.1](#term-3.1)", index["标准化文件"]);
        Assert.Equal("[3.3](#term-3.3)", index["条款模型"]);
        Assert.Equal("[3.7](#term-3.7)", index["结构化覆盖率"]);
    }

    [Fact]
    public void A_link_text_that_is_not_the_old_number_keeps_its_text_and_follows_the_id()
    {
        var document = Gbt();
        var inserted = NewClause("clause-1", "1", "插入。");
        var text = "see [the normative references](#clause-2), [2](#clause-2) and `[2](#clause-2)`";
        var scope = document.Clauses[0] with { Blocks = [new Paragraph { Text = text }] };
        document = document with { Clauses = [scope with { Id = "clause-0", Number = "0" }, .. document.Clauses.Skip(1)] };
        document = document with { Clauses = [inserted with { Id = "clause-x" }, .. document.Clauses] };

        var renumbered = Renumbering.Apply(document).Document;

        Assert.Contains("see [the normative references](#clause-3), [3](#clause-3) and `[2](#clause-2)`", Texts(renumbered));
    }

    [Fact]
    public void An_id_another_element_keeps_is_not_taken()
    {
        var document = Gbt();
        // A clause the editor gave the id "clause-6" by hand, inserted before clause 5: clause 5 would become 6.
        var inserted = NewClause("clause-6", "4a", "插入。");
        document = document with { Clauses = [.. document.Clauses.Take(4), inserted, .. document.Clauses.Skip(4)] };
        var error = Assert.Throws<RenumberingException>(() => Renumbering.Apply(document));
        Assert.Contains("'clause-6'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_numbered_per_chapter_are_left_as_they_are_and_said_so()
    {
        var document = Gbt();
        var clause = ClauseById(document, "clause-5.3");
        var table = clause.Blocks.OfType<Table>().Single();
        var changed = clause with { Blocks = [.. clause.Blocks.Select(b => b == table ? table with { Number = "5-1" } : b)] };
        document = new RewriteClause(clause, changed).Apply(document);

        var result = Renumbering.Apply(document);

        Assert.Equal(["5-1", "A.1"], All<Table>(result.Document).Select(t => t.Number));
        Assert.Contains(result.Skipped, s => s.StartsWith("tables:", StringComparison.Ordinal) && s.Contains("\"5-1\"", StringComparison.Ordinal));
    }

    /// <summary>Replaces one clause of a document by another (wherever it stands).</summary>
    private sealed class RewriteClause(Clause from, Clause to)
    {
        public StandardDocument Apply(StandardDocument document) => document with
        {
            Clauses = [.. document.Clauses.Select(Swap)],
            Annexes = [.. document.Annexes.Select(a => a with { Clauses = [.. a.Clauses.Select(Swap)] })],
        };

        private Clause Swap(Clause clause) => ReferenceEquals(clause, from) ? to : clause with { Clauses = [.. clause.Clauses.Select(Swap)] };
    }
}
