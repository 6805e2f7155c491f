using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using Mrs.Import.Docx.Ooxml;
using Mrs.Text.Messages;

namespace Mrs.Import.Docx.Package;

/// <summary>A relationship of a part: id, type, target (a part path or an external URI).</summary>
public sealed record PartRelationship(string Id, string Type, string Target, bool External);

/// <summary>
/// A Word package (OPC zip) opened defensively: signatures checked (encrypted and legacy files are named as such),
/// decompression capped in size and ratio (zip bombs), XML parsed without DTDs or external entities, ISO strict
/// namespaces mapped to transitional ones, and parts found through relationships rather than fixed names.
/// </summary>
public sealed class DocxPackage : IDisposable
{
    /// <summary>Largest expanded size of one part.</summary>
    public const long MaxPartBytes = 256L * 1024 * 1024;
    /// <summary>Largest expanded size of the whole package.</summary>
    public const long MaxTotalBytes = 1024L * 1024 * 1024;
    /// <summary>Largest compression ratio accepted for parts over 1 MB.</summary>
    public const int MaxRatio = 200;
    public const int MaxEntries = 20_000;
    /// <summary>Largest buffer allocated up front from a part's declared size, before its bytes are seen.</summary>
    private const int MaxPresizedBytes = 64 * 1024 * 1024;

    private readonly ZipArchive zip;
    private readonly Dictionary<string, ZipArchiveEntry> entries;
    private readonly Dictionary<string, string> contentTypesByPart = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> contentTypesByExtension = new(StringComparer.OrdinalIgnoreCase);
    private long expanded;

    public string MainPartPath { get; }
    public bool IsStrict { get; private set; }

    /// <summary>Notes that a part read by other means (<see cref="StreamContainers"/>) used ISO strict names.</summary>
    public void NoteStrict() => IsStrict = true;
    public List<string> Warnings { get; } = [];

    private DocxPackage(ZipArchive zip)
    {
        this.zip = zip;
        if (zip.Entries.Count > MaxEntries)
        {
            throw new ImportException(Catalog.Format("import.package.tooManyEntries", zip.Entries.Count, MaxEntries));
        }
        entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        long declared = 0;
        foreach (var e in zip.Entries)
        {
            var name = e.FullName.Replace('\\', '/').TrimStart('/');
            if (name.Split('/').Any(s => s == ".."))
            {
                Warnings.Add(Catalog.Format("import.package.outsidePath", e.FullName));
                continue;
            }
            declared += e.Length;
            if (e.Length > MaxPartBytes)
            {
                throw new ImportException(Catalog.Format("import.package.partTooLarge", name, e.Length / 1048576, MaxPartBytes / 1048576));
            }
            if (declared > MaxTotalBytes)
            {
                throw new ImportException(Catalog.Format("import.package.totalTooLarge", MaxTotalBytes / 1048576, name));
            }
            if (e.Length > 1024 * 1024 && e.CompressedLength > 0 && e.Length / e.CompressedLength > MaxRatio)
            {
                throw new ImportException(Catalog.Format("import.package.ratio", name, e.Length / e.CompressedLength));
            }
            if (!entries.TryAdd(name, e))
            {
                // OPC: part names are unique, compared without case; which copy counts would be a guess.
                throw new ImportException(Catalog.Format("import.package.duplicate", name));
            }
        }
        ReadContentTypes();
        MainPartPath = FindMainPart();
    }

    /// <summary>Opens a .docx/.dotx/.docm; throws <see cref="ImportException"/> with a one-line reason when it cannot.</summary>
    public static DocxPackage Open(string path)
    {
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ImportException(Catalog.Format("load.cannotRead", ex.Message));
        }
        try
        {
            CheckSignature(stream);
            var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
            try
            {
                return new DocxPackage(zip);
            }
            catch
            {
                zip.Dispose();
                throw;
            }
        }
        catch (InvalidDataException ex)
        {
            stream.Dispose();
            throw new ImportException(Catalog.Format("import.error.badZip", ex.Message.TrimEnd('.')));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>What the first bytes say a file is.</summary>
    public static FileSignature Sniff(string path)
    {
        using var stream = File.OpenRead(path);
        return Sniff(stream);
    }

    public static FileSignature Sniff(Stream stream)
    {
        Span<byte> head = stackalloc byte[8];
        var n = stream.ReadAtLeast(head, 8, throwOnEndOfStream: false);
        stream.Position = 0;
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] is 3 or 5 or 7)
        {
            return FileSignature.Zip;
        }
        if (n >= 8 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
        {
            return LooksEncrypted(stream) ? FileSignature.EncryptedOoxml : FileSignature.OleCompound;
        }
        if (n >= 5 && head[0] == '{' && head[1] == '\\' && head[2] == 'r' && head[3] == 't' && head[4] == 'f')
        {
            return FileSignature.Rtf;
        }
        return n == 0 ? FileSignature.Empty : FileSignature.Unknown;
    }

