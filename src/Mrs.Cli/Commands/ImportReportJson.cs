using System.Text.Encodings.Web;
using System.Text.Json;
using Mrs.Import;

namespace Mrs.Cli.Commands;

/// <summary>The import report as JSON (--report).</summary>
internal static class ImportReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ImportReport report) => JsonSerializer.Serialize(report, Options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
}
