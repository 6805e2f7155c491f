using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Mrs.Rendering.Pdf;

/// <summary>Where a named destination (an element id the page links to) is: its page (0-based) and height on it.</summary>
internal readonly record struct Destination(int Page, double Top);

/// <summary>One bookmark of the outline: its text, where it goes, and the bookmarks under it.</summary>
internal sealed record OutlineItem(string Title, string? Target, IReadOnlyList<OutlineItem> Children);

/// <summary>What the Info dictionary and the catalog say about the document.</summary>
internal sealed record PdfMetadata
{
    public string? Title { get; init; }
    public string? Subject { get; init; }
    public string? Keywords { get; init; }
    public string? Author { get; init; }
    public string? Language { get; init; }
    public string? Creator { get; init; }
    public string? Producer { get; init; }

    /// <summary>"D:20260601" or null: a date of the document, never the clock's.</summary>
    public string? Date { get; init; }
}

/// <summary>How the pages are numbered: a label style from a page on (PDF page labels: "r" roman, "R" upper roman, "D" arabic, null none).</summary>
internal sealed record PageLabelRange(int FirstPage, string? Style, string? Prefix);

/// <summary>
/// A PDF printed by Chromium: read back (page tree, named destinations) and finished with one incremental update that
/// adds what Chromium does not write: the Info dictionary (title, subject, keywords, producer), the catalog's
/// language, page labels and outline, and a file identifier. The original bytes are kept except the print
/// time in Chromium's own Info dictionary (superseded by the update), which is overwritten with a fixed date of the
/// same length so that the same document gives the same file.
/// </summary>
internal sealed class PrintedPdf
{
    private readonly byte[] data;
    private readonly Dictionary<int, int> offsets = [];
    private readonly PdfDictionary trailer;
    private readonly int xrefOffset;

    public PrintedPdf(byte[] data)
    {
        this.data = data;
        var tail = Encoding.ASCII.GetString(data, Math.Max(0, data.Length - 64), Math.Min(64, data.Length));
        var at = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        if (at < 0)
        {
            throw new FormatException("the printed PDF has no startxref");
        }
        xrefOffset = int.Parse(tail[(at + 9)..].Trim().Split('\n', '\r')[0], CultureInfo.InvariantCulture);
        var position = xrefOffset;
        ReadToken(ref position, "xref");
        while (true)
        {
            PdfSyntax.SkipSpace(data, ref position);
            if (data[position] == (byte)'t')
            {
                break;
            }
            var first = ReadInt(ref position);
            var count = ReadInt(ref position);
            for (var i = 0; i < count; i++)
            {
                PdfSyntax.SkipSpace(data, ref position);
                var entry = Encoding.ASCII.GetString(data, position, 18);
                position += 18;
                if (entry[17] == 'n')
                {
                    offsets[first + i] = int.Parse(entry[..10], CultureInfo.InvariantCulture);
                }
            }
        }
        ReadToken(ref position, "trailer");
        trailer = (PdfDictionary)PdfSyntax.Parse(data, ref position)!;
        Pages = ReadPages();
    }

    /// <summary>The object numbers of the pages, in order.</summary>
    public IReadOnlyList<int> Pages { get; }

    public int PageCount => Pages.Count;

    private PdfDictionary Catalog => (PdfDictionary)Resolve(trailer["Root"])!;

    /// <summary>The named destinations (the ids the page links to), with their page and height.</summary>
    public IReadOnlyDictionary<string, Destination> Destinations()
    {
        var result = new Dictionary<string, Destination>(StringComparer.Ordinal);
        if (Resolve(Catalog["Dests"]) is not PdfDictionary dests)
        {
            return result;
        }
        var pageIndex = Pages.Select((number, index) => (number, index)).ToDictionary(p => p.number, p => p.index);
        foreach (var (name, value) in dests.Entries)
        {
            var array = Resolve(value) as List<object?> ?? (Resolve(value) as PdfDictionary)?["D"] as List<object?>;
            if (array is [PdfRef page, PdfName, _, PdfNumber top, ..] && pageIndex.TryGetValue(page.Number, out var index))
            {
                result[name] = new Destination(index, top.Value);
            }
            else if (array is [PdfRef page2, ..] && pageIndex.TryGetValue(page2.Number, out var index2))
            {
                result[name] = new Destination(index2, 0);
            }
        }
        return result;
    }

