using Mrs.Model;

namespace Mrs.Rendering.Html.Renderers;

/// <summary>
/// The contents list (目次 / Contents), made from the document: front sections, clauses and subclauses to the third
/// level, annexes with their first-level clauses, the bibliography and the index, each a link to its heading. It is
/// the reader's sidebar on screen and the contents page in print.
/// </summary>
internal static class ContentsRenderer
{
    private const int Depth = 3;

    public static void Write(RenderContext context, Markup markup, ModelNode document)
    {
        markup.Raw("<ol class=\"contents-list\">").Line();
        foreach (var node in document.Children)
        {
            if (node.Value is Section or Clause or Annex or Bibliography)
            {
                Entry(context, markup, node, node.Value is Annex ? 2 : Depth);
            }
        }
        markup.Raw("</ol>").Line();
    }

    private static void Entry(RenderContext context, Markup markup, ModelNode node, int depth)
    {
        var container = (IContainer)node.Value;
        if (context.Anchors.Of(node.Value) is not { } id)
        {
            return;
        }
        var label = node.Value switch
        {
            Clause c => c.Number,
            Annex a => a.Label ?? context.Labels.Format("annex", ("letter", a.Letter)),
            _ => null,
        };
        var title = container.Title ?? (node.Value is Bibliography ? context.Labels["bibliography"] : null);
        if (label is null && title is null)
        {
            return;
        }
        markup.Raw("<li>").Raw("<a").Attr("href", "#" + id).Raw('>');
        if (label is not null)
        {
            markup.Element("span", label, ("class", "toc-number"));
            if (title is not null)
            {
                markup.Raw(' ');
            }
        }
        if (title is not null)
        {
            var plain = RenderContext.Plain(title);
            markup.Element("span", plain, ("class", "toc-title"), ("lang", context.LangOf(plain)));
        }
        markup.Raw("</a>");
        var children = node.Children.Where(n => n.Name == ModelNames.Clauses).ToList();
        if (depth > 1 && children.Count > 0)
        {
            markup.Raw("<ol>");
            foreach (var child in children)
            {
                Entry(context, markup, child, depth - 1);
            }
            markup.Raw("</ol>");
        }
        markup.Raw("</li>").Line();
    }
}
