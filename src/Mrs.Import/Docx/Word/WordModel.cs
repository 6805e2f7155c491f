using System.Xml.Linq;
using Mrs.Import.Docx.Numbering;

namespace Mrs.Import.Docx.Word;

/// <summary>
/// Word as its editor sees it: paragraphs with style names and the numbers Word draws, runs with formatting, fields,
/// notes, tables and pictures. The first stage of the importer makes this from OOXML; the second stage builds the
/// clause model from it. Nothing here knows about standards.
/// </summary>
public sealed class WordDocument
{
    public required IReadOnlyList<WordBlock> Body { get; init; }
    public required IReadOnlyDictionary<string, WordNote> Footnotes { get; init; }
    public required IReadOnlyDictionary<string, WordNote> Endnotes { get; init; }
    public required IReadOnlyDictionary<string, WordMedia> Media { get; init; }
    public required WordStatistics Statistics { get; init; }
    public required IReadOnlyList<string> StyleNamesInUse { get; init; }
    public required IReadOnlyDictionary<string, string> CoreProperties { get; init; }
    /// <summary>Cached entries of the table of contents: (level, text as shown).</summary>
    public required IReadOnlyList<TocEntry> TableOfContents { get; init; }
}

public sealed record TocEntry(int Level, string Text);

public sealed class WordStatistics
{
    public int Paragraphs { get; set; }
    public int Tables { get; set; }
    public int Insertions { get; set; }
    public int Deletions { get; set; }
    public int Moves { get; set; }
    public int FormatChanges { get; set; }
    public int Comments { get; set; }
    public int HiddenRuns { get; set; }
    /// <summary>Drawn lines without text (rules under a cover title, separators): page decoration, no content.</summary>
    public int DrawnLines { get; set; }
    public int TextBoxes { get; set; }
    public int Pictures { get; set; }
    public int Equations { get; set; }
    public int LegacyObjects { get; set; }
    public int ContentControls { get; set; }
    public List<string> Unsupported { get; } = [];
}

public abstract record WordBlock;

public sealed record WordParagraph : WordBlock
{
    /// <summary>0-based index among all paragraphs of the body (table cells included), in document order.</summary>
    public required int Index { get; init; }
    public string? StyleId { get; init; }
    /// <summary>The style's name as defined in styles.xml ("Normal" when none).</summary>
    public required string StyleName { get; init; }
    /// <summary>The label Word draws before the text (from numbering), when there is one.</summary>
    public NumberLabel? Number { get; init; }
    public int? OutlineLevel { get; init; }
    private readonly IReadOnlyList<WordInline> inlines = [];

    /// <summary>The runs; setting them (also through <c>with</c>) forgets the cached text.</summary>
    public required IReadOnlyList<WordInline> Inlines
    {
        get => inlines;
        init
        {
            inlines = value;
            text = null;
        }
    }

    /// <summary>Inside a TOC field: generated, not content.</summary>
    public bool InTableOfContents { get; init; }
    public string? Alignment { get; init; }
    /// <summary>Tag or alias of the content control the paragraph sits in (cover fields).</summary>
    public string? ContentControl { get; init; }
    /// <summary>Inside a text box or frame.</summary>
    public bool InFrame { get; init; }
    /// <summary>A tab stop with a leader (dots, hyphens, a line) is set on the paragraph or its style: a contents line.</summary>
    public bool LeaderTab { get; init; }

    private string? text;

    /// <summary>The visible text, tabs and line breaks included, without the number label.</summary>
    public string Text => text ??= WordText.Plain(Inlines);

    public bool HasPicture => WordText.Any(Inlines, i => i is WordPicture);

    public bool HasDisplayMath => WordText.Any(Inlines, i => i is WordMath { Display: true });
}

public sealed record WordTable : WordBlock
{
    public string? StyleName { get; init; }
    public required IReadOnlyList<WordRow> Rows { get; init; }
    /// <summary>Relative widths of the grid columns (w:tblGrid), when given.</summary>
    public IReadOnlyList<double> GridWidths { get; init; } = [];
    /// <summary>Index of the first paragraph inside the table.</summary>
    public int FirstParagraph { get; init; }
}

public sealed record WordRow
{
    public bool IsHeader { get; init; }
    public required IReadOnlyList<WordCell> Cells { get; init; }
}

public enum VerticalMerge
{
    None,
    Restart,
    Continue,
}

