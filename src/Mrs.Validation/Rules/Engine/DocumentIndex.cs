using Mrs.Model;
using Mrs.Text.Language;

namespace Mrs.Validation.Rules;

/// <summary>An internal link or footnote mark, with the text it is in.</summary>
public sealed record LinkUse(InlineLink Link, TextNode Text);

/// <summary>A document identifier written in the text ("GB/T 1234—2008", "ISO 712"), with the text it is in.</summary>
public sealed record IdentifierUse(DocumentIdentifier Identifier, TextNode Text);

/// <summary>
/// The document walked once: every clause, block, text, term, reference, footnote and id with its JSON pointer (the
/// serialized form: camelCase keys, 0-based indexes) and the clause it belongs to. Rules read this instead of walking the
/// model themselves; the citation tables are built on first use and shared by the rules.
/// </summary>
public sealed class DocumentIndex
{
    private readonly List<ScopeNode> scopes = [];
    private readonly List<BlockNode> blocks = [];
    private readonly List<TextNode> texts = [];
    private readonly List<TermNode> terms = [];
    private readonly List<ReferenceNode> normativeReferences = [];
    private readonly List<ReferenceNode> bibliography = [];
    private readonly List<FootnoteNode> footnotes = [];
    private readonly List<FootnoteNode> tableFootnotes = [];
    private readonly Dictionary<string, Target> targets = new(StringComparer.Ordinal);
    private readonly List<(Target First, Target Duplicate)> duplicateIds = [];
    private readonly Dictionary<string, IReadOnlyList<string>> suppressions = new(StringComparer.Ordinal);
    /// <summary>
    /// Where the texts of each document footnote start in <see cref="texts"/>: they come last in the walk, one footnote after the other.
    /// </summary>
    private readonly List<int> footnoteTexts = [];

    private List<LinkUse>? links;
    private Dictionary<string, List<TextNode>>? citedIds;
    private List<PlainCitation>? plainCitations;
    private List<IdentifierUse>? identifierUses;

    public StandardDocument Document { get; }

    /// <summary>The cover: the node metadata findings belong to.</summary>
    public ScopeNode Cover { get; }

    /// <summary>The document as a whole (document footnotes, missing elements).</summary>
    public ScopeNode Root { get; }

    /// <summary>Every clause, annex and section in document order.</summary>
    public IReadOnlyList<ScopeNode> Scopes => scopes;

    /// <summary>The top-level clauses 1, 2, 3 ….</summary>
    public IReadOnlyList<ScopeNode> BodyClauses { get; }

    public IReadOnlyList<ScopeNode> Annexes { get; }

    public IReadOnlyList<ScopeNode> PrefaceSections { get; }

    public IReadOnlyList<BlockNode> Blocks => blocks;

    public IReadOnlyList<TextNode> Texts => texts;

    public IReadOnlyList<TermNode> Terms => terms;

    public IReadOnlyList<ReferenceNode> NormativeReferences => normativeReferences;

    public IReadOnlyList<ReferenceNode> BibliographyEntries => bibliography;

    /// <summary>Footnotes of the document (not of tables).</summary>
    public IReadOnlyList<FootnoteNode> Footnotes => footnotes;

    public IReadOnlyList<FootnoteNode> TableFootnotes => tableFootnotes;

    public IReadOnlyDictionary<string, Target> Targets => targets;

    public IReadOnlyList<(Target First, Target Duplicate)> DuplicateIds => duplicateIds;

    /// <summary>Inline suppressions by the pointer of the node that carries them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Suppressions => suppressions;

    public ScopeNode? Foreword => PrefaceSections.FirstOrDefault(s => s.Role == ScopeRole.Foreword);

    public ScopeNode? Introduction => PrefaceSections.FirstOrDefault(s => s.Role == ScopeRole.Introduction);

    public ScopeNode? NormativeReferencesClause => BodyClauses.FirstOrDefault(c => c.Role == ScopeRole.NormativeReferences);

    public ScopeNode? TermsClause => BodyClauses.FirstOrDefault(c => c.Role == ScopeRole.Terms);

    /// <summary>True when the document's content is in Chinese (metadata languages, else the titles and text).</summary>
    public bool Chinese { get; }

