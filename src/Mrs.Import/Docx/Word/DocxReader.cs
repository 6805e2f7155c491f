using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Mrs.Import.Docx.Equations;
using Mrs.Import.Docx.Numbering;
using Mrs.Import.Docx.Ooxml;
using Mrs.Import.Docx.Package;
using Mrs.Import.Docx.Styles;

namespace Mrs.Import.Docx.Word;

public enum TrackChangesMode
{
    /// <summary>Show the document as if every tracked change were accepted (Word's "No Markup").</summary>
    Accept,
    /// <summary>Show the document as it was before the tracked changes.</summary>
    Reject,
}

/// <summary>
/// First stage of the importer: OOXML parts to <see cref="WordDocument"/>. Resolves styles by name, numbers through the
/// numbering engine, fields to their shown results, tracked changes to the chosen view, text boxes, pictures, equations
/// and notes. Everything it cannot interpret is kept raw and counted.
/// </summary>
public sealed class DocxReader
{
    private readonly DocxPackage package;
    private readonly TrackChangesMode trackChanges;
    private readonly StyleSheet styles;
    private readonly NumberingEngine numbering;
    private readonly Dictionary<string, PartRelationship> relationships;
    private readonly Dictionary<string, WordMedia> media = new(StringComparer.Ordinal);
    private readonly WordStatistics statistics = new();
    private readonly HashSet<string> styleNames = new(StringComparer.Ordinal);
    private readonly List<TocEntry> toc = [];
    private readonly Stack<FieldFrame> fields = new();
    private int paragraphIndex;
    private bool readingNotes;

    private DocxReader(DocxPackage package, TrackChangesMode trackChanges)
    {
        this.package = package;
        this.trackChanges = trackChanges;
        var main = package.MainPartPath;
        styles = StyleSheet.Parse(Part(package.RelatedPart(main, "/styles"))?.Root);
        numbering = new NumberingEngine(NumberingDefinitions.Parse(Part(package.RelatedPart(main, "/numbering"))?.Root), styles);
        relationships = package.Relationships(main).GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    private XDocument? Part(string? path) => path is null ? null : package.LoadXml(path, optional: true);

    public static WordDocument Read(DocxPackage package, TrackChangesMode trackChanges = TrackChangesMode.Accept)
    {
        var reader = new DocxReader(package, trackChanges);
        return reader.ReadDocument();
    }

    private WordDocument ReadDocument()
    {
        var document = package.LoadXml(package.MainPartPath)!;
        var bodies = document.Root?.Elements(W.N("body")).ToList() ?? [];
        if (bodies.Count == 0)
        {
            throw new ImportException("the main document part has no body");
        }
        // Some generators write several w:body elements; Word shows them all, one after the other.
        var blocks = ReadBlocks(bodies.SelectMany(b => b.Elements()), new Context(null, false));
        CloseOpenFields();

        readingNotes = true;
        var footnotes = ReadNotes(package.RelatedPart(package.MainPartPath, "/footnotes"), "footnote");
        var endnotes = ReadNotes(package.RelatedPart(package.MainPartPath, "/endnotes"), "endnote");
        var comments = Part(package.RelatedPart(package.MainPartPath, "/comments"));
        statistics.Comments = comments?.Root?.Elements(W.N("comment")).Count() ?? 0;

        return new WordDocument
        {
            Body = blocks,
            Footnotes = footnotes,
            Endnotes = endnotes,
            Media = media,
            Statistics = statistics,
            StyleNamesInUse = styleNames.Order(StringComparer.Ordinal).ToList(),
            CoreProperties = ReadCoreProperties(),
            TableOfContents = toc,
        };
    }

    private Dictionary<string, WordNote> ReadNotes(string? part, string element)
    {
        var result = new Dictionary<string, WordNote>(StringComparer.Ordinal);
        var doc = Part(part);
        if (doc?.Root is null)
        {
            return result;
        }
        foreach (var note in doc.Root.Elements(W.N(element)))
        {
            var type = W.Attr(note, "type");
            if (type is "separator" or "continuationSeparator" or "continuationNotice")
            {
                continue;
            }
            var id = W.Attr(note, "id") ?? "";
            fields.Clear();
            result[id] = new WordNote(id, ReadBlocks(note.Elements(), new Context(null, false)));
            CloseOpenFields();
        }
        return result;
    }

    private Dictionary<string, string> ReadCoreProperties()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var part = package.RelatedPart("", "/core-properties") ?? (package.HasPart("docProps/core.xml") ? "docProps/core.xml" : null);
        var doc = Part(part);
        if (doc?.Root is null)
        {
            return result;
        }
        foreach (var e in doc.Root.Elements())
        {
            var value = e.Value.Trim();
            if (value.Length > 0)
            {
                result[e.Name.LocalName] = value;
            }
        }
        return result;
    }

