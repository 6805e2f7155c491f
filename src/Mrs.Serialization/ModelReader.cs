using System.Text;
using System.Text.Json;
using Mrs.Model;
using Mrs.Text.Messages;

namespace Mrs.Serialization;

/// <summary>A model file read from disk: its text, its JSON tree, the model (when schema-valid) and the problems found.</summary>
public sealed class LoadedModel : IDisposable
{
    public required string Path { get; init; }
    /// <summary>The file's bytes (UTF-8), kept to locate findings.</summary>
    public required ReadOnlyMemory<byte> Bytes { get; init; }
    public required ModelFormat Format { get; init; }
    public required JsonDocument Tree { get; init; }
    public required IReadOnlyList<SchemaViolation> SchemaViolations { get; init; }
    /// <summary>The model; null when the tree violates the schema.</summary>
    public StandardDocument? Document { get; init; }

    /// <summary>
    /// Where a pointer lands in the file. The first lookups read the text each time; after
    /// <see cref="LookupsBeforeIndex"/> of them (a model with many findings) one index of every node answers the rest,
    /// so that the time stays linear in the findings (for files up to <see cref="MaxIndexedBytes"/>).
    /// </summary>
    public (int Line, int Column) Locate(string pointer, bool preferKey = false)
    {
        if (index is null && Interlocked.Increment(ref lookups) > LookupsBeforeIndex && Bytes.Length <= MaxIndexedBytes)
        {
            lock (indexLock)
            {
                index ??= SourceIndex.Build(Bytes, Format);
            }
        }
        return index?.Locate(pointer, preferKey) ?? SourceLocator.Locate(Bytes, Format, pointer, preferKey);
    }

    private const int LookupsBeforeIndex = 16;
    private const long MaxIndexedBytes = 64L * 1024 * 1024;
    private int lookups;
    private volatile SourceIndex? index;
    private readonly Lock indexLock = new();

    public void Dispose() => Tree.Dispose();
}

