using System.Text.RegularExpressions;
using Mrs.Import.Docx.Word;
using Mrs.Import.Profiles;
using Mrs.Model;
using Mrs.Text.Messages;
using Phase = Mrs.Import.Structure.ReadingPhase;

namespace Mrs.Import.Structure;

/// <summary>
/// Second stage of the importer: walks the Word layer paragraph by paragraph and builds the standard's structure with
/// the help of a profile (style name → role), the numbers Word draws, and the numbers typed into the text. Cross-
/// references are written to bookmarks ("#bm:NAME") and resolved once every element's id is known (CrossReferences).
/// </summary>
internal sealed partial class StructureBuilder : IInlineContext, IReadingState
{
    private readonly WordDocument word;
    private readonly ImportProfile profile;
    private readonly ImportSession session;
    private readonly ParagraphClassifier classifier;

    // ---------------------------------------------------------------- the state of the walk, all of it
    // What has been built: the document's parts.
    private readonly List<(WordParagraph Paragraph, StyleRole Role)> cover = [];
    private readonly List<SectionNode> preface = [];
    private readonly List<ClauseNode> clauses = [];
    private readonly List<AnnexNode> annexes = [];
    private BibliographyNode? bibliography;
    private SectionNode? index;

    // Where the walk is: the part of the document, the container new blocks go to, the open clauses and term entry.
    private Phase phase = Phase.Cover;
    private ContainerNode? container;
    private readonly List<ClauseNode> clauseStack = [];
    private TermNode? term;
    /// <summary>After "目次"/"Contents" in the front matter: typed contents lines until the next section.</summary>
    private bool skippingContents;

    // What the last blocks leave open for the next paragraph.
    private Node? lastBlock;
    private readonly List<ListNode> openLists = [];
    private NoteNode? lastNote;
    /// <summary>The figure the last note went to (notes under a figure stay with it).</summary>
    private Node? lastNoteOwner;
    private bool whereMode;
    private bool keyMode;
    private (string? Number, string? Title, int Paragraph, List<string> Bookmarks)? pendingTableTitle;
    /// <summary>A figure created from its caption, waiting for the picture set below the caption.</summary>
    private FigureNode? captionAbove;
    private string? pendingDefinitionTerm;
    private int pendingDefinitionParagraph;

    // The Word document as a whole, known before the walk.
    private List<WordBlock> blocks = [];
    /// <summary>The index in <see cref="blocks"/> of the block being read.</summary>
    private int position;
    private readonly Dictionary<int, WordParagraph> nextParagraphs = [];
    private bool termStylesInUse;
    private int coverBoundary;

    // Ids, bookmarks and footnotes: how the parts will refer to each other.
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> bookmarkTargets = new(StringComparer.Ordinal);
    private readonly List<string> paragraphBookmarks = [];
    private readonly Dictionary<string, string> footnoteIds = new(StringComparer.Ordinal);
    private readonly List<(string WordId, bool Endnote, string ModelId, string? Mark)> footnoteOrder = [];
    private int footnoteCounter;
    private int endnoteCounter;
    private int unnumberedTerms;
    private int unnumberedFigures;
    private int unnumberedTables;
    private int unnumberedFormulas;

    public StructureBuilder(WordDocument word, ImportProfile profile, ImportSession session)
    {
        this.word = word;
        this.profile = profile;
        classifier = new ParagraphClassifier(profile, this);
        this.session = session;
    }

    public IReadOnlyDictionary<string, string> BookmarkTargets => bookmarkTargets;

    // ---------------------------------------------------------------- what the classifier reads of the walk
    Phase IReadingState.Phase => phase;
    ContainerNode? IReadingState.Container => container;
    TermNode? IReadingState.Term => term;
    bool IReadingState.AwaitsDesignation => AwaitsDesignation;
    Node? IReadingState.LastBlock => lastBlock;
    bool IReadingState.ListOpen => openLists.Count > 0;
    string? IReadingState.CurrentClauseNumber => CurrentClause()?.Number;
    WordParagraph? IReadingState.NextParagraph(WordParagraph p) => nextParagraphs.GetValueOrDefault(p.Index);
    WordBlock? IReadingState.NextBlock => position + 1 < blocks.Count ? blocks[position + 1] : null;
    bool IReadingState.PictureFollows() => PictureFollows();

