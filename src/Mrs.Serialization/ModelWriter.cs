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
        using (var writer = new Utf8JsonWriter(buffer,
            new JsonWriterOptions
            {
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true,
                MaxDepth = ModelLimits.MaxDepth
            }))
        {
            ModelTreeWriter.Write(writer, document);
        }
        return JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = ModelLimits.MaxDepth });
    }

    /// <summary>
    /// True when the model's tree (as YAML or JSON) nests at most <see cref="ModelLimits.MaxDepth"/> levels, so that it
    /// can be written and read back; the importer refuses a document whose model would not.
    /// </summary>
    public static bool FitsDepth(StandardDocument document)
    {
        using var writer = new Utf8JsonWriter(Stream.Null, new JsonWriterOptions { SkipValidation = true, MaxDepth = ModelLimits.MaxDepth });
        try
        {
            ModelTreeWriter.Write(writer, document);
            return true;
        }
        catch (InvalidOperationException) when (writer.CurrentDepth >= ModelLimits.MaxDepth)
        {
            return false;
        }
    }

    /// <summary>Writes text to a file whole or not at all (<see cref="OutputFile"/>): no partial file on failure.</summary>
    public static void WriteFileAtomically(string path, string text) => OutputFile.Write(path, text);

    /// <summary>Writes a file whole or not at all (<see cref="OutputFile"/>): on failure an existing file is left as it was.</summary>
    public static void WriteFileAtomically(string path, Action<Stream> write) => OutputFile.Write(path, write);
}
