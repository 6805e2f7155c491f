using System.Text;
using System.Text.RegularExpressions;

namespace Mrs.Import.Legacy;

/// <summary>
/// Fields of an RTF file that make a reader fetch something from outside the file (INCLUDEPICTURE, INCLUDETEXT,
/// INCLUDE, IMPORT, LINK, DDE, DDEAUTO): LibreOffice embeds the file an INCLUDEPICTURE names, byte for byte, whatever
/// its profile says. Before conversion their instructions are emptied in the working copy, so that only the result the
/// document holds (its cached text or picture) is converted. The instruction is read as RTF reads it (groups, \'hh and
/// \uN escapes, \bin data), so that escapes cannot hide a field name.
/// </summary>
public static partial class RtfFields
{
    [GeneratedRegex(@"^\s*(INCLUDEPICTURE|INCLUDETEXT|INCLUDE|IMPORT|LINK|DDEAUTO|DDE)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReachesOut();

    /// <summary>The RTF with the instructions of fields that reach outside emptied; the same bytes when there are none.</summary>
    public static byte[] Neutralize(byte[] rtf, out int removed)
    {
        var ranges = new List<(int Start, int End)>();
        // Open groups: where each starts, whether it is a field instruction (and the text read in it), its \uc value.
        var groups = new Stack<(int Start, StringBuilder? Instruction, int SkipAfterUnicode)>();
        groups.Push((0, null, 1));
        var first = true; // at the first control word of the current group
        var i = 0;
        var skip = 0; // characters still to skip after a \uN
        while (i < rtf.Length)
        {
            var b = rtf[i];
            if (b == '{')
            {
                var top = groups.Peek();
                groups.Push((i, top.Instruction, top.SkipAfterUnicode));
                first = true;
                skip = 0;
                i++;
                continue;
            }
            if (b == '}')
            {
                var group = groups.Count > 1 ? groups.Pop() : groups.Peek();
                var parent = groups.Peek();
                if (group.Instruction is { } instruction && !ReferenceEquals(instruction, parent.Instruction)
                    && ReachesOut().IsMatch(instruction.ToString()))
                {
                    ranges.Add((group.Start + 1, i));
                }
                first = false;
                skip = 0;
                i++;
                continue;
            }
            if (b == '\\' && i + 1 < rtf.Length)
            {
                var c = rtf[i + 1];
                if (char.IsAsciiLetter((char)c))
                {
                    var start = i + 1;
                    var end = start;
                    while (end < rtf.Length && char.IsAsciiLetter((char)rtf[end]))
                    {
                        end++;
                    }
                    var word = Encoding.ASCII.GetString(rtf, start, end - start);
                    var numberStart = end;
                    if (end < rtf.Length && rtf[end] == '-')
                    {
                        end++;
                    }
                    while (end < rtf.Length && char.IsAsciiDigit((char)rtf[end]) && end - numberStart < 11)
                    {
                        end++;
                    }
                    long.TryParse(Encoding.ASCII.GetString(rtf, numberStart, end - numberStart), out var parameter);
                    if (end < rtf.Length && rtf[end] == ' ')
                    {
                        end++;
                    }
                    i = end;
                    var (gStart, gInstruction, gSkip) = groups.Pop();
                    switch (word)
                    {
                        case "fldinst" when first:
                            gInstruction = new StringBuilder();
                            break;
                        case "bin" when parameter > 0:
                            i = (int)Math.Min(rtf.Length, i + parameter);
                            break;
                        case "uc":
                            gSkip = (int)Math.Clamp(parameter, 0, 10);
                            break;
                        case "u":
                            gInstruction?.Append((char)(ushort)(short)parameter);
                            skip = gSkip;
                            break;
                        case "tab":
                            gInstruction?.Append(' ');
                            break;
                    }
                    groups.Push((gStart, gInstruction, gSkip));
                    first = false;
                    continue;
                }
                if (c == '\'' && i + 3 < rtf.Length)
                {
                    if (skip > 0)
                    {
                        skip--;
                    }
                    else if (int.TryParse(Encoding.ASCII.GetString(rtf, i + 2, 2), System.Globalization.NumberStyles.HexNumber, null, out var hex))
                    {
                        groups.Peek().Instruction?.Append((char)hex);
                    }
                    i += 4;
                    continue;
                }
                if (c != '*')
                {
                    first = false;
                    if (c is (byte)'\\' or (byte)'{' or (byte)'}')
                    {
                        groups.Peek().Instruction?.Append((char)c);
                    }
                }
                i += 2;
                continue;
            }
            if (b is not ((byte)'\r' or (byte)'\n'))
            {
                if (skip > 0)
                {
                    skip--;
                }
                else
                {
                    groups.Peek().Instruction?.Append((char)b);
                }
                first = false;
            }
            i++;
        }
        removed = ranges.Count;
        if (ranges.Count == 0)
        {
            return rtf;
        }
        using var output = new MemoryStream(rtf.Length);
        var at = 0;
        foreach (var (start, end) in ranges.Where(r => r.Start >= 0).OrderBy(r => r.Start))
        {
            if (start < at)
            {
                continue; // inside a range already emptied
            }
            output.Write(rtf, at, start - at);
            output.Write(@"\*\fldinst "u8);
            at = end;
        }
        output.Write(rtf, at, rtf.Length - at);
        return output.ToArray();
    }
}