    private sealed record Context(string? ContentControl, bool InFrame);

    private List<WordBlock> ReadBlocks(IEnumerable<XElement> elements, Context context)
    {
        var blocks = new List<WordBlock>();
        foreach (var e in elements)
        {
            ReadBlock(e, context, blocks);
        }
        return blocks;
    }

    private void ReadBlock(XElement e, Context context, List<WordBlock> blocks)
    {
        if (e.Name.Namespace == W.Mc && e.Name.LocalName == "AlternateContent")
        {
            foreach (var child in ChooseAlternate(e))
            {
                ReadBlock(child, context, blocks);
            }
            return;
        }
        if (e.Name.Namespace != W.Ns)
        {
            return;
        }
        switch (e.Name.LocalName)
        {
            case "p":
                if (ReadParagraph(e, context) is { } paragraph)
                {
                    blocks.Add(paragraph);
                }
                break;
            case "tbl":
                blocks.Add(ReadTable(e, context));
                break;
            case "sdt":
                statistics.ContentControls++;
                var props = e.Element(W.N("sdtPr"));
                var tag = W.Val(props, "tag") ?? W.Val(props, "alias") ?? context.ContentControl;
                var content = e.Element(W.N("sdtContent"));
                if (content is not null)
                {
                    foreach (var child in content.Elements())
                    {
                        ReadBlock(child, context with { ContentControl = tag }, blocks);
                    }
                }
                break;
            case "customXml" or "smartTag":
                foreach (var child in e.Elements())
                {
                    ReadBlock(child, context, blocks);
                }
                break;
            case "ins" or "moveTo":
                Count(e.Name.LocalName);
                if (trackChanges == TrackChangesMode.Accept)
                {
                    foreach (var child in e.Elements())
                    {
                        ReadBlock(child, context, blocks);
                    }
                }
                break;
            case "del" or "moveFrom":
                Count(e.Name.LocalName);
                if (trackChanges == TrackChangesMode.Reject)
                {
                    foreach (var child in e.Elements())
                    {
                        ReadBlock(child, context, blocks);
                    }
                }
                break;
            case "altChunk":
                statistics.Unsupported.Add("altChunk");
                blocks.Add(new WordRawBlock("altChunk", "", e.ToString(SaveOptions.DisableFormatting), paragraphIndex));
                break;
            case "sectPr" or "bookmarkEnd" or "commentRangeStart" or "commentRangeEnd" or "permStart" or "permEnd" or "proofErr":
                break;
            case "bookmarkStart":
                pendingBookmarks.Add(W.Attr(e, "name") ?? "");
                break;
        }
    }

    private readonly List<string> pendingBookmarks = [];

    private void Count(string change)
    {
        switch (change)
        {
            case "ins": statistics.Insertions++; break;
            case "del": statistics.Deletions++; break;
            default: statistics.Moves++; break;
        }
    }

    /// <summary>Markup compatibility: take the first Choice whose namespaces we understand, else the Fallback.</summary>
    private static IEnumerable<XElement> ChooseAlternate(XElement alternate)
    {
        var choice = alternate.Elements(W.Mc + "Choice").FirstOrDefault();
        if (choice is not null)
        {
            return choice.Elements();
        }
        return alternate.Element(W.Mc + "Fallback")?.Elements() ?? [];
    }

    // ---------------------------------------------------------------- paragraphs

