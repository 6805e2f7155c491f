using System.Text.RegularExpressions;
using Mrs.Import.Docx.Word;
using Mrs.Import.Profiles;
using Mrs.Model;
using Mrs.Text.Language;

namespace Mrs.Import.Structure;

/// <summary>
/// Second stage of the importer: walks the Word layer paragraph by paragraph and builds the standard's structure with
/// the help of a profile (style name → role), the numbers Word draws, and the numbers typed into the text. Cross-
/// references are written to bookmarks ("#bm:NAME") and resolved once every element's id is known (CrossReferences).
/// </summary>
internal sealed partial class StructureBuilder : IInlineContext
{
    private readonly WordDocument word;
    private readonly ImportProfile profile;
    private readonly ImportSession session;

    private enum Phase { Cover, Front, Body, Annexes, Bibliography, Index }

    private Phase phase = Phase.Cover;
    private readonly List<SectionNode> preface = [];
    private readonly List<ClauseNode> clauses = [];
    private readonly List<AnnexNode> annexes = [];
    private BibliographyNode? bibliography;
    private SectionNode? index;
    private readonly List<(WordParagraph Paragraph, StyleRole Role)> cover = [];

    private ContainerNode? container;
    private readonly List<ClauseNode> clauseStack = [];
    private TermNode? term;
    private readonly List<ListNode> openLists = [];
    private NoteNode? lastNote;
    private Node? lastBlock;
    private bool whereMode;
    private bool keyMode;
    private (string? Number, string? Title, int Paragraph, List<string> Bookmarks)? pendingTableTitle;
    private bool termStylesInUse;
    private int coverBoundary;
    private List<WordBlock> blocks = [];
    /// <summary>The index in <see cref="blocks"/> of the block being read.</summary>
    private int position;

    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<int, WordParagraph> nextParagraphs = [];
    private readonly Dictionary<string, string> bookmarkTargets = new(StringComparer.Ordinal);
    private readonly List<string> paragraphBookmarks = [];
    private readonly Dictionary<string, string> footnoteIds = new(StringComparer.Ordinal);
    private readonly List<(string WordId, bool Endnote, string ModelId, string? Mark)> footnoteOrder = [];
    private int footnoteCounter;
    private int unnumberedTerms;
    private int unnumberedFigures;
    private int unnumberedTables;
    private int unnumberedFormulas;
    private int endnoteCounter;

    public StructureBuilder(WordDocument word, ImportProfile profile, ImportSession session)
    {
        this.word = word;
        this.profile = profile;
        this.session = session;
    }

    public IReadOnlyDictionary<string, string> BookmarkTargets => bookmarkTargets;

    public ImportedStructure Build()
    {
        var paragraphs = Flatten(word.Body).ToList();
        blocks = paragraphs;
        WordParagraph? previous = null;
        foreach (var paragraph in paragraphs.OfType<WordParagraph>().Where(x => x.Text.Trim().Length > 0 || NumberOnly(x)))
        {
            if (previous is not null)
            {
                nextParagraphs[previous.Index] = paragraph;
            }
            previous = paragraph;
        }
        termStylesInUse = paragraphs.OfType<WordParagraph>().Any(p => Role(p).Kind is RoleKind.Term or RoleKind.TermNumber or RoleKind.TermPreferred);
        coverBoundary = FindCoverBoundary(paragraphs);

        for (var i = 0; i < paragraphs.Count; i++)
        {
            position = i;
            switch (paragraphs[i])
            {
                case WordParagraph p:
                    OnParagraph(p, i);
                    break;
                case WordTable t:
                    OnTable(t, i);
                    break;
                case WordRawBlock raw:
                    Add(new LeafNode(new RawBlock { Kind = raw.Kind, Origin = $"docx paragraph {raw.ParagraphIndex + 1}", Text = raw.Text, Format = OoxmlFormat, Content = raw.Xml }) { Paragraph = raw.ParagraphIndex });
                    session.Report.RawBlocks.Add($"{raw.Kind} at paragraph {raw.ParagraphIndex + 1}");
                    break;
            }
        }
        FlushTableTitle();
        CloseLists();

        var assembler = new ModelAssembler();
        var metadata = CoverReader.Read(cover, word.CoreProperties, session, preface);
        var document = new StandardDocument
        {
            Metadata = metadata,
            Preface = preface.Select((s, i) => assembler.Section(s, $"/preface/{i}")).ToList(),
            Clauses = clauses.Select((c, i) => assembler.Clause(c, $"/clauses/{i}")).ToList(),
            Annexes = annexes.Select((a, i) => assembler.Annex(a, $"/annexes/{i}")).ToList(),
            Bibliography = bibliography is null ? null : assembler.Bibliography(bibliography, "/bibliography"),
            Index = index is null ? null : assembler.Section(index, "/index"),
            Footnotes = BuildFootnotes(),
        };
        foreach (var entry in assembler.Unnamed)
        {
            session.Report.Warnings.Add($"term entry {entry} has no designation the importer could find");
        }
        return new ImportedStructure(document, assembler.SourceMap);
    }

    internal const string OoxmlFormat = "application/vnd.openxmlformats-officedocument.wordprocessingml+xml";

    /// <summary>Body blocks in order; paragraphs of text boxes outside the cover come after their anchor paragraph.</summary>
    private static IEnumerable<WordBlock> Flatten(IReadOnlyList<WordBlock> blocks) => blocks;

    /// <summary>
    /// The paragraph's role: its style's in the profile; a paragraph of body text that Word gives an outline level
    /// (w:outlineLvl, set on the paragraph or its style: it is then a heading in Word's navigation pane and contents) is
    /// a heading at that level, as in documents converted from PDF that carry no heading styles.
    /// </summary>
    private StyleRole Role(WordParagraph p)
    {
        var role = profile.RoleOf(p.StyleName);
        return role is null or { Kind: RoleKind.Body } && OutlineRole(p) is { } outline ? outline : role ?? StyleRole.Body;
    }

    private static StyleRole? OutlineRole(WordParagraph p) =>
        p.OutlineLevel is >= 0 and <= 8 ? new StyleRole(RoleKind.Heading, p.OutlineLevel.Value + 1) : null;

