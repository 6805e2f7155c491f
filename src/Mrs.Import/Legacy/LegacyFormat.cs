using System.Buffers.Binary;
using System.Text;
using Mrs.Import.Docx.Package;
using Mrs.Text.Messages;

namespace Mrs.Import.Legacy;

/// <summary>A document LibreOffice converts before import: its format name ("doc", "dot", "rtf", "odt") and the
/// extension its working copy gets (LibreOffice picks its import filter by extension as well as by content).</summary>
public sealed record LegacyFormat(string Name, string Extension)
{
    public static readonly LegacyFormat Doc = new("doc", ".doc");
    public static readonly LegacyFormat Dot = new("dot", ".dot");
    public static readonly LegacyFormat Rtf = new("rtf", ".rtf");
    public static readonly LegacyFormat Odt = new("odt", ".odt");

    public static string EncryptedMessage => Catalog.Get("import.error.encrypted");

    /// <summary>
    /// What a file is, by content first and extension second: null for a file the .docx importer reads (or refuses)
    /// itself, a format for a file LibreOffice must convert. Throws <see cref="ImportException"/> for files that are
    /// refused without starting LibreOffice: empty, encrypted (OOXML in an OLE container, or a Word 6-2003 file whose
    /// FIB says it is encrypted), compound files that are damaged or hold no Word document (Excel, PowerPoint…), and
    /// OpenDocument files that are not text documents.
    /// </summary>
    public static LegacyFormat? Detect(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        using var stream = File.OpenRead(path);
        switch (DocxPackage.Sniff(stream))
        {
            case FileSignature.Empty:
                throw new ImportException(Catalog.Get("import.error.empty"));
            case FileSignature.EncryptedOoxml:
                throw new ImportException(EncryptedMessage);
            case FileSignature.Zip:
                return OpenDocumentType(stream) switch
                {
                    null => null,
                    var t when t.StartsWith("application/vnd.oasis.opendocument.text", StringComparison.Ordinal) => Odt,
                    var t => throw new ImportException(Catalog.Format("import.error.openDocument",
                        t["application/vnd.oasis.opendocument.".Length..].Split('-')[0])),
                };
            case FileSignature.OleCompound:
                switch (OleWord.Inspect(stream))
                {
                    case OleKind.EncryptedWord:
                        throw new ImportException(EncryptedMessage);
                    case OleKind.Excel:
                        throw new ImportException(Catalog.Get("import.error.excel"));
                    case OleKind.PowerPoint:
                        throw new ImportException(Catalog.Get("import.error.powerpoint"));
                    case OleKind.NotWord:
                        throw new ImportException(Catalog.Get("import.error.oleNotWord"));
                    case OleKind.Damaged:
                        // LibreOffice would read such a file as plain text and produce garbage.
                        throw new ImportException(Catalog.Get("import.error.damagedDoc"));
                }
                return extension == ".dot" ? Dot : Doc;
            case FileSignature.Rtf:
                return Rtf;
            default:
                if (extension is not (".doc" or ".dot" or ".rtf" or ".odt"))
                {
                    return null; // the .docx importer names what it is not
                }
                // Named as a LibreOffice format but without a signature of one: only what Word itself saves under
                // these names is converted (Word 1 and 2 files, Word 2003 XML, a web page saved as .doc); anything else
                // (random bytes, plain text) would become a model of garbage.
                return RealFormat(stream) switch
                {
                    "word2" or "xml" or "html" => extension == ".dot" ? Dot : Doc,
                    "text" => throw new ImportException(Catalog.Format("import.error.plainText", extension)),
                    _ => throw new ImportException(Catalog.Format("import.error.notThat", extension)),
                };
        }
    }

