using System.Globalization;
using System.Text;

namespace Mrs.Rendering.Pdf;

/// <summary>A PDF name (/Type): its decoded text.</summary>
internal sealed record PdfName(string Value);

/// <summary>An indirect reference (12 0 R).</summary>
internal readonly record struct PdfRef(int Number, int Generation);

/// <summary>A PDF string: its bytes (literal or hex in the file).</summary>
internal sealed record PdfString(byte[] Bytes);

/// <summary>A number, kept as written so that it is written back the same.</summary>
internal sealed record PdfNumber(string Text)
{
    public double Value => double.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

/// <summary>A dictionary, in the order of its keys.</summary>
internal sealed class PdfDictionary
{
    public List<KeyValuePair<string, object?>> Entries { get; } = [];

    public object? this[string key]
    {
        get => Entries.FirstOrDefault(e => e.Key == key).Value;
        set
        {
            var index = Entries.FindIndex(e => e.Key == key);
            if (index >= 0)
            {
                Entries[index] = new(key, value);
            }
            else
            {
                Entries.Add(new(key, value));
            }
        }
    }
}

/// <summary>
/// Reads and writes the PDF objects of the files Chromium (Skia) prints: the parts of the syntax those files use
/// (dictionaries, arrays, names, numbers, strings, references, booleans, null). Streams are not read: the writer
/// needs only the document's structure (catalog, page tree, named destinations, trailer).
/// </summary>
internal static class PdfSyntax
{
    public static object? Parse(byte[] data, ref int position)
    {
        SkipSpace(data, ref position);
        if (position >= data.Length)
        {
            throw new FormatException("unexpected end of PDF");
        }
        var c = data[position];
        switch (c)
        {
            case (byte)'/':
                return new PdfName(ReadName(data, ref position));
            case (byte)'[':
            {
                position++;
                var list = new List<object?>();
                while (true)
                {
                    SkipSpace(data, ref position);
                    if (data[position] == (byte)']')
                    {
                        position++;
                        return list;
                    }
                    list.Add(Parse(data, ref position));
                }
            }
            case (byte)'<' when position + 1 < data.Length && data[position + 1] == (byte)'<':
            {
                position += 2;
                var dictionary = new PdfDictionary();
                while (true)
                {
                    SkipSpace(data, ref position);
                    if (data[position] == (byte)'>' && data[position + 1] == (byte)'>')
                    {
                        position += 2;
                        return dictionary;
                    }
                    var key = ReadName(data, ref position);
                    dictionary.Entries.Add(new(key, Parse(data, ref position)));
                }
            }
            case (byte)'<':
            {
                var end = Array.IndexOf(data, (byte)'>', position);
                var hex = Encoding.ASCII.GetString(data, position + 1, end - position - 1).Where(Uri.IsHexDigit).ToArray();
                position = end + 1;
                var text = new string(hex) + (hex.Length % 2 == 1 ? "0" : "");
                return new PdfString(Convert.FromHexString(text));
            }
            case (byte)'(':
                return new PdfString(ReadLiteral(data, ref position));
        }
        var start = position;
        while (position < data.Length && !IsSpace(data[position]) && !IsDelimiter(data[position]))
        {
            position++;
        }
        var token = Encoding.ASCII.GetString(data, start, position - start);
        switch (token)
        {
            case "true":
                return true;
            case "false":
                return false;
            case "null":
                return null;
        }
        if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            throw new FormatException($"unexpected PDF token '{token}'");
        }
        // "12 0 R" is a reference.
        var after = position;
        SkipSpace(data, ref after);
        var generationStart = after;
        while (after < data.Length && char.IsAsciiDigit((char)data[after]))
        {
            after++;
        }
        if (after > generationStart)
        {
            var generation = int.Parse(Encoding.ASCII.GetString(data, generationStart, after - generationStart), CultureInfo.InvariantCulture);
            SkipSpace(data, ref after);
            if (after < data.Length && data[after] == (byte)'R'
                && (after + 1 == data.Length || IsSpace(data[after + 1]) || IsDelimiter(data[after + 1])))
            {
                position = after + 1;
                return new PdfRef(int.Parse(token, CultureInfo.InvariantCulture), generation);
            }
        }
        return new PdfNumber(token);
    }