    /// <summary>
    /// The runs of a paragraph whose mark the chosen view removes (a tracked deletion of the mark when changes are
    /// accepted, a tracked insertion when they are rejected): Word then shows its text at the start of the next paragraph,
    /// which keeps its own properties, and the removed paragraph is neither shown nor numbered.
    /// </summary>
    private readonly List<WordInline> carriedInlines = [];

    private WordParagraph? ReadParagraph(XElement p, Context context)
    {
        var pPr = p.Element(W.N("pPr"));
        var styleId = W.Val(pPr, "pStyle");
        var style = styles.Get(styleId) ?? styles.DefaultParagraphStyle;
        var styleName = style?.Name ?? "Normal";
        var numPr = pPr?.Element(W.N("numPr"));
        int? directNumId = null, directIlvl = null;
        if (numPr is not null)
        {
            directNumId = W.IntVal(numPr, "numId");
            directIlvl = W.IntVal(numPr, "ilvl");
        }
        if (pPr?.Element(W.N("rPr"))?.Element(W.N("del")) is not null || pPr?.Element(W.N("rPr"))?.Element(W.N("ins")) is not null)
        {
            Count(pPr.Element(W.N("rPr"))!.Element(W.N("del")) is not null ? "del" : "ins");
        }
        if (pPr?.Element(W.N("pPrChange")) is not null)
        {
            statistics.FormatChanges++;
        }

        var index = readingNotes ? -1 : paragraphIndex++;
        if (!readingNotes)
        {
            statistics.Paragraphs++;
            styleNames.Add(styleName);
        }
        var inTocAtStart = fields.Any(f => f.Kind == "TOC" && f.InResult);
        var inlines = new List<WordInline>(carriedInlines);
        carriedInlines.Clear();
        foreach (var name in pendingBookmarks)
        {
            inlines.Add(new WordBookmark(name));
        }
        pendingBookmarks.Clear();
        currentInlines = inlines;
        ReadInlines(p.Elements(), inlines, context);
        FlushSpanningFields(inlines);
        var inToc = inTocAtStart || fields.Any(f => f.Kind == "TOC" && f.InResult) || tocFieldEndedHere;
        tocFieldEndedHere = false;
        // A paragraph in a contents style outside the field is a contents line when it looks like one (a page number
        // after a tab, or a link to a heading's _Toc bookmark); some documents use "toc 1" for ordinary text.
        inToc |= styleName.StartsWith("toc ", StringComparison.OrdinalIgnoreCase)
            && (Structure.TypedLabels.ContentsLine().IsMatch(WordText.Plain(inlines)) || WordText.Any(inlines, i => i is WordHyperlink { Anchor: { } anchor } && anchor.StartsWith("_Toc", StringComparison.Ordinal)));

        var markChange = pPr?.Element(W.N("rPr"))?.Element(W.N(trackChanges == TrackChangesMode.Accept ? "del" : "ins"));
        if (markChange is not null && p.ElementsAfterSelf().FirstOrDefault(x => x.Name.Namespace == W.Ns && x.Name.LocalName is "p" or "tbl" or "sdt")?.Name.LocalName == "p")
        {
            carriedInlines.AddRange(inlines);
            return null;
        }

        var label = readingNotes || context.InFrame || NumberingEngine.OnlyEndsASection(p)
            ? null
            : numbering.Next(styleId ?? style?.Id, directNumId, directIlvl);
        var paragraph = new WordParagraph
        {
            Index = index,
            StyleId = styleId,
            StyleName = styleName,
            Number = label,
            OutlineLevel = W.IntVal(pPr, "outlineLvl") ?? styles.ResolveOutlineLevel(styleId ?? style?.Id),
            Inlines = inlines,
            InTableOfContents = inToc,
            Alignment = W.Val(pPr, "jc"),
            ContentControl = context.ContentControl,
            InFrame = context.InFrame || pPr?.Element(W.N("framePr")) is not null,
            LeaderTab = HasLeaderTab(pPr) || StyleHasLeaderTab(style?.Id),
        };
        if (inToc && !readingNotes)
        {
            var text = paragraph.Text.Trim();
            if (text.Length > 0)
            {
                var level = styleName.StartsWith("toc ", StringComparison.OrdinalIgnoreCase) && int.TryParse(styleName[4..], out var l) ? l : 1;
                toc.Add(new TocEntry(level, text));
            }
        }
        return paragraph;
    }

