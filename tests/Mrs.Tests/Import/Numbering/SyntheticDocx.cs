using System.IO.Compression;
using System.Xml.Linq;
using Mrs.Import.Docx.Numbering;
using Mrs.Import.Docx.Ooxml;
using Mrs.Import.Docx.Styles;

namespace Mrs.Tests.Import.Numbering;

/// <summary>
/// Builds test documents from a real template: every part of the template (styles.xml, numbering.xml, theme …) is kept
/// and only the body of word/document.xml is replaced by paragraphs in given styles. This exercises a template's real
/// list definitions with many more numbered paragraphs than the template itself has.
/// </summary>
public static class SyntheticDocx
{
    /// <summary>
    /// A body paragraph: style (by name, case-insensitive), optional direct numPr, its text (null: a generated unique
    /// text; "": no run at all) and whether it ends a section (w:sectPr in its w:pPr).
    /// </summary>
    public sealed record Para(string StyleName, int? NumId = null, int? Ilvl = null, string? Text = null, bool SectionBreak = false);

    /// <summary>
    /// The paragraph styles of the template that are numbered through their style (numId &gt; 0), ordered by list and
    /// level, so that a list's higher levels come before its lower ones (no level is shown before it was used).
    /// </summary>
    public static IReadOnlyList<string> NumberedStyles(string template)
    {
        var (styles, numbering) = ReadParts(template);
        return styles.Styles
            .Where(s => s.IsParagraphStyle && styles.ResolveNumbering(s.Id).NumId is > 0)
            .Select((s, order) => (Style: s, Order: order, Label: new NumberingEngine(numbering, styles).Next(s.Id, null, null)))
            .Where(x => x.Label is not null)
            .OrderBy(x => x.Label!.AbstractNumId).ThenBy(x => x.Label!.Level).ThenBy(x => x.Order)
            .Select(x => x.Style.Name)
            .ToList();
    }

    public static (StyleSheet Styles, NumberingDefinitions Numbering) ReadParts(string template)
    {
        using var zip = ZipFile.OpenRead(template);
        return (StyleSheet.Parse(Load(zip, "word/styles.xml")?.Root), NumberingDefinitions.Parse(Load(zip, "word/numbering.xml")?.Root));
    }

    /// <summary>
    /// Writes a copy of <paramref name="template"/> to <paramref name="target"/> whose body is <paramref name="paragraphs"/>;
    /// <paramref name="numbering"/>, when given, replaces the template's word/numbering.xml (which it must have).
    /// </summary>
    public static void Write(string template, string target, IEnumerable<Para> paragraphs, XElement? numbering = null)
    {
        using var src = ZipFile.OpenRead(template);
        var styles = StyleSheet.Parse(Load(src, "word/styles.xml")?.Root);
        var document = Load(src, "word/document.xml") ?? throw new InvalidOperationException("no word/document.xml");
        var body = document.Root!.Element(W.N("body"))!;
        var sectPr = body.Elements(W.N("sectPr")).LastOrDefault();
        body.RemoveNodes();
        var n = 0;
        foreach (var para in paragraphs)
        {
            var style = styles.FindByName(para.StyleName, "paragraph")
                        ?? throw new ArgumentException($"no paragraph style named {para.StyleName}");
            var pPr = new XElement(W.N("pPr"), new XElement(W.N("pStyle"), new XAttribute(W.N("val"), style.Id)));
            if (para.NumId is not null || para.Ilvl is not null)
            {
                var numPr = new XElement(W.N("numPr"));
                if (para.Ilvl is { } ilvl)
                {
                    numPr.Add(new XElement(W.N("ilvl"), new XAttribute(W.N("val"), ilvl)));
                }
                if (para.NumId is { } numId)
                {
                    numPr.Add(new XElement(W.N("numId"), new XAttribute(W.N("val"), numId)));
                }
                pPr.Add(numPr);
            }
            if (para.SectionBreak)
            {
                pPr.Add(new XElement(W.N("sectPr"), new XElement(W.N("type"), new XAttribute(W.N("val"), "continuous"))));
            }
            // letters-only unique prefix, so that every paragraph can be aligned with LibreOffice's text
            var text = para.Text ?? $"x{Letters(n++)} {para.StyleName}";
            body.Add(text.Length == 0
                ? new XElement(W.N("p"), pPr)
                : new XElement(W.N("p"), pPr, new XElement(W.N("r"), new XElement(W.N("t"), text))));
        }
        if (sectPr is not null)
        {
            // keep page setup, drop header/footer references (their text would only add noise)
            sectPr.Elements().Where(e => e.Name == W.N("headerReference") || e.Name == W.N("footerReference")).Remove();
            body.Add(sectPr);
        }

        using var dst = ZipFile.Open(target, ZipArchiveMode.Create);
        foreach (var entry in src.Entries)
        {
            var copy = dst.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            using var to = copy.Open();
            if (entry.FullName == "word/document.xml")
            {
                document.Save(to);
            }
            else if (numbering is not null && entry.FullName == "word/numbering.xml")
            {
                numbering.Save(to);
            }
            else
            {
                using var from = entry.Open();
                from.CopyTo(to);
            }
        }
    }

    private static string Letters(int n)
    {
        var s = "";
        do
        {
            s = (char)('a' + n % 26) + s;
            n /= 26;
        }
        while (n > 0);
        return s;
    }

    private static XDocument? Load(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path);
        if (entry is null)
        {
            return null;
        }
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }
}
