using System.Buffers.Binary;
using System.Text;
using Mrs.Import.Docx.Package;

namespace Mrs.Import.Legacy;

/// <summary>A document LibreOffice converts before import: its format name ("doc", "dot", "rtf", "odt") and the
/// extension its working copy gets (LibreOffice picks its import filter by extension as well as by content).</summary>
public sealed record LegacyFormat(string Name, string Extension)
{
    public static readonly LegacyFormat Doc = new("doc", ".doc");
    public static readonly LegacyFormat Dot = new("dot", ".dot");
    public static readonly LegacyFormat Rtf = new("rtf", ".rtf");
    public static readonly LegacyFormat Odt = new("odt", ".odt");

    public const string EncryptedMessage = "the document is encrypted (password-protected); save an unprotected copy in Word first";

    /// <summary>
    /// What a file is, by content first and extension second: null for a file the .docx importer reads (or refuses)
    /// itself, a format for a file LibreOffice must convert. Throws <see cref="ImportException"/> for files that are
    /// refused without starting LibreOffice: empty, encrypted (OOXML in an OLE container, or a Word 6-2003 file whose
    /// FIB says it is encrypted), and Excel, PowerPoint or OpenDocument files that are not text documents.
    /// </summary>
    public static LegacyFormat? Detect(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        using var stream = File.OpenRead(path);
        switch (DocxPackage.Sniff(stream))
        {
            case FileSignature.Empty:
                throw new ImportException("the file is empty");
            case FileSignature.EncryptedOoxml:
                throw new ImportException(EncryptedMessage);
            case FileSignature.Zip:
                return OpenDocumentType(stream) switch
                {
                    null => null,
                    var t when t.StartsWith("application/vnd.oasis.opendocument.text", StringComparison.Ordinal) => Odt,
                    var t => throw new ImportException($"this is an OpenDocument {t["application/vnd.oasis.opendocument.".Length..].Split('-')[0]} file, not a text document"),
                };
            case FileSignature.OleCompound:
                switch (OleWord.Inspect(stream))
                {
                    case OleKind.EncryptedWord:
                        throw new ImportException(EncryptedMessage);
                    case OleKind.Excel:
                        throw new ImportException("this is an Excel workbook (.xls), not a Word document");
                    case OleKind.PowerPoint:
                        throw new ImportException("this is a PowerPoint presentation (.ppt), not a Word document");
                }
                return extension == ".dot" ? Dot : Doc;
            case FileSignature.Rtf:
                return Rtf;
            default:
                // Not a signature we know, but named as a LibreOffice format (Word 2 files, HTML or Word 2003 XML
                // saved as .doc…): LibreOffice decides by content.
                return extension switch
                {
                    ".doc" => Doc,
                    ".dot" => Dot,
                    ".rtf" => Rtf,
                    ".odt" => Odt,
                    _ => null,
                };
        }
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
    /// <summary>The container could not be read far enough to tell; LibreOffice decides.</summary>
    Unknown,
    Word,
    EncryptedWord,
    Excel,
    PowerPoint,
}

/// <summary>
/// Just enough of the compound file format ([MS-CFB]) to find the WordDocument stream and read the flags of its File
/// Information Block ([MS-DOC] 2.5.2, the same place in Word 6 and 95): fEncrypted (0x0100) is set for documents
/// encrypted with a password (RC4 or XOR obfuscation). Every offset is checked; a damaged container gives Unknown.
/// </summary>
internal static class OleWord
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const int MaxDirectorySectors = 4096;