    private static bool LooksEncrypted(Stream stream)
    {
        // An encrypted OOXML file is an OLE container holding "EncryptionInfo" and "EncryptedPackage" streams
        // (their names are stored in UTF-16 in the directory sectors).
        var buffer = new byte[Math.Min(stream.Length, 4 * 1024 * 1024)];
        stream.ReadExactly(buffer);
        stream.Position = 0;
        var needle = System.Text.Encoding.Unicode.GetBytes("EncryptedPackage");
        return buffer.AsSpan().IndexOf(needle) >= 0;
    }

    private static void CheckSignature(Stream stream)
    {
        switch (Sniff(stream))
        {
            case FileSignature.Zip:
                return;
            case FileSignature.EncryptedOoxml:
                throw new ImportException(Catalog.Get("import.error.encrypted"));
            case FileSignature.OleCompound:
                throw new ImportException(Catalog.Get("import.error.legacyDoc"));
            case FileSignature.Rtf:
                throw new ImportException(Catalog.Get("import.error.rtf"));
            case FileSignature.Empty:
                throw new ImportException(Catalog.Get("import.error.empty"));
            default:
                throw new ImportException(Catalog.Get("import.error.notWord"));
        }
    }

    private void ReadContentTypes()
    {
        var types = LoadXml("[Content_Types].xml", optional: true);
        if (types is null)
        {
            Warnings.Add(Catalog.Get("import.package.noContentTypes"));
            return;
        }
        XNamespace ct = "http://schemas.openxmlformats.org/package/2006/content-types";
        foreach (var o in types.Root!.Elements(ct + "Override"))
        {
            var part = o.Attribute("PartName")?.Value.TrimStart('/');
            if (part is not null)
            {
                contentTypesByPart[Uri.UnescapeDataString(part)] = o.Attribute("ContentType")?.Value ?? "";
            }
        }
        foreach (var d in types.Root!.Elements(ct + "Default"))
        {
            var ext = d.Attribute("Extension")?.Value;
            if (ext is not null)
            {
                contentTypesByExtension[ext] = d.Attribute("ContentType")?.Value ?? "";
            }
        }
    }