    public ImportedStructure Build()
    {
        var paragraphs = word.Body.ToList();
        blocks = paragraphs;
        WordParagraph? previous = null;
        foreach (var paragraph in paragraphs.OfType<WordParagraph>().Where(x => x.Text.Trim().Length > 0 || ParagraphClassifier.NumberOnly(x)))
        {
            if (previous is not null)
            {
                nextParagraphs[previous.Index] = paragraph;
            }
            previous = paragraph;
        }
        termStylesInUse = paragraphs.OfType<WordParagraph>()
            .Any(p => classifier.Role(p).Kind is RoleKind.Term or RoleKind.TermNumber or RoleKind.TermPreferred);
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
                    Add(new LeafNode(new RawBlock
                    {
                        Kind = raw.Kind, Origin = $"docx paragraph {raw.ParagraphIndex + 1}", Text = raw.Text,
                        Format = OoxmlFormat, Content = raw.Xml
                    })
                    { Paragraph = raw.ParagraphIndex });
                    session.Report.RawBlocks.Add(Catalog.Format("import.warn.rawAt", raw.Kind, raw.ParagraphIndex + 1));
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
            Preface = preface.Select(assembler.Section).ToList(),
            Clauses = clauses.Select(assembler.Clause).ToList(),
            Annexes = annexes.Select(assembler.Annex).ToList(),
            Bibliography = bibliography is null ? null : assembler.Bibliography(bibliography),
            Index = index is null ? null : assembler.Section(index),
            Footnotes = BuildFootnotes(),
        };
        foreach (var entry in assembler.Unnamed)
        {
            session.Report.Warnings.Add(Catalog.Format("import.warn.termNoDesignation", entry));
        }
        return new ImportedStructure(document, assembler.SourceMap(document));
    }

    internal const string OoxmlFormat = "application/vnd.openxmlformats-officedocument.wordprocessingml+xml";

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
            var role = classifier.Role(p);
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
                if (role.Kind == RoleKind.Heading && !ParagraphClassifier.IsNumberedHeading(p, text))
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
            AddToCover(inner, classifier.Role(inner));
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
        var role = classifier.Role(p);
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
        if (text.Length == 0 && !p.HasDisplayMath && !Embedded(p.Inlines).Any() && !(ParagraphClassifier.NumberOnly(p) && phase >= Phase.Front))
        {
            BindBookmarks(p.Inlines.OfType<WordBookmark>().Select(b => b.Name), container?.Id);
            return;
        }
        if (profile.RoleOf(p.StyleName) is null && !session.MappedStyles.Contains(p.StyleName))
        {
            session.Report.Count("unmapped style", p.StyleName);
        }

        role = classifier.Refine(p, role, text);
        Dispatch(p, role, text);
        if (role.Kind is not (RoleKind.Body or RoleKind.Formula or RoleKind.FigureTitle or RoleKind.Caption or RoleKind.ExampleContent)
            && Embedded(p.Inlines).Any())
        {
            // Text boxes, objects and pictures anchored in a heading, a note, a list item …: kept after it.
            AddEmbedded(p);
        }
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
                OnBibliographyTitle(p);
                break;
            case RoleKind.IndexTitle:
                OnIndexTitle(p);
                break;
            case RoleKind.Term or RoleKind.TermNumber or RoleKind.TermPreferred or RoleKind.TermAdmitted or RoleKind.TermDeprecated
                or RoleKind.Definition or RoleKind.TermSource:
                OnTermPart(p, role, text);
                break;
            case RoleKind.Note:
                OnNote(p);
                break;
            case RoleKind.NoteContinued:
                OnNoteContinued(p);
                break;
            case RoleKind.Example:
                OnExample(p);
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
                OnNote(p);
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
        var kind = ClauseTitles.IsForeword(plain) ? SectionKind.Foreword : ClauseTitles.IsIntroduction(plain) ? SectionKind.Introduction
            : SectionKind.Other;
        var id = kind switch { SectionKind.Foreword => "foreword", SectionKind.Introduction => "introduction", _ => "section-" + Slug(title) };
        var section = new SectionNode { Id = NewId(id), Kind = kind, Title = title, Paragraph = p.Index };
        preface.Add(section);
        container = section;
        clauseStack.Clear();
        phase = Phase.Front;
        BindBookmarks(Bookmarks(p), section.Id);
    }

    /// <param name="typed">A heading made by hand (a bold line with a typed number): in an annex it is the annex's, whatever its number.</param>
    private void OnHeading(WordParagraph p, int styleLevel, bool titled, bool typed = false)
    {
        ResetBlockState();
        skippingContents = false;
        var (number, title, rest) = NumberAndTitle(p, titled);

        // Terms written as headings ("3.1⇥term") in a terms clause of a document without term styles.
        if (!termStylesInUse && titled && IsTermNumber(number) && title is not null && title.Length < 80
            && !GroupTitle().IsMatch(MarkdownText.Plain(title)) && NextIsDefinition(p))
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
        else if (phase is Phase.Annexes or Phase.Bibliography or Phase.Index && level == 1 && number is not null && char.IsAsciiDigit(number[0])
            && !(typed && phase == Phase.Annexes))
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
        else
        {
            clauses.Add(clause); // also a heading after the bibliography: kept as a clause after the others
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
        var label = p.Number is { IsBullet: false } n && TypedLabels.CleanNumber(n.Text) is { Length: > 0 } drawn ? drawn : null;
        var plain = p.Text;
        var typed = TypedLabels.NumberedHeading().Match(plain);
        var alone = TypedLabels.MatchNumberAlone(plain);
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
                session.Report.Anomalies.Add($"paragraph {p.Index + 1}: the number {label} is drawn by Word and typed again in the text; the typed "
                    + "copy is left out");
            }
            if (label is null || label == typedNumber)
            {
                number = typedNumber;
                drop = !alone.Success && match.Groups["title"].Success ? match.Groups["title"].Index : plain.Length;
            }
        }
        if (number is not null && !TypedLabels.IsClauseNumber(number))
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
        MarkdownText.EscapeWhereNeeded(TitleSpace().Replace(plain, " ").Trim(' ', '\u3000'));

    /// <summary>
    /// The text a reader sees (field results, link texts), line breaks as "\n"; bookmarks met are remembered, footnote references collected.
    /// </summary>
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
        return next is not null && classifier.Role(next).Kind is RoleKind.Body or RoleKind.Definition && next.Number is null
            && !TypedLabels.NumberedHeading().IsMatch(next.Text) && !TypedLabels.IsNumberAlone(next.Text)
            && !next.Text.TrimEnd().EndsWith(':') && !next.Text.TrimEnd().EndsWith('：');
    }

    /// <summary>True when the next paragraph with text can be a term's designation: short, unnumbered, no heading.</summary>
    private bool NextIsDesignation(WordParagraph p)
    {
        var next = nextParagraphs.TryGetValue(p.Index, out var n) ? n : null;
        if (next is null || next.Number is { IsBullet: false }
            || classifier.Role(next).Kind is not (RoleKind.Body or RoleKind.Definition or RoleKind.TermPreferred or RoleKind.Term))
        {
            return false;
        }
        var first = next.Text.Trim().Split('\n')[0].Trim();
        return first.Length is > 0 and <= 150 && !TypedLabels.NumberedHeading().IsMatch(first) && !TypedLabels.IsNumberAlone(first)
            && !TypedLabels.NoteLabel().IsMatch(first) && !first.EndsWith(':') && !first.EndsWith('：');
    }
}

/// <summary>The model built from a Word document, and the Word paragraph behind each JSON pointer.</summary>
internal sealed record ImportedStructure(StandardDocument Document, IReadOnlyDictionary<string, int> SourceMap);