    private readonly Dictionary<string, bool> styleLeaderTabs = new(StringComparer.Ordinal);

    private bool StyleHasLeaderTab(string? styleId)
    {
        if (styleId is null)
        {
            return false;
        }
        if (!styleLeaderTabs.TryGetValue(styleId, out var has))
        {
            styleLeaderTabs[styleId] = has = styles.BasedOnChain(styleId).Any(id => HasLeaderTab(styles.Get(id)?.PPr));
        }
        return has;
    }

    private static bool HasLeaderTab(XElement? pPr) =>
        pPr?.Element(W.N("tabs"))?.Elements(W.N("tab")).Any(t => W.Attr(t, "val") != "clear" && W.Attr(t, "leader") is { } leader && leader != "none") == true;

    private List<WordInline> currentInlines = [];
    private bool tocFieldEndedHere;

    private void ReadInlines(IEnumerable<XElement> elements, List<WordInline> output, Context context)
    {
        foreach (var e in elements)
        {
            ReadInline(e, output, context);
        }
    }

    private void ReadInline(XElement e, List<WordInline> output, Context context)
    {
        if (e.Name.Namespace == W.M)
        {
            ReadMath(e, output);
            return;
        }
        if (e.Name.Namespace == W.Mc && e.Name.LocalName == "AlternateContent")
        {
            ReadInlines(ChooseAlternate(e), output, context);
            return;
        }
        if (e.Name.Namespace != W.Ns)
        {
            return;
        }
        switch (e.Name.LocalName)
        {
            case "r":
                ReadRun(e, output, context);
                break;
            case "hyperlink":
            {
                var content = new List<WordInline>();
                ReadInlines(e.Elements(), content, context);
                var relId = e.Attribute(W.R + "id")?.Value;
                var url = relId is not null && relationships.TryGetValue(relId, out var rel) ? rel.Target : null;
                Emit(output, new WordHyperlink(url, W.Attr(e, "anchor"), content));
                break;
            }
            case "fldSimple":
            {
                var content = new List<WordInline>();
                ReadInlines(e.Elements(), content, context);
                Emit(output, MakeField(W.Attr(e, "instr") ?? "", content, IsOn(e, "dirty")));
                break;
            }
            case "ins" or "moveTo":
                Count(e.Name.LocalName);
                if (trackChanges == TrackChangesMode.Accept)
                {
                    ReadInlines(e.Elements(), output, context);
                }
                break;
            case "del" or "moveFrom":
                Count(e.Name.LocalName);
                if (trackChanges == TrackChangesMode.Reject)
                {
                    ReadInlines(e.Elements(), output, context);
                }
                break;
            case "smartTag" or "customXml" or "dir" or "bdo":
                ReadInlines(e.Elements(), output, context);
                break;
            case "sdt":
                statistics.ContentControls++;
                ReadInlines(e.Element(W.N("sdtContent"))?.Elements() ?? [], output, context);
                break;
            case "bookmarkStart":
                Emit(output, new WordBookmark(W.Attr(e, "name") ?? ""));
                break;
        }
    }

    private void ReadRun(XElement run, List<WordInline> output, Context context)
    {
        var rPr = run.Element(W.N("rPr"));
        if (W.OnOff(rPr, "vanish") == true || W.OnOff(rPr, "specVanish") == true)
        {
            // Hidden text is not shown by Word. Field instructions are never hidden this way; keep field state moving.
            if (run.Elements().Any(c => c.Name == W.N("fldChar")))
            {
                foreach (var c in run.Elements())
                {
                    ReadRunChild(c, RunFormat.None, null, output, context, deleted: false);
                }
            }
            else if (run.Elements(W.N("t")).Any(t => t.Value.Length > 0))
            {
                statistics.HiddenRuns++;
            }
            return;
        }
        var (format, characterStyle) = Format(rPr);
        var deleted = run.Parent?.Name == W.N("del") || run.Parent?.Name == W.N("moveFrom");
        symbolFont = string.Equals(rPr?.Element(W.N("rFonts"))?.Attribute(W.N("ascii"))?.Value, "Symbol", StringComparison.OrdinalIgnoreCase);
        foreach (var child in run.Elements())
        {
            ReadRunChild(child, format, characterStyle, output, context, deleted);
        }
    }

