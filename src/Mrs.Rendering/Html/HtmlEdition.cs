using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Mrs.Model;
using Mrs.Rendering.Html.Renderers;
using Mrs.Rendering.Writers;
using Mrs.Text.Language;

namespace Mrs.Rendering.Html;

/// <summary>
/// The web edition of a standard: one HTML5 page that needs nothing else (styles, script, search index and, unless
/// asked otherwise, pictures are in it). The page is the cover, the contents list (a sidebar that stays in view) with
/// the reader's tools (provisions to highlight, requirements only, a search box that the script shows), and the text.
/// Its Content-Security-Policy allows only its own style and script (by hash) and its pictures, so nothing is
/// fetched from anywhere. The same model and options give the same bytes.
/// </summary>
public static class HtmlEdition
{
    private static readonly Lazy<string> Script = new(() => Theme.ReadText("reader.js"));

    private static readonly JsonWriterOptions IndexJson = new()
    {
        // Every character HTML could read as markup (<, >, &, quotes) is escaped; other Unicode stays as it is.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The search index as a JSON array of string arrays, written directly (no reflection: native AOT).</summary>
    private static string SearchIndex(IEnumerable<string?[]> entries)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, IndexJson))
        {
            writer.WriteStartArray();
            foreach (var entry in entries)
            {
                writer.WriteStartArray();
                foreach (var value in entry)
                {
                    writer.WriteStringValue(value);
                }
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The page, and the pictures that go into the assets/ folder beside it (folder mode; empty when embedded).</summary>
    public static HtmlPage Render(StandardDocument document, WriterOptions options)
    {
        var language = LanguageOf(document);
        var theme = Theme.For(options.Theme, document, language.Split('-')[0].ToLowerInvariant())
            ?? throw new ArgumentException($"unknown theme '{options.Theme}' (choose from {string.Join(", ", Theme.Names)})", nameof(options));
        var pictures = new PictureSource(document, options);
        var context = new RenderContext(document, theme, language, pictures);
        var root = ModelWalker.Walk(document).First();

        // The text first: it finds the footnote references, the column widths and the search entries the rest needs.
        var body = new Markup(1 << 20);
        foreach (var node in root.Children)
        {
            if (node.Value is Section or Clause or Annex or Bibliography)
            {
                ClauseRenderer.Write(context, body, node, 2);
            }
        }
        FootnoteRenderer.WriteDocumentFootnotes(context, body, root);

        var style = Theme.BaseStylesheet + theme.Stylesheet + context.GeneratedStyles() + "@media print {\n" + Theme.PrintStylesheet + "}\n";
        var script = Script.Value;
        var index = SearchIndex(context.Search.Select(e => new[] { e.Kind, e.Label, e.Text, e.Id }));
        var labels = context.Labels;

        var page = new Markup(body.Length + style.Length + script.Length + index.Length + 16384);
        page.Raw("<!DOCTYPE html>\n");
        page.Raw("<html").Attr("lang", language).Attr("class", "theme-" + theme.Name).Raw(">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Raw("<meta http-equiv=\"Content-Security-Policy\"").Attr("content", Policy(style, script, options.Assets)).Raw(">\n");
        page.Raw("<meta name=\"referrer\" content=\"no-referrer\">\n");
        page.Raw("<meta name=\"generator\" content=\"mrs\">\n");
        page.Element("title", Title(context)).Line();
        page.Raw("<style>").Raw(style).Raw("</style>\n</head>\n");
        page.Raw("<body>\n");
        page.Raw("<a class=\"skip-link\" href=\"#main\">").Text(labels["skipToText"]).Raw("</a>\n");
        page.Raw("<div class=\"layout\">\n");
        CoverRenderer.Write(context, page);
        page.Raw("<nav class=\"sidebar\" id=\"mrs-contents\" aria-labelledby=\"mrs-contents-title\">\n");
        page.Element("h2", labels["contents"], ("id", "mrs-contents-title"), ("class", "contents-title")).Line();
        Tools(context, page);
        ContentsRenderer.Write(context, page, root);
        page.Raw("</nav>\n");
        page.Raw("<main id=\"main\" tabindex=\"-1\">\n");
        page.Raw(body.ToString());
        page.Raw("</main>\n</div>\n");
        page.Raw("<script type=\"application/json\" id=\"mrs-index\">").Raw(index).Raw("</script>\n");
        page.Raw("<script>").Raw(script).Raw("</script>\n");
        page.Raw("</body>\n</html>\n");
        return new HtmlPage(page.ToString(), pictures.Files);
    }

    /// <summary>The document's language tag: its first metadata language, else zh-CN or en by its text.</summary>
    public static string LanguageOf(StandardDocument document)
    {
        if (document.Metadata.Languages is [var first, ..] && first.Length is > 0 and < 36
            && first.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return first;
        }
        return LanguageDetector.IsChinese(document) ? "zh-CN" : "en";
    }

    private static string Title(RenderContext context)
    {
        var metadata = context.Document.Metadata;
        var title = CoverRenderer.MainTitle(context) is { } main ? CoverRenderer.TitleText(main) : null;
        return string.Join(" ", new[] { metadata.Identifier, title }.Where(s => !string.IsNullOrEmpty(s))) is { Length: > 0 } text
            ? text
            : context.Document.Source?.File ?? "mrs";
    }

    /// <summary>
    /// The reader's tools: a search box (hidden until the script shows it: without scripts there is nothing to search
    /// with) and the provision checkboxes, which work by CSS alone.
    /// </summary>
    private static void Tools(RenderContext context, Markup page)
    {
        var labels = context.Labels;
        page.Raw("<form class=\"search\" id=\"mrs-search\" role=\"search\" hidden>");
        page.Raw("<label for=\"mrs-search-input\">").Text(labels["search"]).Raw("</label>");
        page.Raw("<input type=\"search\" id=\"mrs-search-input\" autocomplete=\"off\" spellcheck=\"false\">");
        page.Raw("<ul class=\"search-results\" id=\"mrs-search-results\" aria-live=\"polite\"").Attr("data-empty", labels["noResults"]).Raw("></ul>");
        page.Raw("</form>\n");
        page.Raw("<fieldset class=\"provision-tools\">");
        page.Element("legend", labels["provisions"]);
        foreach (var group in new[] { "requirement", "recommendation", "permission", "possibility" })
        {
            page.Raw("<label class=\"tool tool-").Raw(group).Raw("\"><input type=\"checkbox\" id=\"mrs-show-").Raw(group)
                .Raw("\"> <span class=\"swatch\" aria-hidden=\"true\"></span>")
                .Text(labels[group]).Raw("</label>");
        }
        page.Raw("<label class=\"tool tool-only\"><input type=\"checkbox\" id=\"mrs-requirements-only\"> ").Text(labels["requirementsOnly"])
            .Raw("</label>");
        page.Raw("</fieldset>\n");
    }

    /// <summary>Nothing but the page's own style and script (by their hashes) and its pictures; no form goes anywhere, no base URL changes.</summary>
    private static string Policy(string style, string script, AssetMode assets)
    {
        static string Hash(string text) => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text))) + "'";
        var images = assets == AssetMode.Embed ? "data:" : "'self' data:";
        return $"default-src 'none'; img-src {images}; style-src {Hash(style)}; script-src {Hash(script)}; base-uri 'none'; form-action 'none'; "
            + "object-src 'none'";
    }
}

/// <summary>A rendered page: its HTML and the pictures for the assets/ folder beside it (name → bytes).</summary>
public sealed record HtmlPage(string Html, IReadOnlyDictionary<string, byte[]> Assets);
