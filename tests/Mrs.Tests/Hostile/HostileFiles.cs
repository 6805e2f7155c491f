using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Mrs.Tests.Hostile;

/// <summary>Hostile Word packages and parts, made in the tests: the parts are written as given, nothing is checked.</summary>
public static class HostileFiles
{
    public const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Default Extension="png" ContentType="image/png"/>
          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
        </Types>
        """;

    public const string PackageRels = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
        </Relationships>
        """;

    /// <summary>word/document.xml around a body.</summary>
    public static string Document(string body) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{Main}" xmlns:r="{R}"><w:body>{body}</w:body></w:document>""";

    /// <summary>word/_rels/document.xml.rels holding these relationships.</summary>
    public static string DocumentRels(string relationships) =>
        """<?xml version="1.0" encoding="UTF-8"?><Relationships """
            + $"""xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{relationships}</Relationships>""";

    public static (string Name, byte[] Content) Part(string name, string text) => (name, Encoding.UTF8.GetBytes(text));

    /// <summary>A package of a body, with more parts after the usual ones.</summary>
    public static byte[] Docx(string body, params (string Name, byte[] Content)[] more) =>
        Zip(CompressionLevel.Optimal,
            [Part("[Content_Types].xml", ContentTypes), Part("_rels/.rels", PackageRels), Part("word/document.xml", Document(body)), .. more]);

    /// <summary>A zip of these entries in this order (duplicates kept), compressed or stored.</summary>
    public static byte[] Zip(CompressionLevel level, IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, level).Open();
                stream.Write(content);
            }
        }
        return memory.ToArray();
    }

    /// <summary>
    /// The zip with the uncompressed size of entry <paramref name="name"/> declared as <paramref name="declared"/> bytes
    /// in both its local header and the central directory (CRC and data left as they are).
    /// </summary>
    public static byte[] WithDeclaredSize(byte[] zip, string name, uint declared)
    {
        var bytes = (byte[])zip.Clone();
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50 && Matches(bytes, i + 30, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 26)), nameBytes))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), declared);
            }
            else if (signature == 0x02014b50 && Matches(bytes, i + 46, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 28)), nameBytes))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), declared);
            }
        }
        return bytes;
    }

    private static bool Matches(byte[] bytes, int at, int length, byte[] name) =>
        length == name.Length && at + length <= bytes.Length && bytes.AsSpan(at, length).SequenceEqual(name);

    /// <summary>A paragraph of plain text.</summary>
    public static string P(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:p>";

    /// <summary><paramref name="depth"/> tables, each in the only cell of the one around it.</summary>
    public static string NestedTables(int depth) =>
        string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", depth)) + P("deep")
            + string.Concat(Enumerable.Repeat("</w:tc></w:tr></w:tbl>", depth));

    /// <summary><paramref name="depth"/> block content controls, each in the one around it.</summary>
    public static string NestedContentControls(int depth) =>
        string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth)) + P("deep")
            + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth));

    /// <summary>A minimal 1×1 PNG.</summary>
    public static byte[] Png { get; } =
        Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}