    /// <summary>
    /// True when the document is in English (its first metadata language, else not Chinese): the language of the
    /// prescribed English sentences and verbal forms. A Japanese or German document gets neither the English nor the
    /// Chinese wording advice.
    /// </summary>
    public bool English { get; }

    /// <summary>True for a vocabulary (terminology standard): the title says so.</summary>
    public bool IsVocabulary { get; }

    /// <summary>
    /// True when the document declares the key-word conventions of BCP 14 (RFC 2119, RFC 8174), as OASIS, IETF and W3C
    /// documents do: "The key words “MUST”, … are to be interpreted as described in RFC 2119". Only the capitalised key
    /// words (MUST, SHALL, SHOULD, MAY, REQUIRED, RECOMMENDED, OPTIONAL) are then provisions; "may" in lower case is
    /// ordinary English.
    /// </summary>
    public bool KeywordConventions { get; }

    /// <summary>True for a committee contribution or change request (see <see cref="FamilyDetector.IsContribution"/>).</summary>
    public bool IsContribution => isContribution ??= FamilyDetector.IsContribution(Document);

    private bool? isContribution;

    private DocumentIndex(StandardDocument document)
    {
        Document = document;
        Root = new ScopeNode { Kind = ScopeKind.Section, Role = ScopeRole.OtherSection, Pointer = "", Label = "Document" };
        Cover = new ScopeNode
        {
            Kind = ScopeKind.Section, Role = ScopeRole.OtherSection, Pointer = "/" + ModelNames.Metadata, Label = "Cover",
            Context = TextContext.Metadata
        };
        var preface = new List<ScopeNode>();
        var body = new List<ScopeNode>();
        var annexes = new List<ScopeNode>();
        PrefaceSections = preface;
        BodyClauses = body;
        Annexes = annexes;

        // What each node passes down, by depth: the frame of a node's parent is the one just above its own.
        var frames = new List<Frame>();
        foreach (var node in ModelWalker.Walk(document))
        {
            var up = node.Depth > 0 ? frames[node.Depth - 1] : new Frame(Root, TextContext.None, Root.Label);
            var frame = node.Value switch
            {
                Mrs.Model.Metadata => new Frame(Cover, TextContext.Metadata, Cover.Label),
                Title title => MetadataTitle(title, node, up),
                Section section => WalkSection(section, node, preface),
                Clause clause => WalkClause(clause, node, up, body),
                Annex annex => WalkAnnex(annex, node, annexes),
                Bibliography bibliography => WalkBibliography(bibliography, node),
                ReferenceEntry entry => WalkReference(entry, node, up),
                TermEntry entry => WalkTerm(entry, node, up),
                TermSource source => WalkSource(source, node, up),
                Footnote footnote => WalkFootnote(footnote, node, up),
                Block block => WalkBlock(block, node, up),
                ListItem item => WalkItem(item, node, up),
                TableCell cell => WalkCell(cell, node, up),
                DefinitionItem item => WalkDefinitionItem(item, node, up),
                // the document, table rows, images, designations (their term entry takes their text), assets
                _ => up,
            };
            if (node.Depth < frames.Count)
            {
                frames[node.Depth] = frame;
            }
            else
            {
                frames.Add(frame);
            }
        }
        LabelFootnotes();

        var titles = document.Metadata.Titles;
        Chinese = LanguageDetector.IsChinese(document);
        English = document.Metadata.Languages.Count > 0
            ? document.Metadata.Languages[0].StartsWith("en", StringComparison.OrdinalIgnoreCase)
            : !Chinese;
        IsVocabulary = titles.Any(t => ContainsVocabulary(t.Main) || ContainsVocabulary(t.Part) || ContainsVocabulary(t.Intro));
        KeywordConventions = texts.Any(t => (t.Context & (TextContext.ReferenceEntry | TextContext.Heading)) == 0
            && Keywords.IsConventionsStatement(t.Plain));
    }

    public static DocumentIndex Build(StandardDocument document) => new(document);

    /// <summary>Internal links and footnote marks in document order.</summary>
    public IReadOnlyList<LinkUse> Links
    {
        get
        {
            if (links is null)
            {
                links = [];
                foreach (var t in texts)
                {
                    foreach (var link in InlineText.Links(t.Text))
                    {
                        if (link.Internal)
                        {
                            links.Add(new LinkUse(link, t));
                        }
                    }
                }
            }
            return links;
        }
    }

