using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Mrs.Import.Docx.Numbering;
using Mrs.Import.Docx.Ooxml;
using Mrs.Import.Docx.Styles;

namespace Mrs.Tests.Import.Numbering;

/// <summary>One body paragraph with the label the engine computed for it.</summary>
public sealed record ProbeParagraph(int Index, string? StyleId, string StyleName, int? NumId, int? Ilvl, NumberLabel? Label, string Text)
{
    /// <summary>The paragraph is a text frame (w:framePr, directly or from its style): LibreOffice's text export leaves it out.</summary>
    public bool InFrame { get; init; }

    /// <summary>
    /// The paragraph's style (or a style it is based on) has more than one w:style with its id. Word uses the first
    /// definition (as <see cref="StyleSheet"/> does), LibreOffice the last: labels may differ for a reason outside the engine.
    /// </summary>
    public bool StyleDefinedTwice { get; init; }

    /// <summary>The lvlText of the paragraph's list level (from its abstractNum), or null when not numbered.</summary>
    public string? LvlText { get; init; }

    /// <summary>The paragraph's level or a higher one of its list has lvlRestart=0 (never restart).</summary>
    public bool NeverRestartingLevel { get; init; }

    /// <summary>The text up to the first line break (LibreOffice's text export starts a new line there).</summary>
    public string FirstLine => Text.Split('\n')[0];
}

/// <summary>
/// Test-side reader: opens a .docx/.dotx zip, finds the main part and its styles/numbering parts through the package
/// relationships, and runs <see cref="NumberingEngine"/> over the body paragraphs (w:p in body order, tables included,
/// text boxes excluded) the way the importer will.
/// </summary>
public static class DocxNumberingProbe
{
    private const string RelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static IReadOnlyList<ProbeParagraph> Run(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var mainPath = FindTarget(zip, "_rels/.rels", "", "/officeDocument") ?? "word/document.xml";
        var document = Load(zip, mainPath) ?? throw new InvalidOperationException($"{path}: no main document part");
        var relsPath = RelsPathOf(mainPath);
        var baseDir = mainPath.Contains('/') ? mainPath[..(mainPath.LastIndexOf('/') + 1)] : "";
        var stylesPart = Load(zip, FindTarget(zip, relsPath, baseDir, "/styles"));
        var styles = StyleSheet.Parse(stylesPart?.Root);
        var numbering = NumberingDefinitions.Parse(Load(zip, FindTarget(zip, relsPath, baseDir, "/numbering"))?.Root);
        var engine = new NumberingEngine(numbering, styles);
        var duplicateIds = stylesPart?.Root?.Elements(W.N("style"))
            .GroupBy(e => W.Attr(e, "styleId") ?? "", StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal) ?? [];

        var body = document.Root?.Element(W.N("body"));
        var result = new List<ProbeParagraph>();
        if (body is null)
        {
            return result;
        }
        foreach (var p in BodyParagraphs(body))
        {
            var pPr = p.Element(W.N("pPr"));
            var styleId = W.Val(pPr, "pStyle");
            var numPr = pPr?.Element(W.N("numPr"));
            var numId = W.IntVal(numPr, "numId");
            var ilvl = W.IntVal(numPr, "ilvl");
            var label = NumberingEngine.OnlyEndsASection(p) ? null : engine.Next(styleId, numId, ilvl);
            var inFrame = pPr?.Element(W.N("framePr")) is not null
                          || styles.BasedOnChain(styles.Get(styleId)?.Id ?? styles.DefaultParagraphStyle?.Id)
                              .Any(id => styles.Get(id)?.PPr?.Element(W.N("framePr")) is not null);
            var twice = styles.BasedOnChain(styles.Get(styleId)?.Id ?? styles.DefaultParagraphStyle?.Id).Any(duplicateIds.Contains);
            var definition = label is null ? null : numbering.GetAbstract(label.AbstractNumId);
            result.Add(new ProbeParagraph(result.Count, styleId, styles.NameOf(styleId), numId, ilvl, label, TextOf(p))
            {
                InFrame = inFrame,
                StyleDefinedTwice = twice,
                LvlText = label is null ? null : definition?.Level(label.Level)?.LvlText,
                NeverRestartingLevel = label is not null && definition is not null
                                       && Enumerable.Range(0, label.Level + 1).Any(k => definition.Level(k)?.Restart == 0),
            });
        }
        return result;
    }

