using System.Globalization;
using Mrs.Model;

namespace Mrs.Rendering.Html.Renderers;

/// <summary>
/// A figure: &lt;figure&gt; with its pictures (each with its alternative text, or the figure's title when the document
/// gives none), sub-figures as figures of their own with their label and title, the key (说明 / Key), notes, and the
/// &lt;figcaption&gt; under it all. A picture that cannot be shown is replaced by its text, never fetched.
/// </summary>
internal static class FigureRenderer
{
    public static void Write(RenderContext context, Markup markup, ModelNode node, string? classes)
    {
        var figure = (Figure)node.Value;
        var id = context.Anchors.Write(figure);
        var title = figure.Title is null ? null : RenderContext.Plain(figure.Title);
        var caption = (figure.Number, title) switch
        {
            (null, null) => null,
            (null, _) => title,
            (_, null) => context.Labels.Format("figure", ("number", figure.Number)),
            _ => context.Labels.Format("figureTitled", ("number", figure.Number), ("title", title)),
        };
        if (id is not null && caption is not null)
        {
            context.Search.Add(new SearchEntry("figure", caption, "", id));
        }
        markup.Open("figure", ("id", id), ("class", BlockRenderer.Classes("figure", classes)));
        var images = node.Children.Where(n => n.Name == ModelNames.Images).ToList();
        var several = images.Count > 1 || images.Any(i => ((Image)i.Value).Label is not null);
        if (several)
        {
            markup.Raw("<div class=\"subfigures\">");
        }
        foreach (var imageNode in images)
        {
            var image = (Image)imageNode.Value;
            if (several)
            {
                markup.Raw("<figure class=\"subfigure\">");
                WriteImage(context, markup, image, title);
                if (image.Label is not null || image.Title is not null)
                {
                    markup.Raw("<figcaption>");
                    var subtitle = image.Title is null ? "" : "\u0000";
                    var label = context.Labels.Format("subfigure", ("label", image.Label ?? ""), ("title", subtitle)).Trim();
                    var at = label.IndexOf('\u0000');
                    markup.Text(at < 0 ? label : label[..at]);
                    if (at >= 0)
                    {
                        context.Inline.Write(markup, image.Title, InlineMode.NoTermLinks);
                        markup.Text(label[(at + 1)..]);
                    }
                    markup.Raw("</figcaption>");
                }
                markup.Raw("</figure>");
            }
            else
            {
                WriteImage(context, markup, image, title);
            }
        }
        if (several)
        {
            markup.Raw("</div>");
        }
        var key = node.Children.Where(n => n.Name == ModelNames.Key).ToList();
        if (key.Count > 0)
        {
            markup.Raw("<div class=\"key\">").Element("p", context.Labels["key"], ("class", "key-label"));
            DefinitionListRenderer.WriteItems(context, markup, key.Select(k => (DefinitionItem)k.Value), "key-list");
            markup.Raw("</div>");
        }
        foreach (var note in node.Children.Where(n => n.Name == ModelNames.Notes))
        {
            NoteRenderer.WriteNote(context, markup, note, null);
        }
        if (caption is not null)
        {
            markup.Raw("<figcaption>");
            if (figure.Number is null)
            {
                context.Inline.Write(markup, figure.Title, InlineMode.NoTermLinks);
            }
            else
            {
                var label = context.Labels.Format(figure.Title is null ? "figure" : "figureTitled", ("number", figure.Number), ("title", "\u0000"));
                var at = label.IndexOf('\u0000');
                markup.Raw("<span class=\"caption-label\">").Text(at < 0 ? label : label[..at]).Raw("</span>");
                if (at >= 0)
                {
                    markup.Raw("<span class=\"caption-title\">");
                    context.Inline.Write(markup, figure.Title, InlineMode.NoTermLinks);
                    markup.Raw("</span>").Text(label[(at + 1)..]);
                }
            }
            BlockRenderer.Permalink(context, markup, id, caption);
            markup.Raw("</figcaption>");
        }
        markup.Close("figure");
    }

    /// <summary>One picture, sized as in the document (millimetres at 96 dpi), or its text when it cannot be shown.</summary>
    public static void WriteImage(RenderContext context, Markup markup, Image image, string? fallbackAlt)
    {
        var alt = image.Alt is { Length: > 0 } given ? given : image.Title is not null ? RenderContext.Plain(image.Title) : fallbackAlt ?? "";
        var picture = context.Pictures.Get(image.Asset, out var problem);
        if (picture is null)
        {
            markup.Raw("<span class=\"picture-missing\" role=\"img\"").Attr("aria-label", alt.Length > 0 ? alt : context.Labels["pictureNotShown"])
                .Raw('>')
                .Text("[" + context.Labels["pictureNotShown"] + (alt.Length > 0 ? ": " + alt : "") + "]").Raw("</span>");
            _ = problem;
            return;
        }
        markup.Raw("<img").Attr("src", picture.Source).Attr("alt", alt)
            .Attr("width", Pixels(image.WidthMm)).Attr("height", image.WidthMm is null ? null : Pixels(image.HeightMm))
            .Attr("lang", context.LangOf(alt)).Raw(" loading=\"lazy\" decoding=\"async\">");
    }

    private static string? Pixels(double? millimetres) =>
        millimetres is > 0 and < 10000 ? Math.Round(millimetres.Value * 96 / 25.4).ToString(CultureInfo.InvariantCulture) : null;
}
