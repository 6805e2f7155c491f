using System.Text;
using System.Xml.Linq;
using Mrs.Import.Docx.Ooxml;
using Mrs.Import.Docx.Styles;

namespace Mrs.Import.Docx.Numbering;

/// <summary>The list label Word draws in front of a paragraph.</summary>
/// <param name="Text">The label as drawn, e.g. "5.2.1", "a)", "附录A", "注1：", or the bullet character(s) for a bullet level.</param>
/// <param name="NumId">The w:num the paragraph uses.</param>
/// <param name="AbstractNumId">The w:abstractNum whose levels define the label (after following numStyleLink).</param>
/// <param name="Level">The paragraph's list level, 0–8.</param>
/// <param name="Value">The counter value of that level.</param>
/// <param name="NumFmt">The level's number format (ST_NumberFormat), e.g. "decimal", "bullet", "none".</param>
/// <param name="Suffix">What follows the label: tab, space or nothing.</param>
/// <param name="IsBullet">The level is a bullet (numFmt="bullet").</param>
public sealed record NumberLabel(string Text, int NumId, int AbstractNumId, int Level, int Value, string NumFmt, LabelSuffix Suffix, bool IsBullet)
{
    /// <summary>The label followed by its suffix as Word lays it out ("1.2\t", "a) ", "附录A").</summary>
    public string WithSuffix => Suffix switch
    {
        LabelSuffix.Tab => Text + "\t",
        LabelSuffix.Space => Text + " ",
        _ => Text,
    };
}

/// <summary>
/// Computes the list labels Word draws, paragraph by paragraph in document order (ECMA-376 §17.9 with Word's
/// documented deviations, [MS-OI29500]):
/// <list type="bullet">
/// <item>numId and ilvl come from the paragraph's own w:numPr, else from its style through the basedOn chain (each
/// property separately); numId 0 switches numbering off; when nothing gives ilvl, the level whose w:pStyle names the
/// paragraph's style (or one of its bases) is used, else level 0; singleLevel lists always use level 0;</item>
/// <item>an abstractNum with w:numStyleLink takes its levels from the abstractNum whose w:styleLink names the same
/// numbering style (found through that style's numPr, else by the styleLink itself);</item>
/// <item>all w:num that share an abstractNum share one set of counters: they continue each other, also when a num
/// replaces a level's format with w:lvlOverride/w:lvl. A w:lvlOverride/w:startOverride restarts that level at its value
/// once, at the first paragraph of that num on that level (Word's "Restart numbering"; later paragraphs of any num of
/// the list continue from there), and is the level's start value for that num whenever the level restarts;</item>
/// <item>a level restarts when any higher level (smaller ilvl) is used, or, with w:lvlRestart=n, when a level at
/// ilvl &lt; n is used; lvlRestart=0 never restarts; a lvlRestart in an override lvl is ignored;</item>
/// <item>%1…%9 in lvlText are replaced by the counters of those levels in their own formats (all decimal when the
/// level is isLgl, except decimalZero and none); placeholders for deeper levels are dropped;</item>
/// <item>a skipped level counts as used: when a paragraph uses a level while a higher level of its list has not been used
/// yet (or was restarted and not used since), that higher level takes its start value as if a paragraph had used it, so
/// it shows that value and the next paragraph on it continues after it (heading 1 "17", heading 3 "17.1.1", then
/// heading 2 "17.2", as Word numbers an Ecma standard). Word's own table of contents in the IHO S-123 DCEG shows this
/// too: "Overview" (direct numPr, another list) "1", "Preface" (heading 2, level 1 of the heading list, whose level 0
/// was not used) "1.1", then the first heading 1 of that list "2 General". LibreOffice numbers skipped levels the same
/// way, also when the skipped level's number is not part of the label ("a)" then "2."; no corpus document shows Word in
/// that case). A paragraph's direct numPr puts it in that list only: it does not also count in the list its style is
/// linked to (the corpus has hundreds of such paragraphs, e.g. in the OpenChain and SDMX lists, all numbered so by
/// LibreOffice).</item>
/// <item>start values (w:start, w:startOverride) are kept within 0–32767, the range Word holds
/// (<see cref="NumberingDefinitions.MaxStart"/>); a number that a format would write longer than
/// <see cref="NumberFormatter.MaxLength"/> characters is written in decimal, and a label is at most
/// <see cref="MaxLabelLength"/> characters;</item>
/// <item>every numbered paragraph counts and shows its label, with or without text (the ISO template's empty TermNum
/// paragraphs are 3.1.1, 3.1.2 …), except a paragraph that only carries a section break (w:sectPr in its w:pPr and no
/// content, see <see cref="OnlyEndsASection"/>): Word neither shows nor counts its number. The IHO S-128 catalogue has an
/// empty heading 2 that ends a section after "12.2 Discovery metadata"; Word's table of contents numbers the next
/// heading 3 "12.2.1", and LibreOffice drops that paragraph altogether. A hidden paragraph mark (w:rPr/w:vanish in
/// w:pPr) does not change numbering here: no corpus document shows what Word does with a numbered one.</item>
/// </list>
/// Call <see cref="Next"/> for every body paragraph in document order, numbered or not, except those for which
/// <see cref="OnlyEndsASection"/> is true.
/// </summary>
public sealed class NumberingEngine
{
    private const int Levels = 9;