    /// <summary>w:p elements in document order, skipping text-box stories and markup-compatibility fallbacks.</summary>
    public static IEnumerable<XElement> BodyParagraphs(XElement body)
    {
        var stack = new Stack<XElement>();
        for (var child = body.LastNode; child is not null; child = child.PreviousNode)
        {
            if (child is XElement e)
            {
                stack.Push(e);
            }
        }
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (e.Name == W.N("p"))
            {
                yield return e;
                continue; // paragraphs inside a paragraph are text boxes: another story
            }
            if (e.Name == W.N("txbxContent") || e.Name == W.Mc + "Fallback")
            {
                continue;
            }
            for (var child = e.LastNode; child is not null; child = child.PreviousNode)
            {
                if (child is XElement ce)
                {
                    stack.Push(ce);
                }
            }
        }
    }

    /// <summary>
    /// The paragraph's text as LibreOffice's export shows it: w:t and tracked w:delText, w:sym, w:tab as tab, w:br/w:cr as
    /// line feed; text boxes left out.
    /// </summary>
    public static string TextOf(XElement paragraph)
    {
        var sb = new StringBuilder();
        Append(paragraph, sb);
        return sb.ToString();

        static void Append(XElement e, StringBuilder sb)
        {
            foreach (var child in e.Elements())
            {
                var name = child.Name;
                if (name == W.N("t") || name == W.N("delText"))
                {
                    sb.Append(child.Value); // deletions too: LibreOffice's export shows tracked changes
                }
                else if (name == W.N("sym") && int.TryParse(W.Attr(child, "char"), System.Globalization.NumberStyles.HexNumber,
                             System.Globalization.CultureInfo.InvariantCulture, out var code) && code is > 0 and < 0xFFFF)
                {
                    sb.Append((char)code);
                }
                else if (name == W.N("tab") && child.Parent?.Name == W.N("r"))
                {
                    sb.Append('\t');
                }
                else if (name == W.N("cr") || (name == W.N("br") && W.Attr(child, "type") is null or "textWrapping"))
                {
                    sb.Append('\n'); // page and column breaks end no line
                }
                else if (name == W.N("noBreakHyphen"))
                {
                    sb.Append('\u2011');
                }
                else if (name == W.N("pPr") || name == W.N("rPr") || name == W.N("txbxContent") || name == W.Mc + "Fallback"
                    || name == W.N("instrText"))
                {
                    continue;
                }
                else
                {
                    Append(child, sb);
                }
            }
        }
    }

    private static string RelsPathOf(string partPath)
    {
        var slash = partPath.LastIndexOf('/');
        return slash < 0 ? "_rels/" + partPath + ".rels" : partPath[..(slash + 1)] + "_rels/" + partPath[(slash + 1)..] + ".rels";
    }

    private static string? FindTarget(ZipArchive zip, string relsPath, string baseDir, string typeSuffix)
    {
        var rels = Load(zip, relsPath);
        var target = rels?.Root?.Elements(XName.Get("Relationship", RelNs))
            .FirstOrDefault(r => (r.Attribute("Type")?.Value ?? "").EndsWith(typeSuffix, StringComparison.Ordinal)
                                 && r.Attribute("TargetMode")?.Value != "External")
            ?.Attribute("Target")?.Value;
        if (target is null)
        {
            return null;
        }
        return Normalise(target.StartsWith('/') ? target[1..] : baseDir + target);
    }

    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }
        return string.Join('/', parts);
    }

    private static XDocument? Load(ZipArchive zip, string? partPath)
    {
        if (partPath is null)
        {
            return null;
        }
        var entry = zip.GetEntry(partPath)
            ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, partPath, StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            return null;
        }
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }
}
