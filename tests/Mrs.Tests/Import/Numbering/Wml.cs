using System.Xml.Linq;

namespace Mrs.Tests.Import.Numbering;

/// <summary>Small WordprocessingML fixtures for unit tests: snippets written with the w: prefix, wrapped in their root.</summary>
internal static class Wml
{
    public const string Ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A w:styles root containing the given w:style elements.</summary>
    public static XElement StylesPart(string inner) => Root("styles", inner);

    /// <summary>A w:numbering root containing the given w:abstractNum and w:num elements.</summary>
    public static XElement NumberingPart(string inner) => Root("numbering", inner);

    /// <summary>A paragraph style with optional basedOn, numPr (numId/ilvl), outlineLvl and extra pPr content.</summary>
    public static string ParagraphStyle(string id, string? name = null, string? basedOn = null, int? numId = null, int? ilvl = null,
        int? outline = null, bool isDefault = false)
    {
        var numPr = numId is null && ilvl is null
            ? ""
            : "<w:numPr>" + (ilvl is null ? "" : $"<w:ilvl w:val=\"{ilvl}\"/>") + (numId is null ? "" : $"<w:numId w:val=\"{numId}\"/>")
            + "</w:numPr>";
        var outlineLvl = outline is null ? "" : $"<w:outlineLvl w:val=\"{outline}\"/>";
        return $"<w:style w:type=\"paragraph\" w:styleId=\"{id}\"{(isDefault ? " w:default=\"1\"" : "")}>"
               + (name is null ? "" : $"<w:name w:val=\"{name}\"/>")
               + (basedOn is null ? "" : $"<w:basedOn w:val=\"{basedOn}\"/>")
               + $"<w:pPr>{numPr}{outlineLvl}</w:pPr></w:style>";
    }

    /// <summary>A w:lvl element.</summary>
    public static string Lvl(int ilvl, string lvlText, string numFmt = "decimal", int? start = 1, string? extra = null) =>
        $"<w:lvl w:ilvl=\"{ilvl}\">" + (start is null ? "" : $"<w:start w:val=\"{start}\"/>")
        + $"<w:numFmt w:val=\"{numFmt}\"/>{extra}<w:lvlText w:val=\"{lvlText}\"/><w:lvlJc w:val=\"left\"/></w:lvl>";

    /// <summary>A w:abstractNum with the given levels (and optional extra children such as styleLink).</summary>
    public static string AbstractNum(int id, string levels, string? extra = null) =>
        $"<w:abstractNum w:abstractNumId=\"{id}\"><w:multiLevelType w:val=\"multilevel\"/>{extra}{levels}</w:abstractNum>";

    /// <summary>A w:num pointing at an abstractNum, with optional lvlOverride content.</summary>
    public static string Num(int numId, int abstractNumId, string? overrides = null) =>
        $"<w:num w:numId=\"{numId}\"><w:abstractNumId w:val=\"{abstractNumId}\"/>{overrides}</w:num>";

    private static XElement Root(string name, string inner) =>
        XElement.Parse($"<w:{name} xmlns:w=\"{Ns}\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">{inner}</w:{name}>");
}
