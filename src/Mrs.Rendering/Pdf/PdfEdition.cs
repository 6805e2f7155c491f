using System.Globalization;
using Mrs.Model;
using Mrs.Rendering.Writers;

namespace Mrs.Rendering.Pdf;

/// <summary>
/// The PDF edition of a standard: the print edition (<see cref="PrintEdition"/>) printed by Chromium twice — first to
/// learn the page of every heading (the named destinations of the links to them), then with those page numbers in the
/// contents (again while a page moved, at most <see cref="MaxPasses"/> printings) — and finished with the metadata,
/// the page labels (cover, roman front matter, arabic body) and the outline of the clauses (<see cref="PrintedPdf"/>).
/// </summary>
public static class PdfEdition
{
    /// <summary>Printings at most: the second one normally keeps every page where the first put it.</summary>
    public const int MaxPasses = 3;

    /// <summary>The PDF file's bytes.</summary>
    public static byte[] Render(StandardDocument document, WriterOptions options, PdfBrowser browser)
    {
        var edition = PrintEdition.Create(document, options);
        var printed = new PrintedPdf(browser.Print(edition.Html(null)).Pdf);
        var destinations = printed.Destinations();
        var pages = PageNumbers(edition, destinations, out var bodyStart);
        for (var pass = 2; pass <= MaxPasses; pass++)
        {
            printed = new PrintedPdf(browser.Print(edition.Html(pages)).Pdf);
            destinations = printed.Destinations();
            var again = PageNumbers(edition, destinations, out bodyStart);
            if (again.Count == pages.Count && again.All(p => pages.TryGetValue(p.Key, out var before) && before == p.Value))
            {
                break;
            }
            pages = again;
        }

        var metadata = document.Metadata;
        var frontStyle = edition.ThemeUsesLowerRoman ? "r" : "R";
        var labels = new List<PageLabelRange> { new(0, null, edition.Label("cover")) };
        if (printed.PageCount > 1 && bodyStart > 1)
        {
            labels.Add(new PageLabelRange(1, frontStyle, null));
        }
        if (bodyStart < printed.PageCount)
        {
            labels.Add(new PageLabelRange(bodyStart, "D", null));
        }
        var list = edition.Context.IsChinese ? "、" : ", ";
        var keywords = new List<string>();
        if (metadata.Identifier is { Length: > 0 } identifier)
        {
            keywords.Add(identifier);
        }
        keywords.AddRange(metadata.Ics.Select(c => "ICS " + c));
        keywords.AddRange(metadata.Ccs.Select(c => "CCS " + c));
        if (metadata.Committee?.Identifier is { Length: > 0 } committee)
        {
            keywords.Add(committee);
        }
        var main = Html.Renderers.CoverRenderer.MainTitle(edition.Context);
        var subject = string.Join(" / ", metadata.Titles.Where(t => !ReferenceEquals(t, main)).Select(Html.Renderers.CoverRenderer.TitleText));
        var info = new PdfMetadata
        {
            Title = edition.DocumentTitle(),
            Subject = subject.Length > 0 ? subject : main is null ? edition.DocumentTitle() : Html.Renderers.CoverRenderer.TitleText(main),
            Keywords = string.Join("; ", keywords),
            Author = metadata.IssuingBodies.Count > 0 ? string.Join(list, metadata.IssuingBodies) : metadata.Committee?.Name,
            Language = edition.Language,
            Creator = "mrs",
            Producer = "mrs " + Version + " (" + browser.Version + ", Skia/PDF)",
            Date = PdfDate(metadata.PublicationDate),
        };
        return printed.Finish(info, labels, edition.Outline);
    }

    private static string Version { get; } = typeof(PdfEdition).Assembly.GetName().Version?.ToString(3) ?? "0";

    /// <summary>The page label of each contents entry's heading, as the page shows it (roman in the front matter, arabic in the body).</summary>
    private static Dictionary<string, string> PageNumbers(PrintEdition edition, IReadOnlyDictionary<string, Destination> destinations,
        out int bodyStart)
    {
        bodyStart = edition.FirstBodyId is { } first && destinations.TryGetValue(first, out var start) ? start.Page : int.MaxValue;
        var lower = edition.ThemeUsesLowerRoman;
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in edition.Contents)
        {
            if (!destinations.TryGetValue(entry.Id, out var where) || where.Page < 1)
            {
                continue;
            }
            pages[entry.Id] = where.Page >= bodyStart
                ? (where.Page - bodyStart + 1).ToString(CultureInfo.InvariantCulture)
                : Roman(where.Page, lower);
        }
        return pages;
    }

    internal static string Roman(int number, bool lower)
    {
        var text = new System.Text.StringBuilder();
        foreach (var (value, numeral) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            while (number >= value)
            {
                text.Append(numeral);
                number -= value;
            }
        }
        return lower ? text.ToString().ToLowerInvariant() : text.ToString();
    }

    /// <summary>"2026-06-01" → "D:20260601"; null for anything else.</summary>
    private static string? PdfDate(string? date) =>
        date is { Length: >= 4 }
            && DateOnly.TryParseExact(date.Length >= 10 ? date[..10] : date, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var day)
            ? "D:" + day.ToString(date.Length >= 10 ? "yyyyMMdd" : date.Length >= 7 ? "yyyyMM" : "yyyy", CultureInfo.InvariantCulture)
            : null;
}