    /// <summary>
    /// Where the cover ends: the first paragraph that starts the document proper (a section title, the table of contents,
    /// a heading). Everything before it is cover when the document has front matter or cover styles; otherwise the
    /// document has no cover and its first paragraphs are content.
    /// </summary>
    private int FindCoverBoundary(List<WordBlock> blocks)
    {
        var hasCoverStyles = false;
        var unnumberedHeadingAt = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not WordParagraph p)
            {
                continue;
            }
            var role = Role(p);
            if (role.Kind == RoleKind.Cover)
            {
                hasCoverStyles = true;
                continue;
            }
            var text = p.Text.Trim();
            var structural = p.InTableOfContents
                || role.Kind is RoleKind.SectionTitle or RoleKind.DocumentTitle or RoleKind.AnnexDesignation or RoleKind.BibliographyTitle
                || role.Kind is RoleKind.Heading or RoleKind.Untitled && text.Length > 0
                || ClauseTitles.IsForeword(text) || ClauseTitles.IsContents(text);
            if (structural)
            {
                var frontMatter = p.InTableOfContents || role.Kind is RoleKind.SectionTitle or RoleKind.DocumentTitle
                    || ClauseTitles.IsForeword(text) || ClauseTitles.IsContents(text) || ClauseTitles.IsIntroduction(text);
                if (hasCoverStyles || frontMatter)
                {
                    return i;
                }
                if (role.Kind == RoleKind.Heading && !IsNumberedHeading(p, text))
                {
                    // A cover without cover styles may still set outline levels on its lines (documents converted from
                    // PDF make "中华人民共和国国家标准" a heading): the cover ends at the contents or the foreword if
                    // one follows before any numbered clause.
                    if (unnumberedHeadingAt < 0)
                    {
                        unnumberedHeadingAt = i;
                    }
                    continue;
                }
                return 0;
            }
            if (unnumberedHeadingAt >= 0 && i - unnumberedHeadingAt > CoverLookAhead)
            {
                return 0;
            }
        }
        return hasCoverStyles ? blocks.Count : 0;
    }

    /// <summary>How many blocks past an unnumbered heading the cover's end (contents, foreword) is looked for.</summary>
    private const int CoverLookAhead = 300;

    private static bool IsNumberedHeading(WordParagraph p, string text) =>
        p.Number is { IsBullet: false } || TypedLabels.NumberedHeading().IsMatch(text) || TypedLabels.AnnexDesignation().Match(text) is { Success: true, Groups: var g } && g["word"].Success;

    // ------------------------------------------------------------------ the walk

    /// <summary>
    /// A cover paragraph with its own text only, then the paragraphs of the text boxes anchored in it, each once: a
    /// line of the cover never carries the text of the boxes drawn from it (LibreOffice writes the frames of a .doc
    /// cover as text boxes anchored in cover paragraphs, a framed table as a text box holding the table).
    /// </summary>
    private void AddToCover(WordParagraph p, StyleRole role)
    {
        var boxes = p.Inlines.OfType<WordTextBox>().ToList();
        var own = boxes.Count == 0 ? p : p with { Inlines = p.Inlines.Where(i => i is not WordTextBox).ToList() };
        if (own.Text.Trim().Length > 0)
        {
            cover.Add((own, role));
        }
        foreach (var inner in boxes.SelectMany(b => Paragraphs(b.Blocks)))
        {
            AddToCover(inner, Role(inner));
        }
    }

    /// <summary>The paragraphs of blocks, those in table cells included (a framed table becomes a text box holding it).</summary>
    private static IEnumerable<WordParagraph> Paragraphs(IEnumerable<WordBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case WordParagraph p:
                    yield return p;
                    break;
                case WordTable t:
                    foreach (var p in t.Rows.SelectMany(r => r.Cells).SelectMany(c => Paragraphs(c.Blocks)))
                    {
                        yield return p;
                    }
                    break;
            }
        }
    }

    private void OnParagraph(WordParagraph p, int position)
    {
        var role = Role(p);
        var text = p.Text.Trim();

        if (phase == Phase.Cover && position < coverBoundary)
        {
            AddToCover(p, role);
            return;
        }
        if (phase == Phase.Cover)
        {
            phase = Phase.Front;
        }
        if (p.InTableOfContents || role.Kind == RoleKind.TocEntry)
        {
            return; // generated: the cached entries are kept in WordDocument.TableOfContents as a cross-check only
        }
        if (p.LeaderTab && TypedLabels.ContentsLine().IsMatch(p.Text))
        {
            session.Report.TypedContentsLines++; // a contents line typed as text: "1⇥Scope⇥12" with a dotted leader
            return;
        }
        if (role.Kind == RoleKind.Ignore)
        {
            if (text.Length > 0)
            {
                // Template boilerplate (copyright pages, running heads): not content, but kept by name.
                session.Report.Count("ignored (template boilerplate)", p.StyleName);
                session.Boilerplate.Add(new MetadataField { Name = p.StyleName, Value = text });
            }
            return;
        }
        if (role.Kind == RoleKind.Cover)
        {
            // A cover-styled paragraph after the cover (some templates repeat the title): keep it as text.
            role = StyleRole.Body;
        }
        if (text.Length == 0 && !p.HasDisplayMath && !Embedded(p.Inlines).Any() && !(NumberOnly(p) && phase >= Phase.Front))
        {
            BindBookmarks(p.Inlines.OfType<WordBookmark>().Select(b => b.Name), container?.Id);
            return;
        }
        if (profile.RoleOf(p.StyleName) is null && !session.MappedStyles.Contains(p.StyleName))
        {
            session.Report.Count("unmapped style", p.StyleName);
        }

        role = Refine(p, role, text);
        Dispatch(p, role, text);
        if (role.Kind is not (RoleKind.Body or RoleKind.Formula or RoleKind.FigureTitle or RoleKind.Caption or RoleKind.ExampleContent) && Embedded(p.Inlines).Any())
        {
            // Text boxes, objects and pictures anchored in a heading, a note, a list item …: kept after it.
            AddEmbedded(p);
        }
    }

    /// <summary>
    /// A paragraph with no text that Word numbers with a clause-like number ("3.1.1"): Word counts and draws the number
    /// of an empty paragraph, so the number is there for the reader. The ISO template starts each term entry so (an
    /// empty TermNum paragraph, the designation in the next one). Empty bullets and list items hold nothing.
    /// </summary>
    private static bool NumberOnly(WordParagraph p) =>
        p.Number is { IsBullet: false } n && CleanNumber(n.Text) is { Length: > 0 } number && IsClauseNumber(number) && p.Text.Trim().Length == 0
        && (number.Contains('.') || p.OutlineLevel is >= 0 and <= 8);

    /// <summary>Corrects a style's role by what the text says (typed labels, known titles).</summary>
    private StyleRole Refine(WordParagraph p, StyleRole role, string text)
    {
        var label = p.Number?.Text.Trim() ?? "";
        if (role.Kind is RoleKind.AnnexDesignation or RoleKind.SectionTitle && label.Length == 0 && ClauseTitles.IsBibliography(text.Replace("\t", " ", StringComparison.Ordinal).Trim()))
        {
            return new StyleRole(RoleKind.BibliographyTitle);
        }
        switch (role.Kind)
        {
            case RoleKind.Heading or RoleKind.SectionTitle or RoleKind.Body or RoleKind.Untitled:
                var plain = text.Replace("\t", " ", StringComparison.Ordinal).Trim();
                if (role.Kind != RoleKind.Body || text.Length <= 40)
                {
                    if (ClauseTitles.IsBibliography(plain) && label.Length == 0)
                    {
                        return new StyleRole(RoleKind.BibliographyTitle);
                    }
                    if (ClauseTitles.IsIndex(plain) && label.Length == 0 && role.Kind != RoleKind.Body)
                    {
                        return new StyleRole(RoleKind.IndexTitle);
                    }
                    if ((ClauseTitles.IsForeword(plain) || ClauseTitles.IsIntroduction(plain) || ClauseTitles.IsContents(plain)) && label.Length == 0
                        && (role.Kind != RoleKind.Body || phase < Phase.Body))
                    {
                        return new StyleRole(RoleKind.SectionTitle);
                    }
                }
                if (role.Kind is RoleKind.Heading or RoleKind.SectionTitle)
                {
                    var annex = TypedLabels.AnnexDesignation().Match((label + " " + text).Trim());
                    if (annex.Success && annex.Groups["word"].Success || LooksLikeAnnexLabel(label))
                    {
                        return new StyleRole(RoleKind.AnnexDesignation);
                    }
                }
                if (role.Kind == RoleKind.Body)
                {
                    return RefineBody(p, text, label);
                }
                return role;
            case RoleKind.List when role.Detail is "auto" && label.Length == 0 && !TypedLabels.ListMarker().IsMatch(text):
                return new StyleRole(RoleKind.List, role.Level, "bullet");
            case RoleKind.Definition or RoleKind.TermPreferred when label.Length == 0:
                // Notes, examples and sources of an entry often keep the definition's style: their label says what they are.
                return TypedLabels.TermSource().IsMatch(text) ? new StyleRole(RoleKind.TermSource)
                    : LabelledNote(text) ? new StyleRole(RoleKind.Note)
                    : LabelledExample(text) ? new StyleRole(RoleKind.Example)
                    : role;
            default:
                return role;
        }
    }

    private static readonly string[] AnnexWordsList = ["Annex", "ANNEX", "Appendix", "APPENDIX", "附录", "附 录", "附　录", "Anhang", "Annexe", "附属書", "附屬書", "附錄", "附 錄"];

    private static bool LooksLikeAnnexLabel(string label) =>
        label.Length > 0 && AnnexWordsList.Any(w => label.StartsWith(w, StringComparison.OrdinalIgnoreCase));

    private StyleRole RefineBody(WordParagraph p, string text, string label)
    {
        if (label.Length > 0)
        {
            if (TypedLabels.NoteLabel().IsMatch(label))
            {
                return new StyleRole(RoleKind.Note);
            }
            if (TypedLabels.ExampleLabel().IsMatch(label))
            {
                return new StyleRole(RoleKind.Example);
            }
            if (LooksLikeAnnexLabel(label))
            {
                return new StyleRole(RoleKind.AnnexDesignation);
            }
            // A numbered paragraph labelled like a subclause ("5.1.1") is an untitled subclause; "1." is a list item:
            // its dot ends the label and separates nothing.
            if (!p.Number!.IsBullet && phase >= Phase.Body && TypedLabels.NumberAlone().Match(label) is { Success: true } numbered
                && TypedLabels.NumberOf(numbered) is var number && number.Contains('.'))
            {
                return new StyleRole(RoleKind.Untitled, number.Count(c => c == '.') + 1);
            }
            return new StyleRole(RoleKind.List, 0, "auto");
        }
        if (text.Length < 200)
        {
            var annex = TypedLabels.AnnexDesignation().Match(text);
            if (annex.Success && annex.Groups["word"].Success && (TypedLabels.AnnexObligation().IsMatch(text) || text.Length < 12 || text.Contains('\n')))
            {
                return new StyleRole(RoleKind.AnnexDesignation);
            }
            if (LooksLikeCaption(TypedLabels.TableCaption().Match(text), text) || LooksLikeCaption(TypedLabels.FigureCaption().Match(text), text)
                || LooksLikeCaptionBelowTable(text) || LooksLikeCaptionBeside(text))
            {
                return new StyleRole(RoleKind.Caption);
            }
            if (container is AnnexNode { Obligation: null, Blocks.Count: 0, Children.Count: 0 } && TypedLabels.AnnexObligation().Match(text) is { Success: true } obligation
                && obligation.Length >= text.Trim().Length - 1)
            {
                return new StyleRole(RoleKind.AnnexObligation); // "(规范性)" on the line under "附　录　A"
            }
            if (container is AnnexNode { Title: null, Blocks.Count: 0, Children.Count: 0 } && term is null && text.Length <= 150
                && !text.EndsWith('.') && !text.EndsWith('。') && !text.EndsWith(':') && !text.EndsWith('：') && !TypedLabels.NumberedHeading().IsMatch(text))
            {
                return new StyleRole(RoleKind.AnnexTitle); // the line under "Annex X (normative)" is the annex's title
            }
            if (phase >= Phase.Body && text.Length <= 100 && !text.EndsWith('.') && !text.EndsWith('。') && AllBold(p.Inlines)
                && TypedLabels.NumberedHeading().Match(text) is { Success: true } heading && heading.Groups["title"].Success)
            {
                // "1. General" in bold on a line of its own: a heading made by hand in the body style
                return new StyleRole(RoleKind.Heading, TypedLabels.NumberOf(heading).Count(c => c == '.') + 1, "typed");
            }
            if (TypedLabels.WhereLead().IsMatch(text) || IsOneLineWhere(text))
            {
                return new StyleRole(RoleKind.FormulaWhere);
            }
            if (TypedLabels.KeyLead().IsMatch(text))
            {
                return new StyleRole(RoleKind.FigureKey);
            }
            if (TypedLabels.TermSource().IsMatch(text))
            {
                return new StyleRole(RoleKind.TermSource);
            }
            if (phase >= Phase.Body && TypedLabels.NumberAlone().Match(text) is { Success: true } alone && TypedLabels.NumberOf(alone).Contains('.')
                && IsPlausibleNextNumber(TypedLabels.NumberOf(alone)))
            {
                return new StyleRole(RoleKind.Untitled, TypedLabels.NumberOf(alone).Count(c => c == '.') + 1);
            }
        }
        if (LabelledNote(text))
        {
            return new StyleRole(RoleKind.Note);
        }
        if (LabelledExample(text))
        {
            return new StyleRole(RoleKind.Example);
        }
        if (p.HasDisplayMath || FormulaLayout.IsNumberedEquation(p))
        {
            return new StyleRole(RoleKind.Formula);
        }
        if (TypedLabels.ListMarker().IsMatch(text) && phase >= Phase.Front && !AwaitsDesignation
            && (openLists.Count > 0 || nextParagraphs.TryGetValue(p.Index, out var next) && TypedLabels.ListMarker().IsMatch(next.Text)))
        {
            // a list typed as text: "a) …", "1) …", "——…", "• …" (GB/T drafts and documents converted from PDF), two
            // items at least ("i) … ii) …" inside one sentence is no list)
            return new StyleRole(RoleKind.List, 0, "typed");
        }
        return StyleRole.Body;
    }

    /// <summary>True when every character of text in the runs is bold (and there is text).</summary>
    private static bool AllBold(IEnumerable<WordInline> inlines)
    {
        var any = false;
        bool Walk(IEnumerable<WordInline> items)
        {
            foreach (var inline in items)
            {
                switch (inline)
                {
                    case WordText t when t.Text.Trim().Length > 0:
                        any = true;
                        if ((t.Format & RunFormat.Bold) == 0)
                        {
                            return false;
                        }
                        break;
                    case WordHyperlink h when !Walk(h.Content):
                        return false;
                    case WordField f when !Walk(f.Result):
                        return false;
                    case WordMath:
                        return false;
                }
            }
            return true;
        }
        return Walk(inlines) && any;
    }

    /// <summary>A typed note label that makes the paragraph a note: "NOTE 2 …", "注：…", "Note 1 to entry: …", "注意：…".</summary>
    private static bool LabelledNote(string text) =>
        TypedLabels.NoteLabel().Match(text) is { Success: true } note
        && (note.Value.TrimEnd().EndsWith(':') || note.Value.TrimEnd().EndsWith('：') || note.Value.Contains('\t') || note.Groups["word"].Value is "NOTE" or "注" && note.Value.Length < text.Length);

    /// <summary>A typed example label that makes the paragraph an example: "EXAMPLE …", "示例1：…", "Example: …".</summary>
    private static bool LabelledExample(string text) =>
        TypedLabels.ExampleLabel().Match(text) is { Success: true } example
        && (example.Groups["word"].Value is "EXAMPLE" or "示例" || example.Value.TrimEnd().EndsWith(':') || example.Value.TrimEnd().EndsWith('：'));

    /// <summary>
    /// A typed caption: "Table 3 — Title" (a dash, colon or tab after the number in English, where "Table 3 gives …" is a
    /// sentence), "表3　标题" (a space is enough in Chinese), short and without a sentence end.
    /// </summary>
    private static bool LooksLikeCaption(System.Text.RegularExpressions.Match m, string text)
    {
        if (!m.Success || text.Length >= 150 || text.Contains('。'))
        {
            return false;
        }
        var afterNumber = text[(m.Groups["number"].Index + m.Groups["number"].Length)..];
        var chinese = m.Groups["word"].Value is "表" or "图" or "圖";
        return afterNumber.Trim().Length == 0
            || chinese
            || afterNumber.TrimStart(' ', '\u00a0').Length > 0 && afterNumber.TrimStart(' ', '\u00a0')[0] is '—' or '–' or '-' or ':' or '：' or '\t' or '.';
    }

    /// <summary>
    /// "Table 8 Packets with Packet Identifier" right below a table that has no title: a caption typed without a
    /// separator (elsewhere such a line is as likely a sentence, "Table 8 lists …", so it needs the table above it).
    /// </summary>
    private bool LooksLikeCaptionBelowTable(string text) =>
        lastBlock is TableNode { Table.Title: null, Paragraph: >= 0 }
        && TypedLabels.TableCaption().IsMatch(text)
        && text.Length < 150
        && !text.TrimEnd().EndsWith('.') && !text.Contains('。');

    /// <summary>
    /// "Table X.1 The contents of the top level keys" right above a table, "Figure X.1 The definition …" right below or
    /// above a picture: a caption typed without a separator, told from a sentence ("Table 8 lists …") by the table or
    /// picture beside it.
    /// </summary>
    private bool LooksLikeCaptionBeside(string text)
    {
        if (text.Length >= 150 || text.TrimEnd().EndsWith('.') || text.Contains('。'))
        {
            return false;
        }
        if (TypedLabels.TableCaption().IsMatch(text))
        {
            var next = position + 1 < blocks.Count ? blocks[position + 1] : null;
            return next is WordTable;
        }
        return TypedLabels.FigureCaption().IsMatch(text) && (lastBlock is FigureNode { Title: null, Images.Count: > 0 } || PictureFollows());
    }

    /// <summary>True when a number alone in a paragraph continues the current clause numbering (4.2 → 4.2.1, 4.2.1 → 4.2.2).</summary>
    private bool IsPlausibleNextNumber(string number)
    {
        var current = clauseStack.Count > 0 ? clauseStack[^1].Number : null;
        if (current is null)
        {
            return false;
        }
        var parent = number[..number.LastIndexOf('.')];
        return parent == current || (current.Contains('.') && parent == current[..current.LastIndexOf('.')]);
    }

    private void Dispatch(WordParagraph p, StyleRole role, string text)
    {
        if (role.Kind is not (RoleKind.FormulaWhere) && whereMode && role.Kind is RoleKind.Body && TryWhereLine(p, text))
        {
            return;
        }
        if (keyMode && role.Kind is RoleKind.Body or RoleKind.FigureKey && TryKeyLine(text))
        {
            return;
        }
        whereMode = false;
        keyMode = keyMode && role.Kind == RoleKind.FigureKey;

        switch (role.Kind)
        {
            case RoleKind.SectionTitle:
                OnSectionTitle(p, text);
                break;
            case RoleKind.DocumentTitle:
                CloseLists();
                session.DocumentTitles.Add(text);
                BindBookmarks(Bookmarks(p), null);
                break;
            case RoleKind.Heading:
                OnHeading(p, role.Level, titled: true, typed: role.Detail == "typed");
                break;
            case RoleKind.Untitled:
                OnHeading(p, role.Level, titled: false);
                break;
            case RoleKind.AnnexDesignation:
                OnAnnexDesignation(p, text);
                break;
            case RoleKind.AnnexObligation:
                OnAnnexObligation(p, text);
                break;
            case RoleKind.AnnexTitle:
                OnAnnexTitle(p);
                break;
            case RoleKind.BibliographyTitle:
                OnBibliographyTitle(p, text);
                break;
            case RoleKind.IndexTitle:
                OnIndexTitle(p, text);
                break;
            case RoleKind.Term or RoleKind.TermNumber or RoleKind.TermPreferred or RoleKind.TermAdmitted or RoleKind.TermDeprecated or RoleKind.Definition or RoleKind.TermSource:
                OnTermPart(p, role, text);
                break;
            case RoleKind.Note:
                OnNote(p, text);
                break;
            case RoleKind.NoteContinued:
                OnNoteContinued(p);
                break;
            case RoleKind.Example:
                OnExample(p, text);
                break;
            case RoleKind.ExampleContent:
                OnExampleContent(p);
                break;
            case RoleKind.List:
                OnListItem(p, role, text);
                break;
            case RoleKind.ListContinue:
                OnListContinue(p);
                break;
            case RoleKind.TableTitle or RoleKind.TableTitleEn:
                OnTableTitle(p, text, english: role.Kind == RoleKind.TableTitleEn);
                break;
            case RoleKind.FigureTitle or RoleKind.FigureTitleEn:
                OnFigureTitle(p, text, english: role.Kind == RoleKind.FigureTitleEn);
                break;
            case RoleKind.Caption:
                if (TypedLabels.TableCaption().IsMatch(text))
                {
                    OnTableTitle(p, text, english: false);
                }
                else
                {
                    OnFigureTitle(p, text, english: false);
                }
                break;
            case RoleKind.Formula:
                OnFormula(p, text);
                break;
            case RoleKind.FormulaWhere:
                OnWhereLead(p, text);
                break;
            case RoleKind.FigureKey:
                OnKeyLead(p, text);
                break;
            case RoleKind.NormativeReference:
                OnReference(p, text);
                break;
            case RoleKind.BibliographyEntry when bibliography is null && CurrentClause() is not null && phase == Phase.Body:
                // Reference entries listed in a clause ("Normative References", "Non-Normative References").
                var owner = CurrentClause()!;
                var entry = Reference(p, text, "ref");
                owner.References.Add(entry);
                owner.ReferenceParagraphs.Add(p.Index);
                break;
            case RoleKind.BibliographyEntry:
                OnBibliographyEntry(p, text);
                break;
            case RoleKind.Code:
                OnCode(p);
                break;
            case RoleKind.DefinitionItem:
                OnDefinitionItem(p, text);
                break;
            case RoleKind.DefinitionTerm:
                OnDefinitionTerm(p);
                break;
            case RoleKind.DefinitionText:
                OnDefinitionText(p);
                break;
            case RoleKind.TableNote or RoleKind.TableFootnote:
                OnNote(p, text);
                break;
            default:
                OnBody(p, text);
                break;
        }
    }

    // ------------------------------------------------------------------ containers

    /// <summary>The container new blocks go to, creating a front section for content before any heading.</summary>
    private ContainerNode Container()
    {
        if (term is not null)
        {
            return term;
        }
        if (container is null)
        {
            var front = new SectionNode { Id = NewId("front"), Kind = SectionKind.Other };
            preface.Add(front);
            container = front;
        }
        return container;
    }

    private void Add(Node node)
    {
        if (node is not TableNode)
        {
            FlushTableTitle();
        }
        if (node != captionAbove)
        {
            captionAbove = null;
        }
        var target = Container();
        target.Blocks.Add(node);
        lastBlock = node;
    }

    private void ResetBlockState()
    {
        FlushTableTitle();
        CloseLists();
        lastNote = null;
        lastBlock = null;
        whereMode = false;
        keyMode = false;
    }

    private void OnSectionTitle(WordParagraph p, string text)
    {
        ResetBlockState();
        term = null;
        var title = Title(p.Inlines);
        var plain = text.Replace("\t", " ", StringComparison.Ordinal).Trim();
        if (ClauseTitles.IsContents(plain) && phase < Phase.Body)
        {
            phase = Phase.Front;
            container = null;
            skippingContents = true;
            return;
        }
        skippingContents = false;
        if (phase >= Phase.Body && !ClauseTitles.IsForeword(plain) && !ClauseTitles.IsIntroduction(plain))
        {
            OnHeading(p, 1, titled: true);
            return;
        }
        var kind = ClauseTitles.IsForeword(plain) ? SectionKind.Foreword : ClauseTitles.IsIntroduction(plain) ? SectionKind.Introduction : SectionKind.Other;
        var id = kind switch { SectionKind.Foreword => "foreword", SectionKind.Introduction => "introduction", _ => "section-" + Slug(title) };
        var section = new SectionNode { Id = NewId(id), Kind = kind, Title = title, Paragraph = p.Index };
        preface.Add(section);
        container = section;
        clauseStack.Clear();
        phase = Phase.Front;
        BindBookmarks(Bookmarks(p), section.Id);
    }

    private bool skippingContents;

    /// <param name="typed">A heading made by hand (a bold line with a typed number): in an annex it is the annex's, whatever its number.</param>
    private void OnHeading(WordParagraph p, int styleLevel, bool titled, bool typed = false)
    {
        ResetBlockState();
        skippingContents = false;
        var (number, title, rest) = NumberAndTitle(p, titled);

        // Terms written as headings ("3.1⇥term") in a terms clause of a document without term styles.
        if (!termStylesInUse && titled && IsTermNumber(number) && title is not null && title.Length < 80 && !GroupTitle().IsMatch(MarkdownText.Plain(title)) && NextIsDefinition(p))
        {
            StartTerm(p, number);
            term!.Preferred.Add(new Designation { Text = title });
            return;
        }
        // A term entry's number alone in its paragraph (typed, or drawn by Word for an empty paragraph), the
        // designation in the next paragraph: "3.1.1" / "公共安全视频监控联网系统　video surveillance …" / definition.
        if (IsTermNumber(number) && (title is null || !titled) && rest is null && NextIsDesignation(p))
        {
            StartTerm(p, number);
            return;
        }
        term = null;

        if (number is null && titled && phase < Phase.Body && title is not null)
        {
            // An unnumbered heading before clause 1: a preliminary element of its own.
            var section = new SectionNode { Id = NewId("section-" + Slug(title)), Kind = SectionKind.Other, Title = title, Paragraph = p.Index };
            preface.Add(section);
            container = section;
            clauseStack.Clear();
            BindBookmarks(Bookmarks(p), section.Id);
            return;
        }

        var level = LevelOf(number, styleLevel);
        if (number is not null && char.IsAsciiLetterUpper(number[0]))
        {
            EnsureAnnex(number[..number.IndexOf('.')], p);
        }
        else if (number is not null && number.StartsWith("0.", StringComparison.Ordinal) && phase <= Phase.Front)
        {
            var intro = preface.LastOrDefault(s => s.Kind == SectionKind.Introduction) ?? preface.LastOrDefault();
            if (intro is not null)
            {
                var sub = NewClause(p, number, title, level);
                intro.Clauses.Add(sub);
                clauseStack.Clear();
                clauseStack.Add(sub);
                container = sub;
                AddRest(p, rest);
                return;
            }
        }
        else if (phase is Phase.Annexes or Phase.Bibliography or Phase.Index && level == 1 && number is not null && char.IsAsciiDigit(number[0]) && !(typed && phase == Phase.Annexes))
        {
            session.Report.Anomalies.Add($"paragraph {p.Index + 1}: clause {number} comes after the annexes");
            phase = Phase.Body;
        }
        else if (phase < Phase.Body)
        {
            phase = Phase.Body;
        }

        var clause = NewClause(p, number, title, level);
        while (clauseStack.Count > 0 && clauseStack[^1].Level >= level)
        {
            clauseStack.RemoveAt(clauseStack.Count - 1);
        }
        if (clauseStack.Count > 0)
        {
            clauseStack[^1].Children.Add(clause);
        }
        else if (phase == Phase.Annexes && annexes.Count > 0)
        {
            annexes[^1].Children.Add(clause);
        }
        else if (phase is Phase.Bibliography or Phase.Index)
        {
            // A heading after the bibliography: keep it as a clause after the others.
            clauses.Add(clause);
        }
        else
        {
            clauses.Add(clause);
        }
        var kind = ClauseTitles.KindOf(title is null ? null : MarkdownText.Plain(title));
        if (clause.Level == 1 && phase == Phase.Body)
        {
            clause.Kind = kind;
        }
        else if (kind is ClauseKind.NormativeReferences or ClauseKind.TermsAndDefinitions or ClauseKind.SymbolsAndAbbreviatedTerms
            && !clauseStack.Any(c => c.Kind != ClauseKind.General))
        {
            // Some documents (OASIS, W3C-style) put these one level down, e.g. "1.3 Normative References".
            clause.Kind = kind;
        }
        clauseStack.Add(clause);
        container = clause;
        AddRest(p, rest);
    }

    /// <summary>For untitled clauses, the text after the number is the clause's first paragraph.</summary>
    private void AddRest(WordParagraph p, string? rest)
    {
        if (rest is { Length: > 0 })
        {
            Add(new LeafNode(new Paragraph { Text = rest }) { Paragraph = p.Index });
        }
    }

    private static int LevelOf(string? number, int styleLevel)
    {
        if (number is null)
        {
            return System.Math.Max(1, styleLevel);
        }
        var depth = number.Count(c => c == '.') + 1;
        return depth;
    }

    private ClauseNode NewClause(WordParagraph p, string? number, string? title, int level)
    {
        var id = NewId(number is null ? "clause-" + Slug(title) : "clause-" + number);
        var clause = new ClauseNode { Id = id, Number = number, Title = title, Level = level, Paragraph = p.Index };
        BindBookmarks(Bookmarks(p), id);
        return clause;
    }

    /// <summary>
    /// The clause number (Word's label, else the number typed before a tab or space) and the title. For untitled
    /// clauses the text after the number is returned as <c>rest</c>: it is the clause's content.
    /// </summary>
    private (string? Number, string? Title, string? Content) NumberAndTitle(WordParagraph p, bool titled)
    {
        var label = p.Number is { IsBullet: false } n && CleanNumber(n.Text) is { Length: > 0 } drawn ? drawn : null;
        var plain = p.Text;
        var typed = TypedLabels.NumberedHeading().Match(plain);
        var alone = TypedLabels.NumberAlone().Match(plain);
        string? number = label;
        var drop = 0;
        if (typed.Success || alone.Success)
        {
            // a number alone first: "3 . 1 . 1  1" is 3.1.11 (a PDF conversion's split), not 3.1.1 titled "1"
            var match = alone.Success ? alone : typed;
            var typedNumber = TypedLabels.NumberOf(match);
            if (label is not null && label != typedNumber)
            {
                session.Report.Anomalies.Add($"paragraph {p.Index + 1}: Word shows {label} but the text starts with {typedNumber}");
            }
            else if (label is not null)
            {
                session.Report.Anomalies.Add($"paragraph {p.Index + 1}: the number {label} is drawn by Word and typed again in the text; the typed copy is left out");
            }
            if (label is null || label == typedNumber)
            {
                number = typedNumber;
                drop = !alone.Success && match.Groups["title"].Success ? match.Groups["title"].Index : plain.Length;
            }
        }
        if (number is not null && !IsClauseNumber(number))
        {
            number = null;
            drop = 0;
        }
        var inlines = drop > 0 ? InlineEdit.DropPrefix(p.Inlines, drop) : p.Inlines;
        if (!titled)
        {
            var markdown = Inline(inlines).Trim();
            return (number, null, markdown.Length > 0 ? markdown : null);
        }
        var title = Title(inlines);
        return (number, title.Length > 0 ? title : null, null);
    }

    /// <summary>
    /// A title or a designation as the model writes it: the text a reader sees, on one line, without the look of the
    /// heading style (bold, links to itself, hyperlinks: their text), escaped only where Markdown would read markup;
    /// footnote marks in it are kept, at its end.
    /// </summary>
    private string Title(IReadOnlyList<WordInline> inlines)
    {
        var footnotes = new List<string>();
        var plain = PlainText(inlines, footnotes);
        return TitleOf(plain) + string.Concat(footnotes.Select(f => $"[^{f}]"));
    }

    /// <summary>Plain text as a title: white space (tabs, line breaks) as single spaces, escaped where needed.</summary>
    private static string TitleOf(string plain) =>
        MarkdownText.EscapeWhereNeeded(System.Text.RegularExpressions.Regex.Replace(plain, @"[\s\u00a0]+", " ").Trim(' ', '\u3000'));

    /// <summary>The text a reader sees (field results, link texts), line breaks as "\n"; bookmarks met are remembered, footnote references collected.</summary>
    private string PlainText(IReadOnlyList<WordInline> inlines, List<string>? footnotes = null)
    {
        paragraphBookmarks.Clear();
        var sb = new System.Text.StringBuilder();
        void Walk(IEnumerable<WordInline> items)
        {
            foreach (var inline in items)
            {
                switch (inline)
                {
                    case WordText t: sb.Append(t.Text); break;
                    case WordTab: sb.Append('\t'); break;
                    case WordBreak: sb.Append('\n'); break;
                    case WordBookmark b: paragraphBookmarks.Add(b.Name); break;
                    case WordHyperlink h: Walk(h.Content); break;
                    case WordField f: Walk(f.Result); break;
                    case WordMath m: sb.Append(m.Text); break;
                    case WordNoteReference n:
                        var id = FootnoteId(n);
                        footnotes?.Add(id);
                        break;
                }
            }
        }
        Walk(inlines);
        return sb.ToString();
    }

    /// <summary>Headings that group terms rather than name one ("Terms defined elsewhere", "General terms", "通用术语").</summary>
    [GeneratedRegex(@"\b(terms|definitions|abbreviations|symbols)\b|术语|術語|定义|定義|缩略语", RegexOptions.IgnoreCase)]
    private static partial Regex GroupTitle();

    /// <summary>True when the next paragraph with text is plain text (a definition), not a heading or a numbered line.</summary>
    private bool NextIsDefinition(WordParagraph p)
    {
        var next = nextParagraphs.TryGetValue(p.Index, out var n) ? n : null;
        return next is not null && Role(next).Kind is RoleKind.Body or RoleKind.Definition && next.Number is null
            && !TypedLabels.NumberedHeading().IsMatch(next.Text) && !TypedLabels.NumberAlone().IsMatch(next.Text)
            && !next.Text.TrimEnd().EndsWith(':') && !next.Text.TrimEnd().EndsWith('：');
    }

    /// <summary>True when the next paragraph with text can be a term's designation: short, unnumbered, no heading.</summary>
    private bool NextIsDesignation(WordParagraph p)
    {
        var next = nextParagraphs.TryGetValue(p.Index, out var n) ? n : null;
        if (next is null || next.Number is { IsBullet: false } || Role(next).Kind is not (RoleKind.Body or RoleKind.Definition or RoleKind.TermPreferred or RoleKind.Term))
        {
            return false;
        }
        var first = next.Text.Trim().Split('\n')[0].Trim();
        return first.Length is > 0 and <= 150 && !TypedLabels.NumberedHeading().IsMatch(first) && !TypedLabels.NumberAlone().IsMatch(first)
            && !TypedLabels.NoteLabel().IsMatch(first) && !first.EndsWith(':') && !first.EndsWith('：');
    }

    [GeneratedRegex(@"^(\d{1,3}(\.\d{1,3})*|[A-Z]{1,2}(\.\d{1,3})+)$")]
    private static partial Regex ClauseNumberPattern();

    private static bool IsClauseNumber(string number) => ClauseNumberPattern().IsMatch(number);

    /// <summary>"5.2.1", "第5章" → "5", "A.1." → "A.1", "1　" → "1".</summary>
    private static string CleanNumber(string label)
    {
        var s = label.Trim().TrimEnd('.', '．', '、', ':', '：', ')', '）').Trim();
        if (s.StartsWith('第') && (s.EndsWith('章') || s.EndsWith('条')))
        {
            s = s[1..^1];
        }
        return s;
    }

    // ------------------------------------------------------------------ annexes, bibliography, index

    private void OnAnnexDesignation(WordParagraph p, string text)
    {
        ResetBlockState();
        term = null;
        var label = p.Number?.Text.Trim() ?? "";
        var whole = (label + " " + text).Trim();
        var match = TypedLabels.AnnexDesignation().Match(whole);
        string letter;
        string rest;
        if (match.Success && match.Groups["letter"].Success)
        {
            letter = match.Groups["letter"].Value;
            rest = match.Groups["rest"].Value;
        }
        else if (match.Success)
        {
            // "Annex <L> (informative):" — a template's placeholder instead of a letter
            letter = NextAnnexLetter();
            rest = match.Groups["rest"].Value;
            session.Report.Anomalies.Add($"paragraph {p.Index + 1}: annex heading without a letter; lettered {letter}");
        }
        else
        {
            letter = NextAnnexLetter();
            rest = text;
            session.Report.Anomalies.Add($"paragraph {p.Index + 1}: annex heading without a letter; lettered {letter}");
        }
        var obligation = ObligationOf(rest);
        var title = TitleAfterObligation(p, rest);
        var annexLabel = match.Success ? (match.Groups["word"].Success ? match.Groups["word"].Value.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal) + (Script.HasHan(match.Groups["word"].Value) ? "" : " ") + letter : letter) : null;
        var annex = new AnnexNode { Id = NewId("annex-" + letter), Letter = letter, Label = annexLabel, Obligation = obligation, Title = title, Paragraph = p.Index };
        annexes.Add(annex);
        phase = Phase.Annexes;
        container = annex;
        clauseStack.Clear();
        BindBookmarks(Bookmarks(p), annex.Id);
    }

    private string NextAnnexLetter() => annexes.Count < 26 ? ((char)('A' + annexes.Count)).ToString() : "Z" + (char)('A' + annexes.Count - 26);

    private static AnnexObligation? ObligationOf(string text)
    {
        var m = TypedLabels.AnnexObligation().Match(text);
        if (!m.Success)
        {
            return null;
        }
        return m.Groups["obligation"].Value.ToLowerInvariant() is "normative" or "normatif" or "normativ" or "规范性" or "規範性" or "規定" ? AnnexObligation.Normative : AnnexObligation.Informative;
    }

    /// <summary>The annex title: what follows the obligation in the designation paragraph (after a line break or a colon).</summary>
    private string? TitleAfterObligation(WordParagraph p, string rest)
    {
        var m = TypedLabels.AnnexObligation().Match(rest);
        var after = m.Success ? rest[(m.Index + m.Length)..] : System.Text.RegularExpressions.Regex.Replace(rest, @"^\s*[(（][^)）]{0,40}[)）]", "");
        after = after.Trim().TrimStart(':', '：', '—', '–', '-').Trim();
        if (after.Length == 0)
        {
            return null;
        }
        // From the runs where the title starts, to keep its bookmarks and footnote marks.
        var start = p.Text.LastIndexOf(after.Length > 12 ? after[..12] : after, StringComparison.Ordinal);
        return start >= 0 ? Title(InlineEdit.DropPrefix(p.Inlines, start)) : TitleOf(after);
    }

    private void OnAnnexObligation(WordParagraph p, string text)
    {
        if (annexes.Count > 0 && annexes[^1].Obligation is null && ObligationOf(text) is { } obligation)
        {
            annexes[^1].Obligation = obligation;
            var title = TitleAfterObligation(p, text);
            if (title is not null && annexes[^1].Title is null)
            {
                annexes[^1].Title = title;
            }
            return;
        }
        OnBody(p, text);
    }

    private void OnAnnexTitle(WordParagraph p)
    {
        if (annexes.Count > 0 && container == annexes[^1] && annexes[^1].Title is null && annexes[^1].Blocks.Count == 0)
        {
            annexes[^1].Title = Title(p.Inlines);
            BindBookmarks(Bookmarks(p), annexes[^1].Id);
            return;
        }
        OnBody(p, p.Text);
    }

    private void EnsureAnnex(string letter, WordParagraph p)
    {
        if (annexes.Count > 0 && annexes[^1].Letter == letter)
        {
            if (phase != Phase.Annexes)
            {
                phase = Phase.Annexes;
            }
            return;
        }
        var annex = new AnnexNode { Id = NewId("annex-" + letter), Letter = letter, Paragraph = p.Index };
        annexes.Add(annex);
        phase = Phase.Annexes;
        clauseStack.Clear();
        session.Report.Anomalies.Add($"paragraph {p.Index + 1}: annex clause before any annex {letter} heading");
    }

    private void OnBibliographyTitle(WordParagraph p, string text)
    {
        ResetBlockState();
        term = null;
        bibliography ??= new BibliographyNode { Id = NewId("bibliography"), Title = Title(p.Inlines), Paragraph = p.Index };
        container = bibliography;
        clauseStack.Clear();
        phase = Phase.Bibliography;
        BindBookmarks(Bookmarks(p), bibliography.Id);
        _ = text;
    }

    private void OnIndexTitle(WordParagraph p, string text)
    {
        ResetBlockState();
        term = null;
        index ??= new SectionNode { Id = NewId("index"), Kind = SectionKind.Index, Title = Title(p.Inlines), Paragraph = p.Index };
        container = index;
        clauseStack.Clear();
        phase = Phase.Index;
        _ = text;
    }

    // ------------------------------------------------------------------ ids, bookmarks, inline text

    private string NewId(string wanted)
    {
        var id = SafeId(wanted);
        if (ids.Add(id))
        {
            return id;
        }
        for (var i = 2; ; i++)
        {
            if (ids.Add($"{id}-{i}"))
            {
                return $"{id}-{i}";
            }
        }
    }

    [GeneratedRegex(@"[^A-Za-z0-9._:-]+")]
    private static partial Regex UnsafeIdChars();

    private static string SafeId(string wanted)
    {
        var id = UnsafeIdChars().Replace(wanted, "-").Trim('-', ':', '.');
        if (id.Length == 0 || !char.IsAsciiLetter(id[0]))
        {
            id = "x-" + id;
        }
        return id.Length > 64 ? id[..64].TrimEnd('-') : id;
    }

    /// <summary>
    /// The part of an id that comes from a title: its ASCII letters and digits ("intellectual-property-rights"); a title
    /// without them (前言 is "foreword", but 编制说明 has none) gets a short hash of its text, so that ids come from titles,
    /// never from positions, and stay the same when other sections come and go.
    /// </summary>
    private static string Slug(string? title)
    {
        if (title is null)
        {
            return "u";
        }
        var plain = MarkdownText.Plain(title);
        var ascii = UnsafeIdChars().Replace(plain.ToLowerInvariant(), "-").Trim('-', '.', ':');
        if (ascii.Any(char.IsAsciiLetterOrDigit))
        {
            return ascii.Length > 40 ? ascii[..40].TrimEnd('-', '.', ':') : ascii;
        }
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(plain.Trim()));
        return "h" + Convert.ToHexStringLower(hash)[..8];
    }

    private List<string> Bookmarks(WordParagraph p) =>
        p.Inlines.OfType<WordBookmark>().Select(b => b.Name).Concat(paragraphBookmarks).Distinct().ToList();

    private void BindBookmarks(IEnumerable<string> names, string? id)
    {
        if (id is null)
        {
            return;
        }
        foreach (var name in names)
        {
            bookmarkTargets.TryAdd(name, id);
        }
    }

    /// <summary>The paragraph's text as inline Markdown (bookmarks met are remembered for <see cref="BindBookmarks"/>).</summary>
    private string Inline(WordParagraph p) => Inline(p.Inlines);

    private string Inline(IReadOnlyList<WordInline> inlines)
    {
        paragraphBookmarks.Clear();
        return WordRunsToMarkdown.Convert(inlines, this);
    }

    public string FootnoteId(WordNoteReference reference)
    {
        var key = (reference.Endnote ? "e:" : "f:") + reference.Id;
        if (!footnoteIds.TryGetValue(key, out var id))
        {
            id = reference.Endnote ? $"en-{++endnoteCounter}" : $"fn-{++footnoteCounter}";
            footnoteIds[key] = id;
            var mark = reference.CustomMark is { Length: > 0 } m ? m : reference.Endnote ? endnoteCounter.ToString(System.Globalization.CultureInfo.InvariantCulture) : footnoteCounter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            footnoteOrder.Add((reference.Id, reference.Endnote, id, mark));
        }
        return id;
    }

    public void Bookmark(string name) => paragraphBookmarks.Add(name);

    /// <summary>Cross-references to this bookmark become references to the footnote ("^fn-3" as the target).</summary>
    public void FootnoteBookmark(string name, string footnoteId) => bookmarkTargets[name] = "^" + footnoteId;

    private IReadOnlyList<Footnote> BuildFootnotes()
    {
        var result = new List<Footnote>();
        foreach (var (wordId, endnote, modelId, mark) in footnoteOrder.ToList())
        {
            var notes = endnote ? word.Endnotes : word.Footnotes;
            if (!notes.TryGetValue(wordId, out var note))
            {
                session.Report.Anomalies.Add($"footnote {wordId} is referenced but missing from the document");
                continue;
            }
            var blocks = new List<Block>();
            foreach (var block in note.Blocks)
            {
                if (block is WordParagraph p && p.Text.Trim().Length > 0)
                {
                    var text = Inline(p);
                    blocks.Add(new Paragraph { Text = text });
                }
                else if (block is WordTable t)
                {
                    blocks.Add(TableConverter.Convert(t, this, null, null, NewId("table-fn")).Table);
                }
            }
            result.Add(new Footnote { Id = modelId, Mark = mark, Endnote = endnote, Blocks = blocks });
        }
        return result;
    }

    internal string InlineFor(IReadOnlyList<WordInline> inlines) => Inline(inlines);

}

/// <summary>The model built from a Word document, and the Word paragraph behind each JSON pointer.</summary>
internal sealed record ImportedStructure(StandardDocument Document, IReadOnlyDictionary<string, int> SourceMap);