    /// <summary>
    /// What a file without a known signature holds: "word2" (Word for Windows 1 and 2: 0x9BA5 or 0xDBA5), "xml" (Word
    /// 2003 XML), "html" (a web page; Word saves these as .doc), "text", or null.
    /// </summary>
    private static string? RealFormat(Stream stream)
    {
        var head = new byte[4096];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        if (n >= 2 && head[1] == 0xA5 && head[0] is 0x9B or 0xDB)
        {
            return "word2";
        }
        var text = Encoding.UTF8.GetString(head, 0, n).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('<'))
        {
            if (text.Contains("<w:wordDocument", StringComparison.Ordinal)
                || text.Contains("progid=\"Word.Document\"", StringComparison.OrdinalIgnoreCase))
            {
                return "xml";
            }
            if (text.Contains("<html", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase))
            {
                return "html";
            }
        }
        var controls = head.AsSpan(0, n).ToArray().Count(b => b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0C));
        return n > 0 && controls == 0 && System.Text.Unicode.Utf8.IsValid(head.AsSpan(0, n)) ? "text" : null;
    }

    /// <summary>The media type of an OpenDocument package (its first entry, "mimetype", stored uncompressed), or null.</summary>
    private static string? OpenDocumentType(Stream stream)
    {
        Span<byte> head = stackalloc byte[30 + 8 + 80];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        if (n < 38 || BinaryPrimitives.ReadUInt16LittleEndian(head[8..]) != 0)
        {
            return null;
        }
        var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(head[26..]);
        var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(head[28..]);
        if (nameLength != 8 || !head.Slice(30, 8).SequenceEqual("mimetype"u8))
        {
            return null;
        }
        var start = 38 + extraLength;
        var size = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(head[18..]), 80);
        if (start + size > n)
        {
            return null;
        }
        var type = Encoding.ASCII.GetString(head.Slice(start, size));
        return type.StartsWith("application/vnd.oasis.opendocument.", StringComparison.Ordinal) ? type : null;
    }
}

internal enum OleKind
{
    /// <summary>A Word document, or a container read well enough to hold one but whose FIB could not be checked:
    /// LibreOffice decides.</summary>
    Word,
    EncryptedWord,
    Excel,
    PowerPoint,
    /// <summary>A readable container without a WordDocument stream.</summary>
    NotWord,
    /// <summary>The signature of a compound file, but not its structure (no valid header, no readable directory).</summary>
    Damaged,
}

/// <summary>
/// Just enough of the compound file format ([MS-CFB]) to find the WordDocument stream and read the flags of its File
/// Information Block ([MS-DOC] 2.5.2, at the same place in Word 6 and 95): fEncrypted (0x0100) is set for documents
/// encrypted with a password (RC4 or XOR obfuscation). Every offset is checked against the file.
/// </summary>
internal static class OleWord
{
    private const int MaxChainSteps = 1 << 16;

