using Mrs.Import.Docx.Equations;
using Mrs.Import.Docx.Word;
using Mrs.Import.Profiles;
using Mrs.Model;

namespace Mrs.Import.Structure;

/// <summary>Paragraph-level content: text, notes, examples, lists, tables, figures, formulas, code, definition lists.</summary>
internal sealed partial class StructureBuilder
{
    private void OnBody(WordParagraph p, string text)
    {
        if (skippingContents && phase == Phase.Front)
        {
            return; // a manually written table of contents after "目次"/"Contents"
        }
        if (phase == Phase.Bibliography && bibliography is not null && container == bibliography)
        {
            OnBibliographyEntry(p, text);
            return;
        }
        var clause = CurrentClause();
        if (clause?.Kind == ClauseKind.NormativeReferences && term is null && LooksLikeReference(text))
        {
            OnReference(p, text);
            return;
        }
        if (AwaitsDesignation)
        {
            AddDesignationLines(p.Inlines);
            BindBookmarks(paragraphBookmarks.ToList(), term!.Id);
            return;
        }
        if (term is not null && term.Definition is null && term.Blocks.Count == 0 && term.Notes.Count == 0)
        {
            SetDefinition(p);
            return;
        }
        if (clause?.Kind == ClauseKind.SymbolsAndAbbreviatedTerms && term is null && TryDefinitionLine(p, text))
        {
            return;
        }
        if (clauseStack.Any(c => c.Kind == ClauseKind.TermsAndDefinitions) && !termStylesInUse && TryTermLine(p))
        {
            return;
        }
        if (Embedded(p.Inlines).Any())
        {
            OnObjects(p);
            return;
        }
        if (p.HasDisplayMath)
        {
            OnFormula(p, text);
            return;
        }
        CloseLists();
        lastNote = null;
        var markdown = Inline(p);
        if (markdown.Length == 0)
        {
            return;
        }
        Add(new LeafNode(new Paragraph { Text = markdown }) { Paragraph = p.Index });
        BindBookmarks(paragraphBookmarks.ToList(), CurrentTargetId());
    }

    /// <summary>"“Term” – definition" / "Term: definition" in a terms clause without term styles: a term entry.</summary>
    private bool TryTermLine(WordParagraph p)
    {
        // "2.1↵compliance artifacts↵a collection of …": number, designation and definition as lines of one paragraph
        var lines = p.Text.Split('\n');
        if (lines.Length >= 2 && TypedLabels.NumberAlone().Match(lines[0]) is { Success: true } alone && IsTermNumber(TypedLabels.NumberOf(alone))
            && lines[1].Trim().Length is > 0 and <= 150)
        {
            StartTerm(p, TypedLabels.NumberOf(alone));
            var designationStart = lines[0].Length + 1;
            var definitionStart = designationStart + lines[1].Length + 1;
            AddDesignationLines(InlineEdit.TakePrefix(InlineEdit.DropPrefix(p.Inlines, designationStart), lines[1].Length) ?? []);
            if (definitionStart < p.Text.Length)
            {
                var lineDefinition = Inline(InlineEdit.DropPrefix(p.Inlines, definitionStart)).Trim();
                if (lineDefinition.Length > 0)
                {
                    term!.Definition = lineDefinition;
                }
            }
            return true;
        }
        // "3.1.1⇥Term [Reference]: definition" (ITU-T and others type the number)
        var numbered = System.Text.RegularExpressions.Regex.Match(p.Text, @"^\s*(?<number>\d{1,3}(?:\.\d{1,3})+)\s+(?<term>[^:：\[]{1,80}?)\s*(?:\[(?<source>[^\]]{1,80})\])?\s*[:：]\s*(?<definition>.*)$", System.Text.RegularExpressions.RegexOptions.Singleline);
        if (numbered.Success)
        {
            StartTerm(p, numbered.Groups["number"].Value);
            AddDesignation(term!.Preferred, PlainText(InlineEdit.DropPrefix(p.Inlines, numbered.Groups["term"].Index)).Split('[', ':', '：')[0]);
            if (numbered.Groups["source"].Success)
            {
                term.Sources.Add(new TermSource { Reference = Identifier(numbered.Groups["source"].Value), Text = MarkdownText.Escape("[" + numbered.Groups["source"].Value + "]", false) });
            }
            var numberedDefinition = Inline(InlineEdit.DropPrefix(p.Inlines, numbered.Groups["definition"].Index)).Trim();
            if (numberedDefinition.Length > 0)
            {
                term.Definition = numberedDefinition;
            }
            term = null;
            return true;
        }
        var m = System.Text.RegularExpressions.Regex.Match(p.Text, @"^\s*[“""「]?(?<term>[^“”""「」–—:：\t]{1,60}?)[”""」]?\s*(?:[–—]|\s-\s|-\s|[:：])\s*(?<definition>\S.*)$", System.Text.RegularExpressions.RegexOptions.Singleline);
        if (!m.Success || m.Groups["term"].Value.Trim().Length == 0 || m.Groups["term"].Value.Split(' ').Length > 8)
        {
            return false;
        }
        var number = term is null ? null : (string?)null;
        StartTerm(p, number);
        AddDesignation(term!.Preferred, m.Groups["term"].Value);
        var definition = Inline(InlineEdit.DropPrefix(p.Inlines, m.Groups["definition"].Index)).Trim().TrimStart('*').Trim();
        if (definition.Length > 0)
        {
            term.Definition = definition;
        }
        term = null;
        return true;
    }

