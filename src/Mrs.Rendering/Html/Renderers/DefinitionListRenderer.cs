using Mrs.Model;

namespace Mrs.Rendering.Html.Renderers;

/// <summary>
/// A definition list (symbols and abbreviated terms, a figure's key, a formula's "where" list): &lt;dl&gt; of term and description pairs.
/// </summary>
internal static class DefinitionListRenderer
{
    public static void Write(RenderContext context, Markup markup, ModelNode node, string? classes)
    {
        var list = (DefinitionList)node.Value;
        markup.Open("div", ("id", context.Anchors.Write(list)), ("class", BlockRenderer.Classes("definition-list", classes)));
        WriteItems(context, markup, list.Items, "deflist");
        markup.Close("div");
    }

    public static void WriteItems(RenderContext context, Markup markup, IEnumerable<DefinitionItem> items, string listClass)
    {
        markup.Open("dl", ("class", listClass));
        foreach (var item in items)
        {
            markup.Raw("<div>");
            markup.Open("dt", ("lang", context.LangOf(RenderContext.Plain(item.Term))));
            context.Inline.Write(markup, item.Term, InlineMode.NoTermLinks);
            markup.Close("dt");
            markup.Open("dd", ("lang", context.LangOf(RenderContext.Plain(item.Definition))));
            context.Inline.Write(markup, item.Definition, InlineMode.Flow);
            markup.Close("dd");
            markup.Raw("</div>");
        }
        markup.Close("dl");
    }
}
