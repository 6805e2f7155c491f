using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mrs.Model;
using Mrs.Rendering.Html;
using Mrs.Rendering.Html.Renderers;
using Mrs.Rendering.Writers;

namespace Mrs.Rendering.Pdf;

/// <summary>
/// The print edition of a standard: the HTML writer's text (the same renderers, themes and print style sheet) laid
/// out for A4 by the PDF style sheets (Pdf/Print/*.css): a cover with the GB/T or ISO cover elements, the contents
/// with page numbers, the front matter on pages numbered in roman and the body in arabic, the identifier in the
/// running header. The page has no script and loads nothing: pictures are data: URLs, its policy allows its own
/// style only. Page numbers come from a first printing (<see cref="PdfEdition"/>): without them the contents show none.
/// </summary>
internal sealed class PrintEdition
{
    private const string ResourcePrefix = "Mrs.Rendering.Pdf.";

    private static readonly Lazy<string> PageStylesheet = new(() => ReadText("pdf.css"));
    private static readonly Lazy<JsonDocument> LabelData = new(() => JsonDocument.Parse(ReadText("pdf-labels.json")));

    private PrintEdition(RenderContext context, ModelNode root, string body, IReadOnlyList<PrintEntry> contents, IReadOnlyList<OutlineItem> outline,
        string? firstBodyId)
    {
        Context = context;
        Root = root;
        Body = body;
        Contents = contents;
        Outline = outline;
        FirstBodyId = firstBodyId;
    }

    internal RenderContext Context { get; }

    private ModelNode Root { get; }

    private string Body { get; }

    /// <summary>The contents entries: each with the id whose page it shows.</summary>
    public IReadOnlyList<PrintEntry> Contents { get; }

    /// <summary>The bookmarks: every front section, clause, annex and the bibliography, "number title".</summary>
    public IReadOnlyList<OutlineItem> Outline { get; }

    /// <summary>The id of the first heading of the body (the first page numbered 1); null when the document is all front matter.</summary>
    public string? FirstBodyId { get; }

    public string Language => Context.Language;

    /// <summary>True when the theme's print style sheet numbers the front matter in lower-case roman (ISO), not upper-case (GB/T).</summary>
    public bool ThemeUsesLowerRoman => ThemeStylesheet(Context.Theme.Name).Contains("lower-roman", StringComparison.Ordinal);

    public StandardDocument Document => Context.Document;

    /// <summary>Lays out the document's text once; <see cref="Html"/> then makes the page with or without page numbers.</summary>
    public static PrintEdition Create(StandardDocument document, WriterOptions options)
    {
        var language = HtmlEdition.LanguageOf(document);
        var theme = Theme.For(options.Theme, document, language.Split('-')[0].ToLowerInvariant())
            ?? throw new ArgumentException($"unknown theme '{options.Theme}' (choose from {string.Join(", ", Theme.Names)})", nameof(options));
        var pictures = new PictureSource(document, options with { Assets = AssetMode.Embed });
        var context = new RenderContext(document, theme, language, pictures);
        var root = ModelWalker.Walk(document).First();

        // The text: the front sections (up to the first clause) on front pages, the rest on body pages.
        var body = new Markup(1 << 20);
        var top = root.Children.Where(n => n.Value is Section or Clause or Annex or Bibliography).ToList();
        var front = top.TakeWhile(n => n.Value is Section).ToList();
        var rest = top.Skip(front.Count).ToList();
        if (front.Count > 0)
        {
            body.Raw("<div class=\"print-front\">\n");
            foreach (var node in front)
            {
                ClauseRenderer.Write(context, body, node, 2);
            }
            body.Raw("</div>\n");
        }
        body.Raw("<div class=\"print-body\">\n");
        foreach (var node in rest)
        {
            ClauseRenderer.Write(context, body, node, 2);
        }
        FootnoteRenderer.WriteDocumentFootnotes(context, body, root);
        body.Raw("</div>\n");

        var contents = new List<PrintEntry>();
        foreach (var node in top)
        {
            AddContents(context, contents, node, 1, node.Value is Annex ? 1 : 2);
        }
        var outline = top.Select(n => OutlineOf(context, n)).OfType<OutlineItem>().ToList();
        var firstBody = rest.Select(n => context.Anchors.Of(n.Value)).FirstOrDefault(id => id is not null);
        return new PrintEdition(context, root, body.ToString(), contents, outline, firstBody);
    }

