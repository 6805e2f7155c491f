using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Mrs.Import.Docx.Equations;
using Mrs.Import.Docx.Numbering;
using Mrs.Import.Docx.Ooxml;
using Mrs.Import.Docx.Package;
using Mrs.Import.Docx.Styles;

namespace Mrs.Import.Docx.Word;

/// <summary>Drawings, VML pictures and text boxes, embedded objects, equations, and the media they refer to.</summary>
public sealed partial class DocxReader
{
    // ---------------------------------------------------------------- drawings, VML, objects, math

    private void ReadDrawing(XElement drawing, List<WordInline> output, Context context)
    {
        var inline = drawing.Elements().FirstOrDefault();
        var docPr = inline?.Element(W.Wp + "docPr");
        var alt = docPr?.Attribute("descr")?.Value is { Length: > 0 } d ? d : docPr?.Attribute("title")?.Value;
        var extent = inline?.Element(W.Wp + "extent");
        var width = Emu(extent?.Attribute("cx")?.Value);
        var height = Emu(extent?.Attribute("cy")?.Value);
        var graphicData = drawing.Descendants(W.A + "graphicData").FirstOrDefault();
        var uri = graphicData?.Attribute("uri")?.Value ?? "";

        if (TextBoxes(drawing) is { Count: > 0 } boxes)
        {
            statistics.TextBoxes += boxes.Count;
            var blocks = boxes.SelectMany(b => ReadBlocks(b.Elements(), context with { InFrame = true })).ToList();
            Emit(output, new WordTextBox(blocks, drawing.ToString(SaveOptions.DisableFormatting)));
            return;
        }
        var blip = drawing.Descendants(W.A + "blip").FirstOrDefault();
        if (blip is not null)
        {
            var relId = blip.Attribute(W.R + "embed")?.Value ?? blip.Attribute(W.R + "link")?.Value;
            statistics.Pictures++;
            Emit(output, new WordPicture(RegisterMedia(relId), alt, width, height, Legacy: false));
            return;
        }
        if (uri.Contains("wordprocessingShape", StringComparison.Ordinal) && IsDrawnLine(graphicData!))
        {
            statistics.DrawnLines++;
            return;
        }
        var kind = uri.Contains("chart", StringComparison.Ordinal) ? "chart"
            : uri.Contains("diagram", StringComparison.Ordinal) ? "smartart"
            : uri.Contains("wordprocessingShape", StringComparison.Ordinal) ? "shape"
            : uri.Contains("wordprocessingGroup", StringComparison.Ordinal) ? "group"
            : uri.Contains("wordprocessingCanvas", StringComparison.Ordinal) ? "canvas"
            : "drawing";
        statistics.Unsupported.Add(kind);
        Emit(output, new WordObject(kind, null, drawing.ToString(SaveOptions.DisableFormatting)));
    }

    private void ReadVml(XElement pict, List<WordInline> output, Context context)
    {
        if (TextBoxes(pict) is { Count: > 0 } boxes)
        {
            statistics.TextBoxes += boxes.Count;
            var blocks = boxes.SelectMany(b => ReadBlocks(b.Elements(), context with { InFrame = true })).ToList();
            Emit(output, new WordTextBox(blocks, pict.ToString(SaveOptions.DisableFormatting)));
            return;
        }
        var image = pict.Descendants(W.V + "imagedata").FirstOrDefault();
        if (image is not null)
        {
            var shape = image.Parent;
            var (w, h) = VmlSize(shape?.Attribute("style")?.Value);
            statistics.Pictures++;
            Emit(output, new WordPicture(RegisterMedia(image.Attribute(W.R + "id")?.Value),
                shape?.Attribute("alt")?.Value ?? image.Attribute(W.Oa + "title")?.Value, w, h, Legacy: true));
            return;
        }
        if (pict.Elements().All(e => e.Name == W.V + "line" || e.Name == W.V + "shapetype") && pict.Elements(W.V + "line").Any())
        {
            statistics.DrawnLines++;
            return;
        }
        if (pict.Descendants().Any(e => e.Name == W.V + "line" || e.Name == W.V + "rect" || e.Name == W.V + "shape"))
        {
            statistics.Unsupported.Add("vml-shape");
            Emit(output, new WordObject("vml-shape", null, pict.ToString(SaveOptions.DisableFormatting)));
        }
    }