    /// <summary>
    /// The longest label: a longer w:lvlText is cut here (real labels such as "Annex %1 (normative)" or "注%1：" are far
    /// shorter), and each number in it is at most <see cref="NumberFormatter.MaxLength"/> characters, so no document can
    /// make a label grow with its start values, its counters or the size of its level text.
    /// </summary>
    public const int MaxLabelLength = 256;

    private readonly NumberingDefinitions _defs;
    private readonly StyleSheet _styles;
    private readonly Dictionary<string, (int? NumId, int? Ilvl)> _styleNumbering = new(StringComparer.Ordinal);
    private readonly Dictionary<int, ResolvedList?> _lists = [];
    private readonly Dictionary<(int NumId, string StyleId), int?> _linkedLevels = [];
    private readonly Dictionary<int, Counters> _counters = [];
    private readonly HashSet<(int NumId, int Level)> _overridesApplied = [];

    public NumberingEngine(NumberingDefinitions definitions, StyleSheet styles)
    {
        _defs = definitions;
        _styles = styles;
    }

    /// <summary>
    /// Advances the numbering by one paragraph and returns its label, or null when the paragraph is not numbered.
    /// </summary>
    /// <param name="paragraphStyleId">w:pPr/w:pStyle/@w:val, or null (the default paragraph style then applies).</param>
    /// <param name="directNumId">w:pPr/w:numPr/w:numId/@w:val, or null when absent.</param>
    /// <param name="directIlvl">w:pPr/w:numPr/w:ilvl/@w:val, or null when absent.</param>
    public NumberLabel? Next(string? paragraphStyleId, int? directNumId, int? directIlvl)
    {
        var styleId = _styles.Get(paragraphStyleId)?.Id ?? _styles.DefaultParagraphStyle?.Id;
        var (styleNumId, styleIlvl) = StyleNumbering(styleId);
        var numId = directNumId ?? styleNumId;
        if (numId is not { } id || id <= 0 || Resolve(id) is not { } list)
        {
            return null;
        }
        var ilvl = directIlvl ?? styleIlvl ?? LinkedLevel(list, styleId) ?? 0;
        ilvl = list.Definition.IsSingleLevel ? 0 : Math.Clamp(ilvl, 0, Levels - 1);
        var level = list.LevelAt(ilvl);
        if (level is null)
        {
            return null;
        }

        var counters = CountersFor(list);
        int value;
        if (list.Num.Override(ilvl)?.StartOverride is { } restartAt && _overridesApplied.Add((id, ilvl)))
        {
            value = restartAt; // the first paragraph of a num with startOverride restarts the shared list
        }
        else
        {
            value = counters.Started[ilvl] ? counters.Values[ilvl] + 1 : list.StartOf(ilvl);
        }
        counters.Values[ilvl] = value;
        counters.Started[ilvl] = true;
        for (var higher = 0; higher < ilvl; higher++)
        {
            if (!counters.Started[higher])
            {
                // a skipped level counts as used at its start value: the next paragraph on it continues from there
                counters.Values[higher] = list.StartOf(higher);
                counters.Started[higher] = true;
                if (list.Num.Override(higher)?.StartOverride is not null)
                {
                    _overridesApplied.Add((id, higher));
                }
            }
        }
        for (var deeper = ilvl + 1; deeper < Levels; deeper++)
        {
            if (RestartsWhenUsed(list.Definition.Level(deeper)?.Restart, deeper, ilvl))
            {
                counters.Started[deeper] = false;
            }
        }

        var text = Bounded(level.IsBullet ? level.LvlText : Render(level, ilvl, list, counters));
        return new NumberLabel(text, id, list.Definition.Id, ilvl, value, level.NumFmt, level.Suffix, level.IsBullet);
    }