    /// <summary>The page. <paramref name="pages"/>: the page label of each contents entry's id (none: the contents show no numbers yet).</summary>
    public string Html(IReadOnlyDictionary<string, string>? pages)
    {
        var context = Context;
        var theme = context.Theme;
        var style = new StringBuilder()
            .Append(Theme.BaseStylesheet).Append(theme.Stylesheet).Append(context.GeneratedStyles()).Append(Theme.PrintStylesheet)
            .Append(PageStylesheet.Value).Append(ThemeStylesheet(theme.Name)).Append(RunningHeader(context.Document.Metadata.Identifier))
            .ToString();
        var labels = context.Labels;
        var page = new Markup(Body.Length + style.Length + 32768);
        page.Raw("<!DOCTYPE html>\n");
        page.Raw("<html").Attr("lang", context.Language).Attr("class", "print-edition theme-" + theme.Name)
            .Raw(">\n<head>\n<meta charset=\"utf-8\">\n");
        var hash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style))) + "'";
        page.Raw("<meta http-equiv=\"Content-Security-Policy\"")
            .Attr("content", $"default-src 'none'; img-src data:; style-src {hash}; script-src 'none'; base-uri 'none'; form-action 'none'; "
                + "object-src 'none'").Raw(">\n");
        page.Raw("<meta name=\"generator\" content=\"mrs\">\n");
        page.Element("title", DocumentTitle()).Line();
        page.Raw("<style>").Raw(style).Raw("</style>\n</head>\n<body>\n");
        PrintCover.Write(this, page);
        page.Raw("<nav class=\"print-contents\" id=\"mrs-contents\" aria-labelledby=\"mrs-contents-title\">\n");
        page.Element("h2", labels["contents"], ("id", "mrs-contents-title"), ("class", "contents-title")).Line();
        WriteContents(page, pages);
        page.Raw("</nav>\n");
        page.Raw("<main id=\"main\">\n").Raw(Body).Raw("</main>\n");
        page.Raw("</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>The identifier and the title in the document's language, as on the HTML edition's &lt;title&gt;.</summary>
    public string DocumentTitle()
    {
        var metadata = Context.Document.Metadata;
        var title = CoverRenderer.MainTitle(Context) is { } main ? CoverRenderer.TitleText(main) : null;
        return string.Join(" ", new[] { metadata.Identifier, title }.Where(s => !string.IsNullOrEmpty(s))) is { Length: > 0 } text
            ? text
            : Context.Document.Source?.File ?? "mrs";
    }

    /// <summary>A label of the print edition (Pdf/Print/pdf-labels.json) in the document's language; null when it has none.</summary>
    public string? Label(string key)
    {
        var root = LabelData.Value.RootElement;
        var language = root.TryGetProperty(Context.Labels.Language, out var own) ? own : root.GetProperty("en");
        return language.TryGetProperty(key, out var value) ? value.GetString() : null;
    }

    private void WriteContents(Markup page, IReadOnlyDictionary<string, string>? pages)
    {
        page.Raw("<ol class=\"toc\">\n");
        var depth = 1;
        var open = false;
        foreach (var entry in Contents)
        {
            if (entry.Level > depth)
            {
                page.Raw("<ol>");
                depth = entry.Level;
            }
            else
            {
                if (open)
                {
                    page.Raw("</li>\n");
                }
                while (entry.Level < depth)
                {
                    page.Raw("</ol></li>\n");
                    depth--;
                }
            }
            page.Raw("<li").Attr("class", "toc-level-" + entry.Level.ToString(CultureInfo.InvariantCulture)).Raw("><a class=\"toc-entry\"")
                .Attr("href", "#" + entry.Id).Raw("><span class=\"toc-text\">");
            if (entry.Label is not null)
            {
                page.Element("span", entry.Label, ("class", "toc-number"));
                if (entry.Title is not null)
                {
                    page.Raw(' ');
                }
            }
            if (entry.Title is not null)
            {
                page.Element("span", entry.Title, ("class", "toc-title"), ("lang", Context.LangOf(entry.Title)));
            }
            page.Raw("</span><span class=\"toc-leader\" aria-hidden=\"true\"></span>");
            page.Element("span", pages is not null && pages.TryGetValue(entry.Id, out var number) ? number : "", ("class", "toc-page"));
            page.Raw("</a>");
            open = true;
        }
        if (open)
        {
            page.Raw("</li>\n");
        }
        while (depth > 1)
        {
            page.Raw("</ol></li>\n");
            depth--;
        }
        page.Raw("</ol>\n");
    }

    private static void AddContents(RenderContext context, List<PrintEntry> contents, ModelNode node, int level, int depth)
    {
        if (context.Anchors.Of(node.Value) is not { } id)
        {
            return;
        }
        var (label, title) = LabelAndTitle(context, node.Value, withObligation: true);
        if (label is null && title is null)
        {
            return;
        }
        contents.Add(new PrintEntry(id, level, label, title));
        if (level < depth)
        {
            foreach (var child in node.Children.Where(n => n.Name == ModelNames.Clauses))
            {
                AddContents(context, contents, child, level + 1, depth);
            }
        }
    }

    private static OutlineItem? OutlineOf(RenderContext context, ModelNode node)
    {
        var children = node.Children.Where(n => n.Name == ModelNames.Clauses).Select(n => OutlineOf(context, n)).OfType<OutlineItem>().ToList();
        var (label, title) = LabelAndTitle(context, node.Value, withObligation: false);
        var text = string.Join(" ", new[] { label, title }.Where(s => !string.IsNullOrEmpty(s)));
        return text.Length == 0 && children.Count == 0 ? null : new OutlineItem(text, context.Anchors.Of(node.Value), children);
    }

    /// <summary>A heading's number (or annex label) and title as plain text: what the contents and the bookmarks show.</summary>
    internal static (string? Label, string? Title) LabelAndTitle(RenderContext context, object value, bool withObligation)
    {
        var container = (IContainer)value;
        string? label = value switch
        {
            Clause c => c.Number,
            Annex a => (a.Label ?? context.Labels.Format("annex", ("letter", a.Letter)))
                + (withObligation && a.Obligation is { } o
                    ? (context.IsChinese ? "" : " ") + context.Labels[o == AnnexObligation.Normative ? "normative" : "informative"] : ""),
            _ => null,
        };
        var title = container.Title ?? (value is Bibliography ? context.Labels["bibliography"] : null);
        return (string.IsNullOrWhiteSpace(label) ? null : label, title is null ? null : RenderContext.Plain(title));
    }

    /// <summary>
    /// The identifier at the outer top corner of every page but the cover (a CSS string: every character that could end it is escaped).
    /// </summary>
    private static string RunningHeader(string? identifier)
    {
        if (string.IsNullOrWhiteSpace(identifier))
        {
            return "";
        }
        var text = CssString(identifier);
        return $"@page :right {{ @top-right {{ content: {text}; }} }}\n@page :left {{ @top-left {{ content: {text}; }} }}\n@page cover {{ "
            + $"@top-right {{ content: none; }} @top-left {{ content: none; }} }}\n";
    }

    internal static string CssString(string text)
    {
        var css = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            if ((rune.IsAscii && char.IsAsciiLetterOrDigit((char)rune.Value)) || rune.Value == ' ' || (rune.Value > 0x9F && !Rune.IsControl(rune)))
            {
                css.Append(rune.ToString());
            }
            else
            {
                css.Append('\\').Append(rune.Value.ToString("X", CultureInfo.InvariantCulture)).Append(' ');
            }
        }
        return css.Append('"').ToString();
    }

    private static string ThemeStylesheet(string theme) => TryReadText("pdf-" + theme + ".css") ?? "";

    internal static string ReadText(string file) =>
        TryReadText(file) ?? throw new InvalidOperationException($"the PDF writer's data file {file} is missing from "
            + $"{typeof(PrintEdition).Assembly.GetName().Name}");

    private static string? TryReadText(string file)
    {
        using var stream = typeof(PrintEdition).Assembly.GetManifestResourceStream(ResourcePrefix + file);
        if (stream is null)
        {
            return null;
        }
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}

/// <summary>A line of the printed contents: the id of its heading, its level, number (or annex label) and title.</summary>
internal sealed record PrintEntry(string Id, int Level, string? Label, string? Title);
