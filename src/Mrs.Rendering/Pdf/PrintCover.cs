using Mrs.Model;
using Mrs.Rendering.Html;
using Mrs.Rendering.Html.Renderers;

namespace Mrs.Rendering.Pdf;

/// <summary>
/// The printed cover: the elements a GB/T or ISO cover shows, each in an element of its own class (pc-*), in the order
/// of a GB/T cover; each theme's print style sheet places them (pdf-gbt.css, pdf-iso.css). The words around the
/// document's data (the banner "中华人民共和国国家标准", "发布", "Reference number" …) come from pdf-labels.json.
/// </summary>
internal static class PrintCover
{
    public static void Write(PrintEdition edition, Markup markup)
    {
        var context = edition.Context;
        var metadata = edition.Document.Metadata;
        var chinese = context.IsChinese;
        var list = chinese ? "、" : ", ";
        markup.Raw("<header class=\"print-cover\" id=\"mrs-cover\">\n");

        markup.Raw("<div class=\"pc-top\"><div class=\"pc-codes\">");
        if (metadata.Ics.Count > 0)
        {
            markup.Element("p", "ICS " + string.Join(list, metadata.Ics), ("class", "pc-ics"));
        }
        if (metadata.Ccs.Count > 0)
        {
            markup.Element("p", "CCS " + string.Join(list, metadata.Ccs), ("class", "pc-ccs"));
        }
        markup.Raw("</div>");
        if (metadata.FilingNumber is { Length: > 0 } filing && edition.Label("filing") is { } filingLabel)
        {
            markup.Element("p", Fill(filingLabel, filing), ("class", "pc-filing"));
        }
        markup.Raw("</div>\n");

        if (Banner(edition, metadata) is { } banner)
        {
            markup.Element("p", banner, ("class", "pc-banner"));
        }
        markup.Raw("<div class=\"pc-identity\">");
        if (metadata.Identifier is { } identifier)
        {
            markup.Element("p", identifier, ("class", "pc-identifier"));
        }
        if (metadata.Supersedes.Count > 0 && edition.Label("supersedes") is { } supersedes)
        {
            markup.Element("p", Fill(supersedes, string.Join(list, metadata.Supersedes)), ("class", "pc-supersedes"));
        }
        markup.Raw("</div>\n<div class=\"pc-rule\" aria-hidden=\"true\"></div>\n");

        markup.Raw("<div class=\"pc-titles\">");
        var main = CoverRenderer.MainTitle(context);
        markup.Raw("<h1 class=\"pc-title\">");
        if (main is null)
        {
            markup.Text(metadata.Identifier ?? edition.Document.Source?.File ?? "—");
        }
        else
        {
            TitleParts(markup, main);
        }
        markup.Raw("</h1>\n");
        foreach (var other in metadata.Titles.Where(t => !ReferenceEquals(t, main)))
        {
            markup.Open("p", ("class", "pc-title-other"), ("lang", other.Language.Length > 0 ? other.Language : null));
            TitleParts(markup, other);
            markup.Close("p").Line();
        }
        foreach (var adoption in metadata.Adoptions)
        {
            var text = adoption.Identifier + (chinese ? "，" : ", ") + adoption.Degree.ToString().ToUpperInvariant();
            markup.Element("p", chinese ? "（" + text + "）" : "(" + text + ")", ("class", "pc-adoption"), ("lang", context.LangOf(text)));
        }
        if (metadata.Stage is { Length: > 0 } stage)
        {
            markup.Element("p", chinese ? "（" + stage + "）" : stage, ("class", "pc-stage"));
        }
        markup.Raw("</div>\n");

        markup.Raw("<div class=\"pc-dates\">");
        if (metadata.PublicationDate is { Length: > 0 } published && edition.Label("published") is { } publishedLabel)
        {
            markup.Element("p", Fill(publishedLabel, published), ("class", "pc-published"));
        }
        if (metadata.ImplementationDate is { Length: > 0 } implemented && edition.Label("implemented") is { } implementedLabel)
        {
            markup.Element("p", Fill(implementedLabel, implemented), ("class", "pc-implemented"));
        }
        markup.Raw("</div>\n<div class=\"pc-rule pc-rule-bottom\" aria-hidden=\"true\"></div>\n");

        markup.Raw("<div class=\"pc-bottom\">");
        if (metadata.IssuingBodies.Count > 0)
        {
            markup.Raw("<p class=\"pc-issuers\">");
            foreach (var body in metadata.IssuingBodies)
            {
                markup.Element("span", body, ("class", "pc-issuer"));
            }
            if (edition.Label("issued") is { Length: > 0 } issued)
            {
                markup.Element("span", issued, ("class", "pc-issued"));
            }
            markup.Raw("</p>");
        }
        if (metadata.Identifier is { } reference && edition.Label("reference") is { } referenceLabel)
        {
            markup.Raw("<p class=\"pc-reference\">").Element("span", referenceLabel, ("class", "pc-reference-label")).Raw(' ')
                .Element("span", reference, ("class", "pc-reference-number")).Raw("</p>");
        }
        markup.Raw("</div>\n");
        markup.Raw("</header>\n");
    }

    /// <summary>
    /// The banner over the identifier, by level and kind ("中华人民共和国国家标准", "INTERNATIONAL STANDARD"); null when the labels have none.
    /// </summary>
    private static string? Banner(PrintEdition edition, Metadata metadata)
    {
        var level = metadata.Level?.ToString().ToLowerInvariant();
        var kind = metadata.Kind?.ToString().ToLowerInvariant();
        foreach (var key in new[] { $"banner.{level}.{kind}", $"banner.{level}", $"banner.{kind}" })
        {
            if (!key.EndsWith('.') && !key.Contains("..", StringComparison.Ordinal) && edition.Label(key) is { } banner)
            {
                return banner;
            }
        }
        return null;
    }

    private static string Fill(string template, string value) => template.Replace("{value}", value, StringComparison.Ordinal);

    private static void TitleParts(Markup markup, Title title)
    {
        foreach (var (part, text) in new[] { ("intro", title.Intro), ("main", title.Main), ("part", title.Part) })
        {
            if (!string.IsNullOrEmpty(text))
            {
                markup.Element("span", text, ("class", "title-" + part));
            }
        }
    }
}