    /// <summary>
    /// True when the paragraph carries a section break (w:pPr/w:sectPr) and nothing else: no run content (text, tab, break,
    /// symbol, drawing, object, field …) and no math, only bookmarks, proofing and permission marks, comment ranges and
    /// runs with nothing but properties or a w:lastRenderedPageBreak, also inside w:ins/w:del/w:hyperlink/w:smartTag/
    /// w:customXml/w:sdt. Word does not number such a paragraph (see the class summary).
    /// </summary>
    public static bool OnlyEndsASection(XElement paragraph)
    {
        return paragraph.Element(W.N("pPr"))?.Element(W.N("sectPr")) is not null && !HasContent(paragraph);

        static bool HasContent(XElement container)
        {
            foreach (var e in container.Elements())
            {
                if (e.Name.Namespace != W.Ns)
                {
                    return true; // math, markup compatibility (drawings), anything else
                }
                switch (e.Name.LocalName)
                {
                    case "pPr" or "rPr" or "lastRenderedPageBreak" or "bookmarkStart" or "bookmarkEnd" or "proofErr"
                        or "permStart" or "permEnd" or "commentRangeStart" or "commentRangeEnd" or "moveFromRangeStart"
                        or "moveFromRangeEnd" or "moveToRangeStart" or "moveToRangeEnd" or "sdtPr" or "sdtEndPr"
                        or "smartTagPr" or "customXmlPr":
                        continue;
                    case "t" when e.Value.Length == 0:
                        continue;
                    case "r" or "ins" or "del" or "moveFrom" or "moveTo" or "hyperlink" or "smartTag" or "customXml" or "sdt"
                        or "sdtContent":
                        if (HasContent(e))
                        {
                            return true;
                        }
                        continue;
                    default:
                        return true;
                }
            }
            return false;
        }
    }

    // Default: restart whenever a higher level is used. lvlRestart=n (1-based): only when a level at ilvl < n is used;
    // 0: never; a value that is not a higher level is ignored (ECMA-376 §17.9.10; Word restarts on the named level "or any
    // higher level", [MS-OI29500] notes on lvlRestart).
    private static bool RestartsWhenUsed(int? lvlRestart, int level, int usedLevel)
    {
        if (lvlRestart is not { } n || n > level || n < 0)
        {
            return true;
        }
        return n != 0 && usedLevel < n;
    }

    private static string Render(NumberingLevel level, int ilvl, ResolvedList list, Counters counters)
    {
        var pattern = level.LvlText;
        if (pattern.IndexOf('%') < 0)
        {
            return pattern;
        }
        var sb = new StringBuilder(Math.Min(pattern.Length + 8, MaxLabelLength + NumberFormatter.MaxLength));
        for (var i = 0; i < pattern.Length && sb.Length < MaxLabelLength; i++)
        {
            var c = pattern[i];
            if (c != '%' || i + 1 >= pattern.Length || pattern[i + 1] is < '1' or > '9')
            {
                sb.Append(c);
                continue;
            }
            var k = pattern[i + 1] - '1';
            i++;
            if (k > ilvl)
            {
                continue; // a deeper level's number is ignored
            }
            var value = counters.Values[k]; // every level up to ilvl is in use (see Next)
            var referenced = k == ilvl ? level : list.LevelAt(k);
            var numFmt = referenced?.NumFmt ?? "decimal";
            if (level.IsLegal && numFmt is not ("none" or "decimalZero" or "bullet"))
            {
                numFmt = "decimal";
            }
            sb.Append(NumberFormatter.Format(value, numFmt, referenced?.CustomFormat));
        }
        return sb.ToString();
    }

    /// <summary>Cuts a label to <see cref="MaxLabelLength"/> characters, never inside a surrogate pair.</summary>
    internal static string Bounded(string label)
    {
        if (label.Length <= MaxLabelLength)
        {
            return label;
        }
        var cut = char.IsHighSurrogate(label[MaxLabelLength - 1]) ? MaxLabelLength - 1 : MaxLabelLength;
        return label[..cut];
    }

    private (int? NumId, int? Ilvl) StyleNumbering(string? styleId)
    {
        if (styleId is null)
        {
            return (null, null);
        }
        if (!_styleNumbering.TryGetValue(styleId, out var r))
        {
            _styleNumbering[styleId] = r = _styles.ResolveNumbering(styleId);
        }
        return r;
    }

