using System.Text;
using System.Text.RegularExpressions;

namespace Mrs.Fuzz;

/// <summary>
/// Seeded mutations of XML parts and model files: byte-level ones (flips, deletions, duplications, truncation) and
/// ones that know the formats (an element repeated or nested hundreds of times, numbers set to their extremes,
/// fields and tables opened and never closed, YAML anchors, deep brackets, hostile asset paths and links).
/// </summary>
public sealed partial class Mutator(int seed)
{
    private readonly Random random = new(seed);

    private static readonly string[] Extremes =
    [
        "0", "-1", "1", "2147483647", "-2147483648", "2147483648", "4294967295", "99999999999999999999", "-0", "1e308", "NaN", "",
        "32767", "32768", "65535", "9", "10", "255",
    ];

    private static readonly string[] XmlTokens =
    [
        "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>",
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>", "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>",
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>",
        "<w:r><w:instrText> TOC \\o \"1-3\" </w:instrText></w:r>", "<w:r><w:instrText> HYPERLINK \"javascript:x\" </w:instrText></w:r>",
        "<w:numPr><w:ilvl w:val=\"8\"/><w:numId w:val=\"1\"/></w:numPr>", "<w:pStyle w:val=\"Heading1\"/>", "<w:gridSpan w:val=\"2147483647\"/>",
        "<w:vMerge w:val=\"restart\"/>", "<w:vMerge/>", "<w:footnoteReference w:id=\"1\"/>", "<w:bookmarkStart w:id=\"0\" w:name=\"_Toc1\"/>",
        "<m:oMath xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"><m:f><m:num><m:r><m:t>1</m:t></m:r></m:num><m:den>",
        "</m:den></m:f></m:oMath>", "<w:p>", "</w:p>", "<w:r><w:t>", "</w:t></w:r>", "&#0;", "&#xFFFF;", "&#xD800;", "<![CDATA[", "]]>",
        "<!DOCTYPE x [<!ENTITY a \"b\">]>", "&amp;", "\uFEFF", "\u0000", "<w:t xml:space=\"preserve\">\t1.1.1.1.1.1.1.1.1.1.1.1\tTitle</w:t>",
        "<w:hyperlink w:anchor=\"x\">", "</w:hyperlink>", "<w:ins w:id=\"1\">", "</w:ins>", "<w:del w:id=\"2\">", "</w:del>",
        "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><mc:Choice>",
            "</mc:Choice></mc:AlternateContent>",
    ];

    private static readonly string[] YamlValues =
    [
        "~", "[]", "{}", "\"\"", "''", "2147483648", "-1", "1e999", ".inf", ".nan", "0x7fffffff", "0o777", "true", "&a [1, 2]", "*a", "*missing",
        "!!binary AAAA", "!custom x", "<<: *a", "'unterminated", "\"\\uD800\"", "/etc/passwd", "../../../etc/shadow", "/dev/zero",
            "file:///etc/passwd",
        "\"[x](javascript:alert(1))\"", "\"[^missing]\"", "\"#bm:x\"", new string('[', 300) + new string(']', 300), new string('x', 5000),
        "{a: 1, a: 2}", "|\n  block", ">-\n  folded",
    ];

    public byte[] MutateXml(byte[] original, byte[]? other)
    {
        var text = Encoding.UTF8.GetString(original);
        var rounds = 1 + random.Next(4);
        for (var r = 0; r < rounds; r++)
        {
            text = random.Next(11) switch
            {
                0 => Encoding.UTF8.GetString(FlipBytes(Encoding.UTF8.GetBytes(text))),
                1 => DeleteRange(text),
                2 => DuplicateRange(text),
                3 => Insert(text, Pick(XmlTokens)),
                4 => ExtremeAttribute(text),
                5 => RepeatElement(text),
                6 => NestElement(text),
                7 => other is null ? DuplicateRange(text) : Splice(text, Encoding.UTF8.GetString(other)),
                8 => text.Length > 10 ? text[..random.Next(text.Length)] : text,
                9 => Insert(Insert(text, Pick(XmlTokens)), Pick(XmlTokens)),
                _ => ExtremeAttribute(ExtremeAttribute(text)),
            };
        }
        return Encoding.UTF8.GetBytes(text);
    }

