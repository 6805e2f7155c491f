namespace Mrs.Model;

/// <summary>A table: number, title, rows with spanning cells, header rows, notes and footnotes.</summary>
public sealed record Table : Block
{
    /// <summary>Number as shown: "1", "A.1".</summary>
    public string? Number { get; init; }
    public string? Title { get; init; }
    /// <summary>How many leading rows are header rows.</summary>
    public int HeaderRows { get; init; }
    /// <summary>Relative column widths, when known.</summary>
    public IReadOnlyList<double> ColumnWidths { get; init; } = [];
    public IReadOnlyList<TableRow> Rows { get; init; } = [];
    public IReadOnlyList<Note> Notes { get; init; } = [];
    /// <summary>Table footnotes (marks a, b, c …).</summary>
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];
}

public sealed record TableRow
{
    public IReadOnlyList<TableCell> Cells { get; init; } = [];
}

/// <summary>
/// A cell. A cell covered by a span of another cell is not listed. Simple cells carry <see cref="Text"/>; cells with
/// several paragraphs, lists or nested tables carry <see cref="Blocks"/>.
/// </summary>
public sealed record TableCell : IBlockContainer
{
    public string? Text { get; init; }
    public IReadOnlyList<Block> Blocks { get; init; } = [];
    /// <summary>Columns spanned (absent = 1).</summary>
    public int? ColSpan { get; init; }
    /// <summary>Rows spanned (absent = 1).</summary>
    public int? RowSpan { get; init; }
    public CellAlignment? Align { get; init; }
    public bool Header { get; init; }
}

public enum CellAlignment
{
    Left,
    Center,
    Right,
    Justify,
}
