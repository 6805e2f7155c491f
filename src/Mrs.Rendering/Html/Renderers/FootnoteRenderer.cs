using Mrs.Model;

namespace Mrs.Rendering.Html.Renderers;

/// <summary>
/// Footnotes: the document's at the end of the text, a table's in its foot; each with its mark, its content and a way back to where it was referred
/// to.
/// </summary>
internal static class FootnoteRenderer
{
    public static void WriteDocumentFootnotes(RenderContext context, Markup markup, ModelNode document)
    {
        var footnotes = document.Children.Where(n => n.Name == ModelNames.Footnotes).ToList();
        if (footnotes.Count == 0)
        {
            return;
        }
        var heading = context.Anchors.Make("mrs-footnotes");
        markup.Raw("<section class=\"footnotes\"").Attr("aria-labelledby", heading).Raw('>');
        markup.Element("h2", context.Labels["footnotes"], ("id", heading));
        markup.Raw("<ol class=\"footnote-list\">");
        foreach (var node in footnotes)
        {
            var footnote = (Footnote)node.Value;
            markup.Open("li", ("id", context.Anchors.Write(footnote)), ("class", footnote.Endnote ? "footnote endnote" : "footnote"));
            Content(context, markup, node, footnote);
            markup.Close("li");
        }
        markup.Raw("</ol></section>").Line();
    }

    public static void WriteTableFootnote(RenderContext context, Markup markup, ModelNode node)
    {
        var footnote = (Footnote)node.Value;
        markup.Open("div", ("id", context.Anchors.Write(footnote)), ("class", "table-footnote"));
        Content(context, markup, node, footnote);
        markup.Close("div");
    }

    private static void Content(RenderContext context, Markup markup, ModelNode node, Footnote footnote)
    {
        markup.Element("span", footnote.Mark ?? "", ("class", "footnote-label"));
        markup.Raw("<div class=\"content\">");
        BlockRenderer.WriteAll(context, markup, node);
        if (context.FirstReference(footnote) is { } back)
        {
            markup.Raw("<a class=\"footnote-back\"").Attr("href", "#" + back).Attr("aria-label", context.Labels["backToText"]).Raw(">↩</a>");
        }
        markup.Raw("</div>");
    }
}