    private void ReadRunChild(XElement c, RunFormat format, string? characterStyle, List<WordInline> output, Context context, bool deleted)
    {
        if (c.Name.Namespace == W.Mc && c.Name.LocalName == "AlternateContent")
        {
            foreach (var alt in ChooseAlternate(c))
            {
                ReadRunChild(alt, format, characterStyle, output, context, deleted);
            }
            return;
        }
        if (c.Name.Namespace != W.Ns)
        {
            return;
        }
        switch (c.Name.LocalName)
        {
            case "t":
                Emit(output, new WordText(symbolFont ? FromSymbolFont(c.Value) : c.Value, format, characterStyle));
                break;
            case "delText":
                if (deleted && trackChanges == TrackChangesMode.Reject)
                {
                    Emit(output, new WordText(c.Value, format, characterStyle));
                }
                break;
            case "instrText":
                if (fields.Count > 0 && !fields.Peek().InResult)
                {
                    fields.Peek().Instruction.Append(c.Value);
                }
                break;
            case "tab" or "ptab":
                Emit(output, new WordTab());
                break;
            case "br":
                var type = W.Attr(c, "type");
                if (type is null or "textWrapping")
                {
                    Emit(output, new WordBreak());
                }
                break;
            case "cr":
                Emit(output, new WordBreak());
                break;
            case "noBreakHyphen":
                Emit(output, new WordText("\u2011", format, characterStyle));
                break;
            case "sym":
                Emit(output, new WordText(Symbol(c), format, characterStyle));
                break;
            case "fldChar":
                OnFieldChar(c, output);
                break;
            case "footnoteReference":
                Emit(output, new WordNoteReference(W.Attr(c, "id") ?? "", false, W.OnOff(c, "customMarkFollows") == true ? "" : null));
                break;
            case "endnoteReference":
                Emit(output, new WordNoteReference(W.Attr(c, "id") ?? "", true, null));
                break;
            case "drawing":
                ReadDrawing(c, output, context);
                break;
            case "pict":
                ReadVml(c, output, context);
                break;
            case "object":
                ReadObject(c, output);
                break;
            case "commentReference" or "annotationRef" or "footnoteRef" or "endnoteRef" or "lastRenderedPageBreak" or "separator" or "continuationSeparator" or "softHyphen":
                break;
        }
    }

    private (RunFormat, string?) Format(XElement? rPr)
    {
        var format = RunFormat.None;
        var rStyle = W.Val(rPr, "rStyle");
        string? characterStyle = null;
        if (rStyle is not null)
        {
            var style = styles.Get(rStyle);
            characterStyle = style?.Name ?? rStyle;
            foreach (var id in styles.BasedOnChain(rStyle).Reverse())
            {
                format = Apply(format, styles.Get(id)?.RPr);
            }
            if (characterStyle.Contains("code", StringComparison.OrdinalIgnoreCase) || characterStyle.Contains("HTML", StringComparison.Ordinal))
            {
                format |= RunFormat.Code;
            }
        }
        format = Apply(format, rPr);
        var font = rPr?.Element(W.N("rFonts"))?.Attribute(W.N("ascii"))?.Value;
        if (font is not null && MonospaceFonts.Contains(font))
        {
            format |= RunFormat.Code;
        }
        if (rPr?.Element(W.N("rPrChange")) is not null)
        {
            statistics.FormatChanges++;
        }
        return (format, characterStyle);
    }

    private static readonly HashSet<string> MonospaceFonts = new(StringComparer.OrdinalIgnoreCase)
    {
        "Courier New", "Courier", "Consolas", "Lucida Console", "Menlo", "Monaco", "Source Code Pro", "DejaVu Sans Mono", "Liberation Mono", "Cascadia Code", "Cascadia Mono",
    };

