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
    private readonly List<(int Start, int End)> footnoteTexts = [];

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

    /// <summary>True for a vocabulary (terminology standard): the title says so.</summary>
    public bool IsVocabulary { get; }

    private DocumentIndex(StandardDocument document)
    {
        Document = document;
        Root = new ScopeNode { Kind = ScopeKind.Section, Role = ScopeRole.OtherSection, Pointer = "", Label = "Document" };
        Cover = new ScopeNode { Kind = ScopeKind.Section, Role = ScopeRole.OtherSection, Pointer = "/metadata", Label = "Cover", Context = TextContext.Metadata };
        var titles = document.Metadata.Titles;
        for (var i = 0; i < titles.Count; i++)
        {
            AddMetadataTitle(titles[i].Intro, $"/metadata/titles/{i}/intro");
            AddMetadataTitle(titles[i].Main, $"/metadata/titles/{i}/main");
            AddMetadataTitle(titles[i].Part, $"/metadata/titles/{i}/part");
        }

        var preface = new List<ScopeNode>();
        for (var i = 0; i < document.Preface.Count; i++)
        {
            preface.Add(WalkSection(document.Preface[i], $"/preface/{i}"));
        }
        PrefaceSections = preface;

        var body = new List<ScopeNode>();
        for (var i = 0; i < document.Clauses.Count; i++)
        {
            body.Add(WalkClause(document.Clauses[i], $"/clauses/{i}", null, 1, TextContext.Body, null, top: true));
        }
        BodyClauses = body;

        var annexes = new List<ScopeNode>();
        for (var i = 0; i < document.Annexes.Count; i++)
        {
            annexes.Add(WalkAnnex(document.Annexes[i], $"/annexes/{i}"));
        }
        Annexes = annexes;

        if (document.Bibliography is { } b)
        {
            WalkBibliography(b);
        }
        if (document.Index is { } index)
        {
            WalkSection(index, "/index");
        }
        for (var i = 0; i < document.Footnotes.Count; i++)
        {
            var f = document.Footnotes[i];
            var pointer = $"/footnotes/{i}";
            var node = new FootnoteNode { Footnote = f, Pointer = pointer, Label = "Footnotes" };
            footnotes.Add(node);
            AddTarget(f.Id, TargetKind.Footnote, pointer, f.Mark ?? f.Id, null);
            var first = texts.Count;
            WalkBlocks(f.Blocks, pointer + "/blocks", Root, TextContext.Footnote, null, 0, "Footnotes");
            footnoteTexts.Add((first, texts.Count));
        }
        LabelFootnotes();

        Chinese = LanguageDetector.IsChinese(document);
        IsVocabulary = titles.Any(t => ContainsVocabulary(t.Main) || ContainsVocabulary(t.Part) || ContainsVocabulary(t.Intro));
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

    private void AddMetadataTitle(string? text, string pointer)
    {
        if (text is not null)
        {
            texts.Add(new TextNode { Text = text, Pointer = pointer, Owner = Cover, Context = TextContext.Metadata | TextContext.DocumentTitle, Label = "Cover" });
        }
    }

    private ScopeNode WalkSection(Section section, string pointer)
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
        var node = new ScopeNode { Kind = ScopeKind.Section, Role = role, Pointer = pointer, Label = label, Context = context, Section = section, Parent = Root };
        scopes.Add(node);
        AddSuppress(pointer, section.Suppress);
        AddTarget(section.Id, TargetKind.Section, pointer, label, node);
        AddHeading(section.Title, pointer, node, context);
        WalkBlocks(section.Blocks, pointer + "/blocks", node, context, null, 0, label);
        for (var i = 0; i < section.Clauses.Count; i++)
        {
            node.Children.Add(WalkClause(section.Clauses[i], $"{pointer}/clauses/{i}", node, 1, context, null, top: false));
        }
        return node;
    }

    private ScopeNode WalkClause(Clause clause, string pointer, ScopeNode? parent, int depth, TextContext context, string? annexLetter, bool top)
    {
        var role = top ? ClauseRoles.Of(clause) : ScopeRole.General;
        context |= role switch
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
        var label = clause.Number is { Length: > 0 } n ? n : clause.Title is { Length: > 0 } t ? Excerpt.Of(InlineText.ToPlain(t, true), 30) : clause.Id;
        var node = new ScopeNode
        {
            Kind = ScopeKind.Clause, Role = role, Pointer = pointer, Label = label, Parent = parent ?? Root, Depth = depth,
            AnnexLetter = annexLetter, Context = context, Clause = clause,
        };
        scopes.Add(node);
        AddSuppress(pointer, clause.Suppress);
        AddTarget(clause.Id, TargetKind.Clause, pointer, label, node);
        AddHeading(clause.Title, pointer, node, context);
        WalkBlocks(clause.Blocks, pointer + "/blocks", node, context, null, 0, label);
        WalkReferences(clause.References, pointer + "/references", node, context, normative: (context & TextContext.NormativeReferences) != 0);
        WalkTerms(clause.Terms, pointer + "/terms", node, context);
        for (var i = 0; i < clause.Clauses.Count; i++)
        {
            node.Children.Add(WalkClause(clause.Clauses[i], $"{pointer}/clauses/{i}", node, depth + 1, context, annexLetter, top: false));
        }
        return node;
    }

    private ScopeNode WalkAnnex(Annex annex, string pointer)
    {
        var label = "Annex " + annex.Letter;
        var node = new ScopeNode
        {
            Kind = ScopeKind.Annex, Role = ScopeRole.Annex, Pointer = pointer, Label = label, Parent = Root, AnnexLetter = annex.Letter,
            Context = TextContext.Annex, Annex = annex,
        };
        scopes.Add(node);
        AddSuppress(pointer, annex.Suppress);
        AddTarget(annex.Id, TargetKind.Annex, pointer, label, node);
        AddHeading(annex.Title, pointer, node, TextContext.Annex);
        WalkBlocks(annex.Blocks, pointer + "/blocks", node, TextContext.Annex, null, 0, label);
        WalkReferences(annex.References, pointer + "/references", node, TextContext.Annex, normative: false);
        WalkTerms(annex.Terms, pointer + "/terms", node, TextContext.Annex | (annex.Terms.Count > 0 ? TextContext.TermsClause : 0));
        for (var i = 0; i < annex.Clauses.Count; i++)
        {
            node.Children.Add(WalkClause(annex.Clauses[i], $"{pointer}/clauses/{i}", node, 1, TextContext.Annex, annex.Letter, top: false));
        }
        return node;
    }

    private void WalkBibliography(Bibliography b)
    {
        const string pointer = "/bibliography";
        var node = new ScopeNode
        {
            Kind = ScopeKind.Bibliography, Role = ScopeRole.Bibliography, Pointer = pointer, Label = "Bibliography", Parent = Root,
            Context = TextContext.Bibliography, Bibliography = b,
        };
        scopes.Add(node);
        AddTarget(b.Id, TargetKind.Section, pointer, node.Label, node);
        AddHeading(b.Title, pointer, node, TextContext.Bibliography);
        WalkBlocks(b.Blocks, pointer + "/blocks", node, TextContext.Bibliography, null, 0, node.Label);
        for (var i = 0; i < b.Entries.Count; i++)
        {
            var entry = b.Entries[i];
            var p = $"{pointer}/entries/{i}";
            bibliography.Add(new ReferenceNode { Entry = entry, Pointer = p, Owner = node, Normative = false });
            AddReferenceEntry(entry, p, node, TextContext.Bibliography);
        }
    }

    private void WalkReferences(IReadOnlyList<ReferenceEntry> entries, string pointer, ScopeNode owner, TextContext context, bool normative)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var p = $"{pointer}/{i}";
            if (normative)
            {
                normativeReferences.Add(new ReferenceNode { Entry = entries[i], Pointer = p, Owner = owner, Normative = true });
            }
            AddReferenceEntry(entries[i], p, owner, context);
        }
    }

    private void AddReferenceEntry(ReferenceEntry entry, string pointer, ScopeNode owner, TextContext context)
    {
        AddSuppress(pointer, entry.Suppress);
        AddTarget(entry.Id, TargetKind.Reference, pointer, entry.Label ?? entry.Identifier ?? entry.Id, owner);
        context |= TextContext.ReferenceEntry;
        texts.Add(new TextNode { Text = entry.Text, Pointer = pointer + "/text", Owner = owner, Context = context, Label = owner.Label });
        if (entry.Footnote is not null)
        {
            texts.Add(new TextNode { Text = entry.Footnote, Pointer = pointer + "/footnote", Owner = owner, Context = context | TextContext.Footnote, Label = owner.Label });
        }
    }

    private void WalkTerms(IReadOnlyList<TermEntry> entries, string pointer, ScopeNode owner, TextContext context)
    {
        context |= TextContext.TermsClause;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var p = $"{pointer}/{i}";
            var label = entry.Number is { Length: > 0 } n ? n : owner.Label;
            var term = new TermNode { Entry = entry, Pointer = p, Owner = owner, Label = label };
            terms.Add(term);
            AddSuppress(p, entry.Suppress);
            AddTarget(entry.Id, TargetKind.Term, p, label, owner);
            var c = context | TextContext.TermEntry;
            AddDesignations(entry.Preferred, p + "/preferred", term, c);
            AddDesignations(entry.Admitted, p + "/admitted", term, c);
            AddDesignations(entry.Deprecated, p + "/deprecated", term, c);
            AddDesignations(entry.Equivalents, p + "/equivalents", term, c);
            if (entry.Definition is not null)
            {
                texts.Add(new TextNode { Text = entry.Definition, Pointer = p + "/definition", Owner = owner, Context = c | TextContext.Definition, Term = term, Label = label });
            }
            WalkBlocks(entry.Blocks, p + "/blocks", owner, c, null, 0, label, term);
            for (var k = 0; k < entry.Examples.Count; k++)
            {
                WalkBlock(entry.Examples[k], $"{p}/examples/{k}", owner, c, null, 0, label, entry.Examples, k, term);
            }
            for (var k = 0; k < entry.Notes.Count; k++)
            {
                WalkBlock(entry.Notes[k], $"{p}/notes/{k}", owner, c, null, 0, label, entry.Notes, k, term);
            }
            for (var k = 0; k < entry.Sources.Count; k++)
            {
                var s = entry.Sources[k];
                texts.Add(new TextNode { Text = s.Text ?? s.Reference, Pointer = $"{p}/sources/{k}/" + (s.Text is null ? "reference" : "text"), Owner = owner, Context = c | TextContext.TermSource, Term = term, Label = label });
            }
        }
    }

    private void AddDesignations(IReadOnlyList<Designation> designations, string pointer, TermNode term, TextContext context)
    {
        for (var i = 0; i < designations.Count; i++)
        {
            texts.Add(new TextNode { Text = designations[i].Text, Pointer = $"{pointer}/{i}/text", Owner = term.Owner, Context = context | TextContext.Designation, Term = term, Label = term.Label });
        }
    }

    private void AddHeading(string? title, string pointer, ScopeNode node, TextContext context)
    {
        if (title is not null)
        {
            texts.Add(new TextNode { Text = title, Pointer = pointer + "/title", Owner = node, Context = context | TextContext.Heading, Label = node.Label });
        }
    }

    private void WalkBlocks(IReadOnlyList<Block> list, string pointer, ScopeNode owner, TextContext context, BlockNode? parent, int listLevel, string label, TermNode? term = null)
    {
        for (var i = 0; i < list.Count; i++)
        {
            WalkBlock(list[i], $"{pointer}/{i}", owner, context, parent, listLevel, label, list, i, term);
        }
    }

    private void WalkBlock(Block block, string pointer, ScopeNode owner, TextContext context, BlockNode? parent, int listLevel, string label, IReadOnlyList<Block> siblings, int index, TermNode? term)
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
        var level = block is ListBlock ? listLevel + 1 : listLevel;
        var ctx = context | own;
        var node = new BlockNode { Block = block, Pointer = pointer, Owner = owner, Context = ctx, Parent = parent, Siblings = siblings, Index = index, ListLevel = level, Label = label };
        blocks.Add(node);
        AddSuppress(pointer, block.Suppress);
        var kind = block switch { Table => TargetKind.Table, Figure => TargetKind.Figure, Formula => TargetKind.Formula, _ => TargetKind.Block };
        var number = block switch { Table t => t.Number, Figure f => f.Number, Formula f => f.Number, Note n => n.Number, Example e => e.Number, _ => null };
        AddTarget(block.Id, kind, pointer, number ?? label, owner);

        void Text(string? text, string p, TextContext c, IReadOnlyList<Provision>? provisions = null)
        {
            if (text is not null)
            {
                texts.Add(new TextNode { Text = text, Pointer = p, Owner = owner, Context = c, Block = node, Term = term, ModelProvisions = provisions ?? [], Label = label });
            }
        }

        switch (block)
        {
            case Paragraph p:
                Text(p.Text, pointer + "/text", ctx, p.Provisions);
                break;
            case ListBlock l:
                for (var k = 0; k < l.Items.Count; k++)
                {
                    var item = l.Items[k];
                    var ip = $"{pointer}/items/{k}";
                    AddTarget(item.Id, TargetKind.Block, ip, label, owner);
                    Text(item.Text, ip + "/text", ctx, item.Provisions);
                    WalkBlocks(item.Blocks, ip + "/blocks", owner, ctx, node, level, label, term);
                }
                break;
            case Note n:
                WalkBlocks(n.Blocks, pointer + "/blocks", owner, ctx, node, level, label, term);
                break;
            case Example e:
                Text(e.Title, pointer + "/title", ctx | TextContext.Caption);
                WalkBlocks(e.Blocks, pointer + "/blocks", owner, ctx, node, level, label, term);
                break;
            case Table t:
                Text(t.Title, pointer + "/title", ctx | TextContext.Caption);
                for (var r = 0; r < t.Rows.Count; r++)
                {
                    var cells = t.Rows[r].Cells;
                    for (var c = 0; c < cells.Count; c++)
                    {
                        var cp = $"{pointer}/rows/{r}/cells/{c}";
                        Text(cells[c].Text, cp + "/text", ctx);
                        WalkBlocks(cells[c].Blocks, cp + "/blocks", owner, ctx, node, level, label, term);
                    }
                }
                for (var k = 0; k < t.Notes.Count; k++)
                {
                    WalkBlock(t.Notes[k], $"{pointer}/notes/{k}", owner, ctx, node, level, label, t.Notes, k, term);
                }
                for (var k = 0; k < t.Footnotes.Count; k++)
                {
                    var f = t.Footnotes[k];
                    var fp = $"{pointer}/footnotes/{k}";
                    tableFootnotes.Add(new FootnoteNode { Footnote = f, Pointer = fp, Table = node, Label = label });
                    AddTarget(f.Id, TargetKind.Footnote, fp, f.Mark ?? f.Id, owner);
                    WalkBlocks(f.Blocks, fp + "/blocks", owner, ctx | TextContext.TableFootnote, node, level, label, term);
                }
                break;
            case Figure f:
                Text(f.Title, pointer + "/title", ctx | TextContext.Caption);
                for (var k = 0; k < f.Key.Count; k++)
                {
                    Text(f.Key[k].Definition, $"{pointer}/key/{k}/definition", ctx | TextContext.FigureKey);
                }
                for (var k = 0; k < f.Notes.Count; k++)
                {
                    WalkBlock(f.Notes[k], $"{pointer}/notes/{k}", owner, ctx, node, level, label, f.Notes, k, term);
                }
                break;
            case Formula f:
                Text(f.Text, pointer + "/text", ctx);
                for (var k = 0; k < f.Where.Count; k++)
                {
                    Text(f.Where[k].Definition, $"{pointer}/where/{k}/definition", (ctx & ~TextContext.Formula) | TextContext.FormulaWhere);
                }
                break;
            case DefinitionList d:
                for (var k = 0; k < d.Items.Count; k++)
                {
                    Text(d.Items[k].Term, $"{pointer}/items/{k}/term", ctx);
                    Text(d.Items[k].Definition, $"{pointer}/items/{k}/definition", ctx);
                }
                break;
            case CodeBlock c:
                Text(c.Text, pointer + "/text", ctx);
                break;
            case RawBlock r:
                Text(r.Text, pointer + "/text", ctx);
                break;
        }
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
                var (start, end) = footnoteTexts[i];
                for (var k = start; k < end; k++)
                {
                    texts[k].Label = first.Label;
                }
            }
        }
    }

    private static bool ContainsVocabulary(string? title) =>
        title is not null && (title.Contains("Vocabulary", StringComparison.OrdinalIgnoreCase) || title.EndsWith("术语", StringComparison.Ordinal) || title.Contains("术语和定义", StringComparison.Ordinal) || title.Contains("词汇", StringComparison.Ordinal));
}
