using Mrs.Import.Docx.Word;
using Mrs.Model;

namespace Mrs.Import.Structure;

/// <summary>
/// A Word table to a model table: grid spans and vertical merges become colSpan/rowSpan (covered cells are not
/// listed), header rows are counted, simple cells carry Markdown text, richer cells carry blocks, and trailing
/// full-width rows that hold notes ("注：", "NOTE") or footnotes ("a …") become the table's notes and footnotes.
/// </summary>
internal static class TableConverter
{
    public sealed record Result(Table Table, List<string> Bookmarks);

    public static Result Convert(WordTable table, StructureBuilder builder, string? number, string? title, string id)
    {
        var bookmarks = new List<string>();
        var columns = (int)System.Math.Min(int.MaxValue,
            System.Math.Max(table.GridWidths.Count, table.Rows.Select(r => r.Cells.Sum(c => (long)c.GridSpan)).DefaultIfEmpty(0).Max()));
        // Grid positions of each cell, for vertical merges.
        var positions = table.Rows.Select(r =>
        {
            var list = new List<(WordCell Cell, int Column)>();
            var col = 0;
            foreach (var c in r.Cells)
            {
                list.Add((c, col));
                col = (int)System.Math.Min(int.MaxValue, (long)col + c.GridSpan);
            }
            return list;
        }).ToList();
        // The cell that starts at each grid column of each row, so that a vertical merge finds the cell below at once.
        var byColumn = positions.Select(row =>
        {
            var cells = new Dictionary<int, WordCell>();
            foreach (var (cell, column) in row)
            {
                cells.TryAdd(column, cell);
            }
            return cells;
        }).ToList();

        var notes = new List<Note>();
        var footnotes = new List<Footnote>();
        var lastContentRow = table.Rows.Count - 1;
        while (lastContentRow > 0 && columns > 1 && table.Rows[lastContentRow].Cells.Count == 1
            && table.Rows[lastContentRow].Cells[0].GridSpan >= columns)
        {
            var cellParagraphs = table.Rows[lastContentRow].Cells[0].Blocks.OfType<WordParagraph>().Where(p => p.Text.Trim().Length > 0).ToList();
            if (cellParagraphs.Count == 0 || !cellParagraphs.All(p => IsNoteOrFootnote(p)))
            {
                break;
            }
            lastContentRow--;
        }
        for (var r = lastContentRow + 1; r < table.Rows.Count; r++)
        {
            foreach (var p in table.Rows[r].Cells[0].Blocks.OfType<WordParagraph>().Where(p => p.Text.Trim().Length > 0))
            {
                var text = builder.InlineFor(p.Inlines);
                var plain = p.Text.Trim();
                var footnote = System.Text.RegularExpressions.Regex.Match(plain, @"^(?<mark>[a-z])[\s\t)）]");
                if (footnote.Success && p.Number is null && !TypedLabels.NoteLabel().IsMatch(plain))
                {
                    // the mark, often superscript (^a^), and its parenthesis go: the model holds the mark once, as Mark
                    var mark = System.Text.RegularExpressions.Regex.Match(text, @"^[*_~^+]*" + footnote.Groups["mark"].Value + @"[*_~^+]*");
                    var markdown = text.Length > mark.Length ? text[mark.Length..].TrimStart().TrimStart(')', '）').TrimStart() : text;
                    footnotes.Add(new Footnote
                    {
                        Id = $"{id}-fn-{footnote.Groups["mark"].Value}", Mark = footnote.Groups["mark"].Value,
                        Blocks = [new Paragraph { Text = markdown }]
                    });
                    continue;
                }
                var noteMatch = TypedLabels.NoteLabel().Match(p.Number?.Text.Trim() is { Length: > 0 } l ? l : plain);
                var body = p.Number is not null ? text : noteMatch.Success
                    ? text[System.Math.Min(text.Length, Escaped(text, noteMatch.Length))..].Trim() : text;
                notes.Add(new Note
                {
                    Number = noteMatch.Success && noteMatch.Groups["number"].Success ? noteMatch.Groups["number"].Value : null,
                    Blocks = [new Paragraph { Text = body }]
                });
            }
        }

        var rows = new List<TableRow>();
        for (var r = 0; r <= lastContentRow; r++)
        {
            var cells = new List<TableCell>();
            foreach (var (cell, column) in positions[r])
            {
                if (cell.VMerge == VerticalMerge.Continue)
                {
                    continue;
                }
                var rowSpan = 1;
                if (cell.VMerge == VerticalMerge.Restart)
                {
                    for (var below = r + 1; below <= lastContentRow; below++)
                    {
                        if (!byColumn[below].TryGetValue(column, out var continued) || continued.VMerge != VerticalMerge.Continue)
                        {
                            break;
                        }
                        rowSpan++;
                    }
                }
                var (text, blocks) = CellContent(cell, builder, bookmarks);
                cells.Add(new TableCell
                {
                    Text = text,
                    Blocks = blocks,
                    ColSpan = cell.GridSpan > 1 ? cell.GridSpan : null,
                    RowSpan = rowSpan > 1 ? rowSpan : null,
                    Align = cell.Alignment switch
                    {
                        "center" => CellAlignment.Center,
                        "right" or "end" => CellAlignment.Right,
                        "both" or "distribute" => CellAlignment.Justify,
                        _ => null
                    },
                    Header = table.Rows[r].IsHeader,
                });
            }
            rows.Add(new TableRow { Cells = cells });
        }
        var headerRows = table.Rows.TakeWhile(r => r.IsHeader).Count();
        return new Result(new Table
        {
            Id = id,
            Number = number,
            Title = title,
            HeaderRows = headerRows,
            ColumnWidths = table.GridWidths,
            Rows = rows,
            Notes = notes,
            Footnotes = footnotes,
        }, bookmarks);
    }