    /// <summary>The finished file: the printed bytes (print time fixed) and the update.</summary>
    public byte[] Finish(PdfMetadata metadata, IReadOnlyList<PageLabelRange> labels, IReadOnlyList<OutlineItem> outline)
    {
        var original = (byte[])data.Clone();
        FixPrintTime(original);
        var next = trailer["Size"] is PdfNumber size ? (int)size.Value : offsets.Keys.Max() + 1;
        var objects = new SortedDictionary<int, string>();
        int Allocate() => next++;

        // The Info dictionary.
        var info = new PdfDictionary();
        void Put(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                info[key] = value;
            }
        }
        Put("Title", metadata.Title);
        Put("Author", metadata.Author);
        Put("Subject", metadata.Subject);
        Put("Keywords", metadata.Keywords);
        Put("Creator", metadata.Creator);
        Put("Producer", metadata.Producer);
        if (metadata.Date is { } date)
        {
            info["CreationDate"] = date;
            info["ModDate"] = date;
        }
        var infoNumber = Allocate();
        objects[infoNumber] = Serialize(info);

        // The catalog again, with the language, the page labels and the outline.
        var root = (PdfRef)trailer["Root"]!;
        var catalog = Catalog;
        if (metadata.Language is { Length: > 0 } language)
        {
            catalog["Lang"] = language;
        }
        if (labels.Count > 0)
        {
            var nums = new List<object?>();
            foreach (var range in labels)
            {
                var label = new PdfDictionary();
                if (range.Style is { } style)
                {
                    label["S"] = new PdfName(style);
                }
                if (range.Prefix is { Length: > 0 } prefix)
                {
                    label["P"] = prefix;
                }
                nums.Add(range.FirstPage);
                nums.Add(label);
            }
            var pageLabels = new PdfDictionary();
            pageLabels["Nums"] = nums;
            catalog["PageLabels"] = pageLabels;
        }
        var destinations = Destinations();
        var placed = Place(outline, destinations);
        if (placed.Count > 0)
        {
            var outlinesNumber = Allocate();
            var (first, last, count) = WriteOutline(placed, outlinesNumber, objects, Allocate);
            var outlines = new PdfDictionary();
            outlines["Type"] = new PdfName("Outlines");
            outlines["First"] = new PdfRef(first, 0);
            outlines["Last"] = new PdfRef(last, 0);
            outlines["Count"] = count;
            objects[outlinesNumber] = Serialize(outlines);
            catalog["Outlines"] = new PdfRef(outlinesNumber, 0);
            catalog["PageMode"] = new PdfName("UseOutlines");
        }
        objects[root.Number] = Serialize(catalog);

        // The update: the objects, their cross-reference section, the trailer.
        var update = new MemoryStream();
        var newline = original.Length > 0 && original[^1] is (byte)'\n' or (byte)'\r' ? "" : "\n";
        var written = new SortedDictionary<int, long>();
        var text = new StringBuilder(newline);
        foreach (var (number, body) in objects)
        {
            written[number] = original.Length + Encoding.UTF8.GetByteCount(text.ToString());
            text.Append(number.ToString(CultureInfo.InvariantCulture)).Append(" 0 obj\n").Append(body).Append("\nendobj\n");
        }
        var xref = original.Length + Encoding.UTF8.GetByteCount(text.ToString());
        text.Append("xref\n");
        foreach (var run in Runs(written.Keys))
        {
            text.Append(run[0].ToString(CultureInfo.InvariantCulture)).Append(' ').Append(run.Count.ToString(CultureInfo.InvariantCulture))
                .Append('\n');
            foreach (var number in run)
            {
                text.Append(written[number].ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
            }
        }
        // The printed bytes with the print time fixed: the same document gives the same identifier.
        var id = new PdfString(MD5.HashData(original.AsSpan(0, xrefOffset)));
        var newTrailer = new PdfDictionary();
        newTrailer["Size"] = next;
        newTrailer["Root"] = root;
        newTrailer["Info"] = new PdfRef(infoNumber, 0);
        newTrailer["ID"] = new List<object?> { id, id };
        newTrailer["Prev"] = xrefOffset;
        text.Append("trailer\n").Append(Serialize(newTrailer)).Append("\nstartxref\n").Append(xref.ToString(CultureInfo.InvariantCulture))
            .Append("\n%%EOF\n");
        update.Write(original);
        update.Write(Encoding.UTF8.GetBytes(text.ToString()));
        return update.ToArray();
    }

    private sealed record PlacedItem(string Title, Destination Where, IReadOnlyList<PlacedItem> Children);

    /// <summary>The outline items that have a place in the file; an item without one gives its place to its children.</summary>
    private static List<PlacedItem> Place(IReadOnlyList<OutlineItem> items, IReadOnlyDictionary<string, Destination> destinations)
    {
        var result = new List<PlacedItem>();
        foreach (var item in items)
        {
            var children = Place(item.Children, destinations);
            if (item.Target is not null && destinations.TryGetValue(item.Target, out var where))
            {
                result.Add(new PlacedItem(item.Title, where, children));
            }
            else
            {
                result.AddRange(children);
            }
        }
        return result;
    }

