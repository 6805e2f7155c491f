using Mrs.Model;

namespace Mrs.Rendering.Html.Renderers;

/// <summary>A paragraph: &lt;p&gt;, its provisions marked sentence by sentence, a lang when its script is not the document's.</summary>
internal static class ParagraphRenderer
{
    public static void Write(RenderContext context, Markup markup, ModelNode node, string? classes)
    {
        var paragraph = (Paragraph)node.Value;
        markup.Open("p",
            ("id", context.Anchors.Write(paragraph)),
            ("class", BlockRenderer.Classes(classes, Provisions.ClassesOf(paragraph.Provisions))),
            ("lang", context.LangOf(RenderContext.Plain(paragraph.Text))));
        context.Inline.Write(markup, paragraph.Text, InlineMode.Flow, Provisions.Segments(context, paragraph.Text, paragraph.Provisions),
            node.Ancestor<TermEntry>());
        markup.Close("p");
    }
}