    private static int Escaped(string markdown, int plainLength)
    {
        var i = 0;
        var seen = 0;
        while (i < markdown.Length && seen < plainLength)
        {
            i += markdown[i] == '\\' && i + 1 < markdown.Length ? 2 : 1;
            seen++;
        }
        return i;
    }

    private static bool IsNoteOrFootnote(WordParagraph p)
    {
        var text = p.Text.Trim();
        return TypedLabels.NoteLabel().IsMatch(text) || p.Number is { } n && TypedLabels.NoteLabel().IsMatch(n.Text.Trim())
            || System.Text.RegularExpressions.Regex.IsMatch(text, @"^[a-z][\s\t)）]");
    }

    private static (string? Text, IReadOnlyList<Block> Blocks) CellContent(WordCell cell, StructureBuilder builder, List<string> bookmarks)
    {
        var blocks = new List<Block>();
        foreach (var block in cell.Blocks)
        {
            switch (block)
            {
                case WordParagraph p:
                    bookmarks.AddRange(p.Inlines.OfType<WordBookmark>().Select(b => b.Name));
                    var markdown = builder.InlineFor(p.Inlines);
                    if (markdown.Length > 0)
                    {
                        blocks.Add(new Paragraph { Text = markdown });
                    }
                    if (p.HasDisplayMath)
                    {
                        foreach (var m in p.Inlines.OfType<WordMath>().Where(m => m.Display))
                        {
                            blocks.Add(new Formula
                            {
                                MathMl = Docx.Equations.OmmlToMathMl.Convert(m.Omml, true),
                                Latex = Docx.Equations.OmmlToLatex.Convert(m.Omml), Text = m.Text.Trim()
                            });
                        }
                    }
                    break;
                case WordTable nested:
                    blocks.Add(Convert(nested, builder, null, null, "table-nested").Table with { Id = null });
                    break;
            }
        }
        if (blocks.Count == 0)
        {
            return (null, []);
        }
        if (blocks.Count == 1 && blocks[0] is Paragraph single)
        {
            return (single.Text, []);
        }
        return (null, blocks);
    }
}