    public static void SkipSpace(byte[] data, ref int position)
    {
        while (position < data.Length)
        {
            if (IsSpace(data[position]))
            {
                position++;
            }
            else if (data[position] == (byte)'%')
            {
                while (position < data.Length && data[position] is not ((byte)'\n' or (byte)'\r'))
                {
                    position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private static bool IsSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{'
        or (byte)'}' or (byte)'/' or (byte)'%';

    private static string ReadName(byte[] data, ref int position)
    {
        if (data[position] != (byte)'/')
        {
            throw new FormatException("a PDF name was expected");
        }
        position++;
        var bytes = new List<byte>();
        while (position < data.Length && !IsSpace(data[position]) && !IsDelimiter(data[position]))
        {
            if (data[position] == (byte)'#' && position + 2 < data.Length)
            {
                bytes.Add(Convert.FromHexString(Encoding.ASCII.GetString(data, position + 1, 2))[0]);
                position += 3;
            }
            else
            {
                bytes.Add(data[position++]);
            }
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static byte[] ReadLiteral(byte[] data, ref int position)
    {
        position++;
        var bytes = new List<byte>();
        var depth = 1;
        while (true)
        {
            var b = data[position++];
            if (b == (byte)'\\')
            {
                var e = data[position++];
                switch (e)
                {
                    case (byte)'n': bytes.Add(10); break;
                    case (byte)'r': bytes.Add(13); break;
                    case (byte)'t': bytes.Add(9); break;
                    case (byte)'b': bytes.Add(8); break;
                    case (byte)'f': bytes.Add(12); break;
                    case (byte)'\r' or (byte)'\n': break;
                    case >= (byte)'0' and <= (byte)'7':
                    {
                        var value = e - '0';
                        for (var i = 0; i < 2 && data[position] is >= (byte)'0' and <= (byte)'7'; i++)
                        {
                            value = value * 8 + (data[position++] - '0');
                        }
                        bytes.Add((byte)value);
                        break;
                    }
                    default: bytes.Add(e); break;
                }
                continue;
            }
            if (b == (byte)'(')
            {
                depth++;
            }
            else if (b == (byte)')' && --depth == 0)
            {
                return bytes.ToArray();
            }
            bytes.Add(b);
        }
    }

    /// <summary>The object written in PDF syntax.</summary>
    public static void Write(StringBuilder output, object? value)
    {
        switch (value)
        {
            case null:
                output.Append("null");
                break;
            case bool b:
                output.Append(b ? "true" : "false");
                break;
            case int i:
                output.Append(i.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                output.Append(Math.Round(d, 3).ToString("0.###", CultureInfo.InvariantCulture));
                break;
            case PdfNumber n:
                output.Append(n.Text);
                break;
            case PdfRef r:
                output.Append(r.Number.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(r.Generation.ToString(CultureInfo.InvariantCulture))
                    .Append(" R");
                break;
            case PdfName name:
                WriteName(output, name.Value);
                break;
            case PdfString s:
                output.Append('<').Append(Convert.ToHexString(s.Bytes)).Append('>');
                break;
            case string text:
                output.Append('<').Append(Convert.ToHexString(TextString(text))).Append('>');
                break;
            case IEnumerable<object?> list:
                output.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    if (!first)
                    {
                        output.Append(' ');
                    }
                    first = false;
                    Write(output, item);
                }
                output.Append(']');
                break;
            case PdfDictionary dictionary:
                output.Append("<<");
                foreach (var (key, item) in dictionary.Entries)
                {
                    WriteName(output, key);
                    output.Append(' ');
                    Write(output, item);
                    output.Append('\n');
                }
                output.Append(">>");
                break;
            default:
                throw new ArgumentException($"no PDF form for {value.GetType().Name}", nameof(value));
        }
    }

    /// <summary>A text string: PDFDocEncoding's ASCII subset as is, anything else UTF-16BE with its byte order mark.</summary>
    public static byte[] TextString(string text)
    {
        if (text.All(c => c is >= ' ' and <= '~'))
        {
            return Encoding.ASCII.GetBytes(text);
        }
        return [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)];
    }

    private static void WriteName(StringBuilder output, string name)
    {
        output.Append('/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is > (byte)' ' and < 127 and not (byte)'#' && !IsDelimiter(b))
            {
                output.Append((char)b);
            }
            else
            {
                output.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
    }
}
