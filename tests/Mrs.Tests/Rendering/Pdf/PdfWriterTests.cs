using System.Collections.Concurrent;
using System.Text;
using Mrs.Import;
using Mrs.Model;
using Mrs.Rendering.Pdf;
using Mrs.Rendering.Writers;
using Mrs.Serialization;
using Mrs.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace Mrs.Tests.Rendering.Pdf;

/// <summary>
/// The PDF edition, printed by the system's Chromium and read back with PdfPig: pages, the exact text of every
/// heading (no radical look-alikes from CFF CJK fonts), the bookmarks in clause order, the contents' page numbers,
/// the metadata; on the GB/T and ISO samples and on real corpus standards.
/// </summary>
public class PdfWriterTests
{
    private static readonly ConcurrentDictionary<string, Lazy<(StandardDocument Document, byte[] Pdf)>> Printed = new(StringComparer.Ordinal);

    public static TheoryData<string> Documents() =>
    [
        "samples/gbt-sample.std.yaml",
        "samples/iso-sample.std.yaml",
        // Chinese headings in bold (the ISO theme): WenQuanYi Zen Hei has no bold face, Chromium emboldens it, the text stays exact.
        "samples/gbt-sample.std.yaml#iso",
        "corpus/standards/iso/metanorma-iso_rice.docx",
        "corpus/standards/openchain/zh-Hans_OpenChainSpec-2.0.docx",
        "corpus/standards/gbt/generated/gbt-minimal.docx",
    ];

