using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Mrs.Import.Docx.Equations;
using Mrs.Import.Docx.Numbering;
using Mrs.Import.Docx.Ooxml;
using Mrs.Import.Docx.Package;
using Mrs.Import.Docx.Styles;
using Mrs.Text.Messages;

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
public sealed partial class DocxReader
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

    /// <param name="numberObjects">
    /// Give embedded objects their ids (ObjectID) in document order: LibreOffice writes a random one into every OLE
    /// object of a document it converts, which would make the raw blocks, and so the model, differ on every run.
    /// </param>
    public static WordDocument Read(DocxPackage package, TrackChangesMode trackChanges = TrackChangesMode.Accept, bool numberObjects = false)
    {
        // The main part, nearly all of a document, is parsed on another processor while the other parts are read here,
        // and its blocks are read here as they are parsed.
        var main = package.StreamContainers(package.MainPartPath, W.N("body"));
        DocxReader reader;
        try
        {
            reader = new DocxReader(package, trackChanges) { numberObjects = numberObjects };
        }
        catch (ImportException)
        {
            main.ThrowIfFailed(); // a main part that cannot be read is named first, as when the parts were read one after the other
            throw;
        }
        return reader.ReadDocument(main);
    }

    /// <summary>The main part's blocks as they are parsed, while they are read.</summary>
    private StreamedPart? body;

    private WordDocument ReadDocument(StreamedPart main)
    {
        XDocument? footnotesPart, endnotesPart;
        int comments;
        IReadOnlyDictionary<string, string> coreProperties;
        List<WordBlock> blocks;
        try
        {
            footnotesPart = Part(package.RelatedPart(package.MainPartPath, "/footnotes"));
            endnotesPart = Part(package.RelatedPart(package.MainPartPath, "/endnotes"));
            comments = package.CountRootChildren(package.RelatedPart(package.MainPartPath, "/comments"), W.N("comment"));
            coreProperties = ReadCoreProperties();
            if (!main.HasContainer())
            {
                main.ThrowIfFailed();
                throw new ImportException(Catalog.Get("import.error.noBody"));
            }
            // Some generators write several w:body elements; Word shows them all, one after the other.
            body = main;
            blocks = ReadBlocks(main.Children(), new Context(null, false));
        }
        catch (ImportException)
        {
            main.ThrowIfFailed();
            throw;
        }
        if (main.IsStrict)
        {
            package.NoteStrict();
        }
        body = null;
        CloseOpenFields();

        readingNotes = true;
        var footnotes = ReadNotes(footnotesPart, "footnote");
        var endnotes = ReadNotes(endnotesPart, "endnote");
        statistics.Comments = comments;

        return new WordDocument
        {
            Body = blocks,
            Footnotes = footnotes,
            Endnotes = endnotes,
            Media = media,
            Statistics = statistics,
            StyleNamesInUse = styleNames.Order(StringComparer.Ordinal).ToList(),
            CoreProperties = coreProperties,
            TableOfContents = toc,
        };
    }

    private Dictionary<string, WordNote> ReadNotes(XDocument? doc, string element)
    {
        var result = new Dictionary<string, WordNote>(StringComparer.Ordinal);
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
            && (Structure.TypedLabels.ContentsLine().IsMatch(WordText.Plain(inlines))
                || WordText.Any(inlines, i => i is WordHyperlink { Anchor: { } anchor } && anchor.StartsWith("_Toc", StringComparison.Ordinal)));

        var markChange = pPr?.Element(W.N("rPr"))?.Element(W.N(trackChanges == TrackChangesMode.Accept ? "del" : "ins"));
        if (markChange is not null && NextBlock(p)?.Name.LocalName == "p")
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

    /// <summary>The paragraph, table or content control after a block among its siblings, if any.</summary>
    private XElement? NextBlock(XElement block)
    {
        static bool IsBlock(XElement x) => x.Name.Namespace == W.Ns && x.Name.LocalName is "p" or "tbl" or "sdt";
        body?.ReadAhead(block, IsBlock);
        return block.ElementsAfterSelf().FirstOrDefault(IsBlock);
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
        pPr?.Element(W.N("tabs"))?.Elements(W.N("tab"))
            .Any(t => W.Attr(t, "val") != "clear" && W.Attr(t, "leader") is { } leader && leader != "none") == true;

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
            case "commentReference" or "annotationRef" or "footnoteRef" or "endnoteRef" or "lastRenderedPageBreak" or "separator"
                or "continuationSeparator" or "softHyphen":
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
            (format, characterStyle) = CharacterStyle(rStyle);
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

    private readonly Dictionary<string, (RunFormat Format, string Name)> characterStyles = new(StringComparer.Ordinal);

    /// <summary>What a character style gives a run (its basedOn chain applied from the root), and its name; once per style.</summary>
    private (RunFormat Format, string Name) CharacterStyle(string rStyle)
    {
        if (characterStyles.TryGetValue(rStyle, out var known))
        {
            return known;
        }
        var format = RunFormat.None;
        var name = styles.Get(rStyle)?.Name ?? rStyle;
        foreach (var id in styles.BasedOnChain(rStyle).Reverse())
        {
            format = Apply(format, styles.Get(id)?.RPr);
        }
        if (name.Contains("code", StringComparison.OrdinalIgnoreCase) || name.Contains("HTML", StringComparison.Ordinal))
        {
            format |= RunFormat.Code;
        }
        return characterStyles[rStyle] = (format, name);
    }

    /// <summary>Fonts whose text is code: the generic profile's list "monospaceFonts".</summary>
    private static readonly HashSet<string> MonospaceFonts = Profiles.Profiles.Generic.Words("monospaceFonts")
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

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
}
