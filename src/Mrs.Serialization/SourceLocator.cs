using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Mrs.Serialization;

/// <summary>
/// Finds where a JSON pointer lands in the model file's text, so that findings can say file:line:col. Positions are
/// looked up only when a finding needs one: a second pass over the text, never a table kept for every node.
/// </summary>
public static class SourceLocator
{
    /// <summary>Returns the 1-based (line, column) of the node at <paramref name="pointer"/>, or of the nearest
    /// ancestor that exists. With <paramref name="preferKey"/>, a member is located at its key rather than its value.</summary>
    public static (int Line, int Column) Locate(ReadOnlyMemory<byte> utf8, ModelFormat format, string pointer, bool preferKey = false)
    {
        var tokens = ParsePointer(pointer);
        try
        {
            return format == ModelFormat.Json ? LocateJson(utf8.Span, tokens, preferKey) : LocateYaml(utf8, tokens, preferKey);
        }
        catch (Exception ex) when (ex is YamlException or JsonException)
        {
            return (1, 1);
        }
    }

    public static IReadOnlyList<string> ParsePointer(string pointer)
    {
        if (string.IsNullOrEmpty(pointer))
        {
            return [];
        }
        return pointer.TrimStart('#').Split('/').Skip(1)
            .Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
    }

    private static (int, int) LocateYaml(ReadOnlyMemory<byte> utf8, IReadOnlyList<string> tokens, bool preferKey)
    {
        var stream = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(utf8, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(utf8.ToArray(), writable: false);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        var parser = new Parser(reader);
        // Walk down one token at a time, skipping siblings.
        var best = (1, 1);
        parser.Consume<StreamStart>();
        if (!parser.Accept<DocumentStart>(out _))
        {
            return best;
        }
        parser.Consume<DocumentStart>();
        var depth = 0;
        while (true)
        {
            var node = parser.Current!;
            best = Pos(node.Start);
            if (depth == tokens.Count)
            {
                return best;
            }
            var token = tokens[depth];
            if (node is MappingStart)
            {
                parser.MoveNext();
                var found = false;
                while (parser.Current is not MappingEnd)
                {
                    var key = parser.Consume<Scalar>();
                    if (key.Value == token)
                    {
                        if (preferKey && depth == tokens.Count - 1)
                        {
                            return Pos(key.Start);
                        }
                        found = true;
                        break;
                    }
                    parser.SkipThisAndNestedEvents();
                }
                if (!found)
                {
                    return best;
                }
            }
            else if (node is SequenceStart && int.TryParse(token, out var index))
            {
                parser.MoveNext();
                for (var i = 0; i < index && parser.Current is not SequenceEnd; i++)
                {
                    parser.SkipThisAndNestedEvents();
                }
                if (parser.Current is SequenceEnd)
                {
                    return best;
                }
            }
            else
            {
                return best;
            }
            depth++;
        }
    }

    private static (int, int) Pos(Mark mark) => ((int)mark.Line, (int)mark.Column);

    private static (int, int) LocateJson(ReadOnlySpan<byte> bytes, IReadOnlyList<string> tokens, bool preferKey)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 1024, CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read())
        {
            return (1, 1);
        }
        long best = reader.TokenStartIndex;
        for (var depth = 0; depth < tokens.Count; depth++)
        {
            var token = tokens[depth];
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                var found = false;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var keyStart = reader.TokenStartIndex;
                    var name = reader.GetString();
                    reader.Read();
                    if (name == token)
                    {
                        best = preferKey && depth == tokens.Count - 1 ? keyStart : reader.TokenStartIndex;
                        found = true;
                        break;
                    }
                    reader.Skip();
                }
                if (!found)
                {
                    break;
                }
            }
            else if (reader.TokenType == JsonTokenType.StartArray && int.TryParse(token, out var index))
            {
                var found = false;
                var i = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (i++ == index)
                    {
                        best = reader.TokenStartIndex;
                        found = true;
                        break;
                    }
                    reader.Skip();
                }
                if (!found)
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }
        return LineColumn(bytes, best);
    }

    /// <summary>1-based line and column (in characters) of a UTF-8 byte offset.</summary>
    public static (int Line, int Column) LineColumn(ReadOnlySpan<byte> bytes, long offset)
    {
        var line = 1;
        var lineStart = 0;
        var end = (int)Math.Min(offset, bytes.Length);
        for (var i = 0; i < end; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        var column = 1 + Encoding.UTF8.GetCharCount(bytes[lineStart..end]);
        return (line, column);
    }
}