    /// <summary>The document and its PDF, printed once per test run (the writer's shared browser prints them all).</summary>
    private static (StandardDocument Document, byte[] Pdf) Print(string source) => Printed.GetOrAdd(source, s => new(() =>
    {
        StandardDocument document;
        string? folder = null;
        var theme = s.Contains('#', StringComparison.Ordinal) ? s[(s.IndexOf('#', StringComparison.Ordinal) + 1)..] : "auto";
        var file = s.Split('#')[0];
        if (file.StartsWith("samples/", StringComparison.Ordinal))
        {
            var path = TestPaths.Sample(file["samples/".Length..]);
            document = ModelReader.Load(path).Document!;
            folder = Path.GetDirectoryName(path);
        }
        else
        {
            document = DocumentImporter.Import(TestPaths.CorpusFile(file["corpus/".Length..]), new ImportOptions()).Document;
        }
        var target = Path.Combine(TestPaths.TempFolder(), "out.pdf");
        OutputWriters.Find("pdf")!.Write(document, target, new WriterOptions { SourceFolder = folder, Theme = theme });
        return (document, File.ReadAllBytes(target));
    })).Value;

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_pdf_reads_back_with_its_pages_headings_bookmarks_and_metadata(string source)
    {
        var (document, bytes) = Print(source);
        using var pdf = PdfDocument.Open(bytes);

        // Pages: a cover, the contents, the text.
        Assert.True(pdf.NumberOfPages >= 3, $"{pdf.NumberOfPages} pages");
        var pages = pdf.GetPages().Select(p => Squeeze(p.Text)).ToList();
        var all = string.Concat(pages);

        // Text extracts exactly: no character of the CJK radical blocks, every heading's title as written.
        var radicals = all.Where(c => c is >= '\u2E80' and <= '\u2FDF').Distinct().ToList();
        Assert.True(radicals.Count == 0, "radical look-alikes in the text: " + new string(radicals.ToArray()));
        var headings = Headings(document).ToList();
        Assert.NotEmpty(headings);
        var missing = headings.Where(h => h.Title is { Length: > 0 } t && !all.Contains(Squeeze(t), StringComparison.Ordinal)).Select(h => h.Title)
            .ToList();
        Assert.True(missing.Count == 0, "titles not found in the text: " + string.Join(" | ", missing));

        // Bookmarks: one per heading, "number title", in clause order.
        Assert.True(pdf.TryGetBookmarks(out var bookmarks), "no outline");
        var marks = Flatten(bookmarks.Roots).ToList();
        Assert.Equal(headings.Select(h => h.Bookmark), marks.Select(m => m.Title));
        Assert.All(marks, m => Assert.IsType<DocumentBookmarkNode>(m));
        var pageNumbers = marks.Cast<DocumentBookmarkNode>().Select(m => m.PageNumber).ToList();
        Assert.Equal(pageNumbers.Order(), pageNumbers);

        // The contents give each top-level heading's page: roman in the front matter, arabic from the first clause.
        var bodyStart = marks.Zip(headings).Where(p => p.Second.IsBody).Select(p => ((DocumentBookmarkNode)p.First).PageNumber)
            .DefaultIfEmpty(int.MaxValue).First();
        var contents = pages[1];
        foreach (var (mark, heading) in marks.Zip(headings).Where(p => p.Second.Level == 1 && p.Second.Title is { Length: > 0 }))
        {
            var page = ((DocumentBookmarkNode)mark).PageNumber;
            var label = page >= bodyStart ? (page - bodyStart + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : Roman(page - 1, document, source.Contains('#', StringComparison.Ordinal) ? source.Split('#')[1] : "auto");
            if (contents.Contains(Squeeze(heading.Title!), StringComparison.Ordinal))
            {
                Assert.Contains(Squeeze(heading.Title!) + label, contents, StringComparison.Ordinal);
            }
        }
        Assert.Contains(Squeeze(headings.First(h => h.Level == 1 && h.Title is { Length: > 0 }).Title!), contents, StringComparison.Ordinal);

        // Metadata: title, subject, keywords, producer, language.
        var info = pdf.Information;
        Assert.False(string.IsNullOrWhiteSpace(info.Title));
        if (document.Metadata.Identifier is { } identifier)
        {
            Assert.StartsWith(identifier, info.Title, StringComparison.Ordinal);
            Assert.Contains(identifier, info.Keywords, StringComparison.Ordinal);
        }
        Assert.False(string.IsNullOrWhiteSpace(info.Subject));
        Assert.StartsWith("mrs ", info.Producer, StringComparison.Ordinal);
        Assert.Equal("mrs", info.Creator);
        var lang = pdf.Structure.Catalog.CatalogDictionary.Data["Lang"];
        Assert.Equal(Mrs.Rendering.Html.HtmlEdition.LanguageOf(document), lang switch { StringToken s => s.Data, HexToken h => h.Data, _ => null });
        Assert.True(pdf.Structure.Catalog.CatalogDictionary.Data.ContainsKey("StructTreeRoot"), "not tagged");
        Assert.True(pdf.Structure.Catalog.CatalogDictionary.Data.ContainsKey("PageLabels"), "no page labels");
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        var document = ModelReader.Load(TestPaths.Sample("gbt-sample.std.yaml")).Document!;
        var options = new WriterOptions { SourceFolder = TestPaths.Samples };
        var browser = PdfBrowser.Shared(BrowserLocator.Require(null));
        var first = PdfEdition.Render(document, options, browser);
        var second = PdfEdition.Render(document, options, browser);
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_table_that_runs_over_pages_repeats_its_header_row()
    {
        var rows = string.Concat(Enumerable.Range(1, 120)
            .Select(i => $"\n          - cells:\n              - text: row {i}\n              - text: value {i}"));
        var yaml = $$"""
            schemaVersion: "1.0"
            metadata:
              identifier: ISO 1:2026
              titles:
                - language: en
                  main: Long tables
            clauses:
              - id: clause-1
                number: "1"
                title: Data
                blocks:
                  - type: table
                    id: table-1
                    number: "1"
                    title: Values
                    headerRows: 1
                    rows:
                      - cells:
                          - text: Name of the row
                            header: true
                          - text: Value of the row
                            header: true{{rows}}
            """;
        var document = ModelReader.ReadValid(yaml, ModelFormat.Yaml);
        var bytes = PdfEdition.Render(document, WriterOptions.Default, PdfBrowser.Shared(BrowserLocator.Require(null)));
        using var pdf = PdfDocument.Open(bytes);
        var tablePages = pdf.GetPages().Where(p => Squeeze(p.Text).Contains("value", StringComparison.Ordinal)).ToList();
        Assert.True(tablePages.Count >= 2, $"the table is on {tablePages.Count} page(s)");
        Assert.All(tablePages, p => Assert.Contains("Nameoftherow", Squeeze(p.Text), StringComparison.Ordinal));
    }

    [Fact]
    public void The_page_loads_nothing_from_the_network_or_the_disk()
    {
        var browser = PdfBrowser.Shared(BrowserLocator.Require(null));
        var html = """
            <!DOCTYPE html><html><head><link rel="stylesheet" href="http://127.0.0.1:9/x.css"></head>
            <body><p>text</p><img src="file:///etc/hostname"><img src="https://example.invalid/a.png"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></body></html>
            """;
        var result = browser.Print(html);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(result.Pdf, 0, 5), StringComparison.Ordinal);
        Assert.Contains(result.BlockedRequests, u => u.StartsWith("http://127.0.0.1:9/", StringComparison.Ordinal));
        Assert.Contains(result.BlockedRequests, u => u.StartsWith("https://example.invalid/", StringComparison.Ordinal));
        // file: URLs are refused by Chromium itself or by the interception; only data: URLs are ever loaded.
        Assert.All(result.LoadedRequests, u => Assert.True(u.StartsWith("data:", StringComparison.Ordinal) || u == "about:blank", u));
        Assert.DoesNotContain(result.BlockedRequests, u => u.StartsWith("data:", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_that_ends_a_css_string_is_escaped_in_the_running_header()
    {
        Assert.Equal("\"GB\\2F T 1\\22 \\3C \\2F style\\3E \"", PrintEdition.CssString("GB/T 1\"</style>"));
        Assert.Equal("\"GB\\2F T 1\u20142020 工\"", PrintEdition.CssString("GB/T 1\u20142020 工"));
    }

    private sealed record Heading(string? Title, string Bookmark, int Level, bool IsBody);

    /// <summary>Every front section, clause, annex and bibliography in document order, with the bookmark the PDF should give it.</summary>
    private static IEnumerable<Heading> Headings(StandardDocument document)
    {
        var chinese = Mrs.Text.Language.LanguageDetector.IsChinese(Mrs.Rendering.Html.HtmlEdition.LanguageOf(document));
        var root = ModelWalker.Walk(document).First();
        var top = root.Children.Where(n => n.Value is Section or Clause or Annex or Bibliography).ToList();
        var body = false;
        foreach (var node in top)
        {
            body |= node.Value is not Section;
            foreach (var heading in Walk(node, 1, body, chinese))
            {
                yield return heading;
            }
        }
    }

    private static IEnumerable<Heading> Walk(ModelNode node, int level, bool body, bool chinese)
    {
        var container = (IContainer)node.Value;
        var title = container.Title is null ? (node.Value is Bibliography ? (chinese ? "参考文献" : "Bibliography") : null)
            : InlineText.ToPlain(container.Title);
        var label = node.Value switch
        {
            Clause c => c.Number,
            Annex a => a.Label ?? (chinese ? "附录" + a.Letter : "Annex " + a.Letter),
            _ => null,
        };
        var bookmark = string.Join(" ", new[] { label, title }.Where(s => !string.IsNullOrEmpty(s)));
        var children = node.Children.Where(n => n.Name == ModelNames.Clauses).ToList();
        if (bookmark.Length > 0 || children.Count > 0)
        {
            yield return new Heading(title, bookmark, level, body);
        }
        foreach (var child in children)
        {
            foreach (var heading in Walk(child, level + 1, body, chinese))
            {
                yield return heading;
            }
        }
    }

    private static IEnumerable<BookmarkNode> Flatten(IEnumerable<BookmarkNode> nodes)
    {
        foreach (var node in nodes)
        {
            yield return node;
            foreach (var child in Flatten(node.Children))
            {
                yield return child;
            }
        }
    }

    private static string Roman(int number, StandardDocument document, string theme)
    {
        var upper = PdfEdition.Roman(number, lower: false);
        return Mrs.Rendering.Html.Theme.For(theme, document, Mrs.Rendering.Html.HtmlEdition.LanguageOf(document).Split('-')[0])!.Name == "iso"
            ? upper.ToLowerInvariant() : upper;
    }

    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
