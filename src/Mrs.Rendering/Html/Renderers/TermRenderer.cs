using Mrs.Model;

namespace Mrs.Rendering.Html.Renderers;

/// <summary>
/// The term entries of a clause as one definition list: each entry a group (&lt;div id="term-3.1"&gt;) of its
/// designations (&lt;dt&gt;: number, preferred terms as &lt;dfn&gt;, admitted and deprecated terms, equivalents in their
/// language, the abbreviation) and its description (&lt;dd&gt;: domain and definition, further blocks, examples, notes
/// to entry, source). Uses of a term elsewhere link here and are described by the definition.
/// </summary>
internal static class TermRenderer
{
    public static void WriteAll(RenderContext context, Markup markup, ModelNode container)
    {
        var entries = container.Children.Where(n => n.Value is TermEntry).ToList();
        if (entries.Count == 0)
        {
            return;
        }
        markup.Raw("<dl class=\"terms\">").Line();
        foreach (var entry in entries)
        {
            Write(context, markup, entry);
        }
        markup.Raw("</dl>").Line();
    }

    private static void Write(RenderContext context, Markup markup, ModelNode node)
    {
        var term = (TermEntry)node.Value;
        var id = context.Anchors.Write(term);
        var preferred = string.Join("; ", term.Preferred.Select(d => RenderContext.Plain(d.Text)));
        if (id is not null)
        {
            context.Search.Add(new SearchEntry("term", term.Number ?? "",
                string.Join("; ", term.Preferred.Concat(term.Admitted).Concat(term.Equivalents).Select(d => RenderContext.Plain(d.Text))), id));
        }
        markup.Open("div", ("id", id), ("class", "term-entry"));
        markup.Raw("<dt>");
        if (term.Number is not null)
        {
            markup.Raw("<span class=\"term-head\">").Element("span", term.Number, ("class", "term-number"));
            BlockRenderer.Permalink(context, markup, id, term.Number);
            markup.Raw("</span>");
        }
        foreach (var designation in term.Preferred)
        {
            markup.Raw("<span class=\"designation preferred\">").Open("dfn", ("lang", context.LangAttribute(designation.Language)), ("id", null));
            context.Inline.Write(markup, designation.Text, InlineMode.NoLinks);
            markup.Raw("</dfn></span>");
        }
        foreach (var designation in term.Admitted)
        {
            Designation(context, markup, designation, "admitted", context.Labels["admitted"], visibleLabel: false);
        }
        foreach (var designation in term.Deprecated)
        {
            Designation(context, markup, designation, "deprecated", context.Labels["deprecated"], visibleLabel: true);
        }
        foreach (var designation in term.Equivalents)
        {
            var lang = context.LangAttribute(designation.Language) ?? context.LangOf(RenderContext.Plain(designation.Text));
            markup.Open("span", ("class", "designation equivalent"), ("lang", lang));
            context.Inline.Write(markup, designation.Text, InlineMode.NoLinks);
            markup.Raw("</span>");
        }
        if (term.Abbreviation is { Length: > 0 } abbreviation)
        {
            markup.Raw("<span class=\"designation abbreviation\"><abbr").Attr("title", preferred).Raw('>').Text(abbreviation).Raw("</abbr></span>");
        }
        markup.Raw("</dt>");
        markup.Raw("<dd>");
        if (term.Definition is not null || term.Domain is not null)
        {
            markup.Open("p", ("class", "definition"), ("id", term.Definition is null ? null : context.DefinitionId(term)),
                ("lang", context.LangOf(RenderContext.Plain(term.Definition))));
            if (term.Domain is { } domain)
            {
                markup.Raw("<span class=\"domain\">").Text("〈" + domain + "〉").Raw("</span> ");
            }
            context.Inline.Write(markup, term.Definition, InlineMode.Flow, null, term);
            markup.Raw("</p>");
        }
        BlockRenderer.WriteAll(context, markup, node);
        foreach (var example in node.Children.Where(n => n.Name == ModelNames.Examples))
        {
            BlockRenderer.Write(context, markup, example);
        }
        foreach (var note in node.Children.Where(n => n.Name == ModelNames.Notes))
        {
            NoteRenderer.WriteNote(context, markup, note, null, toEntry: true);
        }
        foreach (var source in term.Sources)
        {
            WriteSource(context, markup, source);
        }
        markup.Raw("</dd>");
        markup.Close("div").Line();
    }

    private static void Designation(RenderContext context, Markup markup, Designation designation, string kind, string label, bool visibleLabel)
    {
        markup.Open("span", ("class", "designation " + kind), ("lang", context.LangAttribute(designation.Language)));
        markup.Raw(visibleLabel ? "<span class=\"designation-label\">" : "<span class=\"visually-hidden\">").Text(label).Raw("</span> ");
        context.Inline.Write(markup, designation.Text, InlineMode.NoLinks);
        markup.Raw("</span>");
    }

    /// <summary>［来源：GB/T 20000.1—2014，5.2，有修改］ / [SOURCE: ISO 9000:2015, 3.1.1, modified — …]</summary>
    private static void WriteSource(RenderContext context, Markup markup, TermSource source)
    {
        var separator = context.IsChinese ? "，" : ", ";
        string text;
        if (source.Text is { Length: > 0 } shown && source.Reference.Length == 0)
        {
            text = RenderContext.Plain(shown);
        }
        else
        {
            var parts = new List<string> { source.Reference };
            if (source.Locality is { Length: > 0 } locality)
            {
                parts.Add(locality);
            }
            if (source.Modified)
            {
                parts.Add(context.Labels["modified"]
                    + (source.Modification is { Length: > 0 } how ? (context.IsChinese ? "，" : " — ") + RenderContext.Plain(how) : ""));
            }
            text = string.Join(separator, parts);
        }
        var reference = source.Reference.Length > 0 ? ReferenceTarget(context, source.Reference) : null;
        var label = context.Labels.Format("source", ("text", "\u0000"));
        var at = label.IndexOf('\u0000');
        markup.Raw("<p class=\"term-source\">").Text(label[..Math.Max(at, 0)]);
        if (reference is not null && text.StartsWith(source.Reference, StringComparison.Ordinal))
        {
            markup.Raw("<a class=\"xref\"").Attr("href", "#" + reference).Raw('>').Text(source.Reference).Raw("</a>")
                .Text(text[source.Reference.Length..]);
        }
        else
        {
            markup.Text(text);
        }
        markup.Text(at < 0 ? "" : label[(at + 1)..]).Raw("</p>");
    }

    /// <summary>The id of the reference entry whose identifier the source names, when the document lists it.</summary>
    private static string? ReferenceTarget(RenderContext context, string identifier) => context.References.GetValueOrDefault(identifier);
}