    public static OleKind Inspect(Stream stream)
    {
        try
        {
            return InspectCore(stream);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or EndOfStreamException or OverflowException)
        {
            return OleKind.Damaged;
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private sealed record Entry(string Name, byte Type, uint Start, long Size);

    private static OleKind InspectCore(Stream stream)
    {
        var header = new byte[512];
        stream.Position = 0;
        if (stream.ReadAtLeast(header, 512, throwOnEndOfStream: false) < 512)
        {
            return OleKind.Damaged;
        }
        int shift = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x1E));
        int miniShift = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x20));
        if (shift is not (9 or 12) || miniShift != 6 || BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x1C)) != 0xFFFE)
        {
            return OleKind.Damaged;
        }
        var file = new Container(stream, header, 1 << shift);

        var entries = new List<Entry>();
        foreach (var sector in file.Chain(BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x30))))
        {
            var buffer = file.Sector(sector);
            if (buffer is null)
            {
                break;
            }
            for (var offset = 0; offset + 128 <= buffer.Length; offset += 128)
            {
                var e = buffer.AsSpan(offset, 128);
                int nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(e[0x40..]);
                if (e[0x42] is not (1 or 2 or 5) || nameBytes is < 2 or > 64 || nameBytes % 2 != 0)
                {
                    continue;
                }
                entries.Add(new Entry(Encoding.Unicode.GetString(e[..(nameBytes - 2)]), e[0x42],
                    BinaryPrimitives.ReadUInt32LittleEndian(e[0x74..]), BinaryPrimitives.ReadUInt32LittleEndian(e[0x78..])));
            }
        }
        if (entries.Count == 0 || entries[0].Type != 5)
        {
            return OleKind.Damaged;
        }
        // The first WordDocument stream is the document's own; embedded documents come later, in sub-storages, and
        // embedded workbooks and presentations have their streams too: only a container without a Word document is
        // an Excel or PowerPoint file.
        var word = entries.FirstOrDefault(e => e.Type == 2 && e.Name == "WordDocument");
        if (word is null)
        {
            return entries.Any(e => e.Name is "Workbook" or "Book") ? OleKind.Excel
                : entries.Any(e => e.Name == "PowerPoint Document") ? OleKind.PowerPoint
                : OleKind.NotWord;
        }
        var cutoff = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x38));
        var fib = word.Size >= cutoff
            ? file.Sector(word.Start)
            : file.MiniSector(entries[0].Start, word.Start);
        if (fib is null || fib.Length < 0x0C || word.Size < 0x0C)
        {
            return OleKind.Word;
        }
        var ident = BinaryPrimitives.ReadUInt16LittleEndian(fib);
        if (ident is not (0xA5EC or 0xA5DC))
        {
            return OleKind.Word;
        }
        var flags = BinaryPrimitives.ReadUInt16LittleEndian(fib.AsSpan(0x0A));
        return (flags & 0x0100) != 0 ? OleKind.EncryptedWord : OleKind.Word;
    }

    /// <summary>Sectors, chains and the mini stream of a compound file; null or an empty chain where the file ends or lies.</summary>
    private sealed class Container
    {
        private readonly Stream stream;
        private readonly int sectorSize;
        private readonly List<uint> fatSectors = [];
        private readonly Dictionary<uint, byte[]> fatCache = [];

        public Container(Stream stream, byte[] header, int sectorSize)
        {
            this.stream = stream;
            this.sectorSize = sectorSize;
            var count = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x2C));
            for (var i = 0; i < 109 && fatSectors.Count < count; i++)
            {
                fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x4C + 4 * i)));
            }
            var difat = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x44));
            for (var visited = 0; difat < 0xFFFFFFFA && fatSectors.Count < count && visited < 1024; visited++)
            {
                var buffer = Sector(difat);
                if (buffer is null)
                {
                    break;
                }
                for (var i = 0; i < sectorSize / 4 - 1 && fatSectors.Count < count; i++)
                {
                    fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(4 * i)));
                }
                difat = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(sectorSize - 4));
            }
        }

        /// <summary>A sector; the last one of a file may be cut short (what is missing reads as zeros).</summary>
        public byte[]? Sector(uint sector)
        {
            var offset = ((long)sector + 1) * sectorSize;
            if (sector >= 0xFFFFFFFA || offset >= stream.Length)
            {
                return null;
            }
            var buffer = new byte[sectorSize];
            stream.Position = offset;
            stream.ReadAtLeast(buffer, sectorSize, throwOnEndOfStream: false);
            return buffer;
        }

        public IEnumerable<uint> Chain(uint start)
        {
            var seen = new HashSet<uint>();
            for (var sector = start; sector < 0xFFFFFFFA && seen.Add(sector) && seen.Count < MaxChainSteps; sector = Next(sector))
            {
                yield return sector;
            }
        }

        private uint Next(uint sector)
        {
            var perSector = (uint)(sectorSize / 4);
            var index = sector / perSector;
            if (index >= fatSectors.Count)
            {
                return 0xFFFFFFFE;
            }
            if (!fatCache.TryGetValue(index, out var fat))
            {
                fat = Sector(fatSectors[(int)index]) ?? new byte[sectorSize];
                fatCache[index] = fat;
            }
            return BinaryPrimitives.ReadUInt32LittleEndian(fat.AsSpan((int)(sector % perSector) * 4));
        }

        /// <summary>The 64 bytes of mini sector <paramref name="mini"/> (the first of a small stream: finding it needs
        /// no mini FAT); the mini stream is the root entry's chain.</summary>
        public byte[]? MiniSector(uint rootStart, uint mini)
        {
            var offset = (long)mini * 64;
            var step = offset / sectorSize;
            var index = 0L;
            foreach (var sector in Chain(rootStart))
            {
                if (index++ == step)
                {
                    var buffer = Sector(sector);
                    return buffer?.AsSpan((int)(offset % sectorSize), 64).ToArray();
                }
            }
            return null;
        }
    }
}