    /// <summary>The texts that link to an id (cross-references and footnote marks).</summary>
    public IReadOnlyList<TextNode> CitationsOf(string? id)
    {
        if (citedIds is null)
        {
            citedIds = new Dictionary<string, List<TextNode>>(StringComparer.Ordinal);
            foreach (var use in Links)
            {
                if (!citedIds.TryGetValue(use.Link.Target, out var list))
                {
                    citedIds[use.Link.Target] = list = [];
                }
                list.Add(use.Text);
            }
        }
        return id is not null && citedIds.TryGetValue(id, out var found) ? found : [];
    }

    /// <summary>Citations written out in plain text: "见5.2", "Table 3", "附录B", "Formula (2)".</summary>
    public IReadOnlyList<PlainCitation> PlainCitations => plainCitations ??= Citations.Scan(texts);

    /// <summary>Identifiers of other documents written in the text, outside the reference lists and the cover.</summary>
    public IReadOnlyList<IdentifierUse> IdentifierUses
    {
        get
        {
            if (identifierUses is null)
            {
                identifierUses = [];
                foreach (var t in texts)
                {
                    if (t.Is(TextContext.ReferenceEntry | TextContext.Metadata | TextContext.Code | TextContext.Raw | TextContext.Formula))
                    {
                        continue;
                    }
                    foreach (var id in DocumentIdentifier.FindAll(t.Plain))
                    {
                        identifierUses.Add(new IdentifierUse(id, t));
                    }
                }
            }
            return identifierUses;
        }
    }

    // ---- the walk ----

    /// <summary>
    /// What the walk passes down from a node to those it holds: the scope they are in, the context they inherit, how findings name them, the block
    /// and term entry they are in and the list level.
    /// </summary>
    private readonly record struct Frame(ScopeNode Owner, TextContext Context, string Label, BlockNode? Block = null, int ListLevel = 0,
        TermNode? Term = null);

    private Frame MetadataTitle(Title title, ModelNode node, Frame up)
    {
        AddMetadataTitle(title.Intro, node.PointerTo(ModelNames.Intro));
        AddMetadataTitle(title.Main, node.PointerTo(ModelNames.Main));
        AddMetadataTitle(title.Part, node.PointerTo(ModelNames.Part));
        return up;
    }

    private void AddMetadataTitle(string? text, string pointer)
    {
        if (text is not null)
        {
            texts.Add(new TextNode
            {
                Text = text, Pointer = pointer, Owner = Cover, Context = TextContext.Metadata | TextContext.DocumentTitle,
                Label = "Cover"
            });
        }
    }

    /// <summary>A front section or the index.</summary>
    private Frame WalkSection(Section section, ModelNode node, List<ScopeNode> preface)
    {
        var role = ClauseRoles.Of(section);
        var context = role switch
        {
            ScopeRole.Foreword => TextContext.Foreword,
            ScopeRole.Introduction => TextContext.Introduction,
            ScopeRole.Index => TextContext.Index,
            _ => TextContext.OtherPreface,
        };
        var label = role switch
        {
            ScopeRole.Foreword => "Foreword",
            ScopeRole.Introduction => "Introduction",
            ScopeRole.Index => "Index",
            _ => section.Title is { Length: > 0 } t ? Excerpt.Of(InlineText.ToPlain(t, true), 30) : "Preface",
        };
        var pointer = node.Pointer;
        var scope = new ScopeNode
        {
            Kind = ScopeKind.Section, Role = role, Pointer = pointer, Label = label, Context = context, Section = section,
            Parent = Root
        };
        scopes.Add(scope);
        if (node.Name == ModelNames.Preface)
        {
            preface.Add(scope);
        }
        AddSuppress(pointer, section.Suppress);
        AddTarget(section.Id, TargetKind.Section, pointer, label, scope);
        AddHeading(section.Title, pointer, scope, context);
        return new Frame(scope, context, label);
    }

