using Mrs.Import;
using Mrs.Model;

namespace Mrs.Tests.Import.Docx;

/// <summary>Figures: pictures with their titles, and sub-figures gathered under the figure title that follows them.</summary>
public class FigureImportTests
{
    [Fact]
    public void Sub_figures_a_b_c_become_the_images_of_the_figure_titled_after_them()
    {
        // rice, annex C: three pictures captioned "a) …", "b) …", "c) …", then "Figure C.2 — Stages of gelatinization".
        var result = DocumentImporter.Import(TestPaths.CorpusFile("standards/iso/metanorma-iso_rice.docx"), new ImportOptions());
        var annex = result.Document.Annexes.Single(a => a.Letter == "C");
        var figures = annex.Blocks.OfType<Figure>().ToList();

        Assert.Equal(["C.1", "C.2"], figures.Select(f => f.Number));
        var stages = figures[1];
        Assert.Equal("Stages of gelatinization", stages.Title);
        Assert.Equal(["a)", "b)", "c)"], stages.Images.Select(i => i.Label));
        Assert.StartsWith("Initial stages: No grains are fully gelatinized", stages.Images[0].Title, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Report.Warnings,
            w => w.Contains("without a picture", StringComparison.Ordinal) && w.Contains("C.2", StringComparison.Ordinal));

        // the text's cross-reference to Figure C.2 reaches the whole figure
        var citing = annex.Blocks.OfType<Paragraph>().Select(p => p.Text).Single(t => t.Contains("shows the three stages", StringComparison.Ordinal));
        Assert.Contains("[Figure C.2](#figure-C.2)", citing, StringComparison.Ordinal);
    }

    [Fact]
    public void Drawn_lines_without_text_are_page_decoration_counted_in_the_report()
    {
        // The GB/T cover draws two connector lines (直接连接符) above and below the title block: no content.
        var result = DocumentImporter.Import(TestPaths.CorpusFile("standards/gbt/generated/gbt-minimal.docx"), new ImportOptions());
        Assert.Equal(2, result.Report.DrawnLines);
        Assert.DoesNotContain(result.Report.Warnings, w => w.Contains("shape", StringComparison.Ordinal));
        Assert.Contains(result.Report.Summary(), l => l == "2 drawn lines without text (page decoration) not imported");
    }

    [Fact]
    public void A_sub_figure_whose_figure_title_never_comes_keeps_its_label_and_title_on_its_picture()
    {
        var variant = DocxVariant.Make(TestPaths.Sample("word/iso-sample.docx"),
            ("<w:t>Figure 1 — Typical arrangement of the drying oven and balance</w:t>",
                "<w:t>a)  Typical arrangement of the drying oven and balance</w:t>"));
        var figure = DocumentImporter.Import(variant, new ImportOptions()).Document.Clauses
            .SelectMany(c => c.Clauses.Prepend(c)).SelectMany(c => c.Blocks).OfType<Figure>().Single();
        Assert.Null(figure.Title);
        var image = Assert.Single(figure.Images);
        Assert.Equal(("a)", "Typical arrangement of the drying oven and balance"), (image.Label, image.Title));
    }
}
