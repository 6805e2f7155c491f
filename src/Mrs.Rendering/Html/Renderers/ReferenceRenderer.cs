using Mrs.Model;

namespace Mrs.Rendering.Html.Renderers;

/// <summary>Reference entries (normative references, the bibliography): a list, each entry with its id, label, text, URL and note.</summary>
internal static class ReferenceRenderer
{
    public static void WriteAll(RenderContext context, Markup markup, ModelNode container, string part)
    {
        var entries = container.Children.Where(n => n.Name == part && n.Value is ReferenceEntry).Select(n => (ReferenceEntry)n.Value).ToList();
        if (entries.Count == 0)
        {
            return;
        }
        markup.Raw("<ul class=\"references\">").Line();
        foreach (var entry in entries)
        {
            var text = RenderContext.Plain(entry.Text);
            markup.Open("li", ("id", context.Anchors.Write(entry)), ("class", "reference"), ("lang", context.LangOf(text)));
            if (entry.Label is { Length: > 0 } label && !text.StartsWith(label, StringComparison.Ordinal))
            {
                markup.Element("span", label, ("class", "reference-label"));
                markup.Raw(' ');
            }
            context.Inline.Write(markup, entry.Text, InlineMode.NoTermLinks);
            if (entry.Url is { } url && !text.Contains(url, StringComparison.Ordinal))
            {
                var safe = UrlPolicy.SafeUrl(url);
                markup.Raw(' ');
                if (safe is not null)
                {
                    markup.Raw("<a class=\"external\" rel=\"external noopener noreferrer\"").Attr("href", safe).Raw('>').Text(url).Raw("</a>");
                }
                else
                {
                    markup.Element("span", url, ("class", "url"));
                }
            }
            if (entry.Footnote is { } note)
            {
                markup.Raw(" <span class=\"reference-note\">");
                context.Inline.Write(markup, note, InlineMode.NoTermLinks);
                markup.Raw("</span>");
            }
            markup.Close("li").Line();
        }
        markup.Raw("</ul>").Line();
    }
}
