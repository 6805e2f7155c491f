using System.Xml.Linq;
using Mrs.Import.Docx.Ooxml;

namespace Mrs.Import.Docx.Numbering;

/// <summary>What Word puts between a list label and the paragraph text (w:suff).</summary>
public enum LabelSuffix
{
    Tab,
    Space,
    Nothing,
}

/// <summary>One w:lvl: the definition of one level (0–8) of a list.</summary>
public sealed class NumberingLevel
{
    /// <summary>w:ilvl, 0–8.</summary>
    public required int Level { get; init; }

    /// <summary>
    /// w:start; null when absent (the spec then says 0). Kept within 0–<see cref="NumberingDefinitions.MaxStart"/>,
    /// the start values Word can hold.
    /// </summary>
    public int? Start { get; init; }

    /// <summary>w:numFmt/@w:val ("decimal" when absent); for Word 2010 custom formats, see <see cref="CustomFormat"/>.</summary>
    public string NumFmt { get; init; } = "decimal";

    /// <summary>w:numFmt/@w:format for numFmt="custom" (e.g. "001, 002, 003, ..."), else null.</summary>
    public string? CustomFormat { get; init; }

    /// <summary>
    /// w:lvlText/@w:val, with %1…%9 placeholders; "" when absent or w:null; cut to <see cref="NumberingEngine.MaxLabelLength"/> characters.
    /// </summary>
    public string LvlText { get; init; } = "";

    /// <summary>w:lvlRestart (1-based level whose use restarts this one; 0 = never); null when absent.</summary>
    public int? Restart { get; init; }

    /// <summary>w:isLgl: show all placeholders in decimal.</summary>
    public bool IsLegal { get; init; }

    public LabelSuffix Suffix { get; init; } = LabelSuffix.Tab;

    /// <summary>w:pStyle/@w:val: the paragraph style id linked to this level.</summary>
    public string? ParagraphStyleId { get; init; }

    /// <summary>w:lvlJc/@w:val (left, center, right, start, end).</summary>
    public string? Justification { get; init; }

    /// <summary>w:lvlPicBulletId/@w:val: a picture bullet.</summary>
    public int? PictureBulletId { get; init; }

    /// <summary>w:rPr/w:vanish: the label is hidden.</summary>
    public bool IsHidden { get; init; }

    /// <summary>w:tentative="1".</summary>
    public bool IsTentative { get; init; }

    /// <summary>The raw w:lvl element.</summary>
    public XElement? Element { get; init; }

    public bool IsBullet => NumFmt == "bullet";

    internal static NumberingLevel? Parse(XElement lvl)
    {
        if (W.Attr(lvl, "ilvl") is not { } ilvlText || !int.TryParse(ilvlText, out var ilvl) || ilvl is < 0 or > 8)
        {
            return null;
        }
        var (numFmt, custom) = ReadNumFmt(lvl);
        var lvlText = lvl.Element(W.N("lvlText"));
        return new NumberingLevel
        {
            Level = ilvl,
            Start = NumberingDefinitions.StartValue(lvl, "start"),
            NumFmt = numFmt,
            CustomFormat = custom,
            LvlText = lvlText is null || IsTrue(W.Attr(lvlText, "null")) ? "" : NumberingEngine.Bounded(W.Attr(lvlText, "val") ?? ""),
            Restart = W.IntVal(lvl, "lvlRestart"),
            IsLegal = W.OnOff(lvl, "isLgl") == true,
            Suffix = W.Val(lvl, "suff") switch
            {
                "space" => LabelSuffix.Space,
                "nothing" => LabelSuffix.Nothing,
                _ => LabelSuffix.Tab,
            },
            ParagraphStyleId = W.Val(lvl, "pStyle") is { Length: > 0 } ps ? ps : null,
            Justification = W.Val(lvl, "lvlJc"),
            PictureBulletId = W.IntVal(lvl, "lvlPicBulletId"),
            IsHidden = W.OnOff(lvl.Element(W.N("rPr")), "vanish") == true,
            IsTentative = IsTrue(W.Attr(lvl, "tentative")),
            Element = lvl,
        };
    }

