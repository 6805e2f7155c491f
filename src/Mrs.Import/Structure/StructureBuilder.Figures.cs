using Mrs.Import.Docx.Equations;
using Mrs.Import.Docx.Word;
using Mrs.Import.Profiles;
using Mrs.Model;
using Mrs.Text.Messages;
using Phase = Mrs.Import.Structure.ReadingPhase;

namespace Mrs.Import.Structure;

/// <summary>Pictures, figures and their captions, tables and their titles, objects kept raw.</summary>
internal sealed partial class StructureBuilder
{
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
                case WordObject obj when obj.ProgId.StartsWith("Equation", StringComparison.OrdinalIgnoreCase)
                    || obj.ProgId.StartsWith("MathType", StringComparison.OrdinalIgnoreCase):
                    var image = obj.Preview is null ? null : session.Assets.ImageFor(obj.Preview);
                    var number = TypedLabels.FormulaNumber().Match(p.Text) is { Success: true } fm ? fm.Groups["number"].Value : null;
                    var formula = new FormulaNode
                    {
                        Id = NewId(number is null ? $"formula-u{++unnumberedFormulas}" : "formula-" + number),
                        Number = number, Image = image, Text = null, Paragraph = p.Index
                    };
                    Add(formula);
                    Add(new LeafNode(new RawBlock
                    {
                        Kind = "ole-equation", Origin = $"docx paragraph {p.Index + 1}", Text = obj.ProgId,
                        Format = OoxmlFormat, Content = obj.Xml
                    })
                    { Paragraph = p.Index });
                    session.Report.Warnings.Add(Catalog.Format("import.warn.legacyEquation", p.Index + 1, obj.ProgId));
                    break;
                case WordObject obj:
                    Add(new LeafNode(new RawBlock
                    {
                        Kind = obj.ProgId, Origin = $"docx paragraph {p.Index + 1}", Text = obj.Preview?.Alt,
                        Format = OoxmlFormat, Content = obj.Xml
                    })
                    { Paragraph = p.Index });
                    session.Report.RawBlocks.Add(Catalog.Format("import.warn.rawAt", obj.ProgId, p.Index + 1));
                    if (obj.Preview is not null)
                    {
                        AddPicture(p, obj.Preview);
                    }
                    break;
                case WordTextBox box:
                    var boxText = string.Join("\n", box.Blocks.OfType<WordParagraph>().Select(b => b.Text.Trim()).Where(t => t.Length > 0));
                    Add(new LeafNode(new RawBlock
                    {
                        Kind = "textbox", Origin = $"docx paragraph {p.Index + 1}", Text = boxText, Format = OoxmlFormat,
                        Content = box.Xml
                    })
                    { Paragraph = p.Index });
                    session.Report.RawBlocks.Add(Catalog.Format("import.warn.textBoxAt", p.Index + 1));
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
            session.Report.Warnings.Add(Catalog.Format("import.warn.pictureMissing", p.Index + 1));
            return;
        }
        // Several pictures in a row without captions between them make one figure (sub-figures).
        if (lastBlock is FigureNode figure && figure.Title is null
            && (figure.Images.Count == 0 || figure.Paragraph == p.Index || figure.Paragraph == p.Index - 1))
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
            figure = new FigureNode
            {
                Id = NewId(number is null ? $"figure-u{++unnumberedFigures}" : "figure-" + number), Number = number,
                Title = title, Paragraph = subfigures[0].Paragraph
            };
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
            figure = new FigureNode
            {
                Id = NewId(number is null ? $"figure-u{++unnumberedFigures}" : "figure-" + number), Number = number,
                Title = title, Paragraph = p.Index
            };
            Add(figure);
            if (!english && PictureFollows())
            {
                captionAbove = figure; // a caption above its picture: the picture comes next
            }
            else if (!english)
            {
                session.Report.Warnings.Add(Catalog.Format("import.warn.figureTitleAlone", p.Index + 1, Excerpt(text)));
            }
        }
        BindBookmarks(paragraphBookmarks.ToList(), figure.Id);
    }

    /// <summary>True when the next block with content, a few empty paragraphs on at most, is a paragraph holding a picture.</summary>
    private bool PictureFollows()
    {
        for (var i = position + 1; i < blocks.Count && i <= position + 4; i++)
        {
            if (blocks[i] is not WordParagraph next)
            {
                return false;
            }
            if (Embedded(next.Inlines)
                .Any(e => e is WordPicture or WordObject || e is WordTextBox box && Paragraphs(box.Blocks).Any(b => b.HasPicture)))
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
            ForgetId(figure.Id);
            var old = figure.Id;
            figure.Id = NewId(wanted);
            foreach (var key in bookmarkTargets.Where(kv => kv.Value == old).Select(kv => kv.Key).ToList())
            {
                bookmarkTargets[key] = figure.Id;
            }
        }
    }

    /// <summary>Number and title of a caption: the number from Word's label ("表1", "Figure 2") or typed in the text.</summary>
    private static (string? Number, string? Title) Caption(string label, string text, string markdown, System.Text.RegularExpressions.Regex pattern,
        Func<int, string> drop)
    {
        if (label.Length > 0)
        {
            var fromLabel = pattern.Match(label);
            var number = fromLabel.Success ? fromLabel.Groups["number"].Value
                : new string(label.Where(c => char.IsAsciiLetterOrDigit(c) || c == '.').ToArray());
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
        session.Report.Warnings.Add(Catalog.Format("import.warn.tableTitleAlone", t.Paragraph + 1));
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
                    cover.Add((paragraph, classifier.Role(paragraph)));
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
        Add(node); // inside a term entry too: the table stays with it
    }

    /// <summary>A row with a paragraph in a heading style that Word numbers like a clause ("4.4.1").</summary>
    private bool HoldsClauseHeading(WordRow row) =>
        row.Cells.SelectMany(c => c.Blocks).OfType<WordParagraph>().Any(p =>
            classifier.Role(p).Kind == RoleKind.Heading && p.Number is { IsBullet: false } n
                && TypedLabels.CleanNumber(n.Text) is { Length: > 0 } number && TypedLabels.IsClauseNumber(number) && p.Text.Trim().Length > 0);
}
