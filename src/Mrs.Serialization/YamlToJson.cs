using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mrs.Model;
using Mrs.Text.Messages;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Mrs.Serialization;

/// <summary>
/// Turns YAML text into JSON, streaming parser events straight into a JSON writer. Plain scalars resolve by the YAML 1.2
/// core schema (so an unquoted 4.1 is a number and the schema check says so); duplicate keys, several documents,
/// custom tags and runaway alias expansion ("billion laughs") are refused with their line and column.
/// </summary>
internal static partial class YamlToJson
{
    /// <summary>At most this many nodes may be produced by alias expansion in one file.</summary>
    public const int MaxAliasNodes = 100_000;

    /// <summary>The nesting limit of the whole pipeline (<see cref="ModelLimits.MaxDepth"/>).</summary>
    public const int MaxDepth = ModelLimits.MaxDepth;

    public static ReadOnlyMemory<byte> Convert(byte[] utf8)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(256, utf8.Length + utf8.Length / 4));
        using (var writer = new Utf8JsonWriter(buffer,
            new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var converter = new Converter(writer);
            using var reader = new StreamReader(new MemoryStream(utf8, writable: false), System.Text.Encoding.UTF8,
                detectEncodingFromByteOrderMarks: false);
            converter.Run(new Parser(reader));
        }
        return buffer.WrittenMemory;
    }

    private sealed class Converter(Utf8JsonWriter writer)
    {
        private readonly Dictionary<string, List<ParsingEvent>> anchors = new(StringComparer.Ordinal);
        private readonly List<(string Name, List<ParsingEvent> Events, int Depth)> recording = [];
        private readonly Stack<Frame> frames = new();
        private int aliasNodes;
        private int documents;
        private Mark last = Mark.Empty;

        private sealed class Frame(bool isMapping)
        {
            public bool IsMapping { get; } = isMapping;
            public bool ExpectKey { get; set; } = true;
            public HashSet<string>? Keys { get; } = isMapping ? new HashSet<string>(StringComparer.Ordinal) : null;
        }

        public void Run(IParser parser)
        {
            try
            {
                while (parser.MoveNext())
                {
                    var e = parser.Current!;
                    last = e.End;
                    switch (e)
                    {
                        case StreamStart or StreamEnd or DocumentEnd:
                            break;
                        case DocumentStart:
                            if (++documents > 1)
                            {
                                throw Error(Catalog.Get("yaml.secondDocument"), e.Start);
                            }
                            break;
                        case AnchorAlias alias:
                            Replay(alias);
                            break;
                        default:
                            Handle(e, replaying: false);
                            break;
                    }
                }
            }
            catch (YamlException ex) when (ex is not AnchorNotFoundException)
            {
                var message = ex.InnerException?.Message ?? ex.Message;
                throw new ModelReadException(Catalog.Format("yaml.syntax", Tidy(message)), (int)ex.Start.Line, (int)ex.Start.Column);
            }
            catch (AnchorNotFoundException ex)
            {
                throw new ModelReadException(Catalog.Get("yaml.unknownAnchor"), (int)ex.Start.Line, (int)ex.Start.Column);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
            {
                // The YAML library gives up on some malformed input without a position: report where parsing stopped.
                throw new ModelReadException(Catalog.Format("yaml.syntax", Catalog.Get("yaml.unparsable")),
                    Math.Max(1, (int)last.Line), Math.Max(1, (int)last.Column));
            }
        }

        private static string Tidy(string message)
        {
            var m = message.Trim();
            var i = m.IndexOf("): ", StringComparison.Ordinal);
            if (m.StartsWith('(') && i > 0)
            {
                m = m[(i + 3)..];
            }
            return m.TrimEnd('.');
        }

        private void Replay(AnchorAlias alias)
        {
            if (!anchors.TryGetValue(alias.Value.Value, out var events))
            {
                throw Error(Catalog.Format("yaml.aliasBeforeAnchor", alias.Value.Value), alias.Start);
            }
            aliasNodes += events.Count;
            if (aliasNodes > MaxAliasNodes)
            {
                throw Error(Catalog.Format("yaml.aliasBomb", MaxAliasNodes), alias.Start);
            }
            foreach (var e in events)
            {
                Handle(e, replaying: true, origin: alias.Start);
            }
        }

        private void Handle(ParsingEvent e, bool replaying, Mark? origin = null)
        {
            var at = origin ?? e.Start;
            foreach (var r in recording)
            {
                r.Events.Add(e);
            }

            switch (e)
            {
                case Scalar scalar:
                    OnScalar(scalar, at);
                    break;
                case MappingStart ms:
                    BeforeValue(at, e);
                    CheckTag(ms.Tag, "tag:yaml.org,2002:map", at);
                    if (frames.Count >= MaxDepth)
                    {
                        throw Error(Catalog.Format("yaml.tooDeep", MaxDepth), at);
                    }
                    StartRecording(ms.Anchor, e);
                    writer.WriteStartObject();
                    frames.Push(new Frame(isMapping: true));
                    break;
                case SequenceStart ss:
                    BeforeValue(at, e);
                    CheckTag(ss.Tag, "tag:yaml.org,2002:seq", at);
                    if (frames.Count >= MaxDepth)
                    {
                        throw Error(Catalog.Format("yaml.tooDeep", MaxDepth), at);
                    }
                    StartRecording(ss.Anchor, e);
                    writer.WriteStartArray();
                    frames.Push(new Frame(isMapping: false));
                    break;
                case MappingEnd:
                    frames.Pop();
                    writer.WriteEndObject();
                    EndRecording();
                    AfterValue();
                    break;
                case SequenceEnd:
                    frames.Pop();
                    writer.WriteEndArray();
                    EndRecording();
                    AfterValue();
                    break;
            }
            _ = replaying;
        }

        private void StartRecording(AnchorName anchor, ParsingEvent start)
        {
            if (!anchor.IsEmpty)
            {
                var events = new List<ParsingEvent> { start };
                recording.Add((anchor.Value, events, frames.Count));
            }
        }

        private void EndRecording()
        {
            for (var i = recording.Count - 1; i >= 0; i--)
            {
                if (recording[i].Depth == frames.Count)
                {
                    anchors[recording[i].Name] = recording[i].Events;
                    recording.RemoveAt(i);
                }
            }
        }

        private void BeforeValue(Mark at, ParsingEvent e)
        {
            if (frames.Count > 0 && frames.Peek() is { IsMapping: true, ExpectKey: true })
            {
                throw Error(Catalog.Get("yaml.complexKey"), at);
            }
            _ = e;
        }

        private void AfterValue()
        {
            if (frames.Count > 0 && frames.Peek().IsMapping)
            {
                frames.Peek().ExpectKey = true;
            }
        }

        private void OnScalar(Scalar scalar, Mark at)
        {
            if (frames.Count > 0 && frames.Peek() is { IsMapping: true, ExpectKey: true } frame)
            {
                if (scalar.Value == "<<" && scalar.Style == ScalarStyle.Plain)
                {
                    throw Error(Catalog.Get("yaml.mergeKey"), at);
                }
                if (!frame.Keys!.Add(scalar.Value))
                {
                    throw Error(Catalog.Format("yaml.duplicateKey", scalar.Value), at);
                }
                writer.WritePropertyName(scalar.Value);
                frame.ExpectKey = false;
                if (!scalar.Anchor.IsEmpty)
                {
                    anchors[scalar.Anchor.Value] = [scalar];
                }
                return;
            }

            WriteScalarValue(scalar, at);
            if (!scalar.Anchor.IsEmpty)
            {
                anchors[scalar.Anchor.Value] = [scalar];
            }
            AfterValue();
        }

        private void WriteScalarValue(Scalar scalar, Mark at)
        {
            var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
            if (tag is "tag:yaml.org,2002:str" or "!")
            {
                writer.WriteStringValue(scalar.Value);
                return;
            }
            if (tag is not null && !CoreScalarTags.Contains(tag))
            {
                throw Error(Catalog.Format("yaml.customTag", tag), at);
            }
            if (scalar.Style != ScalarStyle.Plain && tag is null)
            {
                writer.WriteStringValue(scalar.Value);
                return;
            }

            var v = scalar.Value;
            if (v.Length == 0 || v is "~" or "null" or "Null" or "NULL")
            {
                writer.WriteNullValue();
            }
            else if (v is "true" or "True" or "TRUE")
            {
                writer.WriteBooleanValue(true);
            }
            else if (v is "false" or "False" or "FALSE")
            {
                writer.WriteBooleanValue(false);
            }
            else if (IntPattern().IsMatch(v))
            {
                if (long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
                {
                    writer.WriteNumberValue(l);
                }
                else
                {
                    writer.WriteRawValue(v.TrimStart('+'), skipInputValidation: true);
                }
            }
            else if (FloatPattern().IsMatch(v))
            {
                var d = double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (double.IsInfinity(d))
                {
                    throw Error(Catalog.Format("yaml.numberTooLarge", v), at);
                }
                // Keep the written digits (4.10 stays 4.10) so that the error can quote them.
                var raw = v.TrimStart('+');
                if (raw.StartsWith('.'))
                {
                    raw = "0" + raw;
                }
                else if (raw.StartsWith("-.", StringComparison.Ordinal))
                {
                    raw = "-0" + raw[1..];
                }
                if (raw.EndsWith('.'))
                {
                    raw += "0";
                }
                raw = raw.Replace(".e", ".0e", StringComparison.OrdinalIgnoreCase);
                writer.WriteRawValue(raw, skipInputValidation: false);
            }
            else if (SpecialFloatPattern().IsMatch(v))
            {
                throw Error(Catalog.Format("yaml.notANumber", v), at);
            }
            else if (HexOrOctalPattern().IsMatch(v))
            {
                var isHex = v.StartsWith("0x", StringComparison.Ordinal);
                var n = System.Convert.ToInt64(v[2..], isHex ? 16 : 8);
                writer.WriteNumberValue(n);
            }
            else
            {
                writer.WriteStringValue(v);
            }
        }

        private static readonly HashSet<string> CoreScalarTags = new(StringComparer.Ordinal)
        {
            "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null",
        };

        private static void CheckTag(TagName tag, string expected, Mark at)
        {
            if (!tag.IsEmpty && tag.Value != expected && tag.Value != "!")
            {
                throw Error(Catalog.Format("yaml.customTag", tag.Value), at);
            }
        }

        private static ModelReadException Error(string message, Mark at) => new(message, (int)at.Line, (int)at.Column);
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex SpecialFloatPattern();

    [GeneratedRegex(@"^0o[0-7]+$|^0x[0-9a-fA-F]+$")]
    private static partial Regex HexOrOctalPattern();
}