    private static RunFormat Apply(RunFormat format, XElement? rPr)
    {
        if (rPr is null)
        {
            return format;
        }
        format = Toggle(format, RunFormat.Bold, W.OnOff(rPr, "b"));
        format = Toggle(format, RunFormat.Italic, W.OnOff(rPr, "i"));
        format = Toggle(format, RunFormat.Strike, W.OnOff(rPr, "strike") ?? W.OnOff(rPr, "dstrike"));
        format = Toggle(format, RunFormat.SmallCaps, W.OnOff(rPr, "smallCaps"));
        var underline = W.Val(rPr, "u");
        if (underline is not null)
        {
            format = Toggle(format, RunFormat.Underline, underline != "none");
        }
        switch (W.Val(rPr, "vertAlign"))
        {
            case "superscript": format = (format | RunFormat.Superscript) & ~RunFormat.Subscript; break;
            case "subscript": format = (format | RunFormat.Subscript) & ~RunFormat.Superscript; break;
            case "baseline": format &= ~(RunFormat.Superscript | RunFormat.Subscript); break;
        }
        return format;
    }

    private static RunFormat Toggle(RunFormat format, RunFormat flag, bool? on) =>
        on switch { true => format | flag, false => format & ~flag, null => format };

    /// <summary>w:sym: a character from a symbol font; Symbol-font code points are mapped to Unicode where known.</summary>
    internal static string SymbolCharacter(XElement sym) => Symbol(sym);

    private static string Symbol(XElement sym)
    {
        var code = W.Attr(sym, "char");
        if (code is null || !int.TryParse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            return "";
        }
        if (value >= 0xF000)
        {
            value -= 0xF000;
        }
        var font = W.Attr(sym, "font") ?? "";
        if (font.Equals("Symbol", StringComparison.OrdinalIgnoreCase) && SymbolFont.TryGetValue(value, out var mapped))
        {
            return mapped;
        }
        return value is >= 0x20 and < 0xD800 ? char.ConvertFromUtf32(value) : "";
    }

    private static readonly Dictionary<int, string> SymbolFont = BuildSymbolFont();

    private bool symbolFont;