    /// <summary>A clause of the body, of an annex or of a front section: only the body's top clauses have a role.</summary>
    private Frame WalkClause(Clause clause, ModelNode node, Frame up, List<ScopeNode> body)
    {
        var top = node.Parent!.Value is StandardDocument;
        var role = top ? ClauseRoles.Of(clause) : ScopeRole.General;
        var context = (top ? TextContext.Body : up.Context) | role switch
        {
            ScopeRole.Scope => TextContext.Scope,
            ScopeRole.NormativeReferences => TextContext.NormativeReferences,
            ScopeRole.Terms => TextContext.TermsClause,
            ScopeRole.Symbols => TextContext.Symbols,
            _ => TextContext.None,
        };
        if (clause.Terms.Count > 0)
        {
            context |= TextContext.TermsClause;
        }
        var label = clause.Number is { Length: > 0 } n ? n : clause.Title is { Length: > 0 } t ? Excerpt.Of(InlineText.ToPlain(t, true), 30)
            : clause.Id;
        var pointer = node.Pointer;
        var parent = up.Owner;
        var scope = new ScopeNode
        {
            Kind = ScopeKind.Clause, Role = role, Pointer = pointer, Label = label, Parent = parent,
            Depth = parent.Kind == ScopeKind.Clause ? parent.Depth + 1 : 1,
            AnnexLetter = parent.AnnexLetter, Context = context, Clause = clause,
        };
        scopes.Add(scope);
        (top ? body : parent.Children).Add(scope);
        AddSuppress(pointer, clause.Suppress);
        AddTarget(clause.Id, TargetKind.Clause, pointer, label, scope);
        AddHeading(clause.Title, pointer, scope, context);
        return new Frame(scope, context, label);
    }

    private Frame WalkAnnex(Annex annex, ModelNode node, List<ScopeNode> annexes)
    {
        var label = "Annex " + annex.Letter;
        var pointer = node.Pointer;
        var scope = new ScopeNode
        {
            Kind = ScopeKind.Annex, Role = ScopeRole.Annex, Pointer = pointer, Label = label, Parent = Root, AnnexLetter = annex.Letter,
            Context = TextContext.Annex, Annex = annex,
        };
        scopes.Add(scope);
        annexes.Add(scope);
        AddSuppress(pointer, annex.Suppress);
        AddTarget(annex.Id, TargetKind.Annex, pointer, label, scope);
        AddHeading(annex.Title, pointer, scope, TextContext.Annex);
        return new Frame(scope, TextContext.Annex, label);
    }

    private Frame WalkBibliography(Bibliography b, ModelNode node)
    {
        var pointer = node.Pointer;
        var scope = new ScopeNode
        {
            Kind = ScopeKind.Bibliography, Role = ScopeRole.Bibliography, Pointer = pointer, Label = "Bibliography", Parent = Root,
            Context = TextContext.Bibliography, Bibliography = b,
        };
        scopes.Add(scope);
        AddTarget(b.Id, TargetKind.Section, pointer, scope.Label, scope);
        AddHeading(b.Title, pointer, scope, TextContext.Bibliography);
        return new Frame(scope, TextContext.Bibliography, scope.Label);
    }

    /// <summary>An entry of the bibliography, or of a clause's or annex's references (normative in the normative references clause).</summary>
    private Frame WalkReference(ReferenceEntry entry, ModelNode node, Frame up)
    {
        var pointer = node.Pointer;
        if (node.Parent!.Value is Bibliography)
        {
            bibliography.Add(new ReferenceNode { Entry = entry, Pointer = pointer, Owner = up.Owner, Normative = false });
        }
        else if ((up.Context & TextContext.NormativeReferences) != 0)
        {
            normativeReferences.Add(new ReferenceNode { Entry = entry, Pointer = pointer, Owner = up.Owner, Normative = true });
        }
        AddSuppress(pointer, entry.Suppress);
        AddTarget(entry.Id, TargetKind.Reference, pointer, entry.Label ?? entry.Identifier ?? entry.Id, up.Owner);
        var context = up.Context | TextContext.ReferenceEntry;
        AddText(entry.Text, node.PointerTo(ModelNames.Text), context, up);
        AddText(entry.Footnote, node.PointerTo(ModelNames.Footnote), context | TextContext.Footnote, up);
        return up;
    }

