using System.Globalization;
using Mrs.Model;

namespace Mrs.Rendering.Html.Renderers;

/// <summary>
/// A table: &lt;caption&gt; with its number and title, header rows in &lt;thead&gt; with &lt;th scope&gt;, spans as
/// colspan and rowspan, column widths as classes of the page's style, notes and table footnotes in &lt;tfoot&gt; across
/// the whole width. It scrolls sideways in a focusable region when it is wider than the page.
/// </summary>
internal static class TableRenderer
{
    public static void Write(RenderContext context, Markup markup, ModelNode node, string? classes)
    {
        var table = (Table)node.Value;
        var id = context.Anchors.Write(table);
        var caption = Caption(context, table);
        var columns = ColumnCount(table);
        if (id is not null && caption is not null)
        {
            context.Search.Add(new SearchEntry("table", caption, "", id));
        }
        markup.Open("div", ("class", BlockRenderer.Classes("table-wrap", classes)), ("role", "region"), ("tabindex", "0"),
            ("aria-label", caption ?? context.Labels.Format("table", ("number", ""))));
        markup.Open("table", ("id", id), ("class", "table"));
        if (caption is not null)
        {
            markup.Raw("<caption>");
            WriteCaption(context, markup, table);
            BlockRenderer.Permalink(context, markup, id, caption);
            markup.Raw("</caption>");
        }
        if (table.ColumnWidths.Count > 0 && table.ColumnWidths.All(w => w > 0 && double.IsFinite(w)))
        {
            var total = table.ColumnWidths.Sum();
            markup.Raw("<colgroup>");
            foreach (var width in table.ColumnWidths)
            {
                markup.Raw("<col").Attr("class", context.ColumnClass(width * 100 / total)).Raw('>');
            }
            markup.Raw("</colgroup>");
        }
        var rows = node.Children.Where(n => n.Name == ModelNames.Rows).ToList();
        var headerRows = Math.Clamp(table.HeaderRows, 0, rows.Count);
        if (headerRows > 0)
        {
            markup.Raw("<thead>");
            foreach (var row in rows.Take(headerRows))
            {
                WriteRow(context, markup, row, header: true);
            }
            markup.Raw("</thead>");
        }
        markup.Raw("<tbody>");
        foreach (var row in rows.Skip(headerRows))
        {
            WriteRow(context, markup, row, header: false);
        }
        markup.Raw("</tbody>");
        var notes = node.Children.Where(n => n.Name == ModelNames.Notes).ToList();
        var footnotes = node.Children.Where(n => n.Name == ModelNames.Footnotes).ToList();
        if (notes.Count > 0 || footnotes.Count > 0)
        {
            markup.Raw("<tfoot><tr><td").Attr("colspan", columns.ToString(CultureInfo.InvariantCulture)).Raw('>');
            foreach (var note in notes)
            {
                NoteRenderer.WriteNote(context, markup, note, null);
            }
            foreach (var footnote in footnotes)
            {
                FootnoteRenderer.WriteTableFootnote(context, markup, footnote);
            }
            markup.Raw("</td></tr></tfoot>");
        }
        markup.Close("table");
        markup.Close("div");
    }

    /// <summary>"表1　标题" / "Table 1 — Title" as plain text; null for a table with neither number nor title.</summary>
    private static string? Caption(RenderContext context, Table table)
    {
        var title = table.Title is null ? null : RenderContext.Plain(table.Title);
        return (table.Number, title) switch
        {
            (null, null) => null,
            (null, _) => title,
            (_, null) => context.Labels.Format("table", ("number", table.Number)),
            _ => context.Labels.Format("tableTitled", ("number", table.Number), ("title", title)),
        };
    }

    private static void WriteCaption(RenderContext context, Markup markup, Table table)
    {
        if (table.Number is null)
        {
            context.Inline.Write(markup, table.Title, InlineMode.NoTermLinks);
            return;
        }
        // The label is the theme's text; the title keeps its inline markup.
        var label = context.Labels.Format(table.Title is null ? "table" : "tableTitled", ("number", table.Number), ("title", "\u0000"));
        var at = label.IndexOf('\u0000');
        markup.Raw("<span class=\"caption-label\">").Text(at < 0 ? label : label[..at]).Raw("</span>");
        if (at >= 0)
        {
            markup.Raw("<span class=\"caption-title\">");
            context.Inline.Write(markup, table.Title, InlineMode.NoTermLinks);
            markup.Raw("</span>").Text(label[(at + 1)..]);
        }
    }

    private static void WriteRow(RenderContext context, Markup markup, ModelNode row, bool header)
    {
        markup.Raw("<tr>");
        foreach (var cellNode in row.Children)
        {
            if (cellNode.Value is not TableCell cell)
            {
                continue;
            }
            var isHeader = header || cell.Header;
            var tag = isHeader ? "th" : "td";
            var colSpan = cell.ColSpan is > 1 and <= 1000 ? cell.ColSpan : null;
            var rowSpan = cell.RowSpan is > 1 and <= 65534 ? cell.RowSpan : null;
            string? scope = null;
            if (isHeader)
            {
                scope = header ? (colSpan is null ? "col" : "colgroup") : (rowSpan is null ? "row" : "rowgroup");
            }
            var text = cell.Text is null ? "" : RenderContext.Plain(cell.Text);
            markup.Open(tag,
                ("colspan", colSpan?.ToString(CultureInfo.InvariantCulture)),
                ("rowspan", rowSpan?.ToString(CultureInfo.InvariantCulture)),
                ("scope", scope),
                ("class", cell.Align is { } align ? "align-" + align.ToString().ToLowerInvariant() : null),
                ("lang", cell.Text is null ? null : context.LangOf(text)));
            if (cell.Text is not null)
            {
                context.Inline.Write(markup, cell.Text, InlineMode.Flow, null, cellNode.Ancestor<TermEntry>());
            }
            BlockRenderer.WriteAll(context, markup, cellNode);
            markup.Close(tag);
        }
        markup.Raw("</tr>");
    }

    /// <summary>How many columns the table's grid has (spans and cells covered by row spans counted).</summary>
    private static int ColumnCount(Table table)
    {
        var carried = new List<int>(); // per column: rows still covered by a row span from above
        var widest = 1;
        foreach (var row in table.Rows)
        {
            var column = 0;
            foreach (var cell in row.Cells)
            {
                while (column < carried.Count && carried[column] > 0)
                {
                    column++;
                }
                var span = Math.Clamp(cell.ColSpan ?? 1, 1, 1000);
                var down = Math.Clamp(cell.RowSpan ?? 1, 1, 65534);
                for (var k = 0; k < span; k++)
                {
                    while (carried.Count <= column + k)
                    {
                        carried.Add(0);
                    }
                    carried[column + k] = Math.Max(carried[column + k], down);
                }
                column += span;
            }
            widest = Math.Max(widest, Math.Max(column, carried.Count(c => c > 0)));
            for (var k = 0; k < carried.Count; k++)
            {
                if (carried[k] > 0)
                {
                    carried[k]--;
                }
            }
        }
        return widest;
    }
}