    public static OleKind Inspect(Stream stream)
    {
        try
        {
            return InspectCore(stream);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or EndOfStreamException or OverflowException)
        {
            return OleKind.Unknown;
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private static OleKind InspectCore(Stream stream)
    {
        var header = new byte[512];
        stream.Position = 0;
        if (stream.ReadAtLeast(header, 512, throwOnEndOfStream: false) < 512)
        {
            return OleKind.Unknown;
        }
        int shift = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x1E));
        if (shift is not (9 or 12))
        {
            return OleKind.Unknown;
        }
        var sectorSize = 1 << shift;
        var firstDirectory = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x30));
        var fatSectors = ReadFatSectorList(stream, header, sectorSize);

        uint? wordStart = null;
        long wordSize = 0;
        OleKind? other = null;
        var sector = firstDirectory;
        var buffer = new byte[sectorSize];
        for (var visited = 0; sector < 0xFFFFFFFA && visited < MaxDirectorySectors; visited++)
        {
            if (!ReadSector(stream, sector, sectorSize, buffer))
            {
                break;
            }
            for (var offset = 0; offset + 128 <= sectorSize; offset += 128)
            {
                var entry = buffer.AsSpan(offset, 128);
                var type = entry[0x42];
                if (type != 2)
                {
                    continue;
                }
                int nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(entry[0x40..]);
                if (nameBytes is < 2 or > 64)
                {
                    continue;
                }
                var name = Encoding.Unicode.GetString(entry[..(nameBytes - 2)]);
                switch (name)
                {
                    case "WordDocument" when wordStart is null:
                        // the first one: the document's own (embedded documents come later, in sub-storages)
                        wordStart = BinaryPrimitives.ReadUInt32LittleEndian(entry[0x74..]);
                        wordSize = BinaryPrimitives.ReadUInt32LittleEndian(entry[0x78..]);
                        break;
                    case "Workbook" or "Book":
                        other ??= OleKind.Excel;
                        break;
                    case "PowerPoint Document":
                        other ??= OleKind.PowerPoint;
                        break;
                }
            }
            sector = NextSector(stream, fatSectors, sector, sectorSize);
        }
        if (wordStart is null)
        {
            // Embedded workbooks and presentations have these streams too (in sub-storages): only a container
            // without a Word document is an Excel or PowerPoint file.
            return other ?? OleKind.Unknown;
        }
        // The FIB is at the start of the stream; streams under the mini-stream cutoff (4096 bytes) live elsewhere,
        // but a Word document stream is never that small.
        var cutoff = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x38));
        if (wordSize < Math.Max(cutoff, 0x20) || !ReadSector(stream, wordStart.Value, sectorSize, buffer))
        {
            return OleKind.Unknown;
        }
        var ident = BinaryPrimitives.ReadUInt16LittleEndian(buffer);
        if (ident is not (0xA5EC or 0xA5DC))
        {
            return OleKind.Unknown;
        }
        var flags = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(0x0A));
        return (flags & 0x0100) != 0 ? OleKind.EncryptedWord : OleKind.Word;
    }

    /// <summary>The sectors holding the FAT: the 109 in the header, then the DIFAT chain.</summary>
    private static List<uint> ReadFatSectorList(Stream stream, byte[] header, int sectorSize)
    {
        var count = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x2C));
        var list = new List<uint>();
        for (var i = 0; i < 109 && list.Count < count; i++)
        {
            list.Add(BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x4C + 4 * i)));
        }
        var difat = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x44));
        var buffer = new byte[sectorSize];
        for (var visited = 0; difat < 0xFFFFFFFA && list.Count < count && visited < 1024; visited++)
        {
            if (!ReadSector(stream, difat, sectorSize, buffer))
            {
                break;
            }
            for (var i = 0; i < sectorSize / 4 - 1 && list.Count < count; i++)
            {
                list.Add(BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(4 * i)));
            }
            difat = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(sectorSize - 4));
        }
        return list;
    }

    private static uint NextSector(Stream stream, List<uint> fatSectors, uint sector, int sectorSize)
    {
        var perSector = (uint)(sectorSize / 4);
        var index = sector / perSector;
        if (index >= fatSectors.Count)
        {
            return EndOfChain;
        }
        var buffer = new byte[sectorSize];
        if (!ReadSector(stream, fatSectors[(int)index], sectorSize, buffer))
        {
            return EndOfChain;
        }
        return BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan((int)(sector % perSector) * 4));
    }

    private static bool ReadSector(Stream stream, uint sector, int sectorSize, byte[] buffer)
    {
        // The last sector of a file may be cut short; what is missing reads as zeros.
        var offset = ((long)sector + 1) * sectorSize;
        if (sector >= 0xFFFFFFFA || offset >= stream.Length)
        {
            return false;
        }
        stream.Position = offset;
        var n = stream.ReadAtLeast(buffer, sectorSize, throwOnEndOfStream: false);
        Array.Clear(buffer, n, sectorSize - n);
        return true;
    }
}