    private string FindMainPart()
    {
        var rels = Relationships("");
        var main = rels.FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal) && !r.External);
        if (main is not null && entries.ContainsKey(main.Target))
        {
            return main.Target;
        }
        foreach (var candidate in new[] { "word/document.xml", "word/document2.xml" })
        {
            if (entries.ContainsKey(candidate))
            {
                Warnings.Add(Catalog.Format("import.package.mainGuessed", candidate));
                return candidate;
            }
        }
        var byType = contentTypesByPart.FirstOrDefault(kv => kv.Value.Contains("wordprocessingml.document.main", StringComparison.Ordinal)
            || kv.Value.Contains("wordprocessingml.template.main", StringComparison.Ordinal)
            || kv.Value.Contains("ms-word.document.macroEnabled.main", StringComparison.Ordinal)).Key;
        if (byType is not null && entries.ContainsKey(byType))
        {
            return byType;
        }
        if (entries.Keys.Any(k => k.StartsWith("xl/", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ImportException(Catalog.Get("import.error.excelX"));
        }
        if (entries.Keys.Any(k => k.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ImportException(Catalog.Get("import.error.powerpointX"));
        }
        throw new ImportException(Catalog.Get("import.error.noDocumentPart"));
    }

    public bool HasPart(string path) => entries.ContainsKey(path);

    public IEnumerable<string> PartNames => entries.Keys;

    public string ContentType(string part)
    {
        if (contentTypesByPart.TryGetValue(part, out var t))
        {
            return t;
        }
        var ext = Path.GetExtension(part).TrimStart('.');
        return contentTypesByExtension.TryGetValue(ext, out var byExt) ? byExt : "";
    }

    /// <summary>The relationships of a part ("" for the package itself).</summary>
    public IReadOnlyList<PartRelationship> Relationships(string part)
    {
        if (relationshipCache.TryGetValue(part, out var known))
        {
            return known;
        }
        var read = ReadRelationships(part);
        relationshipCache[part] = read;
        return read;
    }

    private readonly Dictionary<string, IReadOnlyList<PartRelationship>> relationshipCache = new(StringComparer.Ordinal);

    private IReadOnlyList<PartRelationship> ReadRelationships(string part)
    {
        var folder = part.Contains('/') ? part[..part.LastIndexOf('/')] : "";
        var relsPath = (folder.Length == 0 ? "" : folder + "/") + "_rels/" + Path.GetFileName(part) + ".rels";
        var doc = LoadXml(relsPath, optional: true);
        if (doc is null)
        {
            return [];
        }
        XNamespace pr = "http://schemas.openxmlformats.org/package/2006/relationships";
        var result = new List<PartRelationship>();
        foreach (var r in doc.Root!.Elements(pr + "Relationship"))
        {
            var id = r.Attribute("Id")?.Value ?? "";
            var type = NormalizeNamespace(r.Attribute("Type")?.Value ?? "");
            var target = r.Attribute("Target")?.Value ?? "";
            var external = string.Equals(r.Attribute("TargetMode")?.Value, "External", StringComparison.OrdinalIgnoreCase);
            result.Add(new PartRelationship(id, type, external ? target : ResolvePath(folder, target), external));
        }
        return result;
    }

    /// <summary>A part related to <paramref name="part"/> by a relationship type ending in <paramref name="typeSuffix"/>.</summary>
    public string? RelatedPart(string part, string typeSuffix) =>
        Relationships(part).FirstOrDefault(r => !r.External && r.Type.EndsWith(typeSuffix, StringComparison.Ordinal)
            && entries.ContainsKey(r.Target))?.Target;

    private static string ResolvePath(string folder, string target)
    {
        target = Uri.UnescapeDataString(target.Replace('\\', '/'));
        var combined = target.StartsWith('/') ? target.TrimStart('/') : (folder.Length == 0 ? target : folder + "/" + target);
        var stack = new List<string>();
        foreach (var segment in combined.Split('/'))
        {
            if (segment == "..")
            {
                if (stack.Count > 0)
                {
                    stack.RemoveAt(stack.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                stack.Add(segment);
            }
        }
        return string.Join('/', stack);
    }

    /// <summary>The bytes of a part, read with the size caps.</summary>
    public byte[] ReadBytes(string part)
    {
        if (!entries.TryGetValue(part, out var entry))
        {
            throw new ImportException(Catalog.Format("import.package.noPart", part));
        }
        using var source = OpenLimited(entry);
        // Sized as declared (the stream checks the declaration at its end), so that the bytes are neither grown nor copied.
        using var memory = new MemoryStream((int)Math.Min(entry.Length, MaxPresizedBytes));
        source.CopyTo(memory);
        return memory.Length == memory.Capacity ? memory.GetBuffer() : memory.ToArray();
    }

    private LimitedStream OpenLimited(ZipArchiveEntry entry)
    {
        try
        {
            return new LimitedStream(entry.Open(), Math.Min(MaxPartBytes, MaxTotalBytes - expanded), n => expanded += n, entry.FullName, entry.Length,
                entry.Crc32);
        }
        catch (InvalidDataException ex)
        {
            throw new ImportException(Catalog.Format("import.package.damaged", entry.FullName, ex.Message.TrimEnd('.')));
        }
    }

    /// <summary>Loads an XML part safely; null when optional and absent.</summary>
    public XDocument? LoadXml(string part, bool optional = false)
    {
        if (!entries.TryGetValue(part, out var entry))
        {
            return optional ? null : throw new ImportException(Catalog.Format("import.package.noPart", part));
        }
        var (doc, strict) = ParseDocument(part, OpenLimited(entry));
        IsStrict |= strict;
        return doc;
    }

    /// <summary>
    /// Starts reading the children of the elements named <paramref name="container"/> under the root of an XML part (the
    /// blocks of w:body) on another processor: the part is inflated and checked here, as every read of the zip is (one
    /// thread at a time), and parsed there, each child handed over as soon as it has been read (<see cref="StreamedPart"/>).
    /// </summary>
    public StreamedPart StreamContainers(string part, XName container)
    {
        var bytes = ReadBytes(part);
        var streamed = new StreamedPart();
        var writer = new StreamedPart.Writer(streamed);
        // A thread of its own, not the pool's: the reading thread waits for it, and in a build every pool thread may be
        // such a reader.
        Task.Factory.StartNew(() =>
        {
            try
            {
                var strict = ParseXml(part, new MemoryStream(bytes, writable: false), reader => StreamContainers(reader, container, writer));
                if (strict is null)
                {
                    // a strict root (or none): the whole part is loaded and its names rewritten, then handed over
                    var (doc, rewritten) = ParseDocument(part, new MemoryStream(bytes, writable: false));
                    foreach (var found in doc.Root?.Elements(container) ?? [])
                    {
                        writer.Container(doc.Root!, found);
                        foreach (var child in found.Elements())
                        {
                            writer.Child(child);
                        }
                    }
                    strict = rewritten;
                }
                writer.End(strict.Value);
            }
            catch (Exception ex)
            {
                writer.Fail(ex);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return streamed;
    }

    /// <summary>
    /// Reads a part as <see cref="XDocument.Load(XmlReader, LoadOptions)"/> would, handing over the children of each
    /// container as they are read; whether strict names were met, or null, having handed over nothing, when the root is
    /// missing or strict (the caller then loads the part whole).
    /// </summary>
    private static bool? StreamContainers(DepthLimitedXmlReader reader, XName container, StreamedPart.Writer writer)
    {
        if (reader.MoveToContent() != XmlNodeType.Element || reader.SawStrictNamespace)
        {
            return null;
        }
        var root = Shell(reader);
        if (!reader.IsEmptyElement)
        {
            reader.Read();
            while (reader.Depth >= 1 && !reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                }
                else if (reader.LocalName != container.LocalName || StrictNamespaces.Map(reader.NamespaceURI) != container.NamespaceName)
                {
                    reader.Skip();
                }
                else
                {
                    var shell = Shell(reader);
                    writer.Container(root, shell);
                    if (reader.IsEmptyElement)
                    {
                        reader.Read();
                        continue;
                    }
                    reader.Read();
                    while (reader.Depth >= 2 && !reader.EOF)
                    {
                        if (reader.NodeType != XmlNodeType.Element)
                        {
                            reader.Read();
                            continue;
                        }
                        var child = (XElement)XNode.ReadFrom(reader);
                        if (reader.SawStrictNamespace)
                        {
                            StrictNamespaces.Rewrite(child);
                        }
                        writer.Child(child);
                    }
                    reader.Read(); // the container's end
                }
            }
        }
        while (reader.Read())
        {
            // the rest of the part, so that it is checked as a load would check it
        }
        return reader.SawStrictNamespace;
    }

    /// <summary>An element with its attributes (namespace declarations included) and no content, named as XLinq names them.</summary>
    private static XElement Shell(XmlReader reader)
    {
        var element = new XElement(XNamespace.Get(reader.NamespaceURI) + reader.LocalName);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                var ns = reader.Prefix.Length == 0 ? XNamespace.None : XNamespace.Get(reader.NamespaceURI);
                element.Add(new XAttribute(ns + reader.LocalName, reader.Value));
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        return element;
    }

    /// <summary>
    /// Parses a part into a tree. The reader notes ISO strict names as it goes, so the tree is walked again, to map them
    /// to transitional names, only for a strict part. Uses nothing of the package: safe on any thread.
    /// </summary>
    private static (XDocument Doc, bool Strict) ParseDocument(string part, Stream stream) =>
        ParseXml(part, stream, reader =>
        {
            var loaded = XDocument.Load(reader, LoadOptions.None);
            return (loaded, reader.SawStrictNamespace && StrictNamespaces.Rewrite(loaded));
        });

    /// <summary>
    /// How many children of the root element an XML part has with the given name (ISO strict names read as transitional),
    /// in one streaming pass without building the tree; 0 when the part is absent.
    /// </summary>
    public int CountRootChildren(string? part, XName name)
    {
        if (part is null || !entries.ContainsKey(part))
        {
            return 0;
        }
        return ReadXml(part, reader =>
        {
            var count = 0;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1 && reader.LocalName == name.LocalName
                    && StrictNamespaces.Map(reader.NamespaceURI) == name.NamespaceName)
                {
                    count++;
                }
            }
            return count;
        });
    }

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
    };

    /// <summary>Reads an XML part through <paramref name="read"/> with the size, checksum, DTD and depth guards.</summary>
    private T ReadXml<T>(string part, Func<DepthLimitedXmlReader, T> read) => ParseXml(part, OpenLimited(entries[part]), read);

    /// <summary>Reads <paramref name="stream"/>, the content of <paramref name="part"/>, through <paramref name="read"/>.</summary>
    private static T ParseXml<T>(string part, Stream source, Func<DepthLimitedXmlReader, T> read)
    {
        try
        {
            using var stream = source;
            using var reader = new DepthLimitedXmlReader(XmlReader.Create(stream, XmlSettings), part);
            var result = read(reader);
            stream.CopyTo(Stream.Null); // what follows the root element, so that the part's size and checksum are checked
            return result;
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new ImportException(Catalog.Format("import.package.dtd", part));
        }
        catch (XmlException ex)
        {
            throw new ImportException(Catalog.Format("import.package.notWellFormed", part, ex.LineNumber, ex.LinePosition,
                ex.Message.Split(" Line ")[0].TrimEnd('.')));
        }
        catch (InvalidDataException ex)
        {
            throw new ImportException(Catalog.Format("import.package.truncated", part, ex.Message.TrimEnd('.')));
        }
    }

    internal static string NormalizeNamespace(string uri) => StrictNamespaces.Map(uri);

    public void Dispose() => zip.Dispose();

    /// <summary>
    /// A read-only stream over a zip entry that stops at a byte limit, and at its end checks that the entry held the
    /// size and checksum it declares: an entry that says it is smaller than it is would otherwise be cut short silently
    /// (a compressed one) or read beyond its size (a stored one).
    /// </summary>
    private sealed class LimitedStream(Stream inner, long limit, Action<long> counted, string name, long declared, uint crc) : Stream
    {
        private long read;
        private readonly System.IO.Hashing.Crc32 running = new();
        private bool checkedEnd;

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n;
            try
            {
                n = inner.Read(buffer, offset, count);
            }
            catch (InvalidDataException ex)
            {
                throw new ImportException(Catalog.Format("import.package.truncated", name, ex.Message.TrimEnd('.')));
            }
            read += n;
            counted(n);
            if (read > limit)
            {
                throw new ImportException(Catalog.Format("import.package.expandsBeyond", name, limit / 1048576));
            }
            running.Append(buffer.AsSpan(offset, n));
            if (n == 0 && count > 0 && !checkedEnd)
            {
                checkedEnd = true;
                if (read != declared)
                {
                    throw new ImportException(Catalog.Format("import.package.sizeMismatch", name, declared, read));
                }
                if (running.GetCurrentHashAsUInt32() != crc)
                {
                    throw new ImportException(Catalog.Format("import.package.checksum", name));
                }
            }
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}

public enum FileSignature
{
    Zip,
    OleCompound,
    EncryptedOoxml,
    Rtf,
    Empty,
    Unknown,
}

/// <summary>ISO/IEC 29500 strict namespaces and their transitional equivalents.</summary>
internal static class StrictNamespaces
{
    /// <summary>What every strict namespace starts with.</summary>
    public const string Prefix = "http://purl.oclc.org/ooxml/";

    private static readonly (string Strict, string Transitional)[] Pairs =
    [
        ("http://purl.oclc.org/ooxml/wordprocessingml/main", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
        ("http://purl.oclc.org/ooxml/officeDocument/relationships", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        ("http://purl.oclc.org/ooxml/officeDocument/math", "http://schemas.openxmlformats.org/officeDocument/2006/math"),
        ("http://purl.oclc.org/ooxml/drawingml/main", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        ("http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
        ("http://purl.oclc.org/ooxml/drawingml/picture", "http://schemas.openxmlformats.org/drawingml/2006/picture"),
        ("http://purl.oclc.org/ooxml/officeDocument/extendedProperties", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
    ];

    public static string Map(string uri)
    {
        foreach (var (strict, transitional) in Pairs)
        {
            if (uri.StartsWith(strict, StringComparison.Ordinal))
            {
                return transitional + uri[strict.Length..];
            }
        }
        return uri;
    }

    /// <summary>Rewrites strict names in place; true when the document used any.</summary>
    public static bool Rewrite(XDocument doc) => doc.Root is { } root && Rewrite(root);

    /// <summary>Rewrites strict names in place in an element and its descendants; true when they used any.</summary>
    public static bool Rewrite(XElement root)
    {
        if (!root.DescendantsAndSelf()
            .Any(e => e.Name.NamespaceName.StartsWith("http://purl.oclc.org/ooxml/", StringComparison.Ordinal)))
        {
            return false;
        }
        foreach (var e in root.DescendantsAndSelf())
        {
            var ns = Map(e.Name.NamespaceName);
            if (!ReferenceEquals(ns, e.Name.NamespaceName))
            {
                e.Name = XNamespace.Get(ns) + e.Name.LocalName;
            }
            var attributes = e.Attributes().ToList();
            if (attributes.Any(a => a.IsNamespaceDeclaration || a.Name.NamespaceName.StartsWith("http://purl.oclc.org/", StringComparison.Ordinal)))
            {
                e.ReplaceAttributes(attributes
                    .Where(a => !a.IsNamespaceDeclaration)
                    .Select(a => new XAttribute(XNamespace.Get(Map(a.Name.NamespaceName)) + a.Name.LocalName, a.Value)));
            }
        }
        return true;
    }
}