    // The level whose w:pStyle names the paragraph's style, or failing that one of its bases (nearest first).
    private int? LinkedLevel(ResolvedList list, string? styleId)
    {
        if (styleId is null)
        {
            return null;
        }
        var key = (list.Num.NumId, styleId);
        if (_linkedLevels.TryGetValue(key, out var cached))
        {
            return cached;
        }
        int? found = null;
        foreach (var chainId in _styles.BasedOnChain(styleId))
        {
            found = list.LevelLinkedTo(chainId);
            if (found is not null)
            {
                break;
            }
        }
        _linkedLevels[key] = found;
        return found;
    }

    private ResolvedList? Resolve(int numId)
    {
        if (_lists.TryGetValue(numId, out var cached))
        {
            return cached;
        }
        ResolvedList? list = null;
        if (_defs.GetNum(numId) is { } num && _defs.GetAbstract(num.AbstractNumId) is { } own)
        {
            var (definition, styleNum) = FollowNumStyleLink(own);
            list = new ResolvedList(num, definition, styleNum);
        }
        _lists[numId] = list;
        return list;
    }

    // numStyleLink → the numbering style → its numPr numId → that num's abstractNum (which carries the styleLink);
    // failing that, the abstractNum whose styleLink names the style. Followed a few times at most.
    private (AbstractNumbering Definition, NumberingInstance? StyleNum) FollowNumStyleLink(AbstractNumbering own)
    {
        var current = own;
        NumberingInstance? styleNum = null;
        for (var hop = 0; hop < 4 && current.NumStyleLink is { } link; hop++)
        {
            AbstractNumbering? next = null;
            var style = _styles.Get(link);
            if (style is not null && _styles.ResolveNumbering(style.Id).NumId is { } linkedNumId
                && _defs.GetNum(linkedNumId) is { } linkedNum && _defs.GetAbstract(linkedNum.AbstractNumId) is { } linkedAbstract
                && linkedAbstract.Id != current.Id)
            {
                next = linkedAbstract;
                styleNum = linkedNum;
            }
            next ??= _defs.FindByStyleLink(style?.Id ?? link);
            if (next is null || next.Id == current.Id)
            {
                break;
            }
            current = next;
        }
        return (current, styleNum);
    }

    private Counters CountersFor(ResolvedList list)
    {
        // every w:num of one abstractNum continues the same counters
        if (!_counters.TryGetValue(list.Definition.Id, out var counters))
        {
            _counters[list.Definition.Id] = counters = new Counters();
        }
        return counters;
    }

    private sealed class Counters
    {
        public readonly int[] Values = new int[Levels];
        public readonly bool[] Started = new bool[Levels];
    }

    /// <summary>A w:num with its levels resolved: overrides of the num (then of the linked style's num) over the definition.</summary>
    private sealed class ResolvedList(NumberingInstance num, AbstractNumbering definition, NumberingInstance? styleNum)
    {
        private readonly NumberingLevel?[] _levels = BuildLevels(num, definition, styleNum);

        public NumberingInstance Num { get; } = num;

        public AbstractNumbering Definition { get; } = definition;

        /// <summary>The level definition used at ilvl: an override's replacement lvl, the definition's lvl, or the nearest lower one.</summary>
        public NumberingLevel? LevelAt(int ilvl)
        {
            for (var i = ilvl; i >= 0; i--)
            {
                if (_levels[i] is { } level)
                {
                    return level;
                }
            }
            return null;
        }

        public int StartOf(int ilvl)
        {
            var o = Num.Override(ilvl) ?? styleNum?.Override(ilvl);
            return o?.StartOverride ?? LevelAt(ilvl)?.Start ?? 0;
        }

        public int? LevelLinkedTo(string styleId)
        {
            for (var i = 0; i < Levels; i++)
            {
                if (_levels[i]?.ParagraphStyleId is { } ps && string.Equals(ps, styleId, StringComparison.Ordinal))
                {
                    return i;
                }
            }
            for (var i = 0; i < Levels; i++)
            {
                if (_levels[i]?.ParagraphStyleId is { } ps && string.Equals(ps, styleId, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
            return null;
        }

        private static NumberingLevel?[] BuildLevels(NumberingInstance num, AbstractNumbering definition, NumberingInstance? styleNum)
        {
            var levels = new NumberingLevel?[Levels];
            for (var i = 0; i < Levels; i++)
            {
                levels[i] = num.Override(i)?.Replacement ?? styleNum?.Override(i)?.Replacement ?? definition.Level(i);
            }
            return levels;
        }
    }
}
