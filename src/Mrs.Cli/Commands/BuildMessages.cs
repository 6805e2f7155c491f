using Mrs.Text.Messages;

namespace Mrs.Cli.Commands;

/// <summary>
/// Every message <c>mrs build</c> shows (progress, summary, errors, the catalogue page), in English and Simplified
/// Chinese, kept together so that they move into the CLI's message catalogue in one piece.
/// </summary>
internal sealed class BuildMessages(bool zh)
{
    public static BuildMessages For(string? language) => new(language?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true);

    public bool Chinese => zh;

    public string UnknownFormat(string name, string choices) =>
        Catalog.Format("build.unknownFormat", name, choices);

    public string NotImplemented(string name, string available) =>
        Catalog.Format("build.notImplemented", name, available);

    public string JobsAtLeastOne => Catalog.Get("build.jobsAtLeastOne");

    public string ShardSyntax => Catalog.Get("build.shardSyntax");

    public string NoSuchInput(string input) => Catalog.Format("build.noSuchInput", input);

    public string NothingToBuild => Catalog.Get("build.nothingToBuild");

    public string EmptyShard(string shard, int total) =>
        Catalog.Format("build.emptyShard", shard, total);

    public string MergeOptions => Catalog.Get("build.mergeOptions");

    public string NotABuild(string folder) =>
        Catalog.Format("build.notABuild", folder);

    public string BadCatalogue(string file, string why) => Catalog.Format("build.badCatalogue", file, why);

    public string MergeConflict(string file, string other) =>
        Catalog.Format("build.mergeConflict", file, other);

    public string DuplicateInput(string input, string folder) =>
        Catalog.Format("build.duplicateInput", input, folder);

    public string Cancelling => Catalog.Get("build.cancelling");

    public string Cancelled(int notStarted) =>
        Catalog.Format("build.cancelled", notStarted);

    public string ProgressTitle => Catalog.Get("build.progressTitle");

    public string Action(string action) => action switch
    {
        "built" => Catalog.Get("build.action.built"),
        "up-to-date" => Catalog.Get("build.action.upToDate"),
        "failed" => Catalog.Get("build.action.failed"),
        _ => Catalog.Get("build.action.notStarted"),
    };

    public string Findings(int errors, int warnings, int infos) =>
        Catalog.Format("build.findings", errors, warnings, infos);

    /// <summary>One plain progress line: "[ 3/10] built x.docx (1.2 s; 2 errors, 0 warnings, 1 infos)".</summary>
    public string ProgressLine(int done, int total, BuildDocument document)
    {
        var width = total.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        var count = $"[{done.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width)}/{total}]";
        var seconds = document.Milliseconds is { } ms ? $"{ms / 1000.0:F1} s" : "";
        var detail = document.Status == BuildStatus.Failed
            ? document.ErrorAsGiven ?? ""
            : seconds.Length > 0 ? $"{seconds}; {Findings(document.Errors, document.Warnings, document.Infos)}"
            : Findings(document.Errors, document.Warnings, document.Infos);
        return document.Status == BuildStatus.Failed
            ? $"{count} {Action(document.Action ?? "failed")} {detail}"
            : $"{count} {Action(document.Action ?? "built")} {document.Input} ({detail})";
    }

    /// <summary>The last line: "3 built, 0 failed, 2 up to date in 4.1 s (2 jobs) → out; 1 errors, 0 warnings, 0 infos".</summary>
    public string Summary(BuildSummary s, double seconds, int jobs, string output) =>
        Catalog.Format("build.summary", s.Built, s.Failed, s.UpToDate, seconds, jobs, output, Findings(s.Errors, s.Warnings, s.Infos));

    public string MergeSummary(BuildSummary s, int folders, string output) =>
        Catalog.Format("build.mergeSummary", s.Documents, folders, s.Failed, output, Findings(s.Errors, s.Warnings, s.Infos));

    // The summary table and the catalogue page.
    public string Document => Catalog.Get("build.document");
    public string Identifier => Catalog.Get("build.identifier");
    public string Title => Catalog.Get("build.title");
    public string Status => Catalog.Get("build.status");
    public string Errors => Catalog.Get("build.errors");
    public string Warnings => Catalog.Get("build.warnings");
    public string Infos => Catalog.Get("build.infos");
    public string Outputs => Catalog.Get("build.outputs");
    public string Count => Catalog.Get("build.count");
    public string Total => Catalog.Get("build.total");
    public string CatalogueTitle => Catalog.Get("build.catalogueTitle");
    public string StatusText(string status) => status == BuildStatus.Ok ? Catalog.Get("build.statusText.ok") : Catalog.Get("build.statusText.failed");

    public string CatalogueLead(BuildSummary s) =>
        Catalog.Format("build.catalogueLead", s.Documents, s.Failed, Findings(s.Errors, s.Warnings, s.Infos));

    public string MoreFailures(int more) => Catalog.Format("build.moreFailures", more);
}