    /// <summary>A term entry, with its designations and definition; its blocks, examples, notes and sources come after it.</summary>
    private Frame WalkTerm(TermEntry entry, ModelNode node, Frame up)
    {
        var owner = up.Owner;
        var pointer = node.Pointer;
        var label = entry.Number is { Length: > 0 } n ? n : owner.Label;
        var term = new TermNode { Entry = entry, Pointer = pointer, Owner = owner, Label = label };
        terms.Add(term);
        AddSuppress(pointer, entry.Suppress);
        AddTarget(entry.Id, TargetKind.Term, pointer, label, owner);
        var frame = new Frame(owner, up.Context | TextContext.TermsClause | TextContext.TermEntry, label, Term: term);
        AddDesignations(entry.Preferred, node.PointerTo(ModelNames.Preferred), frame);
        AddDesignations(entry.Admitted, node.PointerTo(ModelNames.Admitted), frame);
        AddDesignations(entry.Deprecated, node.PointerTo(ModelNames.Deprecated), frame);
        AddDesignations(entry.Equivalents, node.PointerTo(ModelNames.Equivalents), frame);
        AddText(entry.Definition, node.PointerTo(ModelNames.Definition), frame.Context | TextContext.Definition, frame);
        return frame;
    }

    private void AddDesignations(IReadOnlyList<Designation> designations, string pointer, Frame term)
    {
        for (var i = 0; i < designations.Count; i++)
        {
            AddText(designations[i].Text, $"{pointer}/{i}/{ModelNames.Text}", term.Context | TextContext.Designation, term);
        }
    }

    private Frame WalkSource(TermSource source, ModelNode node, Frame up)
    {
        AddText(source.Text ?? source.Reference, node.PointerTo(source.Text is null ? ModelNames.Reference : ModelNames.Text),
            up.Context | TextContext.TermSource, up);
        return up;
    }

    /// <summary>A footnote of the document, or of a table.</summary>
    private Frame WalkFootnote(Footnote footnote, ModelNode node, Frame up)
    {
        var pointer = node.Pointer;
        if (node.Parent!.Value is StandardDocument)
        {
            footnotes.Add(new FootnoteNode { Footnote = footnote, Pointer = pointer, Label = "Footnotes" });
            AddTarget(footnote.Id, TargetKind.Footnote, pointer, footnote.Mark ?? footnote.Id, null);
            footnoteTexts.Add(texts.Count);
            return new Frame(Root, TextContext.Footnote, "Footnotes");
        }
        tableFootnotes.Add(new FootnoteNode { Footnote = footnote, Pointer = pointer, Table = up.Block, Label = up.Label });
        AddTarget(footnote.Id, TargetKind.Footnote, pointer, footnote.Mark ?? footnote.Id, up.Owner);
        return up with { Context = up.Context | TextContext.TableFootnote };
    }

    private void AddHeading(string? title, string pointer, ScopeNode node, TextContext context)
    {
        if (title is not null)
        {
            texts.Add(new TextNode
            {
                Text = title, Pointer = $"{pointer}/{ModelNames.Title}", Owner = node, Context = context | TextContext.Heading,
                Label = node.Label
            });
        }
    }

    /// <summary>A piece of text of what a frame describes: a block, a reference or term entry.</summary>
    private void AddText(string? text, string pointer, TextContext context, Frame at, IReadOnlyList<Provision>? provisions = null)
    {
        if (text is not null)
        {
            texts.Add(new TextNode
            {
                Text = text, Pointer = pointer, Owner = at.Owner, Context = context, Block = at.Block, Term = at.Term,
                ModelProvisions = provisions ?? [], Label = at.Label
            });
        }
    }

