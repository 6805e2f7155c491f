using Mrs.Model;

namespace Mrs.Rendering.Html.Renderers;

/// <summary>
/// The cover: the identifier, the title in the document's language as the page's &lt;h1&gt; and in each other
/// language with its lang, and what the cover says about the document (ICS, CCS, stage, status, dates, supersession,
/// adoption, issuing bodies, committee …) as a definition list, each fact under its label (labels.json: a field the
/// model names, such as "copyright", as "field.copyright"); cover lines kept without a name follow as paragraphs.
/// </summary>
internal static class CoverRenderer
{
    /// <summary>The name the importer gives a cover line it kept without knowing what it is.</summary>
    private const string UnnamedField = "other";

    public static void Write(RenderContext context, Markup markup)
    {
        var metadata = context.Document.Metadata;
        var labels = context.Labels;
        markup.Raw("<header class=\"cover\" id=\"mrs-cover\">").Line();
        if (metadata.Identifier is { } identifier)
        {
            markup.Element("p", identifier, ("class", "cover-identifier"));
        }
        if (metadata.Supersedes.Count > 0)
        {
            markup.Element("p", labels["supersedes"] + (context.IsChinese ? " " : ": ")
                + string.Join(context.IsChinese ? "，" : ", ", metadata.Supersedes), ("class", "cover-supersedes"));
        }
        var main = MainTitle(context);
        markup.Raw("<h1 class=\"cover-title\">");
        if (main is null)
        {
            markup.Text(metadata.Identifier ?? context.Document.Source?.File ?? "—");
        }
        else
        {
            WriteTitleParts(context, markup, main);
        }
        markup.Raw("</h1>").Line();
        foreach (var other in metadata.Titles.Where(t => !ReferenceEquals(t, main)))
        {
            markup.Open("p", ("class", "cover-title-other"), ("lang", other.Language.Length > 0 ? other.Language : null));
            WriteTitleParts(context, markup, other);
            markup.Close("p").Line();
        }
        var facts = Facts(context).Where(f => f.Value.Length > 0).ToList();
        if (facts.Count > 0)
        {
            markup.Open("dl", ("class", "cover-facts"), ("aria-label", labels["cover"]));
            for (var i = 0; i < facts.Count; i++)
            {
                // facts of one name in a row (a cover's several copyright paragraphs) share their term
                markup.Raw("<div>").Element("dt", facts[i].Name).Element("dd", facts[i].Value, ("lang", facts[i].Lang));
                while (i + 1 < facts.Count && facts[i + 1].Name == facts[i].Name)
                {
                    i++;
                    markup.Element("dd", facts[i].Value, ("lang", facts[i].Lang));
                }
                markup.Raw("</div>");
            }
            markup.Close("dl").Line();
        }
        // Lines of the cover the importer kept without knowing what they are: shown as found, under the facts.
        var unnamed = metadata.OtherFields.Where(f => f.Name == UnnamedField && f.Value.Length > 0).ToList();
        if (unnamed.Count > 0)
        {
            markup.Raw("<div class=\"cover-other\">");
            foreach (var field in unnamed)
            {
                markup.Element("p", field.Value, ("lang", context.LangOf(field.Value)));
            }
            markup.Raw("</div>").Line();
        }
        markup.Raw("</header>").Line();
    }

    /// <summary>The title in the document's language (or the first one).</summary>
    public static Title? MainTitle(RenderContext context)
    {
        var titles = context.Document.Metadata.Titles;
        var primary = context.Language.Split('-')[0];
        return titles.FirstOrDefault(t => t.Language.Split('-')[0].Equals(primary, StringComparison.OrdinalIgnoreCase)) ?? titles.FirstOrDefault();
    }

    /// <summary>The title as one line: intro, main and part with the separator of its language ("　" in Chinese, " — " else).</summary>
    public static string TitleText(Title title)
    {
        var separator = title.Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            || title.Language.StartsWith("ja", StringComparison.OrdinalIgnoreCase) ? "　" : " — ";
        return string.Join(separator, new[] { title.Intro, title.Main, title.Part }.Where(p => !string.IsNullOrEmpty(p)));
    }

    private static void WriteTitleParts(RenderContext context, Markup markup, Title title)
    {
        var separator = title.Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            || title.Language.StartsWith("ja", StringComparison.OrdinalIgnoreCase) ? "　" : " — ";
        var first = true;
        foreach (var (part, text) in new[] { ("intro", title.Intro), ("main", title.Main), ("part", title.Part) })
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }
            if (!first)
            {
                markup.Raw("<span class=\"title-separator\">").Text(separator).Raw("</span>");
            }
            first = false;
            markup.Element("span", text, ("class", "title-" + part));
        }
    }

    private static IEnumerable<(string Name, string Value, string? Lang)> Facts(RenderContext context)
    {
        var m = context.Document.Metadata;
        var l = context.Labels;
        var list = context.IsChinese ? "、" : ", ";
        if (m.Identifier is { } identifier)
        {
            yield return (l["identifier"], identifier, null);
        }
        yield return (l["ics"], string.Join(list, m.Ics), null);
        yield return (l["ccs"], string.Join(list, m.Ccs), null);
        yield return (l["stage"], m.Stage ?? "", null);
        if (m.Status is { } status)
        {
            yield return (l["status"], l[status.ToString().ToLowerInvariant()], null);
        }
        yield return (l["publicationDate"], m.PublicationDate ?? "", null);
        yield return (l["implementationDate"], m.ImplementationDate ?? "", null);
        yield return (l["supersedes"], string.Join(list, m.Supersedes), null);
        foreach (var adoption in m.Adoptions)
        {
            var text = adoption.Identifier + (adoption.Title is { Length: > 0 } t ? (context.IsChinese ? "　" : ", ") + t : "") + " ("
                + adoption.Degree.ToString().ToUpperInvariant() + ")";
            yield return (l["adoption"], text, context.LangOf(text));
        }
        yield return (l["issuingBodies"], string.Join(list, m.IssuingBodies), null);
        if (m.Committee is { } committee)
        {
            var text = string.Join(" ", new[] { committee.Identifier, committee.Name }.Where(s => !string.IsNullOrEmpty(s)));
            yield return (l["committee"], text, null);
        }
        yield return (l["proposedBy"], m.ProposedBy ?? "", null);
        yield return (l["filingNumber"], m.FilingNumber ?? "", null);
        yield return (l["draftingOrganizations"], string.Join(list, m.DraftingOrganizations), null);
        yield return (l["drafters"], string.Join(list, m.Drafters), null);
        foreach (var field in m.OtherFields.Where(f => f.Name != UnnamedField))
        {
            yield return (l.Find("field." + field.Name) ?? field.Name, field.Value, context.LangOf(field.Value));
        }
    }
}
