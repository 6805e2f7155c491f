using System.Text;
using Mrs.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace Mrs.Serialization;

/// <summary>A model file in its canonical form, and what renumbering did to it (when asked).</summary>
public sealed record FormattedModel(string Text, RenumberResult? Renumbered);

/// <summary>
/// The canonical text of a model file (<c>mrs fmt</c>): the model read and written again by <see cref="ModelWriter"/>,
/// so that key order, quoting and escapes are the writer's, and the same model always reads the same. The comment
/// lines at the top of a YAML file (the <c># yaml-language-server: $schema=…</c> line and the like) are kept as they
/// are; a comment anywhere else has no place in the model and is refused rather than lost.
/// </summary>
public static class ModelFormatter
{
    /// <summary>Formats model text; throws <see cref="ModelReadException"/> (with line and column) for a file that is not a valid model.</summary>
    public static FormattedModel Format(byte[] bytes, ModelFormat format, bool renumber = false)
    {
        using var loaded = ModelReader.Parse(bytes, format);
        if (loaded.Document is not { } document)
        {
            var v = loaded.SchemaViolations[0];
            var (line, column) = loaded.Locate(v.Pointer, v.AtKey);
            var pointer = v.Pointer.Length == 0 ? "/" : v.Pointer;
            throw new ModelReadException($"{pointer}: {v.Message} (run mrs validate for all problems)", line, column);
        }
        var header = format == ModelFormat.Yaml ? Header(bytes) : "";
        RenumberResult? renumbered = null;
        if (renumber)
        {
            renumbered = Renumbering.Apply(document);
            document = renumbered.Document;
        }
        return new FormattedModel(header + ModelWriter.Write(document, format), renumbered);
    }

    /// <summary>
    /// The comment lines before the first key, each as written (line ends made LF), blank lines between them kept and
    /// those after them dropped; a "---" document start among them is dropped (the writer writes none). Throws at the
    /// first comment further down.
    /// </summary>
    internal static string Header(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var scanner = new Scanner(new StringReader(text), skipComments: false);
        var headerLines = -1; // the line (0-based) of the first token that is not a comment
        while (scanner.MoveNext())
        {
            switch (scanner.Current)
            {
                case StreamStart or DocumentStart:
                    continue;
                case Comment comment when headerLines >= 0:
                    throw new ModelReadException(
                        "a comment inside the model cannot be kept: mrs fmt keeps only the comment lines at the top of the file; " +
                        "move it there or remove it",
                        (int)comment.Start.Line, (int)comment.Start.Column);
                case Comment:
                    continue;
                default:
                    headerLines = headerLines < 0 ? (int)scanner.Current!.Start.Line - 1 : headerLines;
                    continue;
            }
        }
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var kept = lines.Take(headerLines < 0 ? lines.Length : headerLines).Select(l => l.TrimEnd())
            .Where(l => l != "---").ToList();
        while (kept.Count > 0 && kept[^1].Length == 0)
        {
            kept.RemoveAt(kept.Count - 1);
        }
        while (kept.Count > 0 && kept[0].Length == 0)
        {
            kept.RemoveAt(0);
        }
        return kept.Count == 0 ? "" : string.Join('\n', kept) + "\n";
    }
}
