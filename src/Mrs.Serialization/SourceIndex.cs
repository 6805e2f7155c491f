using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Mrs.Serialization;

/// <summary>
/// The place of every node of a model file, made in one pass over its text: for a model with many findings, looking
/// each up with <see cref="SourceLocator.Locate"/> reads the text again each time (2 000 findings in a 300 KB file took
/// 20 s). Gives the same places: the node at the pointer, else its nearest ancestor; a member at its key when asked.
/// </summary>
internal sealed class SourceIndex
{
    private readonly Dictionary<string, (int Line, int Column)> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)> keys = new(StringComparer.Ordinal);

    public (int Line, int Column) Locate(string pointer, bool preferKey)
    {
        var tokens = SourceLocator.ParsePointer(pointer);
        for (var k = tokens.Count; k >= 0; k--)
        {
            var p = string.Concat(tokens.Take(k).Select(t => "/" + Escape(t)));
            if (values.TryGetValue(p, out var position))
            {
                return preferKey && k == tokens.Count && keys.TryGetValue(p, out var key) ? key : position;
            }
        }
        return (1, 1);
    }

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static SourceIndex? Build(ReadOnlyMemory<byte> utf8, ModelFormat format)
    {
        var index = new SourceIndex();
        try
        {
            if (format == ModelFormat.Json)
            {
                index.AddJson(utf8.Span);
            }
            else
            {
                index.AddYaml(utf8);
            }
            return index;
        }
        catch (Exception ex) when (ex is YamlException or JsonException or InvalidOperationException)
        {
            return null; // the reader refused it already; the slow path copes with what remains
        }
    }

    private sealed class Frame(string pointer, bool mapping)
    {
        public string Pointer { get; } = pointer;
        public bool Mapping { get; } = mapping;
        public bool ExpectKey { get; set; } = true;
        public string Key { get; set; } = "";
        public (int, int) KeyAt { get; set; }
        public int Index { get; set; }
    }

    private void AddYaml(ReadOnlyMemory<byte> utf8)
    {
        var bytes = utf8.ToArray();
        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        var parser = new Parser(reader);
        var frames = new Stack<Frame>();
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            switch (e)
            {
                case MappingEnd or SequenceEnd:
                    frames.Pop();
                    break;
                case Scalar or MappingStart or SequenceStart or AnchorAlias:
                    var at = ((int)e.Start.Line, (int)e.Start.Column);
                    if (frames.TryPeek(out var top) && top.Mapping && top.ExpectKey)
                    {
                        top.Key = e is Scalar s ? s.Value : "";
                        top.KeyAt = at;
                        top.ExpectKey = false;
                        break;
                    }
                    var pointer = top is null ? "" : top.Mapping ? top.Pointer + "/" + Escape(top.Key) : top.Pointer + "/" + top.Index++;
                    values.TryAdd(pointer, at);
                    if (top is { Mapping: true })
                    {
                        keys.TryAdd(pointer, top.KeyAt);
                        top.ExpectKey = true;
                    }
                    if (e is MappingStart or SequenceStart)
                    {
                        frames.Push(new Frame(pointer, e is MappingStart));
                    }
                    break;
            }
        }
    }

    private void AddJson(ReadOnlySpan<byte> bytes)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }
        (int, int) At(ReadOnlySpan<byte> all, long offset)
        {
            var line = lineStarts.BinarySearch((int)offset);
            line = line >= 0 ? line : ~line - 1;
            return (line + 1, 1 + Encoding.UTF8.GetCharCount(all[lineStarts[line]..(int)offset]));
        }
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 1024, CommentHandling = JsonCommentHandling.Skip });
        var frames = new Stack<Frame>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    var owner = frames.Peek();
                    owner.Key = reader.GetString()!;
                    owner.KeyAt = At(bytes, reader.TokenStartIndex);
                    break;
                default:
                    var at = At(bytes, reader.TokenStartIndex);
                    frames.TryPeek(out var top);
                    var pointer = top is null ? "" : top.Mapping ? top.Pointer + "/" + Escape(top.Key) : top.Pointer + "/" + top.Index++;
                    values.TryAdd(pointer, at);
                    if (top is { Mapping: true })
                    {
                        keys.TryAdd(pointer, top.KeyAt);
                    }
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        frames.Push(new Frame(pointer, reader.TokenType == JsonTokenType.StartObject));
                    }
                    break;
            }
        }
    }
}