    private Frame WalkBlock(Block block, ModelNode node, Frame up)
    {
        var own = block switch
        {
            Note => TextContext.Note,
            Example => TextContext.Example,
            Table => TextContext.Table,
            Figure => TextContext.Figure,
            Formula => TextContext.Formula,
            ListBlock => TextContext.List,
            DefinitionList => TextContext.DefinitionList,
            CodeBlock => TextContext.Code,
            RawBlock => TextContext.Raw,
            _ => TextContext.None,
        };
        var level = block is ListBlock ? up.ListLevel + 1 : up.ListLevel;
        var ctx = up.Context | own;
        var pointer = node.Pointer;
        var blockNode = new BlockNode
        {
            Block = block, Pointer = pointer, Owner = up.Owner, Context = ctx, Parent = up.Block, Siblings = (IReadOnlyList<Block>)node.Siblings!,
            Index = node.Index,
            ListLevel = level, Label = up.Label,
        };
        blocks.Add(blockNode);
        AddSuppress(pointer, block.Suppress);
        var kind = block switch { Table => TargetKind.Table, Figure => TargetKind.Figure, Formula => TargetKind.Formula, _ => TargetKind.Block };
        var number = block switch
        {
            Table t => t.Number,
            Figure f => f.Number,
            Formula f => f.Number,
            Note n => n.Number,
            Example e => e.Number,
            _ => null
        };
        AddTarget(block.Id, kind, pointer, number ?? up.Label, up.Owner);

        var frame = new Frame(up.Owner, ctx, up.Label, blockNode, level, up.Term);
        switch (block)
        {
            case Paragraph p:
                AddText(p.Text, node.PointerTo(ModelNames.Text), ctx, frame, p.Provisions);
                break;
            case Example e:
                AddText(e.Title, node.PointerTo(ModelNames.Title), ctx | TextContext.Caption, frame);
                break;
            case Table t:
                AddText(t.Title, node.PointerTo(ModelNames.Title), ctx | TextContext.Caption, frame);
                break;
            case Figure f:
                AddText(f.Title, node.PointerTo(ModelNames.Title), ctx | TextContext.Caption, frame);
                break;
            case Formula f:
                AddText(f.Text, node.PointerTo(ModelNames.Text), ctx, frame);
                break;
            case CodeBlock c:
                AddText(c.Text, node.PointerTo(ModelNames.Text), ctx, frame);
                break;
            case RawBlock r:
                AddText(r.Text, node.PointerTo(ModelNames.Text), ctx, frame);
                break;
        }
        return frame;
    }

    private Frame WalkItem(ListItem item, ModelNode node, Frame list)
    {
        AddTarget(item.Id, TargetKind.Block, node.Pointer, list.Label, list.Owner);
        AddText(item.Text, node.PointerTo(ModelNames.Text), list.Context, list, item.Provisions);
        return list;
    }

    private Frame WalkCell(TableCell cell, ModelNode node, Frame table)
    {
        AddText(cell.Text, node.PointerTo(ModelNames.Text), table.Context, table);
        return table;
    }

    /// <summary>An item of a figure's key or a formula's "where" list (their definitions), or of a definition list.</summary>
    private Frame WalkDefinitionItem(DefinitionItem item, ModelNode node, Frame up)
    {
        switch (node.Parent!.Value)
        {
            case Figure:
                AddText(item.Definition, node.PointerTo(ModelNames.Definition), up.Context | TextContext.FigureKey, up);
                break;
            case Formula:
                AddText(item.Definition, node.PointerTo(ModelNames.Definition), (up.Context & ~TextContext.Formula) | TextContext.FormulaWhere, up);
                break;
            default:
                AddText(item.Term, node.PointerTo(ModelNames.Term), up.Context, up);
                AddText(item.Definition, node.PointerTo(ModelNames.Definition), up.Context, up);
                break;
        }
        return up;
    }

    private void AddTarget(string? id, TargetKind kind, string pointer, string label, ScopeNode? owner)
    {
        if (string.IsNullOrEmpty(id))
        {
            return;
        }
        var target = new Target(id, kind, pointer, label, owner);
        if (!targets.TryAdd(id, target))
        {
            duplicateIds.Add((targets[id], target));
        }
    }

    private void AddSuppress(string pointer, IReadOnlyList<string> codes)
    {
        if (codes.Count > 0)
        {
            suppressions[pointer] = codes;
        }
    }

    /// <summary>A document footnote's findings name the clause of the first text that refers to it.</summary>
    private void LabelFootnotes()
    {
        if (footnotes.Count == 0)
        {
            return;
        }
        for (var i = 0; i < footnotes.Count; i++)
        {
            var f = footnotes[i];
            var first = CitationsOf(f.Footnote.Id).FirstOrDefault(t => !t.Is(TextContext.Footnote));
            if (first is not null)
            {
                f.Label = first.Label;
                var start = footnoteTexts[i];
                var end = i + 1 < footnoteTexts.Count ? footnoteTexts[i + 1] : texts.Count;
                for (var k = start; k < end; k++)
                {
                    texts[k].Label = first.Label;
                }
            }
        }
    }

    private static bool ContainsVocabulary(string? title) =>
        title is not null && (title.Contains("Vocabulary", StringComparison.OrdinalIgnoreCase) || title.EndsWith("术语", StringComparison.Ordinal)
            || title.Contains("术语和定义", StringComparison.Ordinal) || title.Contains("词汇", StringComparison.Ordinal));
}