    /// <summary>Text typed in the Symbol font shows Symbol's glyphs ('a' is α, U+F028 is "("): write what Word shows.</summary>
    private static string FromSymbolFont(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var code = ch is >= '\uF020' and <= '\uF0FF' ? ch - 0xF000 : ch;
            sb.Append(SymbolFont.TryGetValue(code, out var mapped) ? mapped : ch.ToString());
        }
        return sb.ToString();
    }

    /// <summary>The Symbol font's code points (Adobe Symbol encoding) in Unicode.</summary>
    private static Dictionary<int, string> BuildSymbolFont()
    {
        var map = new Dictionary<int, string>();
        const string low = " !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼";
        for (var i = 0; i < low.Length; i++)
        {
            map[0x20 + i] = low[i].ToString();
        }
        const string high = "€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑⎛⎜⎝⎡⎢⎣⎧⎨⎩⎪ 〉∫⌠⎮⌡⎞⎟⎠⎤⎥⎦⎫⎬⎭";
        for (var i = 0; i < high.Length; i++)
        {
            if (high[i] != ' ')
            {
                map[0xA0 + i] = high[i].ToString();
            }
        }
        return map;
    }

    // ---------------------------------------------------------------- fields

    private sealed class FieldFrame
    {
        public StringBuilder Instruction { get; } = new();
        public List<WordInline> Result { get; } = [];
        public bool InResult { get; set; }
        public bool Spanning { get; set; }
        /// <summary>The entry a drop-down form field shows (FORMDROPDOWN: w:ffData/w:ddList), when it is one.</summary>
        public string? DropDownEntry { get; init; }
        /// <summary>w:dirty: Word updates the field when it opens the document, so its cached result is not what it shows.</summary>
        public bool Dirty { get; init; }
        public string Kind => Instruction.ToString().TrimStart().Split(' ', 2)[0].ToUpperInvariant();
    }

    private void OnFieldChar(XElement fldChar, List<WordInline> output)
    {
        switch (W.Attr(fldChar, "fldCharType"))
        {
            case "begin":
                fields.Push(new FieldFrame { DropDownEntry = DropDownEntry(fldChar), Dirty = IsOn(fldChar, "dirty") });
                break;
            case "separate":
                if (fields.Count > 0)
                {
                    fields.Peek().InResult = true;
                }
                break;
            case "end":
                if (fields.Count == 0)
                {
                    break;
                }
                var frame = fields.Pop();
                if (frame.Kind == "TOC")
                {
                    tocFieldEndedHere = true;
                }
                if (frame.Spanning)
                {
                    // Its result spread over paragraphs and was emitted as it came.
                    Emit(output, new WordText("", RunFormat.None));
                    break;
                }
                if (frame.DropDownEntry is { } entry && frame.Kind == "FORMDROPDOWN" && !frame.Result.OfType<WordText>().Any(t => t.Text.Trim().Length > 0))
                {
                    // Word shows the chosen entry of a drop-down form field, and writers (LibreOffice among them)
                    // often leave the field result empty: the entry is the text.
                    frame.Result.Add(new WordText(entry, RunFormat.None));
                }
                Emit(output, MakeField(frame.Instruction.ToString(), frame.Result, frame.Dirty));
                break;
        }
    }

    /// <summary>The entry a drop-down form field shows: w:result (0-based), else w:default, else the first.</summary>
    private static string? DropDownEntry(XElement fldChar)
    {
        var list = fldChar.Element(W.N("ffData"))?.Element(W.N("ddList"));
        if (list is null)
        {
            return null;
        }
        var entries = list.Elements(W.N("listEntry")).Select(e => W.Attr(e, "val") ?? "").ToList();
        var index = W.IntVal(list, "result") ?? W.IntVal(list, "default") ?? 0;
        return index >= 0 && index < entries.Count ? entries[index] : null;
    }

    /// <summary>An on/off attribute (w:dirty="true", "1", "on"; absent is off).</summary>
    private static bool IsOn(XElement element, string name) => W.Attr(element, name) is "true" or "1" or "on";

    private static WordInline MakeField(string instruction, List<WordInline> result, bool dirty)
    {
        var trimmed = instruction.Trim();
        if (trimmed.StartsWith("HYPERLINK", StringComparison.OrdinalIgnoreCase))
        {
            var parts = SplitInstruction(trimmed);
            string? url = null, anchor = null;
            for (var i = 1; i < parts.Count; i++)
            {
                if (parts[i] == "\\l" && i + 1 < parts.Count)
                {
                    anchor = parts[++i];
                }
                else if (!parts[i].StartsWith('\\') && url is null)
                {
                    url = parts[i];
                }
            }
            return new WordHyperlink(url, anchor, result);
        }
        return new WordField(trimmed, result) { Dirty = dirty };
    }

    private static List<string> SplitInstruction(string instruction)
    {
        var parts = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        foreach (var ch in instruction)
        {
            if (ch == '"')
            {
                quoted = !quoted;
                continue;
            }
            if (char.IsWhiteSpace(ch) && !quoted)
            {
                if (sb.Length > 0)
                {
                    parts.Add(sb.ToString());
                    sb.Clear();
                }
                continue;
            }
            sb.Append(ch);
        }
        if (sb.Length > 0)
        {
            parts.Add(sb.ToString());
        }
        return parts;
    }

    /// <summary>Sends an inline to the innermost open field result, to nothing while a field instruction is being read, or to the output.</summary>
    private void Emit(List<WordInline> output, WordInline inline)
    {
        if (fields.Count > 0)
        {
            var top = fields.Peek();
            if (!top.InResult)
            {
                return; // runs between begin and separate are the instruction, not shown text
            }
            if (!top.Spanning)
            {
                top.Result.Add(inline);
                return;
            }
        }
        output.Add(inline);
    }

    /// <summary>At the end of a paragraph, results of fields still open are shown in this paragraph; they go on in the next.</summary>
    private void FlushSpanningFields(List<WordInline> paragraphInlines)
    {
        if (fields.Count == 0)
        {
            return;
        }
        foreach (var frame in fields.Reverse())
        {
            if (frame.InResult && !frame.Spanning)
            {
                paragraphInlines.AddRange(frame.Result);
                frame.Result.Clear();
                frame.Spanning = true;
            }
            else if (!frame.InResult)
            {
                frame.Spanning = true;
            }
        }
    }

    private void CloseOpenFields()
    {
        fields.Clear();
    }

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
            Emit(output, new WordPicture(RegisterMedia(image.Attribute(W.R + "id")?.Value), shape?.Attribute("alt")?.Value ?? image.Attribute(W.Oa + "title")?.Value, w, h, Legacy: true));
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
        Emit(output, new WordObject(progId, preview, obj.ToString(SaveOptions.DisableFormatting)));
    }

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
            media[relId] = new WordMedia(relId, rel.External ? "" : rel.Target, rel.External ? "" : package.ContentType(rel.Target), rel.External, rel.External ? rel.Target : null);
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
            if (value.EndsWith(unit, StringComparison.Ordinal) && double.TryParse(value[..^unit.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                return System.Math.Round(v * mm, 1);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- tables

    private WordTable ReadTable(XElement tbl, Context context)
    {
        statistics.Tables++;
        var first = paragraphIndex;
        var styleName = styles.Get(W.Val(tbl.Element(W.N("tblPr")), "tblStyle"))?.Name;
        var grid = tbl.Element(W.N("tblGrid"))?.Elements(W.N("gridCol"))
            .Select(g => double.TryParse(W.Attr(g, "w"), NumberStyles.Float, CultureInfo.InvariantCulture, out var w) ? w : 0).ToList() ?? [];
        var total = grid.Sum();
        var widths = total > 0 ? grid.Select(w => System.Math.Round(w / total, 4)).ToList() : [];
        var rows = new List<WordRow>();
        foreach (var tr in RowElements(tbl))
        {
            var trPr = tr.Element(W.N("trPr"));
            var cells = new List<WordCell>();
            foreach (var tc in CellElements(tr))
            {
                var tcPr = tc.Element(W.N("tcPr"));
                var vMerge = tcPr?.Element(W.N("vMerge"));
                var merge = vMerge is null ? VerticalMerge.None : W.Attr(vMerge, "val") == "restart" ? VerticalMerge.Restart : VerticalMerge.Continue;
                var blocks = ReadBlocks(tc.Elements().Where(x => x.Name != W.N("tcPr")), context);
                var align = blocks.OfType<WordParagraph>().Select(p => p.Alignment).FirstOrDefault(a => a is not null);
                cells.Add(new WordCell { Blocks = blocks, GridSpan = System.Math.Max(1, W.IntVal(tcPr, "gridSpan") ?? 1), VMerge = merge, Alignment = align });
            }
            rows.Add(new WordRow { IsHeader = W.OnOff(trPr, "tblHeader") == true, Cells = cells });
        }
        return new WordTable { StyleName = styleName, Rows = rows, GridWidths = widths, FirstParagraph = first };
    }

    private IEnumerable<XElement> RowElements(XElement container)
    {
        foreach (var e in container.Elements())
        {
            if (e.Name == W.N("tr"))
            {
                yield return e;
            }
            else if (e.Name == W.N("sdt") || e.Name == W.N("customXml") || e.Name == W.N("sdtContent"))
            {
                foreach (var r in RowElements(e.Name == W.N("sdt") ? e.Element(W.N("sdtContent")) ?? e : e))
                {
                    yield return r;
                }
            }
            else if (e.Name == W.N("ins") && trackChanges == TrackChangesMode.Accept || e.Name == W.N("del") && trackChanges == TrackChangesMode.Reject)
            {
                foreach (var r in RowElements(e))
                {
                    yield return r;
                }
            }
        }
    }

    private IEnumerable<XElement> CellElements(XElement row)
    {
        foreach (var e in row.Elements())
        {
            if (e.Name == W.N("tc"))
            {
                yield return e;
            }
            else if (e.Name == W.N("sdt") || e.Name == W.N("customXml") || e.Name == W.N("sdtContent"))
            {
                foreach (var c in CellElements(e.Name == W.N("sdt") ? e.Element(W.N("sdtContent")) ?? e : e))
                {
                    yield return c;
                }
            }
        }
    }
}