    private ClauseNode? CurrentClause() => clauseStack.Count > 0 ? clauseStack[^1] : null;

    private string? CurrentTargetId() => term?.Id ?? container?.Id;

    /// <summary>Pictures, text boxes, charts and objects in a paragraph: figures, kept raw content, legacy equations.</summary>
    private void OnObjects(WordParagraph p)
    {
        CloseLists();
        var textOnly = p.Inlines.Where(i => i is not (WordPicture or WordObject or WordTextBox)).ToList();
        var markdown = Inline(textOnly);
        var caption = TypedLabels.FigureCaption().Match(MarkdownText.Plain(markdown));
        if (markdown.Length > 0 && !caption.Success)
        {
            Add(new LeafNode(new Paragraph { Text = markdown }) { Paragraph = p.Index });
        }
        foreach (var inline in Embedded(p.Inlines))
        {
            switch (inline)
            {
                case WordPicture picture:
                    AddPicture(p, picture);
                    break;
                case WordObject obj when obj.ProgId.StartsWith("Equation", StringComparison.OrdinalIgnoreCase) || obj.ProgId.StartsWith("MathType", StringComparison.OrdinalIgnoreCase):
                    var image = obj.Preview is null ? null : session.Assets.ImageFor(obj.Preview);
                    var number = TypedLabels.FormulaNumber().Match(p.Text) is { Success: true } fm ? fm.Groups["number"].Value : null;
                    var formula = new FormulaNode { Id = NewId(number is null ? $"formula-u{++unnumberedFormulas}" : "formula-" + number), Number = number, Image = image, Text = null, Paragraph = p.Index };
                    Add(formula);
                    Add(new LeafNode(new RawBlock { Kind = "ole-equation", Origin = $"docx paragraph {p.Index + 1}", Text = obj.ProgId, Format = OoxmlFormat, Content = obj.Xml }) { Paragraph = p.Index });
                    session.Report.Warnings.Add($"paragraph {p.Index + 1}: legacy equation object ({obj.ProgId}) kept as an image and raw markup");
                    break;
                case WordObject obj:
                    Add(new LeafNode(new RawBlock { Kind = obj.ProgId, Origin = $"docx paragraph {p.Index + 1}", Text = obj.Preview?.Alt, Format = OoxmlFormat, Content = obj.Xml }) { Paragraph = p.Index });
                    session.Report.RawBlocks.Add($"{obj.ProgId} at paragraph {p.Index + 1}");
                    if (obj.Preview is not null)
                    {
                        AddPicture(p, obj.Preview);
                    }
                    break;
                case WordTextBox box:
                    var boxText = string.Join("\n", box.Blocks.OfType<WordParagraph>().Select(b => b.Text.Trim()).Where(t => t.Length > 0));
                    Add(new LeafNode(new RawBlock { Kind = "textbox", Origin = $"docx paragraph {p.Index + 1}", Text = boxText, Format = OoxmlFormat, Content = box.Xml }) { Paragraph = p.Index });
                    session.Report.RawBlocks.Add($"text box at paragraph {p.Index + 1}");
                    break;
            }
        }
        if (caption.Success)
        {
            OnFigureTitle(p, MarkdownText.Plain(markdown), english: false);
        }
        BindBookmarks(paragraphBookmarks.ToList(), lastBlock is FigureNode f ? f.Id : CurrentTargetId());
    }

