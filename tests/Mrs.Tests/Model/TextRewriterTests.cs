using Mrs.Model;
using Mrs.Serialization;
using Mrs.Tests.Serialization;

namespace Mrs.Tests.Model;

/// <summary>The text rewriter passes each inline text through its function once, headings through theirs, and keeps the rest.</summary>
public class TextRewriterTests
{
    [Fact]
    public void Unchanged_text_gives_the_same_model()
    {
        var document = ModelFixtures.KitchenSink();
        Assert.Equal(ModelWriter.ToJson(document), ModelWriter.ToJson(new TextRewriter(s => s).Rewrite(document)));
    }

    [Fact]
    public void Headings_and_designations_go_through_their_own_function()
    {
        var document = new TextRewriter(s => "m:" + s, headings: s => "h:" + s).Rewrite(ModelFixtures.KitchenSink());
        var containers = document.Descendants<IContainer>().Where(c => c.Title is not null).ToList();
        Assert.NotEmpty(containers);
        Assert.All(containers, c => Assert.StartsWith("h:", c.Title));
        Assert.All(document.Descendants<Designation>(), d => Assert.StartsWith("h:", d.Text));
        Assert.All(document.Descendants<Paragraph>(), p => Assert.StartsWith("m:", p.Text));
        Assert.All(document.Descendants<ReferenceEntry>(), r => Assert.StartsWith("m:", r.Text));
        Assert.All(document.Descendants<TermEntry>().Where(t => t.Definition is not null), t => Assert.StartsWith("m:", t.Definition));
        Assert.All(document.Descendants<Table>().Where(t => t.Title is not null), t => Assert.StartsWith("m:", t.Title));
        Assert.All(document.Descendants<DefinitionItem>(), i => Assert.StartsWith("m:", i.Definition));
        // not inline text: the cover, formulas' linear text, code
        Assert.Equal(ModelFixtures.KitchenSink().Metadata.Titles, document.Metadata.Titles);
        Assert.Equal(ModelFixtures.KitchenSink().Descendants<Formula>().Select(f => f.Text), document.Descendants<Formula>().Select(f => f.Text));
        Assert.Equal(ModelFixtures.KitchenSink().Descendants<CodeBlock>().Select(c => c.Text), document.Descendants<CodeBlock>().Select(c => c.Text));
    }

    [Fact]
    public void Without_a_headings_function_headings_are_mapped_like_text()
    {
        var document = new TextRewriter(s => "m:" + s).Rewrite(ModelFixtures.KitchenSink());
        Assert.All(document.Descendants<Clause>().Where(c => c.Title is not null), c => Assert.StartsWith("m:", c.Title));
        Assert.All(document.Descendants<Designation>(), d => Assert.StartsWith("m:", d.Text));
    }

    [Fact]
    public void Provisions_of_paragraphs_and_items_are_given_by_the_hook_and_a_text_cell_with_provisions_becomes_a_paragraph()
    {
        IReadOnlyList<Provision> Shall(string text, IReadOnlyList<Provision> current) =>
            text.Contains("shall", StringComparison.Ordinal) ? [new Provision { Kind = ProvisionKind.Requirement, Form = "shall" }] : [];
        var document = new StandardDocument
        {
            Clauses =
            [
                new Clause
                {
                    Id = "clause-1",
                    Blocks =
                    [
                        new Paragraph { Text = "It shall be dry." },
                        new ListBlock { Items = [new ListItem { Text = "a shall item" }, new ListItem { Text = "a plain item" }] },
                        new Table { Rows = [new TableRow { Cells = [new TableCell { Text = "cells shall hold" },
                            new TableCell { Text = "plain" }] }] },
                    ],
                },
            ],
        };
        var result = TextRewriter.ForProvisions(Shall).Rewrite(document);
        Assert.Single(result.Descendants<Paragraph>().First().Provisions);
        Assert.Equal([1, 0], result.Descendants<ListItem>().Select(i => i.Provisions.Count));
        var cells = result.Descendants<TableCell>().ToList();
        Assert.Null(cells[0].Text);
        Assert.Equal("cells shall hold", Assert.IsType<Paragraph>(Assert.Single(cells[0].Blocks)).Text);
        Assert.Equal("plain", cells[1].Text);
    }

    [Fact]
    public void A_part_of_a_model_is_rewritten_as_in_a_whole_document()
    {
        var clause = ModelFixtures.KitchenSink().Clauses[0];
        var rewriter = new TextRewriter(s => "m:" + s, headings: s => "h:" + s);
        var alone = rewriter.Rewrite(clause);
        var inDocument = rewriter.Rewrite(new StandardDocument { Clauses = [clause] }).Clauses[0];
        Assert.Equal(ModelWriter.ToJson(new StandardDocument { Clauses = [inDocument] }),
            ModelWriter.ToJson(new StandardDocument { Clauses = [alone] }));
    }
}