    /// <summary>A DrawingML shape that is a straight line or connector, without text or picture: decoration.</summary>
    private static bool IsDrawnLine(XElement graphicData) =>
        graphicData.Descendants(W.A + "prstGeom").Select(g => g.Attribute("prst")?.Value).FirstOrDefault() is "line" or "straightConnector1"
        && !graphicData.Descendants().Any(e => e.Name.LocalName is "txbx" or "txbxContent" or "blip");

    /// <summary>All text boxes of a drawing or VML group (a group may hold many), not those nested in another.</summary>
    private static List<XElement> TextBoxes(XElement container) =>
        container.Descendants(W.N("txbxContent")).Where(t => !t.Ancestors(W.N("txbxContent")).Any()).ToList();

    private void ReadObject(XElement obj, List<WordInline> output)
    {
        var ole = obj.Descendants().FirstOrDefault(e => e.Name.LocalName == "OLEObject");
        var progId = ole?.Attribute("ProgID")?.Value ?? "object";
        var image = obj.Descendants(W.V + "imagedata").FirstOrDefault();
        WordPicture? preview = null;
        if (image is not null)
        {
            var (w, h) = VmlSize(image.Parent?.Attribute("style")?.Value);
            preview = new WordPicture(RegisterMedia(image.Attribute(W.R + "id")?.Value), null, w, h, Legacy: true);
        }
        statistics.LegacyObjects++;
        if (!progId.StartsWith("Equation", StringComparison.OrdinalIgnoreCase) && !progId.StartsWith("MathType", StringComparison.OrdinalIgnoreCase))
        {
            statistics.Unsupported.Add("ole:" + progId);
        }
        var xml = obj.ToString(SaveOptions.DisableFormatting);
        if (numberObjects)
        {
            var n = ++objectCount;
            xml = ObjectId().Replace(xml, m => $"{m.Groups[1].Value}\"_{n}\"");
        }
        Emit(output, new WordObject(progId, preview, xml));
    }

    private bool numberObjects;
    private int objectCount;

    [System.Text.RegularExpressions.GeneratedRegex("(ObjectID=)\"_?[0-9]+\"")]
    private static partial System.Text.RegularExpressions.Regex ObjectId();

    private void ReadMath(XElement e, List<WordInline> output)
    {
        if (e.Name.LocalName == "oMathPara")
        {
            foreach (var math in e.Elements(W.M + "oMath"))
            {
                statistics.Equations++;
                Emit(output, new WordMath(math, Display: true, OmmlText.Linear(math)));
            }
        }
        else if (e.Name.LocalName == "oMath")
        {
            statistics.Equations++;
            Emit(output, new WordMath(e, Display: false, OmmlText.Linear(e)));
        }
    }

    private string? RegisterMedia(string? relId)
    {
        if (relId is null || !relationships.TryGetValue(relId, out var rel))
        {
            return null;
        }
        if (!media.ContainsKey(relId))
        {
            media[relId] = new WordMedia(relId, rel.External ? "" : rel.Target, rel.External ? "" : package.ContentType(rel.Target), rel.External,
                rel.External ? rel.Target : null);
        }
        return relId;
    }

    private static double? Emu(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var emu) && emu > 0 ? System.Math.Round(emu / 36000.0, 1) : null;

    /// <summary>Width and height in mm from a VML style ("width:120pt;height:80pt").</summary>
    private static (double?, double?) VmlSize(string? style)
    {
        double? w = null, h = null;
        foreach (var part in (style ?? "").Split(';'))
        {
            var kv = part.Split(':', 2);
            if (kv.Length != 2)
            {
                continue;
            }
            var mm = Length(kv[1].Trim());
            switch (kv[0].Trim())
            {
                case "width": w = mm; break;
                case "height": h = mm; break;
            }
        }
        return (w, h);
    }

    private static double? Length(string value)
    {
        var units = new (string Unit, double Mm)[] { ("pt", 0.352777), ("in", 25.4), ("cm", 10), ("mm", 1), ("px", 0.264583) };
        foreach (var (unit, mm) in units)
        {
            if (value.EndsWith(unit, StringComparison.Ordinal)
                && double.TryParse(value[..^unit.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                return System.Math.Round(v * mm, 1);
            }
        }
        return null;
    }
}