    /// <summary>Writes the items under <paramref name="parent"/>; returns the first and last object numbers and the count of visible items.</summary>
    private (int First, int Last, int Count) WriteOutline(List<PlacedItem> items, int parent, SortedDictionary<int, string> objects,
        Func<int> allocate)
    {
        var numbers = items.Select(_ => allocate()).ToList();
        var visible = items.Count;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var entry = new PdfDictionary();
            entry["Title"] = item.Title;
            entry["Parent"] = new PdfRef(parent, 0);
            if (i > 0)
            {
                entry["Prev"] = new PdfRef(numbers[i - 1], 0);
            }
            if (i < items.Count - 1)
            {
                entry["Next"] = new PdfRef(numbers[i + 1], 0);
            }
            if (item.Children.Count > 0)
            {
                var (first, last, count) = WriteOutline(item.Children.ToList(), numbers[i], objects, allocate);
                entry["First"] = new PdfRef(first, 0);
                entry["Last"] = new PdfRef(last, 0);
                // Closed: a negative count (the reader opens the clauses it wants).
                entry["Count"] = -count;
            }
            entry["Dest"] = new List<object?> { new PdfRef(Pages[item.Where.Page], 0), new PdfName("XYZ"), null,
                new PdfNumber(item.Where.Top.ToString("0.###", CultureInfo.InvariantCulture)), null };
            objects[numbers[i]] = Serialize(entry);
        }
        return (numbers[0], numbers[^1], visible);
    }

    private static IEnumerable<List<int>> Runs(IEnumerable<int> numbers)
    {
        List<int>? run = null;
        foreach (var number in numbers)
        {
            if (run is not null && number == run[^1] + 1)
            {
                run.Add(number);
                continue;
            }
            if (run is not null)
            {
                yield return run;
            }
            run = [number];
        }
        if (run is not null)
        {
            yield return run;
        }
    }

    private static string Serialize(object value)
    {
        var text = new StringBuilder();
        PdfSyntax.Write(text, value);
        return text.ToString();
    }

    /// <summary>Chromium writes the time of printing into its Info dictionary: a fixed date of the same length takes its place.</summary>
    private void FixPrintTime(byte[] bytes)
    {
        if (trailer["Info"] is not PdfRef info || !offsets.TryGetValue(info.Number, out var start))
        {
            return;
        }
        var end = IndexOf(bytes, "endobj"u8, start);
        foreach (var key in new[] { "/CreationDate", "/ModDate" })
        {
            var at = IndexOf(bytes, Encoding.ASCII.GetBytes(key), start);
            if (at < 0 || at > end)
            {
                continue;
            }
            var open = Array.IndexOf(bytes, (byte)'(', at);
            var close = Array.IndexOf(bytes, (byte)')', open);
            if (open < 0 || close < 0 || close > end)
            {
                continue;
            }
            var replacement = "D:19700101000000+00'00'".PadRight(close - open - 1, ' ');
            if (replacement.Length == close - open - 1)
            {
                Encoding.ASCII.GetBytes(replacement).CopyTo(bytes, open + 1);
            }
        }
    }

    private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> what, int from)
    {
        var at = bytes.AsSpan(from).IndexOf(what);
        return at < 0 ? -1 : from + at;
    }

    private IReadOnlyList<int> ReadPages()
    {
        var pages = new List<int>();
        var root = (PdfRef)Catalog["Pages"]!;
        Walk(root.Number, 0);
        return pages;

        void Walk(int number, int depth)
        {
            if (depth > 64)
            {
                throw new FormatException("the page tree of the printed PDF is too deep");
            }
            var node = (PdfDictionary)ReadObject(number)!;
            if (node["Type"] is PdfName { Value: "Page" })
            {
                pages.Add(number);
                return;
            }
            foreach (var kid in (List<object?>)Resolve(node["Kids"])!)
            {
                Walk(((PdfRef)kid!).Number, depth + 1);
            }
        }
    }

    private object? Resolve(object? value) => value is PdfRef r ? ReadObject(r.Number) : value;

    private object? ReadObject(int number)
    {
        if (!offsets.TryGetValue(number, out var position))
        {
            return null;
        }
        ReadInt(ref position);
        ReadInt(ref position);
        ReadToken(ref position, "obj");
        return PdfSyntax.Parse(data, ref position);
    }

    private int ReadInt(ref int position)
    {
        PdfSyntax.SkipSpace(data, ref position);
        var start = position;
        while (position < data.Length && char.IsAsciiDigit((char)data[position]))
        {
            position++;
        }
        return int.Parse(Encoding.ASCII.GetString(data, start, position - start), CultureInfo.InvariantCulture);
    }

    private void ReadToken(ref int position, string token)
    {
        PdfSyntax.SkipSpace(data, ref position);
        if (!data.AsSpan(position).StartsWith(Encoding.ASCII.GetBytes(token)))
        {
            throw new FormatException($"'{token}' expected at byte {position} of the printed PDF");
        }
        position += token.Length;
    }
}
