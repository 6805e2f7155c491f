using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Mrs.Tests.Import.Docx;

/// <summary>
/// An extraction of a .docx's visible body text written for the tests, independent of the importer: a forward-only
/// XmlReader over word/document.xml that keeps w:t text, skips deleted text, field instructions, hidden runs,
/// markup-compatibility fallbacks (which duplicate their choice) and the table of contents (TOC field results and
/// "toc N" styles).
/// </summary>
public static class IndependentText
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static List<string> Paragraphs(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var tocStyles = TocStyleIds(zip);
        var entry = zip.GetEntry(MainPart(zip)) ?? zip.GetEntry("word/document.xml")!;
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var fields = new Stack<(StringBuilder Instruction, bool InResult)>();
        int deleted = 0, fallback = 0, instr = 0;
        bool hidden = false, tocStyle = false, inRun = false;
        var depth = new Stack<string>();
        while (reader.Read())
        {
            var ns = reader.NamespaceURI;
            var isW = ns == W || ns == Strict;
            if (reader.NodeType == XmlNodeType.Element)
            {
                var empty = reader.IsEmptyElement;
                var name = reader.LocalName;
                if (ns == Mc && name == "Fallback" && !empty)
                {
                    fallback++;
                    depth.Push("fallback");
                    continue;
                }
                if (!isW)
                {
                    if (!empty)
                    {
                        depth.Push("");
                    }
                    continue;
                }
                switch (name)
                {
                    case "p" when !empty && fallback == 0:
                        current.Clear();
                        tocStyle = false;
                        break;
                    case "pStyle":
                        var style = reader.GetAttribute("val", ns) ?? "";
                        tocStyle |= tocStyles.Contains(style);
                        break;
                    case "del" or "moveFrom":
                        if (!empty)
                        {
                            deleted++;
                        }
                        break;
                    case "r":
                        hidden = false;
                        inRun = true;
                        break;
                    case "vanish" when inRun:
                        var v = reader.GetAttribute("val", ns);
                        hidden = v is null or "1" or "true" or "on";
                        break;
                    case "fldChar":
                        switch (reader.GetAttribute("fldCharType", ns))
                        {
                            case "begin": fields.Push((new StringBuilder(), false)); break;
                            case "separate" when fields.Count > 0: var top = fields.Pop(); fields.Push((top.Instruction, true)); break;
                            case "end" when fields.Count > 0: fields.Pop(); break;
                        }
                        break;
                    case "instrText":
                        if (!empty)
                        {
                            instr++;
                        }
                        break;
                    case "t" when !empty:
                        var text = reader.ReadElementContentAsString();
                        var inToc = fields.Any(f => f.InResult && f.Instruction.ToString().TrimStart().StartsWith("TOC", StringComparison.Ordinal));
                        if (deleted == 0 && fallback == 0 && !hidden && !inToc && !tocStyle)
                        {
                            current.Append(text);
                        }
                        continue; // ReadElementContentAsString moved past the end element
                }
                if (!empty)
                {
                    depth.Push(name);
                }
            }
            else if (reader.NodeType == XmlNodeType.Text && instr > 0 && fields.Count > 0)
            {
                var top = fields.Pop();
                top.Instruction.Append(reader.Value);
                fields.Push(top);
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                var name = depth.Count > 0 ? depth.Pop() : "";
                switch (name)
                {
                    case "fallback": fallback--; break;
                    case "del" or "moveFrom": deleted--; break;
                    case "instrText": instr--; break;
                    case "r": inRun = false; hidden = false; break;
                    case "p" when fallback == 0:
                        if (current.Length > 0)
                        {
                            paragraphs.Add(current.ToString());
                        }
                        current.Clear();
                        break;
                }
            }
        }
        return paragraphs;
    }

    /// <summary>The main part named by the package relationships (_rels/.rels).</summary>
    private static string MainPart(ZipArchive zip)
    {
        var rels = zip.GetEntry("_rels/.rels");
        if (rels is null)
        {
            return "word/document.xml";
        }
        using var reader = XmlReader.Create(rels.Open());
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                && (reader.GetAttribute("Type") ?? "").EndsWith("/officeDocument", StringComparison.Ordinal))
            {
                return (reader.GetAttribute("Target") ?? "word/document.xml").TrimStart('/');
            }
        }
        return "word/document.xml";
    }

    /// <summary>Ids of the table-of-contents paragraph styles (named "toc 1" … "toc 9", "TOC Heading").</summary>
    private static HashSet<string> TocStyleIds(ZipArchive zip)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var entry = zip.GetEntry("word/styles.xml");
        if (entry is null)
        {
            return ids;
        }
        using var reader = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        string? id = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            if (reader.LocalName == "style")
            {
                id = reader.GetAttribute("styleId", reader.NamespaceURI);
            }
            else if (reader.LocalName == "name" && id is not null)
            {
                var name = reader.GetAttribute("val", reader.NamespaceURI) ?? "";
                if (name.StartsWith("toc ", StringComparison.OrdinalIgnoreCase) || name.Equals("TOC Heading", StringComparison.OrdinalIgnoreCase))
                {
                    ids.Add(id);
                }
            }
        }
        return ids;
    }
}