    // w:numFmt, or the one Word 2010+ wraps in mc:AlternateContent (Choice: custom format, Fallback: a classic one).
    private static (string NumFmt, string? Custom) ReadNumFmt(XElement lvl)
    {
        if (lvl.Element(W.N("numFmt")) is { } direct)
        {
            return FromElement(direct);
        }
        var alternate = lvl.Element(W.Mc + "AlternateContent");
        if (alternate is not null)
        {
            if (alternate.Element(W.Mc + "Choice")?.Element(W.N("numFmt")) is { } choice)
            {
                return FromElement(choice);
            }
            if (alternate.Element(W.Mc + "Fallback")?.Element(W.N("numFmt")) is { } fallback)
            {
                return FromElement(fallback);
            }
        }
        return ("decimal", null);

        static (string, string?) FromElement(XElement e)
        {
            var val = W.Attr(e, "val") is { Length: > 0 } v ? v : "decimal";
            return (val, val == "custom" ? W.Attr(e, "format") : null);
        }
    }

    private static bool IsTrue(string? v) => v is "1" or "true" or "on";
}

/// <summary>One w:abstractNum: a list definition shared by one or more w:num.</summary>
public sealed class AbstractNumbering
{
    public required int Id { get; init; }

    /// <summary>w:nsid/@w:val.</summary>
    public string? Nsid { get; init; }

    /// <summary>w:multiLevelType/@w:val: singleLevel, multilevel, hybridMultilevel.</summary>
    public string? MultiLevelType { get; init; }

    /// <summary>w:styleLink/@w:val: this definition IS the numbering style with that id.</summary>
    public string? StyleLink { get; init; }

    /// <summary>w:numStyleLink/@w:val: this definition only points at the numbering style with that id.</summary>
    public string? NumStyleLink { get; init; }

    public required IReadOnlyDictionary<int, NumberingLevel> Levels { get; init; }

    public bool IsSingleLevel => MultiLevelType == "singleLevel";

    public NumberingLevel? Level(int ilvl) => Levels.GetValueOrDefault(ilvl);
}

/// <summary>One w:lvlOverride of a w:num.</summary>
public sealed class LevelOverride
{
    public required int Level { get; init; }

    /// <summary>w:startOverride/@w:val, kept within 0–<see cref="NumberingDefinitions.MaxStart"/>.</summary>
    public int? StartOverride { get; init; }

    /// <summary>A complete replacement w:lvl, if given.</summary>
    public NumberingLevel? Replacement { get; init; }
}

/// <summary>One w:num: what paragraphs reference (numId), pointing at an abstractNum, with optional level overrides.</summary>
public sealed class NumberingInstance
{
    public required int NumId { get; init; }

    public required int AbstractNumId { get; init; }

    public required IReadOnlyDictionary<int, LevelOverride> Overrides { get; init; }

    public bool HasOverrides => Overrides.Count > 0;

    public LevelOverride? Override(int ilvl) => Overrides.GetValueOrDefault(ilvl);
}

/// <summary>The list definitions of word/numbering.xml.</summary>
public sealed class NumberingDefinitions
{
    private readonly Dictionary<int, AbstractNumbering> _abstracts = [];
    private readonly Dictionary<int, NumberingInstance> _nums = [];

    private NumberingDefinitions()
    {
    }

    public static NumberingDefinitions Empty { get; } = new();

    public IReadOnlyDictionary<int, AbstractNumbering> AbstractNums => _abstracts;

    public IReadOnlyDictionary<int, NumberingInstance> Nums => _nums;

