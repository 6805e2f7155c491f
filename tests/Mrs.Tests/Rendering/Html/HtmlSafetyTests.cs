using Mrs.Model;
using Mrs.Rendering.Html;
using Mrs.Rendering.Writers;

namespace Mrs.Tests.Rendering.Html;

/// <summary>
/// Text from documents is data: hostile text anywhere in a model (markup, event handlers, javascript: links in
/// Markdown, pictures from the network, MathML with scripts, ids that would break out of their attribute) is shown as
/// the text it is, and nothing of it runs or loads.
/// </summary>
public class HtmlSafetyTests
{
    private const string Script = "<script>alert('x')</script>";
    private const string ImageHandler = "<img src=x onerror=alert(1)>";
    private const string MarkdownLink = "[click me](javascript:alert(2))";

    private static StandardDocument Hostile() => new()
    {
        Metadata = new Metadata
        {
            Identifier = "\"><script>alert(3)</script>",
            Titles = [new Title { Language = "en", Main = "Main " + Script, Part = ImageHandler }],
            Languages = ["en\" onload=\"alert(4)"],
            OtherFields = [new MetadataField { Name = "<b onclick=x>", Value = Script }],
        },
        Preface =
        [
            new Section
            {
                Id = "foreword\" onmouseover=\"alert(5)",
                Kind = SectionKind.Foreword,
                Title = "Foreword " + Script,
                Blocks =
                [
                    new Paragraph { Text = "Text " + Script + " and " + ImageHandler },
                    new Paragraph { Text = MarkdownLink
                        + " [upper](JAVASCRIPT:alert(6)) [spaced]( javascript:alert(7)) [data](data:text/html,<script>alert(8)</script>) "
                        + "<javascript:alert(9)>" },
                    new Paragraph { Text = "![tracker](https://example.invalid/pixel.png) [relative](../secret.html) [ok](https://www.iso.org/) "
                        + "[^missing] [dead](#nowhere)" },
                    new Paragraph { Text = "Entities &lt;script&gt; and <span style=\"color:red\">styled</span> and `<code>` and $<script>$" },
                ],
            },
        ],
        Clauses =
        [
            new Clause
            {
                Id = "clause-1",
                Number = "1<script>",
                Title = "Scope " + ImageHandler,
                Blocks =
                [
                    new Table
                    {
                        Id = "table-1",
                        Number = "1",
                        Title = Script,
                        HeaderRows = 1,
                        Rows =
                        [
                            new TableRow { Cells = [new TableCell { Text = ImageHandler }, new TableCell { Text = MarkdownLink }] },
                            new TableRow { Cells = [new TableCell { Text = "a", ColSpan = 2 }] },
                        ],
                    },
                    new Formula { Id = "formula-1", Number = "1",
                        MathMl = "<math><mi onclick=\"alert(10)\">x</mi><script>alert(11)</script><maction "
                        + "actiontype=\"toggle\"><mi>y</mi></maction><mtext href=\"javascript:alert(12)\">z</mtext></math>" },
                    new Formula { Id = "formula-2", MathMl = "<math><mi>x</mi></mat", Text = Script },
                    new CodeBlock { Text = "</code></pre>" + Script },
                    new RawBlock { Kind = "textbox", Text = Script, Content = Script + "<iframe src=\"https://example.invalid\"></iframe>" },
                    new Figure { Id = "figure-1", Number = "1", Title = ImageHandler,
                        Images = [new Image { Asset = "img-1", Alt = "\" onerror=\"alert(13)" }, new Image { Asset = "img-2" }] },
                ],
                Terms =
                [
                    new TermEntry { Id = "term-1.1", Number = "1.1", Preferred = [new Designation { Text = "<b>bold</b> term" }],
                        Definition = "means " + Script },
                ],
            },
        ],
        Bibliography = new Bibliography
        {
            Entries = [new ReferenceEntry { Id = "ref-1", Label = "[1]", Text = "A reference", Url = "javascript:alert(14)" }],
        },
        Assets =
        [
            new Asset { Id = "img-1", Path = "../../../../etc/passwd", MediaType = "image/png" },
            new Asset { Id = "img-2", Path = "https://example.invalid/picture.png", MediaType = "image/png" },
        ],
    };

    private static string Render() => HtmlEdition.Render(Hostile(), new WriterOptions { SourceFolder = TestPaths.TempFolder() }).Html;

    [Fact]
    public void Hostile_text_stays_visible_text_and_nothing_of_it_runs_or_loads()
    {
        var html = Render();
        var page = HtmlChecks.Check(html);
        var text = page.Body!.TextContent;
        Assert.Contains("Text " + Script + " and " + ImageHandler, text, StringComparison.Ordinal);
        Assert.Contains("click me", text, StringComparison.Ordinal);
        Assert.Contains("<javascript:alert(9)>", text, StringComparison.Ordinal);
        Assert.Contains("<span style=\"color:red\">styled</span>", text, StringComparison.Ordinal);
        Assert.Contains("</code></pre>" + Script, page.QuerySelector("pre")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("\"><script>alert(3)</script>", page.QuerySelector(".cover-identifier")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Main " + Script, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Scope " + ImageHandler, page.QuerySelector("#clause-1 > .heading")!.TextContent, StringComparison.Ordinal);

        // No javascript:, data: or relative links, no picture from the network, no hostile attribute or element.
        Assert.DoesNotContain("javascript:",
            string.Join(" ", page.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") + e.GetAttribute("src"))),
            StringComparison.OrdinalIgnoreCase);
        Assert.Single(page.QuerySelectorAll("a.external"));
        Assert.Equal("https://www.iso.org/", page.QuerySelector("a.external")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.Empty(page.QuerySelectorAll("main b, main span[style], iframe, maction, [href='#nowhere']"));
        Assert.Null(page.QuerySelector("mtext")!.GetAttribute("href"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("foreword\"_onmouseover=\"alert(5)", page.QuerySelector("section.section-foreword")!.Id);

        // The raw block's markup is never written; its text is.
        Assert.DoesNotContain("example.invalid\"></iframe>", html, StringComparison.Ordinal);
        Assert.Contains(Script, page.QuerySelector(".raw-text")!.TextContent, StringComparison.Ordinal);
        // Broken MathML falls back to the formula's text.
        Assert.Contains(Script, page.QuerySelector("#formula-2")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_picture_outside_the_models_folder_or_on_the_network_is_not_read_and_its_text_stands_for_it()
    {
        var page = HtmlChecks.Parse(Render());
        var missing = page.QuerySelectorAll(".picture-missing");
        Assert.Equal(2, missing.Length);
        Assert.All(missing, m => Assert.Equal("img", m.GetAttribute("role")));
    }

    [Fact]
    public void Unsafe_urls_are_refused()
    {
        foreach (var url in new[] { "javascript:alert(1)", "JavaScript:alert(1)", " javascript:x", "java\tscript:x", "data:text/html,x", "vbscript:x",
            "file:///etc/passwd", "../x.html", "//evil.example/x", "x.html" })
        {
            Assert.Null(UrlPolicy.SafeUrl(url));
        }
        Assert.Equal("https://www.iso.org/obp", UrlPolicy.SafeUrl("https://www.iso.org/obp"));
        Assert.Equal("mailto:a@b.example", UrlPolicy.SafeUrl("mailto:a@b.example"));
    }
}
