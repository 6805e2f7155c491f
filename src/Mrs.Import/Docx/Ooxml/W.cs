using System.Xml.Linq;

namespace Mrs.Import.Docx.Ooxml;

/// <summary>
/// Names in the WordprocessingML namespace. Parts are loaded with ISO strict namespaces rewritten to transitional ones
/// and prefixes ignored (some generators write ns0: instead of w:), so code matches on these names only.
/// </summary>
public static class W
{
    public static readonly XNamespace Ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static readonly XNamespace M = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    public static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    public static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public static readonly XNamespace Pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    public static readonly XNamespace V = "urn:schemas-microsoft-com:vml";
    public static readonly XNamespace Oa = "urn:schemas-microsoft-com:office:office";
    public static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    public static readonly XNamespace Wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";

    /// <summary>An element or attribute name in the main namespace, e.g. W.N("numPr").</summary>
    public static XName N(string localName) => Ns + localName;

    /// <summary>The w:val attribute of a child element, e.g. Val(pPr, "pStyle").</summary>
    public static string? Val(XElement? parent, string child) => parent?.Element(Ns + child)?.Attribute(Ns + "val")?.Value;

    /// <summary>An attribute in the main namespace.</summary>
    public static string? Attr(XElement? element, string name) => element?.Attribute(Ns + name)?.Value;

    /// <summary>Reads an on/off property (w:b, w:i, w:isLgl …): present without val, or val true/1/on.</summary>
    public static bool? OnOff(XElement? parent, string child)
    {
        var e = parent?.Element(Ns + child);
        if (e is null)
        {
            return null;
        }
        var v = e.Attribute(Ns + "val")?.Value;
        return v is null || v is "1" or "true" or "on";
    }

    public static int? IntVal(XElement? parent, string child) =>
        int.TryParse(Val(parent, child), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v : null;
}
