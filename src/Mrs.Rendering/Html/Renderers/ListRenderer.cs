using Mrs.Model;

namespace Mrs.Rendering.Html.Renderers;

/// <summary>
/// A list (列项): &lt;ol&gt; or &lt;ul&gt;, each item with the marker the document shows ("a)", "——") in a span before
/// its text, so that the theme can hang it; nested content after the text.
/// </summary>
internal static class ListRenderer
{
    public static void Write(RenderContext context, Markup markup, ModelNode node, string? classes)
    {
        var list = (ListBlock)node.Value;
        var tag = list.Ordered ? "ol" : "ul";
        var marker = list.Marker is { } m ? "marker-" + m.ToString().ToLowerInvariant() : null;
        markup.Open(tag, ("id", context.Anchors.Write(list)), ("class", BlockRenderer.Classes("list", marker, classes)));
        foreach (var itemNode in node.Children)
        {
            if (itemNode.Value is not ListItem item)
            {
                continue;
            }
            markup.Open("li", ("id", context.Anchors.Write(item)), ("class", Provisions.ClassesOf(item.Provisions)),
                ("lang", context.LangOf(RenderContext.Plain(item.Text))));
            if (!string.IsNullOrEmpty(item.Label))
            {
                markup.Raw("<span class=\"li-label\"").Attr("aria-hidden", list.Ordered ? null : "true").Raw('>').Text(item.Label).Raw("</span>");
            }
            markup.Raw("<span class=\"li-text\">");
            context.Inline.Write(markup, item.Text, InlineMode.Flow, Provisions.Segments(context, item.Text, item.Provisions),
                itemNode.Ancestor<TermEntry>());
            markup.Raw("</span>");
            if (item.Blocks.Count > 0)
            {
                markup.Raw("<div class=\"li-blocks\">");
                BlockRenderer.WriteAll(context, markup, itemNode);
                markup.Raw("</div>");
            }
            markup.Close("li");
        }
        markup.Close(tag);
    }
}
