using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Mrs.Import.Docx.Equations;
using Mrs.Import.Docx.Numbering;
using Mrs.Import.Docx.Ooxml;
using Mrs.Import.Docx.Package;
using Mrs.Import.Docx.Styles;

namespace Mrs.Import.Docx.Word;

/// <summary>Tables: rows, cells, spans and merges, header rows.</summary>
public sealed partial class DocxReader
{
    // ---------------------------------------------------------------- tables

    /// <summary>
    /// The most columns a cell can span: Word makes tables of at most 63 columns; a w:gridSpan beyond this (2³¹−1 in a
    /// hostile file) is taken as this, so that column arithmetic stays small.
    /// </summary>
    public const int MaxColumns = 1000;

    private WordTable ReadTable(XElement tbl, Context context)
    {
        statistics.Tables++;
        var first = paragraphIndex;
        var styleName = styles.Get(W.Val(tbl.Element(W.N("tblPr")), "tblStyle"))?.Name;
        var grid = tbl.Element(W.N("tblGrid"))?.Elements(W.N("gridCol"))
            .Select(g => double.TryParse(W.Attr(g, "w"), NumberStyles.Float, CultureInfo.InvariantCulture, out var w) ? w : 0).ToList() ?? [];
        var total = grid.Sum();
        var widths = total > 0 ? grid.Select(w => System.Math.Round(w / total, 4)).ToList() : [];
        var rows = new List<WordRow>();
        foreach (var tr in RowElements(tbl))
        {
            var trPr = tr.Element(W.N("trPr"));
            var cells = new List<WordCell>();
            foreach (var tc in CellElements(tr))
            {
                var tcPr = tc.Element(W.N("tcPr"));
                var vMerge = tcPr?.Element(W.N("vMerge"));
                var merge = vMerge is null ? VerticalMerge.None : W.Attr(vMerge, "val") == "restart" ? VerticalMerge.Restart : VerticalMerge.Continue;
                var blocks = ReadBlocks(tc.Elements().Where(x => x.Name != W.N("tcPr")), context);
                var align = blocks.OfType<WordParagraph>().Select(p => p.Alignment).FirstOrDefault(a => a is not null);
                cells.Add(new WordCell
                {
                    Blocks = blocks, GridSpan = System.Math.Clamp(W.IntVal(tcPr, "gridSpan") ?? 1, 1, MaxColumns),
                    VMerge = merge, Alignment = align
                });
            }
            rows.Add(new WordRow { IsHeader = W.OnOff(trPr, "tblHeader") == true, Cells = cells });
        }
        return new WordTable { StyleName = styleName, Rows = rows, GridWidths = widths, FirstParagraph = first };
    }

    private IEnumerable<XElement> RowElements(XElement container)
    {
        foreach (var e in container.Elements())
        {
            if (e.Name == W.N("tr"))
            {
                yield return e;
            }
            else if (e.Name == W.N("sdt") || e.Name == W.N("customXml") || e.Name == W.N("sdtContent"))
            {
                foreach (var r in RowElements(e.Name == W.N("sdt") ? e.Element(W.N("sdtContent")) ?? e : e))
                {
                    yield return r;
                }
            }
            else if (e.Name == W.N("ins") && trackChanges == TrackChangesMode.Accept
                || e.Name == W.N("del") && trackChanges == TrackChangesMode.Reject)
            {
                foreach (var r in RowElements(e))
                {
                    yield return r;
                }
            }
        }
    }

    private IEnumerable<XElement> CellElements(XElement row)
    {
        foreach (var e in row.Elements())
        {
            if (e.Name == W.N("tc"))
            {
                yield return e;
            }
            else if (e.Name == W.N("sdt") || e.Name == W.N("customXml") || e.Name == W.N("sdtContent"))
            {
                foreach (var c in CellElements(e.Name == W.N("sdt") ? e.Element(W.N("sdtContent")) ?? e : e))
                {
                    yield return c;
                }
            }
        }
    }
}
