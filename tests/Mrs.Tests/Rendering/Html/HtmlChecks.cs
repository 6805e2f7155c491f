using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Mrs.Tests.Rendering.Html;

/// <summary>
/// What every page of the web edition must be, checked on the parsed page (AngleSharp in strict mode: a parse error
/// fails): one h1 and no skipped heading level, unique ids, every in-page reference pointing at an element that
/// exists, links only in the page or to http, https and mailto, no event handler attributes, no script but the page's
/// own two, nothing fetched from elsewhere, and a Content-Security-Policy.
/// </summary>
public static class HtmlChecks
{
    public static IDocument Parse(string html) =>
        new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);

    public static IDocument Check(string html)
    {
        var document = Parse(html);
        Assert.False(string.IsNullOrEmpty(document.DocumentElement.GetAttribute("lang")), "<html> has a lang");

        // Headings: one h1, then never more than one level deeper than the one before.
        var headings = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6, [role=heading]")
            .Select(h => h.GetAttribute("aria-level") is { } level ? int.Parse(level, System.Globalization.CultureInfo.InvariantCulture)
                : h.LocalName[1] - '0')
            .ToList();
        Assert.Equal(1, headings.Count(l => l == 1));
        Assert.Equal(1, headings[0]);
        for (var i = 1; i < headings.Count; i++)
        {
            Assert.True(headings[i] <= headings[i - 1] + 1, $"heading {i} skips from h{headings[i - 1]} to h{headings[i]}");
        }
        Assert.All(document.QuerySelectorAll("h1, h2, h3, h4, h5, h6, [role=heading]"), h => Assert.False(string.IsNullOrWhiteSpace(h.TextContent)));

        // Ids are unique, and whatever refers to one finds it.
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        var duplicates = ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "duplicate ids: " + string.Join(", ", duplicates.Take(10)));
        var known = ids.ToHashSet(StringComparer.Ordinal);
        foreach (var link in document.QuerySelectorAll("a[href]"))
        {
            var href = link.GetAttribute("href")!;
            if (href.StartsWith('#'))
            {
                Assert.True(known.Contains(Uri.UnescapeDataString(href[1..])), $"link to {href}: no such id");
            }
            else
            {
                Assert.True(href.StartsWith("http://", StringComparison.Ordinal) || href.StartsWith("https://", StringComparison.Ordinal)
                    || href.StartsWith("mailto:", StringComparison.Ordinal),
                    $"link to {href}: only in-page, http, https and mailto links");
            }
            Assert.False(string.IsNullOrWhiteSpace(link.TextContent) && link.GetAttribute("aria-label") is null, $"link to {href} has no text");
        }
        foreach (var element in document.QuerySelectorAll("[aria-describedby], [aria-labelledby]"))
        {
            foreach (var attribute in new[] { "aria-describedby", "aria-labelledby" })
            {
                foreach (var target in (element.GetAttribute(attribute) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    Assert.True(known.Contains(target), $"{attribute}={target}: no such id");
                }
            }
        }
        foreach (var label in document.QuerySelectorAll("label[for]"))
        {
            Assert.True(known.Contains(label.GetAttribute("for")!), "label for a missing control");
        }

        // Nothing runs but the page's own script; nothing is fetched from anywhere.
        foreach (var element in document.All)
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(element.Attributes, a => a.Name is "style" or "srcset" or "formaction" or "xlink:href");
        }
        var scripts = document.QuerySelectorAll("script");
        Assert.Equal(2, scripts.Length);
        Assert.Equal("application/json", scripts[0].GetAttribute("type"));
        Assert.Null(scripts[1].GetAttribute("type"));
        Assert.All(scripts, s => Assert.Null(s.GetAttribute("src")));
        Assert.Empty(document.QuerySelectorAll("link, iframe, object, embed, base, frame, audio, video, source, form[action]"));
        foreach (var image in document.QuerySelectorAll("img"))
        {
            var src = image.GetAttribute("src")!;
            Assert.True(src.StartsWith("data:image/", StringComparison.Ordinal) || src.StartsWith("assets/", StringComparison.Ordinal),
                $"picture from {src[..Math.Min(40, src.Length)]}");
            Assert.NotNull(image.GetAttribute("alt"));
        }
        var policy = document.QuerySelector("meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content");
        Assert.NotNull(policy);
        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);

        // Tables: header cells say what they head.
        Assert.All(document.QuerySelectorAll("th"), th => Assert.NotNull(th.GetAttribute("scope")));
        return document;
    }
}
