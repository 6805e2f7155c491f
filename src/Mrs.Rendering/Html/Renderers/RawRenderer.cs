using Mrs.Model;

namespace Mrs.Rendering.Html.Renderers;

/// <summary>Content the model keeps as found (a text box, a chart): its plain text in a marked box; its original markup is never written.</summary>
internal static class RawRenderer
{
    public static void Write(RenderContext context, Markup markup, ModelNode node, string? classes)
    {
        var raw = (RawBlock)node.Value;
        markup.Open("div", ("id", context.Anchors.Write(raw)), ("class", BlockRenderer.Classes("raw", classes)), ("role", "note"));
        markup.Element("p", context.Labels.Format("rawContent", ("kind", raw.Kind)), ("class", "raw-label"));
        if (!string.IsNullOrEmpty(raw.Text))
        {
            markup.Element("p", raw.Text, ("class", "raw-text"), ("lang", context.LangOf(raw.Text)));
        }
        markup.Close("div");
    }
}