    /// <summary>Pictures, text boxes and objects of inline content, also inside fields (INCLUDEPICTURE) and hyperlinks.</summary>
    private static IEnumerable<WordInline> Embedded(IEnumerable<WordInline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case WordPicture or WordObject or WordTextBox:
                    yield return inline;
                    break;
                case WordField f:
                    foreach (var e in Embedded(f.Result))
                    {
                        yield return e;
                    }
                    break;
                case WordHyperlink h:
                    foreach (var e in Embedded(h.Content))
                    {
                        yield return e;
                    }
                    break;
            }
        }
    }

    /// <summary>The pictures, text boxes and objects of a paragraph whose text went elsewhere.</summary>
    private void AddEmbedded(WordParagraph p)
    {
        var embedded = Embedded(p.Inlines).ToList();
        var saved = lastBlock;
        var copy = p with { Inlines = embedded };
        OnObjects(copy);
        lastBlock = saved ?? lastBlock;
    }

    private void AddPicture(WordParagraph p, WordPicture picture)
    {
        var image = session.Assets.ImageFor(picture);
        if (image is null)
        {
            session.Report.Warnings.Add($"paragraph {p.Index + 1}: a picture whose image is missing from the package");
            return;
        }
        // Several pictures in a row without captions between them make one figure (sub-figures).
        if (lastBlock is FigureNode figure && figure.Title is null && (figure.Images.Count == 0 || figure.Paragraph == p.Index || figure.Paragraph == p.Index - 1))
        {
            figure.Images.Add(image);
            return;
        }
        // The picture under a caption set above it ("Figure 3-5 – Title", then the picture).
        if (lastBlock is FigureNode { Images.Count: 0 } captioned && captioned == captionAbove)
        {
            captioned.Images.Add(image);
            captionAbove = null;
            return;
        }
        var node = new FigureNode { Id = NewId($"figure-u{++unnumberedFigures}"), Paragraph = p.Index };
        node.Images.Add(image);
        Add(node);
    }

    private void OnFigureTitle(WordParagraph p, string text, bool english)
    {
        CloseLists();
        var label = p.Number?.Text.Trim() ?? "";
        var markdown = Inline(p);
        var (number, title) = Caption(label, p.Text, markdown, TypedLabels.FigureCaption(), n => Inline(InlineEdit.DropPrefix(p.Inlines, n)));
        // The title goes to the picture just before it, or a few blocks back (a key or notes may stand between).
        var figure = lastBlock as FigureNode ?? UntitledFigureNearby();
        if (!english && number is null && title is not null && figure is { Title: null, Images.Count: > 0 }
            && TypedLabels.SubfigureCaption().Match(title) is { Success: true } sub)
        {
            // "a)  Initial stages": a sub-figure, gathered into the figure whose title follows its siblings
            figure.SubLabel = sub.Groups["label"].Value;
            figure.Title = sub.Groups["title"].Value.Trim();
            BindBookmarks(paragraphBookmarks.ToList(), figure.Id);
            return;
        }
        if (!english && (figure is null || figure.Title is not null) && TakeSubfigures() is { Count: > 0 } subfigures)
        {
            figure = new FigureNode { Id = NewId(number is null ? $"figure-u{++unnumberedFigures}" : "figure-" + number), Number = number, Title = title, Paragraph = subfigures[0].Paragraph };
            foreach (var part in subfigures)
            {
                figure.Images.AddRange(part.Images.Select(i => i with { Label = part.SubLabel, Title = part.Title }));
                figure.Key.AddRange(part.Key);
                figure.Notes.AddRange(part.Notes);
                foreach (var name in bookmarkTargets.Where(kv => kv.Value == part.Id).Select(kv => kv.Key).ToList())
                {
                    bookmarkTargets[name] = figure.Id;
                }
            }
            Add(figure);
            BindBookmarks(paragraphBookmarks.ToList(), figure.Id);
            return;
        }
        if (figure is not null && (figure.Title is null || english))
        {
            if (english)
            {
                figure.Notes.Add(TitleNote(p, markdown));
                return;
            }
            figure.Title = title;
            SetFigureNumber(figure, number);
        }
        else
        {
            figure = new FigureNode { Id = NewId(number is null ? $"figure-u{++unnumberedFigures}" : "figure-" + number), Number = number, Title = title, Paragraph = p.Index };
            Add(figure);
            if (!english && PictureFollows())
            {
                captionAbove = figure; // a caption above its picture: the picture comes next
            }
            else if (!english)
            {
                session.Report.Warnings.Add($"paragraph {p.Index + 1}: figure title \"{Excerpt(text)}\" without a picture before or after it");
            }
        }
        BindBookmarks(paragraphBookmarks.ToList(), figure.Id);
    }

    /// <summary>A figure created from its caption, waiting for the picture set below the caption.</summary>
    private FigureNode? captionAbove;

    /// <summary>True when the next block with content, a few empty paragraphs on at most, is a paragraph holding a picture.</summary>
    private bool PictureFollows()
    {
        for (var i = position + 1; i < blocks.Count && i <= position + 4; i++)
        {
            if (blocks[i] is not WordParagraph next)
            {
                return false;
            }
            if (Embedded(next.Inlines).Any(e => e is WordPicture or WordObject || e is WordTextBox box && Paragraphs(box.Blocks).Any(b => b.HasPicture)))
            {
                return true;
            }
            if (next.Text.Trim().Length > 0)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>The sub-figures ("a)", "b)" …) standing last in the container, taken out of it in order.</summary>
    private List<FigureNode> TakeSubfigures()
    {
        var blocks = Container().Blocks;
        var start = blocks.Count;
        while (start > 0 && blocks[start - 1] is FigureNode { SubLabel: not null })
        {
            start--;
        }
        var taken = blocks.Skip(start).Cast<FigureNode>().ToList();
        blocks.RemoveRange(start, blocks.Count - start);
        return taken;
    }

    private FigureNode? UntitledFigureNearby()
    {
        var blocks = Container().Blocks;
        for (var i = blocks.Count - 1; i >= 0 && i >= blocks.Count - 4; i--)
        {
            if (blocks[i] is FigureNode { Title: null, Images.Count: > 0 } f)
            {
                return f;
            }
            if (blocks[i] is FigureNode)
            {
                return null; // another figure comes between: the title is not this picture's
            }
        }
        return null;
    }

    /// <summary>An English title under a Chinese one is kept beside it as a note (nothing is lost).</summary>
    private NoteNode TitleNote(WordParagraph p, string markdown)
    {
        var note = new NoteNode { Paragraph = p.Index };
        note.Children.Add(new LeafNode(new Paragraph { Text = markdown }) { Paragraph = p.Index });
        return note;
    }

    private void SetFigureNumber(FigureNode figure, string? number)
    {
        if (number is null || figure.Number is not null)
        {
            return;
        }
        figure.Number = number;
        var wanted = "figure-" + number;
        if (figure.Id.StartsWith("figure", StringComparison.Ordinal) && !ids.Contains(SafeId(wanted)))
        {
            ids.Remove(figure.Id);
            var old = figure.Id;
            figure.Id = NewId(wanted);
            foreach (var key in bookmarkTargets.Where(kv => kv.Value == old).Select(kv => kv.Key).ToList())
            {
                bookmarkTargets[key] = figure.Id;
            }
        }
    }

    /// <summary>Number and title of a caption: the number from Word's label ("表1", "Figure 2") or typed in the text.</summary>
    private static (string? Number, string? Title) Caption(string label, string text, string markdown, System.Text.RegularExpressions.Regex pattern, Func<int, string> drop)
    {
        if (label.Length > 0)
        {
            var fromLabel = pattern.Match(label);
            var number = fromLabel.Success ? fromLabel.Groups["number"].Value : new string(label.Where(c => char.IsAsciiLetterOrDigit(c) || c == '.').ToArray());
            return (number.Length > 0 ? number : null, markdown.Length > 0 ? markdown.TrimStart('—', '–', '-', ' ', '\u3000', '\t').Trim() : null);
        }
        var typed = pattern.Match(text);
        if (typed.Success)
        {
            var number = typed.Groups["number"].Value;
            var title = drop(typed.Groups["title"].Index).Trim();
            return (number, title.Length > 0 ? title : null);
        }
        return (null, markdown.Length > 0 ? markdown : null);
    }

    private void OnTableTitle(WordParagraph p, string text, bool english)
    {
        CloseLists();
        var label = p.Number?.Text.Trim() ?? "";
        var markdown = Inline(p);
        var (number, title) = Caption(label, p.Text, markdown, TypedLabels.TableCaption(), n => Inline(InlineEdit.DropPrefix(p.Inlines, n)));
        if (english && pendingTableTitle is { } pending)
        {
            // keep the English title with the Chinese one
            pendingTableTitle = pending with { Title = pending.Title is null ? title : pending.Title + " / " + title };
            return;
        }
        if (lastBlock is TableNode previous && previous.Table.Title is null && previous.Paragraph >= 0 && !english)
        {
            // a caption below its table
            previous.Table = previous.Table with { Title = title, Number = number ?? previous.Table.Number };
            BindBookmarks(paragraphBookmarks.ToList(), previous.Table.Id);
            pendingTableTitle = null;
            lastBlock = null;
            return;
        }
        pendingTableTitle = (number, title, p.Index, paragraphBookmarks.ToList());
    }

    /// <summary>A table title with no table after it: kept as a table without rows, and reported.</summary>
    private void FlushTableTitle()
    {
        if (pendingTableTitle is not { } t)
        {
            return;
        }
        pendingTableTitle = null;
        var id = NewId(t.Number is { } n ? "table-" + n : $"table-u{++unnumberedTables}");
        BindBookmarks(t.Bookmarks, id);
        Add(new TableNode { Table = new Table { Id = id, Number = t.Number, Title = t.Title }, Paragraph = t.Paragraph });
        session.Report.Warnings.Add($"paragraph {t.Paragraph + 1}: table title without a table after it");
    }

    private void OnTable(WordTable table, int position)
    {
        CloseLists();
        lastNote = null;
        if (phase == Phase.Cover && position < coverBoundary)
        {
            foreach (var paragraph in table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks).OfType<WordParagraph>())
            {
                if (paragraph.Text.Trim().Length > 0)
                {
                    cover.Add((paragraph, Role(paragraph)));
                }
            }
            return;
        }
        if (phase == Phase.Cover)
        {
            phase = Phase.Front;
        }
        if (skippingContents && phase == Phase.Front)
        {
            return;
        }
        if (TryWhereTable(table))
        {
            return;
        }
        if (table.Rows.ToList().FindIndex(HoldsClauseHeading) is var headingRow and >= 0)
        {
            // A table used for layout holds numbered headings (a feature catalogue set in one table): Word lists them
            // in the contents and numbers them as clauses. The rows before the heading stay a table; the heading's row
            // is read as body text, so that its heading opens its clause; the rows after it are read the same way.
            if (headingRow > 0)
            {
                OnTable(table with { Rows = table.Rows.Take(headingRow).ToList() }, position);
            }
            foreach (var block in table.Rows[headingRow].Cells.SelectMany(c => c.Blocks))
            {
                switch (block)
                {
                    case WordParagraph p:
                        OnParagraph(p, position);
                        break;
                    case WordTable inner:
                        OnTable(inner, position);
                        break;
                }
            }
            if (headingRow + 1 < table.Rows.Count)
            {
                OnTable(table with { Rows = table.Rows.Skip(headingRow + 1).ToList() }, position);
            }
            return;
        }
        var title = pendingTableTitle;
        pendingTableTitle = null;
        var id = NewId(title?.Number is { } n ? "table-" + n : $"table-u{++unnumberedTables}");
        var converted = TableConverter.Convert(table, this, title?.Number, title?.Title, id);
        var node = new TableNode { Table = converted.Table, Paragraph = title?.Paragraph ?? table.FirstParagraph };
        if (title is { } t)
        {
            BindBookmarks(t.Bookmarks, id);
        }
        BindBookmarks(converted.Bookmarks, id);
        Add(node);
        if (term is not null)
        {
            // tables inside a term entry stay with it
        }
    }

    /// <summary>A row with a paragraph in a heading style that Word numbers like a clause ("4.4.1").</summary>
    private bool HoldsClauseHeading(WordRow row) =>
        row.Cells.SelectMany(c => c.Blocks).OfType<WordParagraph>().Any(p =>
            Role(p).Kind == RoleKind.Heading && p.Number is { IsBullet: false } n && CleanNumber(n.Text) is { Length: > 0 } number && IsClauseNumber(number) && p.Text.Trim().Length > 0);

    private void OnFormula(WordParagraph p, string text)
    {
        CloseLists();
        var maths = p.Inlines.OfType<WordMath>().Where(m => m.Display).ToList();
        if (maths.Count == 0)
        {
            maths = p.Inlines.OfType<WordMath>().ToList();
        }
        if (maths.Count == 0)
        {
            if (p.Inlines.Any(i => i is WordObject or WordPicture))
            {
                OnObjects(p);
                return;
            }
            // A formula typed as text.
            var number = TypedLabels.FormulaNumber().Match(text) is { Success: true } m ? m.Groups["number"].Value : p.Number is { } l ? CleanFormulaNumber(l.Text) : null;
            var body = number is null ? text : TypedLabels.FormulaNumber().Replace(text, "").Trim();
            var node = new FormulaNode { Id = NewId(number is null ? $"formula-u{++unnumberedFormulas}" : "formula-" + number), Number = number, Text = body, Paragraph = p.Index };
            Add(node);
            BindBookmarks(Bookmarks(p), node.Id);
            return;
        }
        var outside = WordText.Plain(p.Inlines.Where(i => i is not WordMath));
        var formulaNumber = TypedLabels.FormulaNumber().Match(outside) is { Success: true } fm ? fm.Groups["number"].Value
            : p.Number is { IsBullet: false } label ? CleanFormulaNumber(label.Text) : null;
        var lead = Inline(p.Inlines.TakeWhile(i => i is not WordMath).ToList());
        if (lead.Length > 0 && !TypedLabels.FormulaNumber().IsMatch(MarkdownText.Plain(lead)))
        {
            Add(new LeafNode(new Paragraph { Text = lead }) { Paragraph = p.Index });
        }
        for (var i = 0; i < maths.Count; i++)
        {
            // Word's own number ("…#(1)") is part of the equation; a typed one follows it
            var (omml, ownNumber) = EquationNumber.Split(maths[i].Omml);
            var number = ownNumber ?? (i == maths.Count - 1 ? formulaNumber : null);
            var node = new FormulaNode
            {
                Id = NewId(number is null ? $"formula-u{++unnumberedFormulas}" : "formula-" + number),
                Number = number,
                MathMl = OmmlToMathMl.Convert(omml, display: true),
                Latex = OmmlToLatex.Convert(omml),
                Text = (ownNumber is null ? maths[i].Text : OmmlText.Linear(omml)).Trim(),
                Paragraph = p.Index,
            };
            Add(node);
            if (i == maths.Count - 1)
            {
                BindBookmarks(Bookmarks(p), node.Id);
            }
        }
        var trail = Inline(p.Inlines.SkipWhile(i => i is not WordMath).Where(i => i is not WordMath).ToList());
        if (trail.Length > 0 && !TypedLabels.FormulaNumber().IsMatch(MarkdownText.Plain(trail).Trim()))
        {
            Add(new LeafNode(new Paragraph { Text = trail }) { Paragraph = p.Index });
        }
    }

    private static string? CleanFormulaNumber(string label)
    {
        var s = label.Trim().Trim('(', ')', '（', '）').Trim();
        return s.Length == 0 ? null : s;
    }

    private void OnWhereLead(WordParagraph p, string text)
    {
        var formula = LastOf<FormulaNode>();
        if (formula is null)
        {
            OnBody(p, text);
            return;
        }
        whereMode = true;
        // "式中：E——能量" on the same line
        var rest = TypedLabels.WhereLead().IsMatch(text) ? "" : text;
        var m = System.Text.RegularExpressions.Regex.Match(text, @"^\s*(式中|其中|where|Where)\s*[:：]?\s*(?<rest>.*)$", System.Text.RegularExpressions.RegexOptions.Singleline);
        if (m.Success)
        {
            // the colon belongs to the lead ("式中：", "where:"), never to the first symbol
            rest = m.Groups["rest"].Value.TrimStart(':', '：').Trim();
        }
        if (rest.Length > 0 && !TryWhereLine(p, rest))
        {
            formula.Where.Add(new DefinitionItem { Term = "", Definition = MarkdownText.Escape(rest, atLineStart: false) });
        }
    }

    private T? LastOf<T>() where T : Node
    {
        var blocks = Container().Blocks;
        for (var i = blocks.Count - 1; i >= 0 && i >= blocks.Count - 4; i--)
        {
            if (blocks[i] is T t)
            {
                return t;
            }
        }
        return null;
    }

    private bool TryWhereLine(WordParagraph p, string text)
    {
        var formula = LastOf<FormulaNode>();
        var m = TypedLabels.DefinitionLine().Match(text);
        if (formula is null || !m.Success)
        {
            whereMode = false;
            return false;
        }
        var (term, definition) = SplitDefinition(p, m);
        formula.Where.Add(new DefinitionItem { Term = term, Definition = definition });
        return true;
    }

    /// <summary>Term and definition of a "where"/key/symbol line, in Markdown (inline math of the term kept).</summary>
    private (string Term, string Definition) SplitDefinition(WordParagraph p, System.Text.RegularExpressions.Match m)
    {
        var math = p.Inlines.OfType<WordMath>().FirstOrDefault();
        if (math is null && TypedLabels.DefinitionLine().Match(WordText.Plain(p.Inlines)) is { Success: true } whole
            && whole.Groups["term"].Value == m.Groups["term"].Value
            && InlineEdit.TakePrefix(p.Inlines, whole.Groups["term"].Index + whole.Groups["term"].Length) is { } termInlines)
        {
            // the whole paragraph is the line: keep the formatting of both parts (N~m~, *v*, x^2^)
            return (Inline(termInlines).Trim(), Inline(InlineEdit.DropPrefix(p.Inlines, whole.Groups["definition"].Index)).Trim());
        }
        var term = math is not null && m.Groups["term"].Value.Contains(math.Text.Trim(), StringComparison.Ordinal) && math.Text.Trim().Length > 0
            ? WordRunsToMarkdown.Math(math)
            : MarkdownText.Escape(m.Groups["term"].Value.Trim(), atLineStart: false);
        var definition = MarkdownText.Escape(m.Groups["definition"].Value.Trim(), atLineStart: false);
        return (term, definition);
    }

    private void OnKeyLead(WordParagraph p, string text)
    {
        var figure = LastOf<FigureNode>();
        if (figure is null)
        {
            OnBody(p, text);
            return;
        }
        keyMode = true;
        var rest = System.Text.RegularExpressions.Regex.Replace(text, @"^\s*(说明|說明|Key|KEY)\s*[:：]?\s*", "");
        if (rest.Length > 0)
        {
            TryKeyLine(rest);
        }
    }

    private bool TryKeyLine(string text)
    {
        var figure = LastOf<FigureNode>();
        var m = TypedLabels.DefinitionLine().Match(text);
        if (figure is null || !m.Success)
        {
            keyMode = false;
            return false;
        }
        figure.Key.Add(new DefinitionItem { Term = MarkdownText.Escape(m.Groups["term"].Value.Trim(), false), Definition = MarkdownText.Escape(m.Groups["definition"].Value.Trim(), false) });
        return true;
    }

    private bool TryDefinitionLine(WordParagraph p, string text)
    {
        if (!text.Contains('\t') && !text.Contains('—') && !text.Contains('：') && !text.Contains(':'))
        {
            return false;
        }
        var m = TypedLabels.DefinitionLine().Match(text);
        if (!m.Success)
        {
            return false;
        }
        CloseLists();
        var (term, definition) = SplitDefinition(p, m);
        if (lastBlock is not DefinitionListNode list)
        {
            list = new DefinitionListNode { Paragraph = p.Index };
            Add(list);
        }
        list.Items.Add(new DefinitionItem { Term = term, Definition = definition });
        return true;
    }

    private void OnDefinitionItem(WordParagraph p, string text)
    {
        var clause = CurrentClause();
        if (clause?.Kind == ClauseKind.NormativeReferences || phase == Phase.Bibliography)
        {
            if (phase == Phase.Bibliography)
            {
                OnBibliographyEntry(p, text);
            }
            else
            {
                OnReference(p, text);
            }
            return;
        }
        if (!TryDefinitionLine(p, text))
        {
            OnBody(p, text);
        }
    }

    private string? pendingDefinitionTerm;
    private int pendingDefinitionParagraph;

    private void OnDefinitionTerm(WordParagraph p)
    {
        CloseLists();
        if (CurrentClause()?.Kind == ClauseKind.TermsAndDefinitions)
        {
            // A glossary in the terms clause: each entry is a term.
            StartTerm(p, null);
            AddDesignation(term!.Preferred, PlainText(p.Inlines));
            return;
        }
        pendingDefinitionTerm = Inline(p);
        pendingDefinitionParagraph = p.Index;
    }

    private void OnDefinitionText(WordParagraph p)
    {
        if (term is not null && term.Definition is null)
        {
            SetDefinition(p);
            return;
        }
        var text = Inline(p);
        if (pendingDefinitionTerm is null)
        {
            if (lastBlock is DefinitionListNode open && open.Items.Count > 0)
            {
                var last = open.Items[^1];
                open.Items[^1] = last with { Definition = last.Definition + "\\\n" + text };
                return;
            }
            Add(new LeafNode(new Paragraph { Text = text }) { Paragraph = p.Index });
            return;
        }
        if (lastBlock is not DefinitionListNode list)
        {
            list = new DefinitionListNode { Paragraph = pendingDefinitionParagraph };
            Add(list);
        }
        list.Items.Add(new DefinitionItem { Term = pendingDefinitionTerm, Definition = text });
        pendingDefinitionTerm = null;
    }

    private void OnCode(WordParagraph p)
    {
        CloseLists();
        var text = p.Text.TrimEnd();
        if (lastBlock is CodeNode code)
        {
            code.Lines.Add(text);
            return;
        }
        var node = new CodeNode { Paragraph = p.Index };
        node.Lines.Add(text);
        Add(node);
    }

    // ------------------------------------------------------------------ notes and examples

    private void OnNote(WordParagraph p, string text)
    {
        CloseLists();
        var (number, markdown) = StripLabel(p, TypedLabels.NoteLabel());
        var note = new NoteNode { Number = number, Paragraph = p.Index };
        if (markdown.Length > 0)
        {
            note.Children.Add(new LeafNode(new Paragraph { Text = markdown }) { Paragraph = p.Index });
        }
        if (term is not null)
        {
            term.Notes.Add(note);
        }
        else if (lastBlock is TableNode table && table.Paragraph >= 0)
        {
            table.Notes.Add(note);
        }
        else if (lastBlock is FigureNode figure || (lastNote is not null && lastBlock == lastNote && lastNoteOwner is FigureNode))
        {
            (figure = (lastBlock as FigureNode) ?? (FigureNode)lastNoteOwner!).Notes.Add(note);
            lastNoteOwner = figure;
            lastNote = note;
            return;
        }
        else
        {
            Add(note);
        }
        lastNote = note;
        lastNoteOwner = null;
        BindBookmarks(paragraphBookmarks.ToList(), CurrentTargetId());
        _ = text;
    }

    private Node? lastNoteOwner;

    /// <summary>The number of a note or example label ("注1：", "NOTE 2", "Note 1 to entry:") and the text after it.</summary>
    private (string? Number, string Markdown) StripLabel(WordParagraph p, System.Text.RegularExpressions.Regex pattern)
    {
        var label = p.Number?.Text.Trim();
        if (label is { Length: > 0 })
        {
            var fromLabel = pattern.Match(label);
            var drawnNumber = fromLabel.Success && fromLabel.Groups["number"].Success ? fromLabel.Groups["number"].Value : null;
            var inlines = p.Inlines;
            if (fromLabel.Success && pattern.Match(p.Text) is { Success: true } typedAgain && typedAgain.Groups["number"].Value == (drawnNumber ?? ""))
            {
                // "注1：注1：…": Word draws the label and the text repeats it; the model keeps the label once
                session.Report.Anomalies.Add($"paragraph {p.Index + 1}: the label {label} is drawn by Word and typed again in the text; the typed copy is left out");
                inlines = InlineEdit.DropPrefix(p.Inlines, typedAgain.Index + typedAgain.Length);
            }
            return (drawnNumber, Inline(inlines).TrimStart('—', '–', ' ', '\t', '\u3000', ':', '：').Trim());
        }
        var m = pattern.Match(p.Text);
        if (!m.Success)
        {
            return (null, Inline(p));
        }
        var number = m.Groups["number"].Success ? m.Groups["number"].Value : null;
        var rest = Inline(InlineEdit.DropPrefix(p.Inlines, m.Index + m.Length));
        return (number, rest.TrimStart('—', '–', ' ', '\t', '\u3000', ':', '：').Trim());
    }

    private void OnNoteContinued(WordParagraph p)
    {
        var markdown = Inline(p);
        if (lastNote is null)
        {
            OnBody(p, p.Text);
            return;
        }
        lastNote.Children.Add(new LeafNode(new Paragraph { Text = markdown }) { Paragraph = p.Index });
    }

    private void OnExample(WordParagraph p, string text)
    {
        CloseLists();
        var (number, markdown) = StripLabel(p, TypedLabels.ExampleLabel());
        var example = new NoteNode { IsExample = true, Number = number, Paragraph = p.Index };
        if (markdown.Length > 0)
        {
            example.Children.Add(new LeafNode(new Paragraph { Text = markdown }) { Paragraph = p.Index });
        }
        if (term is not null)
        {
            term.Examples.Add(example);
        }
        else
        {
            Add(example);
        }
        lastNote = example;
        lastNoteOwner = null;
        _ = text;
    }

    private void OnExampleContent(WordParagraph p)
    {
        if (lastNote is not { IsExample: true } example)
        {
            OnBody(p, p.Text);
            return;
        }
        // A short first line without a full stop, followed by content, is the example's title (示例：标题).
        if (example.Title is null && example.Children.Count == 1 && example.Children[0] is LeafNode { Block: Paragraph first }
            && first.Text.Length <= 40 && !first.Text.EndsWith('。') && !first.Text.EndsWith('.') && !first.Text.EndsWith('：') && !first.Text.EndsWith(':'))
        {
            example.Title = first.Text;
            example.Children.Clear();
        }
        if (p.HasPicture)
        {
            var saved = lastBlock;
            OnObjects(p);
            var added = Container().Blocks[^1];
            if (added != saved)
            {
                Container().Blocks.RemoveAt(Container().Blocks.Count - 1);
                example.Children.Add(added);
            }
            lastBlock = example;
            return;
        }
        var markdown = Inline(p);
        example.Children.Add(new LeafNode(new Paragraph { Text = markdown }) { Paragraph = p.Index });
    }

    // ------------------------------------------------------------------ lists

    private void OnListItem(WordParagraph p, StyleRole role, string text)
    {
        var clause = CurrentClause();
        if (phase == Phase.Bibliography && container == bibliography)
        {
            OnBibliographyEntry(p, text);
            return;
        }
        if (clause?.Kind == ClauseKind.NormativeReferences && term is null && LooksLikeReference(text))
        {
            OnReference(p, text);
            return;
        }
        lastNote = null;
        var label = p.Number?.Text.Trim();
        string markdown;
        var typed = TypedLabels.ListMarker().Match(p.Text);
        if (string.IsNullOrEmpty(label) && typed.Success)
        {
            label = typed.Groups["marker"].Value;
            markdown = Inline(InlineEdit.DropPrefix(p.Inlines, typed.Groups["text"].Index));
        }
        else
        {
            markdown = Inline(p);
        }
        var marker = MarkerOf(role.Detail, label);
        var level = role.Level > 0 && role.Detail != "auto" ? role.Level : (p.Number?.Level ?? 0) + 1;
        if (role.Detail == "auto" && role.Level > 1)
        {
            level = role.Level;
        }
        if (role.Detail == "typed")
        {
            // Typed markers nest by their kind: a kind met before closes the deeper lists and continues there
            // (a) … 1) … 2) … b) …), a new kind opens a list under the last item.
            level = openLists.LastOrDefault(l => l.Marker == marker)?.Level ?? (openLists.Count > 0 ? openLists[^1].Level + 1 : 1);
        }
        var item = new ItemNode { Label = string.IsNullOrEmpty(label) ? null : label, Text = markdown, Paragraph = p.Index };

        // Close deeper lists; open a nested list under the last item when this one is deeper.
        while (openLists.Count > 0 && openLists[^1].Level > level)
        {
            openLists.RemoveAt(openLists.Count - 1);
        }
        if (openLists.Count > 0 && openLists[^1].Level == level)
        {
            openLists[^1].Items.Add(item);
        }
        else if (openLists.Count > 0 && openLists[^1].Items.Count > 0)
        {
            var nested = new ListNode { Level = level, Marker = marker, Ordered = IsOrdered(marker), Paragraph = p.Index };
            nested.Items.Add(item);
            openLists[^1].Items[^1].Children.Add(nested);
            openLists.Add(nested);
        }
        else
        {
            var list = new ListNode { Level = level, Marker = marker, Ordered = IsOrdered(marker), Paragraph = p.Index };
            list.Items.Add(item);
            Add(list);
            openLists.Clear();
            openLists.Add(list);
        }
        BindBookmarks(paragraphBookmarks.ToList(), CurrentTargetId());
    }

    private void OnListContinue(WordParagraph p)
    {
        var markdown = Inline(p);
        if (openLists.Count > 0 && openLists[^1].Items.Count > 0)
        {
            openLists[^1].Items[^1].Children.Add(new LeafNode(new Paragraph { Text = markdown }) { Paragraph = p.Index });
            return;
        }
        OnBody(p, p.Text);
    }

    private void CloseLists() => openLists.Clear();

    private static bool IsOrdered(ListMarker? marker) => marker is not (ListMarker.Dash or ListMarker.Bullet or null);

    private static ListMarker? MarkerOf(string? detail, string? label)
    {
        switch (detail)
        {
            case "dash": return ListMarker.Dash;
            case "bullet": return ListMarker.Bullet;
            case "lowerLetter": return ListMarker.LowerLetter;
            case "upperLetter": return ListMarker.UpperLetter;
            case "decimal": return ListMarker.Decimal;
            case "decimalParenthesized": return ListMarker.DecimalParenthesized;
            case "lowerRoman": return ListMarker.LowerRoman;
            case "upperRoman": return ListMarker.UpperRoman;
            case "other": return ListMarker.Other;
        }
        if (string.IsNullOrWhiteSpace(label))
        {
            return ListMarker.Bullet;
        }
        var l = label.Trim();
        if (l is "—" or "——" or "–" or "-" or "－")
        {
            return ListMarker.Dash;
        }
        if (l.StartsWith('(') || l.StartsWith('（'))
        {
            return ListMarker.DecimalParenthesized;
        }
        var core = l.TrimEnd(')', '.', '）', '、');
        if (core.Length > 0 && core.All(char.IsAsciiDigit))
        {
            return ListMarker.Decimal;
        }
        if (core.Length > 0 && core.All(c => "ivxlcdm".Contains(c)) && core.Length > 1)
        {
            return ListMarker.LowerRoman;
        }
        if (core.Length > 0 && core.All(c => "IVXLCDM".Contains(c)) && core.Length > 1)
        {
            return ListMarker.UpperRoman;
        }
        if (core.Length is 1 or 2 && core.All(char.IsAsciiLetterLower))
        {
            return ListMarker.LowerLetter;
        }
        if (core.Length is 1 or 2 && core.All(char.IsAsciiLetterUpper))
        {
            return ListMarker.UpperLetter;
        }
        return core.Any(char.IsLetterOrDigit) ? ListMarker.Other : ListMarker.Bullet;
    }

    private static string Excerpt(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
