using Mrs.Import.Docx.Equations;
using Mrs.Import.Docx.Word;
using Mrs.Import.Profiles;
using Mrs.Model;
using Phase = Mrs.Import.Structure.ReadingPhase;

namespace Mrs.Import.Structure;

/// <summary>Notes, examples and lists.</summary>
internal sealed partial class StructureBuilder
{
    // ------------------------------------------------------------------ notes and examples

    private void OnNote(WordParagraph p)
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
    }

    /// <summary>The number of a note or example label ("注1：", "NOTE 2", "Note 1 to entry:") and the text after it.</summary>
    private (string? Number, string Markdown) StripLabel(WordParagraph p, System.Text.RegularExpressions.Regex pattern)
    {
        var label = p.Number?.Text.Trim();
        if (label is { Length: > 0 })
        {
            var fromLabel = pattern.Match(label);
            var drawnNumber = fromLabel.Success && fromLabel.Groups["number"].Success ? fromLabel.Groups["number"].Value : null;
            var inlines = p.Inlines;
            if (fromLabel.Success && pattern.Match(p.Text) is { Success: true } typedAgain
                && typedAgain.Groups["number"].Value == (drawnNumber ?? ""))
            {
                // "注1：注1：…": Word draws the label and the text repeats it; the model keeps the label once
                session.Report.Anomalies.Add($"paragraph {p.Index + 1}: the label {label} is drawn by Word and typed again in the text; the typed "
                    + "copy is left out");
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

    private void OnExample(WordParagraph p)
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
            && first.Text.Length <= 40 && !first.Text.EndsWith('。') && !first.Text.EndsWith('.') && !first.Text.EndsWith('：')
            && !first.Text.EndsWith(':'))
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
