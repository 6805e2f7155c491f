using System.Text;
using System.Text.Json;
using Mrs.Model;

namespace Mrs.Serialization;

/// <summary>
/// Writes a clause model as YAML or JSON text: UTF-8 without BOM, LF line ends, stable key order, characters as
/// themselves. The same model always gives the same bytes, and YAML and JSON hold the same tree.
/// </summary>
public static class ModelWriter
{
    public static string ToJson(StandardDocument document)
    {
        using var tree = ToTree(document);
        var output = new StringBuilder();
        JsonTextWriter.Write(tree.RootElement, output);
        return output.ToString();
    }

    public static string ToYaml(StandardDocument document)
    {
        using var tree = ToTree(document);
        var output = new StringBuilder();
        YamlTextWriter.Write(tree.RootElement, output);
        return output.ToString();
    }

    public static string Write(StandardDocument document, ModelFormat format) =>
        format == ModelFormat.Json ? ToJson(document) : ToYaml(document);

    /// <summary>Re-writes any JSON tree in the model's YAML style (used to convert JSON model files to YAML and back).</summary>
    public static string JsonTreeToYaml(JsonElement tree)
    {
        var output = new StringBuilder();
        YamlTextWriter.Write(tree, output);
        return output.ToString();
    }

    public static string JsonTreeToJson(JsonElement tree)
    {
        var output = new StringBuilder();
        JsonTextWriter.Write(tree, output);
        return output.ToString();
    }

    public static JsonDocument ToTree(StandardDocument document)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
        {
            ModelTreeWriter.Write(writer, document);
        }
        return JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = 512 });
    }

    /// <summary>Writes text to a file atomically: a temporary file beside it, then a rename; no partial file on failure.</summary>
    public static void WriteFileAtomically(string path, string text) =>
        WriteFileAtomically(path, stream => stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text)));

    /// <summary>Writes a file atomically: <paramref name="write"/> fills a temporary file beside it, which then replaces
    /// the file; on failure the temporary file is removed and an existing file is left as it was.</summary>
    public static void WriteFileAtomically(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Environment.ProcessId + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
