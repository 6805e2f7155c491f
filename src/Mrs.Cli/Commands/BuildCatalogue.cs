using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Mrs.Serialization;

namespace Mrs.Cli.Commands;

/// <summary>The two states of a document in the catalogue.</summary>
internal static class BuildStatus
{
    public const string Ok = "ok";
    public const string Failed = "failed";

    /// <summary>Report only: Ctrl+C came before the document started.</summary>
    public const string NotStarted = "not-started";
}

/// <summary>
/// One document of a build: where it came from, what was made of it and what validation found. The catalogue holds the
/// document's state (the same bytes for the same inputs); the report adds what this run did (<see cref="Action"/>) and
/// how long it took.
/// </summary>
internal sealed record BuildDocument
{
    /// <summary>The input's path relative to the folder given (a file given by itself: its name), with '/'.</summary>
    public required string Input { get; init; }

    /// <summary>The outputs' common name relative to the output folder ("sub/GB T 1"), with '/'.</summary>
    public required string Name { get; init; }

    public string? Identifier { get; init; }

    public string? Title { get; init; }

    /// <summary><see cref="BuildStatus.Ok"/>, <see cref="BuildStatus.Failed"/> (or, in a report, <see cref="BuildStatus.NotStarted"/>).</summary>
    public required string Status { get; init; }

    /// <summary>The rule family validation used (auto-selected, or from .mrs.yaml).</summary>
    public string? Family { get; init; }

    public int Errors { get; init; }

    public int Warnings { get; init; }

    public int Infos { get; init; }

    /// <summary>What was written, relative to the output folder ("sub/x.std.yaml", "sub/x.html").</summary>
    public IReadOnlyList<string> Outputs { get; init; } = [];

    /// <summary>Why the document failed, in one line.</summary>
    public string? Error { get; init; }

    /// <summary>The input as it was given (not written): messages name the file so, the catalogue by <see cref="Input"/>.</summary>
    [JsonIgnore]
    public string? Given { get; init; }

    /// <summary><see cref="Error"/> naming the input as it was given, for messages.</summary>
    [JsonIgnore]
    public string? ErrorAsGiven => Given is not null && Error is not null && Error.StartsWith(Input, StringComparison.Ordinal)
        ? Given + Error[Input.Length..] : Error;

    /// <summary>Report only: what this run did: built, up-to-date (the cache had it), failed or not-started.</summary>
    public string? Action { get; init; }

    /// <summary>Report only: how long this run spent on the document.</summary>
    public long? Milliseconds { get; init; }
}

internal sealed record BuildSummary
{
    public int Documents { get; init; }
    public int Ok { get; init; }
    public int Failed { get; init; }
    public int Errors { get; init; }
    public int Warnings { get; init; }
    public int Infos { get; init; }

    // Report only: what this run did.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Built { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int UpToDate { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int NotStarted { get; init; }

    public static BuildSummary Of(IReadOnlyCollection<BuildDocument> documents, bool run) => new()
    {
        Documents = documents.Count(d => d.Status != BuildStatus.NotStarted),
        Ok = documents.Count(d => d.Status == BuildStatus.Ok),
        Failed = documents.Count(d => d.Status == BuildStatus.Failed),
        Errors = documents.Sum(d => d.Errors),
        Warnings = documents.Sum(d => d.Warnings),
        Infos = documents.Sum(d => d.Infos),
        Built = run ? documents.Count(d => d.Action == "built") : 0,
        UpToDate = run ? documents.Count(d => d.Action == "up-to-date") : 0,
        NotStarted = run ? documents.Count(d => d.Status == BuildStatus.NotStarted) : 0,
    };
}

/// <summary>
/// The catalogue of a build (index.json in the output folder) and the build report (--report): the same format,
/// schemas/build-report.schema.json; the report adds the run's own figures, the catalogue leaves them out.
/// </summary>
internal sealed record BuildCatalogue
{
    public const string SchemaId = "urn:mrs:schema:build-report:1.0";

    [JsonPropertyName("$schema")]
    public string Schema { get; init; } = SchemaId;

    public string Tool { get; init; } = "mrs";

    public required string Version { get; init; }

    public IReadOnlyList<string> Formats { get; init; } = [];

    /// <summary>"i/N" for a shard's build; null for a whole build or a merge.</summary>
    public string? Shard { get; init; }

    public required BuildSummary Summary { get; init; }

    public required IReadOnlyList<BuildDocument> Documents { get; init; }

    // Report only.
    public int? Jobs { get; init; }

    public string? FailOn { get; init; }

    public long? Milliseconds { get; init; }

    public bool? Cancelled { get; init; }

    /// <summary>Report only: the folders a merge joined.</summary>
    public IReadOnlyList<string>? Merged { get; init; }