    /// <summary>Parses a w:numbering root; null (no numbering part) gives empty definitions.</summary>
    public static NumberingDefinitions Parse(XElement? numberingRoot)
    {
        var defs = new NumberingDefinitions();
        if (numberingRoot is null)
        {
            return defs;
        }
        foreach (var a in numberingRoot.Elements(W.N("abstractNum")))
        {
            if (!int.TryParse(W.Attr(a, "abstractNumId"), out var id))
            {
                continue;
            }
            var levels = new Dictionary<int, NumberingLevel>();
            foreach (var lvl in a.Elements(W.N("lvl")))
            {
                if (NumberingLevel.Parse(lvl) is { } level)
                {
                    levels.TryAdd(level.Level, level);
                }
            }
            defs._abstracts.TryAdd(id, new AbstractNumbering
            {
                Id = id,
                Nsid = W.Val(a, "nsid"),
                MultiLevelType = W.Val(a, "multiLevelType"),
                StyleLink = W.Val(a, "styleLink") is { Length: > 0 } sl ? sl : null,
                NumStyleLink = W.Val(a, "numStyleLink") is { Length: > 0 } nsl ? nsl : null,
                Levels = levels,
            });
        }
        foreach (var n in numberingRoot.Elements(W.N("num")))
        {
            if (!int.TryParse(W.Attr(n, "numId"), out var numId) || W.IntVal(n, "abstractNumId") is not { } abstractId)
            {
                continue;
            }
            var overrides = new Dictionary<int, LevelOverride>();
            foreach (var o in n.Elements(W.N("lvlOverride")))
            {
                if (!int.TryParse(W.Attr(o, "ilvl"), out var ilvl) || ilvl is < 0 or > 8)
                {
                    continue;
                }
                var replacement = o.Element(W.N("lvl")) is { } lvl ? NumberingLevel.Parse(lvl) : null;
                var start = StartValue(o, "startOverride");
                if (replacement is null && start is null)
                {
                    continue;
                }
                overrides.TryAdd(ilvl, new LevelOverride { Level = ilvl, StartOverride = start, Replacement = replacement });
            }
            defs._nums.TryAdd(numId, new NumberingInstance { NumId = numId, AbstractNumId = abstractId, Overrides = overrides });
        }
        return defs;
    }

    /// <summary>
    /// The largest start value: Word keeps a level's start and a start override in 0–0x7FFF ([MS-DOC] LVLF.iStartAt and
    /// LFOLVL.iStartAt "MUST be less than or equal to 0x7FFF and MUST be greater than or equal to zero"). Larger values
    /// (the IHO S-123 DCEG has w:start="1753743000" on an unused level) are taken as 0x7FFF, negative ones as 0.
    /// </summary>
    public const int MaxStart = 0x7FFF;

    /// <summary>
    /// w:start or w:startOverride of <paramref name="parent"/>, clamped to 0–<see cref="MaxStart"/>; null when absent or not a number.
    /// </summary>
    internal static int? StartValue(XElement parent, string child)
    {
        if (W.Val(parent, child)?.Trim() is not { Length: > 0 } text)
        {
            return null;
        }
        var digits = text[0] is '-' or '+' ? text[1..] : text;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }
        if (long.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v))
        {
            return (int)Math.Clamp(v, 0, MaxStart);
        }
        return text.StartsWith('-') ? 0 : MaxStart; // more digits than a long holds
    }

    public NumberingInstance? GetNum(int numId) => _nums.GetValueOrDefault(numId);

    public AbstractNumbering? GetAbstract(int abstractNumId) => _abstracts.GetValueOrDefault(abstractNumId);

    /// <summary>The abstractNum whose w:styleLink names this numbering style id, or null.</summary>
    public AbstractNumbering? FindByStyleLink(string styleId) =>
        _abstracts.Values.FirstOrDefault(a => string.Equals(a.StyleLink, styleId, StringComparison.Ordinal))
        ?? _abstracts.Values.FirstOrDefault(a => string.Equals(a.StyleLink, styleId, StringComparison.OrdinalIgnoreCase));
}