public sealed record WordCell
{
    public required IReadOnlyList<WordBlock> Blocks { get; init; }
    public int GridSpan { get; init; } = 1;
    public VerticalMerge VMerge { get; init; }
    public string? Alignment { get; init; }
}

/// <summary>Content the Word layer keeps but does not interpret (charts, SmartArt, embedded objects …).</summary>
public sealed record WordRawBlock(string Kind, string Text, string Xml, int ParagraphIndex) : WordBlock;

public sealed record WordNote(string Id, IReadOnlyList<WordBlock> Blocks);

public sealed record WordMedia(string RelationshipId, string PartPath, string ContentType, bool External, string? ExternalUri);

public abstract record WordInline;

[Flags]
public enum RunFormat
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Underline = 4,
    Strike = 8,
    Subscript = 16,
    Superscript = 32,
    Code = 64,
    SmallCaps = 128,
}

public sealed record WordText(string Text, RunFormat Format, string? CharacterStyle = null) : WordInline
{
    /// <summary>Plain text of inlines (what a reader sees, without formatting).</summary>
    public static string Plain(IEnumerable<WordInline> inlines)
    {
        var sb = new System.Text.StringBuilder();
        AppendPlain(inlines, sb);
        return sb.ToString();
    }

    private static void AppendPlain(IEnumerable<WordInline> inlines, System.Text.StringBuilder sb)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case WordText t: sb.Append(t.Text); break;
                case WordTab: sb.Append('\t'); break;
                case WordBreak: sb.Append('\n'); break;
                case WordHyperlink h: AppendPlain(h.Content, sb); break;
                case WordField f: AppendPlain(f.Result, sb); break;
                case WordMath m: sb.Append(m.Text); break;
                case WordNoteReference n when n.CustomMark is not null: sb.Append(n.CustomMark); break;
                case WordTextBox b:
                    foreach (var p in b.Blocks.OfType<WordParagraph>())
                    {
                        sb.Append(p.Text).Append(' ');
                    }
                    break;
            }
        }
    }

    public static bool Any(IEnumerable<WordInline> inlines, Func<WordInline, bool> predicate)
    {
        foreach (var i in inlines)
        {
            if (predicate(i) || i is WordHyperlink h && Any(h.Content, predicate) || i is WordField f && Any(f.Result, predicate))
            {
                return true;
            }
        }
        return false;
    }
}

public sealed record WordTab : WordInline;

/// <summary>A line break (w:br, w:cr); page and column breaks are not kept.</summary>
public sealed record WordBreak : WordInline;

public sealed record WordNoteReference(string Id, bool Endnote, string? CustomMark) : WordInline;

public sealed record WordHyperlink(string? Url, string? Anchor, IReadOnlyList<WordInline> Content) : WordInline;

/// <summary>A field with its cached result as shown: REF/PAGEREF/NOTEREF (cross-references), SEQ (caption numbers), others.</summary>
public sealed record WordField(string Instruction, IReadOnlyList<WordInline> Result) : WordInline
{
    public string Kind => Instruction.TrimStart().Split(' ', 2)[0].ToUpperInvariant();

    /// <summary>Marked for update (w:dirty): Word recomputes it on opening, so an empty result is not what Word shows.</summary>
    public bool Dirty { get; init; }

    /// <summary>The bookmark a REF/PAGEREF/NOTEREF field points to.</summary>
    public string? Target
    {
        get
        {
            var parts = Instruction.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length > 1 && Kind is "REF" or "PAGEREF" or "NOTEREF" ? parts[1].Trim('"') : null;
        }
    }
}

public sealed record WordBookmark(string Name) : WordInline;

public sealed record WordPicture(string? RelationshipId, string? Alt, double? WidthMm, double? HeightMm, bool Legacy) : WordInline;

/// <summary>An equation (OMML); <see cref="Display"/> for a display equation (m:oMathPara).</summary>
public sealed record WordMath(XElement Omml, bool Display, string Text) : WordInline;

/// <summary>A text box or frame anchored in the paragraph, with its content.</summary>
public sealed record WordTextBox(IReadOnlyList<WordBlock> Blocks, string Xml) : WordInline;

/// <summary>An embedded OLE object (legacy equation, chart …): its kind, preview picture and markup.</summary>
public sealed record WordObject(string ProgId, WordPicture? Preview, string Xml) : WordInline;
