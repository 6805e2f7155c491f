using System.Globalization;
using Mrs.Model;

namespace Mrs.Rendering.Html.Renderers;

/// <summary>
/// A heading-level container (a front section, a clause, an annex, the bibliography, the index): &lt;section&gt; with
/// the model's id, a heading of its level (h2 for the top, one more per subclause; past h6 an ARIA heading of that
/// level) holding the number, the title and a permalink (none for an untitled, unnumbered section); then its blocks, references, term entries and
/// subclauses.
/// </summary>
internal static class ClauseRenderer
{
    public static void Write(RenderContext context, Markup markup, ModelNode node, int level, bool subclauses = true)
    {
        var container = (IContainer)node.Value;
        var id = context.Anchors.Write(node.Value);
        var (classes, number) = node.Value switch
        {
            Section s => ("section section-" + s.Kind.ToString().ToLowerInvariant(), (string?)null),
            Clause c => ("clause clause-" + c.Kind.ToString().ToLowerInvariant(), c.Number),
            Annex a => ("annex annex-" + (a.Obligation?.ToString().ToLowerInvariant() ?? "unstated"), (string?)null),
            _ => ("bibliography", (string?)null),
        };
        var title = container.Title ?? (node.Value is Bibliography ? context.Labels["bibliography"] : null);
        markup.Open("section", ("id", id), ("class", classes)).Line();
        // A front section with neither number nor title (the text before the first heading) has no heading of its
        // own: its subclauses, if any, take its level.
        var headed = number is not null || title is not null || node.Value is Annex;
        if (headed)
        {
            WriteHeading(context, markup, node.Value, level, id, number, title);
        }
        BlockRenderer.WriteAll(context, markup, node, topLevel: true);
        ReferenceRenderer.WriteAll(context, markup, node, node.Value is Bibliography ? ModelNames.Entries : ModelNames.References);
        TermRenderer.WriteAll(context, markup, node);
        foreach (var child in node.Children)
        {
            if (subclauses && child.Name == ModelNames.Clauses)
            {
                Write(context, markup, child, headed ? level + 1 : level);
            }
        }
        markup.Close("section").Line();
    }

    private static void WriteHeading(RenderContext context, Markup markup, object value, int level, string? id, string? number, string? title)
    {
        var tag = level <= 6 ? "h" + level.ToString(CultureInfo.InvariantCulture) : "div";
        markup.Open(tag, ("class", "heading"), ("role", level > 6 ? "heading" : null),
            ("aria-level", level > 6 ? level.ToString(CultureInfo.InvariantCulture) : null));
        var plainTitle = title is null ? "" : RenderContext.Plain(title);
        string label;
        if (value is Annex annex)
        {
            var annexLabel = annex.Label ?? context.Labels.Format("annex", ("letter", annex.Letter));
            markup.Element("span", annexLabel, ("class", "annex-label"));
            if (annex.Obligation is { } obligation)
            {
                markup.Raw(' ').Element("span", context.Labels[obligation == AnnexObligation.Normative ? "normative" : "informative"],
                    ("class", "annex-obligation"));
            }
            label = annexLabel;
            if (title is not null)
            {
                markup.Raw(' ');
            }
        }
        else
        {
            if (number is not null)
            {
                markup.Element("span", number, ("class", "number"));
                if (title is not null)
                {
                    markup.Raw(' ');
                }
            }
            label = number ?? plainTitle;
        }
        if (title is not null)
        {
            markup.Open("span", ("class", "title"), ("lang", context.LangOf(plainTitle)));
            context.Inline.Write(markup, title, InlineMode.NoLinks);
            markup.Raw("</span>");
        }
        BlockRenderer.Permalink(context, markup, id, label.Length > 0 ? label : plainTitle);
        markup.Close(tag).Line();
        if (id is not null)
        {
            context.Search.Add(new SearchEntry(value is Annex ? "annex" : "clause", label == plainTitle ? "" : label, plainTitle, id));
        }
    }
}
