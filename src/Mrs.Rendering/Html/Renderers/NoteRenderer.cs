using Mrs.Model;

namespace Mrs.Rendering.Html.Renderers;

/// <summary>
/// Notes and examples: a label ("注1：", "NOTE 1", "示例：", "EXAMPLE") and the content beside it, which the theme lays
/// out (GB/T hangs the text after the label; ISO sets the label before it). A note of a term entry is a note to entry.
/// </summary>
internal static class NoteRenderer
{
    public static void WriteNote(RenderContext context, Markup markup, ModelNode node, string? classes, bool toEntry = false)
    {
        var note = (Note)node.Value;
        var label = toEntry
            ? note.Number is { } n ? context.Labels.Format("noteToEntryNumbered", ("number", n)) : context.Labels["noteToEntry"]
            : note.Number is { } m ? context.Labels.Format("noteNumbered", ("number", m)) : context.Labels["note"];
        markup.Open("div", ("id", context.Anchors.Write(note)), ("class", BlockRenderer.Classes(toEntry ? "note note-to-entry" : "note", classes)),
            ("role", "note"));
        markup.Element("span", label, ("class", "label"));
        markup.Raw("<div class=\"content\">");
        BlockRenderer.WriteAll(context, markup, node);
        markup.Raw("</div>");
        markup.Close("div");
    }

    public static void WriteExample(RenderContext context, Markup markup, ModelNode node, string? classes)
    {
        var example = (Example)node.Value;
        var label = example.Number is { } n ? context.Labels.Format("exampleNumbered", ("number", n)) : context.Labels["example"];
        markup.Open("div", ("id", context.Anchors.Write(example)), ("class", BlockRenderer.Classes("example", classes)), ("role", "group"),
            ("aria-label", label.TrimEnd('：', ':')));
        markup.Element("span", label, ("class", "label"));
        markup.Raw("<div class=\"content\">");
        if (example.Title is { } title)
        {
            markup.Raw("<p class=\"example-title\">");
            context.Inline.Write(markup, title, InlineMode.NoTermLinks);
            markup.Raw("</p>");
        }
        BlockRenderer.WriteAll(context, markup, node);
        markup.Raw("</div>");
        markup.Close("div");
    }
}
