using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mrs.Serialization;

/// <summary>
/// Writes a JSON tree as the model's JSON text: two-space indentation, LF line ends, characters written as themselves
/// (CJK included), only what JSON requires escaped (quote, backslash, control characters) plus U+2028/U+2029.
/// </summary>
internal static class JsonTextWriter
{
    public static void Write(JsonElement element, StringBuilder output)
    {
        WriteValue(element, output, 0);
        output.Append('\n');
    }

    private static void WriteValue(JsonElement element, StringBuilder output, int indent)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(element, output, indent);
                break;
            case JsonValueKind.Array:
                WriteArray(element, output, indent);
                break;
            case JsonValueKind.String:
                WriteString(element.GetString()!, output);
                break;
            case JsonValueKind.Number:
                output.Append(element.GetRawText());
                break;
            case JsonValueKind.True:
                output.Append("true");
                break;
            case JsonValueKind.False:
                output.Append("false");
                break;
            default:
                output.Append("null");
                break;
        }
    }

    private static void WriteObject(JsonElement element, StringBuilder output, int indent)
    {
        var first = true;
        foreach (var property in element.EnumerateObject())
        {
            output.Append(first ? "{\n" : ",\n");
            first = false;
            output.Append(' ', (indent + 1) * 2);
            WriteString(property.Name, output);
            output.Append(": ");
            WriteValue(property.Value, output, indent + 1);
        }
        if (first)
        {
            output.Append("{}");
            return;
        }
        output.Append('\n').Append(' ', indent * 2).Append('}');
    }

    private static void WriteArray(JsonElement element, StringBuilder output, int indent)
    {
        var first = true;
        foreach (var item in element.EnumerateArray())
        {
            output.Append(first ? "[\n" : ",\n");
            first = false;
            output.Append(' ', (indent + 1) * 2);
            WriteValue(item, output, indent + 1);
        }
        if (first)
        {
            output.Append("[]");
            return;
        }
        output.Append('\n').Append(' ', indent * 2).Append(']');
    }

    internal static void WriteString(string value, StringBuilder output)
    {
        output.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                case '\b': output.Append("\\b"); break;
                case '\f': output.Append("\\f"); break;
                default:
                    if (c < 0x20 || c == '\u007f' || c == '\u2028' || c == '\u2029')
                    {
                        output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        output.Append(c);
                    }
                    break;
            }
        }
        output.Append('"');
    }
}
