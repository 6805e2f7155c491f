using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mrs.Serialization;

/// <summary>
/// Writes a JSON tree as block-style YAML that every YAML 1.1 and 1.2 reader reads back to the same tree: strings that
/// could be taken for numbers, booleans, nulls or dates ("4.1", "yes", "2020-03-31") are quoted, multi-line text uses
/// literal blocks, anything unusual is double-quoted with escapes. Keys keep the tree's order.
/// </summary>
internal static class YamlTextWriter
{
    public static void Write(JsonElement root, StringBuilder output)
    {
        switch (root.ValueKind)
        {
            case JsonValueKind.Object when HasItems(root):
                WriteMappingBody(root, output, 0);
                break;
            case JsonValueKind.Array when HasItems(root):
                WriteSequenceBody(root, output, 0);
                break;
            default:
                WriteScalar(root, output, 0);
                output.Append('\n');
                break;
        }
    }

    private static bool HasItems(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object ? e.EnumerateObject().Any() : e.GetArrayLength() > 0;

    private static bool IsCollection(JsonElement e) =>
        e.ValueKind is JsonValueKind.Object or JsonValueKind.Array && HasItems(e);

    /// <summary>
    /// Writes "key: value" lines at the given indentation; the first line's indentation is already written when <paramref name="firstInline"/>.
    /// </summary>
    private static void WriteMappingBody(JsonElement mapping, StringBuilder output, int indent, bool firstInline = false)
    {
        var first = true;
        foreach (var property in mapping.EnumerateObject())
        {
            if (!(first && firstInline))
            {
                output.Append(' ', indent);
            }
            first = false;
            WriteKey(property.Name, output);
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Object && HasItems(value))
            {
                output.Append(":\n");
                WriteMappingBody(value, output, indent + 2);
            }
            else if (value.ValueKind == JsonValueKind.Array && HasItems(value))
            {
                output.Append(":\n");
                WriteSequenceBody(value, output, indent + 2);
            }
            else
            {
                output.Append(": ");
                WriteScalar(value, output, indent + 2);
                output.Append('\n');
            }
        }
    }

    private static void WriteSequenceBody(JsonElement sequence, StringBuilder output, int indent)
    {
        foreach (var item in sequence.EnumerateArray())
        {
            output.Append(' ', indent).Append("- ");
            if (item.ValueKind == JsonValueKind.Object && HasItems(item))
            {
                WriteMappingBody(item, output, indent + 2, firstInline: true);
            }
            else if (item.ValueKind == JsonValueKind.Array && HasItems(item))
            {
                output.Append('\n');
                WriteSequenceBody(item, output, indent + 2);
            }
            else
            {
                WriteScalar(item, output, indent + 2);
                output.Append('\n');
            }
        }
    }

    private static void WriteKey(string key, StringBuilder output)
    {
        if (IsPlainSafe(key))
        {
            output.Append(key);
        }
        else
        {
            WriteDoubleQuoted(key, output);
        }
    }

    private static void WriteScalar(JsonElement value, StringBuilder output, int indent)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                output.Append("{}");
                break;
            case JsonValueKind.Array:
                output.Append("[]");
                break;
            case JsonValueKind.String:
                WriteString(value.GetString()!, output, indent);
                break;
            case JsonValueKind.Number:
                output.Append(value.GetRawText());
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

    private static void WriteString(string value, StringBuilder output, int indent)
    {
        if (IsPlainSafe(value))
        {
            output.Append(value);
        }
        else if (IsLiteralBlockSafe(value))
        {
            WriteLiteralBlock(value, output, indent);
        }
        else if (value.Contains('\\') && IsOneLine(value))
        {
            // A backslash is the same in single quotes as in a plain scalar ("\[" in Markdown stays "\["), where double
            // quotes would double it: one escape, written one way.
            output.Append('\'').Append(value.Replace("'", "''", StringComparison.Ordinal)).Append('\'');
        }
        else
        {
            WriteDoubleQuoted(value, output);
        }
    }

    /// <summary>
    /// One line of printable characters, without tabs: what a plain scalar may hold, and what single quotes hold as it is
    /// (a quote written twice).
    /// </summary>
    private static bool IsOneLine(string value)
    {
        foreach (var c in value)
        {
            if (!IsPrintable(c) || c is '\t' or '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' or '\ufeff')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Multi-line text as a literal block: "|-" (no final line break) or "|" (exactly one).</summary>
    private static void WriteLiteralBlock(string value, StringBuilder output, int indent)
    {
        var keep = value.EndsWith('\n');
        var body = keep ? value[..^1] : value;
        output.Append(keep ? "|" : "|-");
        foreach (var line in body.Split('\n'))
        {
            output.Append('\n');
            if (line.Length > 0)
            {
                output.Append(' ', indent).Append(line);
            }
        }
    }

    private static bool IsLiteralBlockSafe(string value)
    {
        if (!value.Contains('\n') || value.EndsWith("\n\n", StringComparison.Ordinal) || value.StartsWith(' ') || value.StartsWith('\n'))
        {
            return false;
        }
        foreach (var line in value.TrimEnd('\n').Split('\n'))
        {
            if (line.Length > 0 && (char.IsWhiteSpace(line[^1]) || line[0] == '\t'))
            {
                return false;
            }
            foreach (var c in line)
            {
                if (!IsPrintable(c) || c is '\r' or '\u0085' or '\u2028' or '\u2029' or '\ufeff')
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>True when the text can stand unquoted and every YAML 1.1 or 1.2 reader resolves it as this same string.</summary>
    internal static bool IsPlainSafe(string value)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return false;
        }
        var first = value[0];
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(first) || char.IsDigit(first))
        {
            return false;
        }
        if ((first is '+' or '.') && value.Length > 1 && (char.IsDigit(value[1]) || value[1] == '.'))
        {
            return false;
        }
        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':'))
        {
            return false;
        }
        return IsOneLine(value) && !IsReservedWord(value);
    }

    private static readonly HashSet<string> ReservedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", ".inf", ".nan", "<<", "=",
    };

    private static bool IsReservedWord(string value) => ReservedWords.Contains(value) || value == "---" || value == "...";

    /// <summary>YAML's printable set; surrogate halves are allowed here because they come in valid pairs in .NET strings from our readers.</summary>
    private static bool IsPrintable(char c) =>
        c is '\t' or '\n' or '\r' or (>= ' ' and <= '~') or '\u0085' or (>= '\u00a0' and <= '\ufffd');

    private static void WriteDoubleQuoted(string value, StringBuilder output)
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
                case '\0': output.Append("\\0"); break;
                case '\u0085': output.Append("\\N"); break;
                case '\u2028': output.Append("\\L"); break;
                case '\u2029': output.Append("\\P"); break;
                case '\ufeff': output.Append("\\uFEFF"); break;
                default:
                    if (!IsPrintable(c) && !char.IsSurrogate(c))
                    {
                        output.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
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