    /// <summary>The catalogue of these documents (sorted by input; run figures left out).</summary>
    public static BuildCatalogue Of(IEnumerable<BuildDocument> documents, IReadOnlyList<string> formats, string? shard)
    {
        var kept = documents.Where(d => d.Status != BuildStatus.NotStarted).Select(d => d with { Action = null, Milliseconds = null })
            .OrderBy(d => d.Input, StringComparer.Ordinal).ToList();
        return new BuildCatalogue
        {
            Version = MrsCli.Version, Formats = formats, Shard = shard, Summary = BuildSummary.Of(kept, run: false),
            Documents = kept
        };
    }

    /// <summary>True when some document fails the build at this threshold: a failed document, or a finding at or above it.</summary>
    public bool Fails(string failOn) => failOn switch
    {
        "never" => false,
        "warning" => Summary.Failed > 0 || Summary.Errors > 0 || Summary.Warnings > 0,
        _ => Summary.Failed > 0 || Summary.Errors > 0,
    };
}

/// <summary>Reads and writes the catalogue: index.json, index.html, the report; atomically (temporary file, then rename).</summary>
internal static class BuildCatalogueFiles
{
    public const string Json = "index.json";
    public const string Html = "index.html";

    internal static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = BuildJsonContext.Default,
    };

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Info<T>()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    /// <summary>The value in a JSON file; null (and why) when it is missing, unreadable or not of this shape.</summary>
    public static T? Read<T>(string path, out string? why)
        where T : class
    {
        why = null;
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), Info<T>()) ?? throw new JsonException("empty");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            why = ex.Message.Split('\n')[0];
            return null;
        }
    }

    /// <summary>index.json and index.html in the output folder.</summary>
    public static void Write(string outputFolder, BuildCatalogue catalogue, BuildMessages text)
    {
        ModelWriter.WriteFileAtomically(Path.Combine(outputFolder, Json), ToJson(catalogue));
        ModelWriter.WriteFileAtomically(Path.Combine(outputFolder, Html), Page(catalogue, text));
    }

    public static void WriteReport(string path, BuildCatalogue report) => ModelWriter.WriteFileAtomically(path, ToJson(report));

    /// <summary>The catalogue page: every document with its status, findings counts and links to its outputs.</summary>
    public static string Page(BuildCatalogue catalogue, BuildMessages text)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        static string Href(string relative) => string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(text.Chinese ? "zh-CN" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"mrs ").Append(E(catalogue.Version)).Append("\">\n")
            .Append("<title>").Append(E(text.CatalogueTitle)).Append("</title>\n<style>\n")
            .Append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;width:100%}")
            .Append("th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}th{white-space:nowrap}")
            .Append("td.n{text-align:right;font-variant-numeric:tabular-nums}tr.failed td{background:#fdecea}")
            .Append(".failed .status{color:#a40000;font-weight:bold}.error{color:#a40000;font-size:.9em}a{margin-right:.5em}\n")
            .Append("</style>\n</head>\n<body>\n<h1>").Append(E(text.CatalogueTitle)).Append("</h1>\n<p>")
            .Append(E(text.CatalogueLead(catalogue.Summary))).Append("</p>\n<table>\n<thead><tr>");
        foreach (var head in new[] { text.Document, text.Identifier, text.Title, text.Status, text.Errors, text.Warnings, text.Infos, text.Outputs })
        {
            html.Append("<th>").Append(E(head)).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var d in catalogue.Documents)
        {
            var failed = d.Status == BuildStatus.Failed;
            html.Append(failed ? "<tr class=\"failed\">" : "<tr>").Append("<td>").Append(E(d.Input)).Append("</td><td>").Append(E(d.Identifier))
                .Append("</td><td>").Append(E(d.Title)).Append("</td><td class=\"status\">").Append(E(text.StatusText(d.Status)));
            if (d.Error is { } error)
            {
                html.Append("<div class=\"error\">").Append(E(error)).Append("</div>");
            }
            html.Append("</td><td class=\"n\">").Append(d.Errors).Append("</td><td class=\"n\">").Append(d.Warnings)
                .Append("</td><td class=\"n\">").Append(d.Infos).Append("</td><td>");
            foreach (var output in d.Outputs)
            {
                var label = output[(output.LastIndexOf('/') + 1)..];
                html.Append("<a href=\"").Append(E(Href(output))).Append("\">").Append(E(label)).Append("</a>");
            }
            html.Append("</td></tr>\n");
        }
        return html.Append("</tbody>\n</table>\n</body>\n</html>\n").ToString();
    }
}

[JsonSerializable(typeof(BuildCatalogue))]
[JsonSerializable(typeof(BuildCacheFile))]
internal sealed partial class BuildJsonContext : JsonSerializerContext;
