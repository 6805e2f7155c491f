using System.IO.Compression;
using System.Xml.Linq;

namespace Mrs.Tests.Import.Numbering;

/// <summary>
/// Accepts the tracked changes of a WordprocessingML main part, for copies given to LibreOffice: its text export shows
/// deleted text and counts deleted paragraphs, while mrs imports with the changes accepted (Word's "No Markup" view).
/// Deleted and moved-away content (w:del, w:moveFrom) goes, inserted and moved-here content (w:ins, w:moveTo) stays
/// without its wrapper, table rows marked deleted (w:trPr/w:del) go, and a paragraph whose mark is deleted
/// (w:pPr/w:rPr/w:del) joins the next paragraph when that is the next block: its runs go to the start of the next
/// paragraph, which keeps its own properties. Marks of paragraphs (w:rPr/w:del, w:rPr/w:ins) are left as they are.
/// </summary>
public static class TrackedChanges
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The main document part of a package ("word/document.xml" unless the package relationships say otherwise).</summary>
    public static string MainPart(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var rels = zip.GetEntry("_rels/.rels");
        if (rels is not null)
        {
            using var stream = rels.Open();
            var target = XDocument.Load(stream).Root?.Elements()
                .FirstOrDefault(r => ((string?)r.Attribute("Type"))?.EndsWith("/officeDocument", StringComparison.Ordinal) == true)
                ?.Attribute("Target")?.Value;
            if (target is { Length: > 0 })
            {
                return target.TrimStart('/');
            }
        }
        return "word/document.xml";
    }

    /// <summary>Copies a main part from <paramref name="from"/> to <paramref name="to"/> with its changes accepted.</summary>
    public static void AcceptIn(Stream from, Stream to)
    {
        using var buffer = new MemoryStream();
        from.CopyTo(buffer);
        buffer.Position = 0;
        var doc = XDocument.Load(buffer, LoadOptions.PreserveWhitespace);
        if (Accept(doc))
        {
            doc.Save(to, SaveOptions.DisableFormatting);
        }
        else
        {
            buffer.Position = 0;
            buffer.CopyTo(to);
        }
    }

    /// <summary>Accepts the changes in place; true when anything changed.</summary>
    public static bool Accept(XDocument doc)
    {
        var changed = false;
        foreach (var row in doc.Descendants(W + "tr").Where(r => r.Element(W + "trPr")?.Element(W + "del") is not null).ToList())
        {
            row.Remove();
            changed = true;
        }
        // a w:del or w:ins inside run properties marks a paragraph mark, handled below
        foreach (var e in doc.Descendants().Where(e => (e.Name == W + "del" || e.Name == W + "moveFrom") && e.Parent?.Name != W + "rPr").ToList())
        {
            e.Remove();
            changed = true;
        }
        foreach (var e in doc.Descendants().Where(e => (e.Name == W + "ins" || e.Name == W + "moveTo") && e.Parent?.Name != W + "rPr").ToList())
        {
            if (e.Parent is null)
            {
                continue;
            }
            var content = e.Nodes().ToList();
            content.ForEach(n => n.Remove());
            e.AddBeforeSelf(content);
            e.Remove();
            changed = true;
        }
        foreach (var p in doc.Descendants(W + "p").ToList())
        {
            if (p.Parent is null || p.Element(W + "pPr")?.Element(W + "rPr")?.Element(W + "del") is null)
            {
                continue;
            }
            var next = p.ElementsAfterSelf().FirstOrDefault(x => x.Name == W + "p" || x.Name == W + "tbl" || x.Name == W + "sdt");
            if (next is null || next.Name != W + "p")
            {
                continue;
            }
            var runs = p.Elements().Where(c => c.Name != W + "pPr").ToList();
            runs.ForEach(r => r.Remove());
            if (next.Element(W + "pPr") is { } properties)
            {
                properties.AddAfterSelf(runs);
            }
            else
            {
                next.AddFirst(runs);
            }
            p.Remove();
            changed = true;
        }
        return changed;
    }
}
