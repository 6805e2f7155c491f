using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mrs.Import;

namespace Mrs.Cli.Commands;

/// <summary>The import report as JSON (--report), on compile-time metadata (no reflection: native AOT).</summary>
internal static class ImportReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ImportReportJsonContext.Default,
    };

    public static string Write(ImportReport report) =>
        JsonSerializer.Serialize(report,
            (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ImportReport>)Options.GetTypeInfo(typeof(ImportReport)))
            .Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
}

[JsonSerializable(typeof(ImportReport))]
internal sealed partial class ImportReportJsonContext : JsonSerializerContext;