/// <summary>
/// Reads clause-model files (*.std.yaml, *.std.json): checks the encoding, parses strictly, checks the JSON Schema, then
/// builds the model. Unreadable files throw <see cref="ModelReadException"/> with a line and column.
/// </summary>
public static class ModelReader
{
    /// <summary>Model files larger than this are refused before parsing.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    public static LoadedModel Load(string path, long maxBytes = DefaultMaxBytes)
    {
        if (FileKinds.Of(path) == FileKind.Folder)
        {
            throw new ModelReadException(Catalog.Get("model.folder"), 0, 0);
        }
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException(Catalog.Get("load.noSuchFile"), path);
        }
        if (info.Length > maxBytes)
        {
            throw new ModelReadException(Catalog.Format("model.tooLarge", info.Length / 1048576.0, maxBytes / 1048576), 0, 0);
        }
        return Parse(ReadAtMost(path, maxBytes), ModelFormats.FromPath(path), path);
    }

    /// <summary>
    /// The bytes of a file, read until its end but never more than <paramref name="maxBytes"/>: a pipe or a device
    /// (/dev/stdin, /dev/zero) has no size to check beforehand.
    /// </summary>
    private static byte[] ReadAtMost(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None);
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            if (memory.Length + n > maxBytes)
            {
                throw new ModelReadException(Catalog.Format("model.largerThan", maxBytes / 1048576), 0, 0);
            }
            memory.Write(buffer, 0, n);
            if (Array.IndexOf(buffer, (byte)0, 0, n) >= 0)
            {
                break; // not text (/dev/zero, a binary file): the encoding check says where, without reading on
            }
        }
        return memory.ToArray();
    }

    public static LoadedModel Parse(byte[] bytes, ModelFormat format, string path = "<input>")
    {
        CheckEncoding(bytes);
        var tree = ParseTree(bytes, format);
        var violations = ModelSchema.Evaluate(tree.RootElement);
        StandardDocument? document = null;
        if (violations.Count == 0)
        {
            try
            {
                document = ModelTreeReader.Read(tree.RootElement);
            }
            catch (JsonException ex)
            {
                tree.Dispose();
                var (line, column) = SourceLocator.Locate(bytes, format,
                    (ex.Path ?? "$").Replace("$", "", StringComparison.Ordinal).Replace('.', '/'));
                throw new ModelReadException(Catalog.Format("model.cannotBuild", ex.Message), line, column);
            }
        }
        return new LoadedModel { Path = path, Bytes = bytes, Format = format, Tree = tree, SchemaViolations = violations, Document = document };
    }

    /// <summary>Reads model text that must be valid; throws <see cref="ModelReadException"/> naming the first problem.</summary>
    public static StandardDocument ReadValid(string text, ModelFormat format)
    {
        using var loaded = Parse(Encoding.UTF8.GetBytes(text), format);
        if (loaded.Document is null)
        {
            var v = loaded.SchemaViolations[0];
            var (line, column) = loaded.Locate(v.Pointer, v.AtKey);
            throw new ModelReadException($"{(v.Pointer.Length == 0 ? "/" : v.Pointer)}: {v.Message}", line, column);
        }
        return loaded.Document;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static void CheckEncoding(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            throw new ModelReadException(Catalog.Get("model.bom"), 1, 1);
        }
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            throw new ModelReadException(Catalog.Get("model.utf16"), 1, 1);
        }
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            var index = 0;
            try
            {
                StrictUtf8.GetCharCount(bytes);
            }
            catch (DecoderFallbackException ex)
            {
                index = Math.Max(0, ex.Index);
            }
            var (line, column) = SourceLocator.LineColumn(bytes, index);
            throw new ModelReadException(Catalog.Get("model.notUtf8"), line, column);
        }
        if (IsBlank(bytes))
        {
            throw new ModelReadException(Catalog.Get("model.empty"), 1, 1);
        }
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            var (line, column) = SourceLocator.LineColumn(bytes, nul);
            throw new ModelReadException(Catalog.Get("model.nul"), line, column);
        }
    }

    /// <summary>True when the file holds only white space and YAML comments.</summary>
    private static bool IsBlank(byte[] bytes)
    {
        var inComment = false;
        foreach (var b in bytes)
        {
            if (b == (byte)'\n')
            {
                inComment = false;
            }
            else if (!inComment)
            {
                if (b == (byte)'#')
                {
                    inComment = true;
                }
                else if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static JsonDocument ParseTree(byte[] bytes, ModelFormat format)
    {
        var options = new JsonDocumentOptions { MaxDepth = ModelLimits.MaxDepth };
        if (format == ModelFormat.Json)
        {
            JsonChecks.RejectDuplicateKeys(bytes);
            try
            {
                return JsonDocument.Parse(bytes, options);
            }
            catch (JsonException ex)
            {
                throw JsonSyntax(ex);
            }
        }
        var json = YamlToJson.Convert(bytes);
        var document = JsonDocument.Parse(json, options);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new ModelReadException(Catalog.Get("model.topLevel"), 1, 1);
        }
        return document;
    }

    /// <summary>A JSON syntax error at its place; nesting beyond the limit is said as the YAML reader says it.</summary>
    internal static ModelReadException JsonSyntax(JsonException ex)
    {
        var message = ex.Message.Contains("maximum configured depth", StringComparison.Ordinal)
            ? Catalog.Format("yaml.tooDeep", ModelLimits.MaxDepth)
            : Catalog.Format("json.syntax", FirstSentence(ex.Message));
        return new ModelReadException(message, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
    }

    internal static string FirstSentence(string message)
    {
        var i = message.IndexOf(" Path:", StringComparison.Ordinal);
        var m = i > 0 ? message[..i] : message;
        i = m.IndexOf(" LineNumber:", StringComparison.Ordinal);
        m = i > 0 ? m[..i] : m;
        i = m.IndexOf(". ", StringComparison.Ordinal);
        m = i > 0 ? m[..i] : m;
        return m.Trim().TrimEnd('.', ' ');
    }
}

internal static class JsonChecks
{
    /// <summary>Throws at the first duplicate key: JSON allows them, but a model file with one is ambiguous.</summary>
    public static void RejectDuplicateKeys(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = ModelLimits.MaxDepth });
        var stack = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        stack.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.StartArray:
                        stack.Push(null);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        if (!stack.Peek()!.Add(name))
                        {
                            var (line, column) = SourceLocator.LineColumn(bytes, reader.TokenStartIndex);
                            throw new ModelReadException(Catalog.Format("yaml.duplicateKey", name), line, column);
                        }
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            throw ModelReader.JsonSyntax(ex);
        }
    }
}