    public byte[] MutateModel(byte[] original)
    {
        var lines = Encoding.UTF8.GetString(original).Split('\n').ToList();
        var rounds = 1 + random.Next(4);
        for (var r = 0; r < rounds && lines.Count > 1; r++)
        {
            var i = random.Next(lines.Count);
            switch (random.Next(8))
            {
                case 0:
                    lines.RemoveAt(i);
                    break;
                case 1:
                    lines.InsertRange(i, Enumerable.Repeat(lines[i], 1 + random.Next(random.Next(2) == 0 ? 3 : 300)));
                    break;
                case 2:
                    var colon = lines[i].IndexOf(": ", StringComparison.Ordinal);
                    if (colon > 0)
                    {
                        lines[i] = lines[i][..(colon + 2)] + Pick(YamlValues);
                    }
                    break;
                case 3:
                    lines[i] = (random.Next(2) == 0 ? "  " : "")
                        + (lines[i].StartsWith("  ", StringComparison.Ordinal) && random.Next(2) == 0 ? lines[i][2..] : lines[i]);
                    break;
                case 4:
                    var j = random.Next(lines.Count);
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
                case 5:
                    var dash = lines[i].IndexOf("- ", StringComparison.Ordinal);
                    if (dash >= 0)
                    {
                        // a list item repeated deeper and deeper: nesting
                        var block = new List<string>();
                        for (var d = 0; d < 1 + random.Next(200); d++)
                        {
                            block.Add(new string(' ', dash + 2 * d) + "- " + lines[i][(dash + 2)..]);
                        }
                        lines.InsertRange(i, block);
                    }
                    break;
                case 6:
                    lines[i] = Encoding.UTF8.GetString(FlipBytes(Encoding.UTF8.GetBytes(lines[i])));
                    break;
                default:
                    lines.Insert(i, lines[i].TakeWhile(c => c == ' ').Aggregate("", (s, c) => s + c) + "x" + random.Next(10) + ": "
                        + Pick(YamlValues));
                    break;
            }
        }
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private byte[] FlipBytes(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }
        var copy = (byte[])bytes.Clone();
        for (var n = 1 + random.Next(8); n > 0; n--)
        {
            var i = random.Next(copy.Length);
            copy[i] = random.Next(3) == 0 ? (byte)random.Next(256) : (byte)(copy[i] ^ (1 << random.Next(8)));
        }
        return copy;
    }

    private string DeleteRange(string text)
    {
        if (text.Length < 2)
        {
            return text;
        }
        var start = random.Next(text.Length);
        return text.Remove(start, Math.Min(text.Length - start, 1 + random.Next(200)));
    }

    private string DuplicateRange(string text)
    {
        if (text.Length < 2)
        {
            return text;
        }
        var start = random.Next(text.Length);
        var length = Math.Min(text.Length - start, 1 + random.Next(500));
        var chunk = text.Substring(start, length);
        return text.Insert(random.Next(text.Length), string.Concat(Enumerable.Repeat(chunk, 1 + random.Next(random.Next(2) == 0 ? 3 : 100))));
    }

    private string Insert(string text, string token) => text.Insert(random.Next(text.Length + 1), token);

    private string ExtremeAttribute(string text)
    {
        var matches = AttributeValue().Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }
        var m = matches[random.Next(matches.Count)];
        var value = m.Groups[1];
        return text[..value.Index] + Pick(Extremes) + text[(value.Index + value.Length)..];
    }

    private string RepeatElement(string text)
    {
        var (start, end) = RandomElement(text);
        if (start < 0)
        {
            return text;
        }
        var element = text[start..end];
        var times = 1 + random.Next(random.Next(3) == 0 ? 2000 : 20);
        return text[..end] + string.Concat(Enumerable.Repeat(element, times)) + text[end..];
    }

    private string NestElement(string text)
    {
        var (start, end) = RandomElement(text);
        if (start < 0)
        {
            return text;
        }
        var (open, close) = Pick(new[] { ("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>"), ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"),
            ("<w:ins w:id=\"9\">", "</w:ins>"), ("<w:hyperlink w:anchor=\"a\">", "</w:hyperlink>"), ("<w:smartTag>", "</w:smartTag>"),
            ("<w:customXml>", "</w:customXml>") });
        var depth = 1 + random.Next(random.Next(2) == 0 ? 300 : 40);
        return text[..start] + string.Concat(Enumerable.Repeat(open, depth)) + text[start..end] + string.Concat(Enumerable.Repeat(close, depth))
            + text[end..];
    }

    private string Splice(string text, string other)
    {
        if (other.Length < 2)
        {
            return text;
        }
        var start = random.Next(other.Length);
        return Insert(text, other.Substring(start, Math.Min(other.Length - start, 1 + random.Next(2000))));
    }

    /// <summary>A random w:p, w:tbl, w:r or w:sdt element as a range (a naive match of its end tag; good enough to mutate).</summary>
    private (int Start, int End) RandomElement(string text)
    {
        var starts = ElementStart().Matches(text);
        if (starts.Count == 0)
        {
            return (-1, -1);
        }
        var m = starts[random.Next(starts.Count)];
        var name = m.Groups[1].Value;
        var close = text.IndexOf("</" + name + ">", m.Index, StringComparison.Ordinal);
        return close < 0 ? (-1, -1) : (m.Index, close + name.Length + 3);
    }

    [GeneratedRegex("=\"([^\"]{0,20})\"")]
    private static partial Regex AttributeValue();

    [GeneratedRegex(@"<(w:(?:p|tbl|r|sdt|tc|tr|hyperlink|lvl|abstractNum|style|footnote))[\s>]")]
    private static partial Regex ElementStart();
}
