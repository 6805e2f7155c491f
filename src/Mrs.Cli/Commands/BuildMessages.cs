namespace Mrs.Cli.Commands;

/// <summary>
/// Every message <c>mrs build</c> shows (progress, summary, errors, the catalogue page), in English and Simplified
/// Chinese, kept together so that they move into the CLI's message catalogue in one piece.
/// </summary>
internal sealed class BuildMessages(bool zh)
{
    public static BuildMessages For(string? language) => new(language?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true);

    public bool Chinese => zh;

    private string T(string en, string zhCn) => zh ? zhCn : en;

    public string UnknownFormat(string name, string choices) =>
        T($"unknown output format '{name}' for --to (choose from {choices})", $"--to 的输出格式 '{name}' 未知（可选：{choices}）");

    public string NotImplemented(string name, string available) =>
        T($"--to {name} is not implemented yet (available: {available})", $"--to {name} 尚未实现（可用：{available}）");

    public string JobsAtLeastOne => T("--jobs must be 1 or more", "--jobs 必须大于等于 1");

    public string ShardSyntax => T("--shard takes i/N with 1 ≤ i ≤ N, e.g. --shard 2/4", "--shard 的格式为 i/N，1 ≤ i ≤ N，例如 --shard 2/4");

    public string NoSuchInput(string input) => T($"{input}: no such file or folder", $"{input}：没有这个文件或文件夹");

    public string NothingToBuild => T("nothing to build: no Word documents or models among the inputs", "没有可构建的内容：输入中没有 Word 文件或模型");

    public string EmptyShard(string shard, int total) =>
        T($"shard {shard} has none of the {total} inputs; nothing to build", $"分片 {shard} 未分到 {total} 个输入中的任何一个，无需构建");

    public string MergeOptions => T("--merge joins build output folders; it takes no --shard, --to or --force",
        "--merge 合并构建输出文件夹，不接受 --shard、--to 或 --force");

    public string NotABuild(string folder) =>
        T($"{folder}: error: no index.json here; --merge takes the output folders of mrs build",
            $"{folder}：错误：此处没有 index.json；--merge 需要 mrs build 的输出文件夹");

    public string BadCatalogue(string file, string why) => T($"{file}: error: not a build catalogue ({why})", $"{file}：错误：不是构建目录（{why}）");

    public string MergeConflict(string file, string other) =>
        T($"{file}: error: a different file of the same name came from {other}; kept the first", $"{file}：错误：{other} 中有同名但内容不同的文件；保留了第一个");

    public string DuplicateInput(string input, string folder) =>
        T($"{input}: built in more than one shard; the entry of {folder} is left out", $"{input}：在多个分片中构建；{folder} 中的条目未采用");

    public string Cancelling => T("stopping: no new documents start; those running finish (Ctrl+C again to stop at once)",
        "正在停止：不再开始新的文件，正在处理的文件将完成（再按 Ctrl+C 立即停止）");

    public string Cancelled(int notStarted) =>
        T($"stopped: {notStarted} documents not started; the catalogue and cache hold what finished", $"已停止：{notStarted} 个文件未开始；目录和缓存包含已完成的文件");

    public string ProgressTitle => T("Building", "构建中");

    public string Action(string action) => action switch
    {
        "built" => T("built", "已构建"),
        "up-to-date" => T("up to date", "无需更新"),
        "failed" => T("failed", "失败"),
        _ => T("not started", "未开始"),
    };

    public string Findings(int errors, int warnings, int infos) =>
        T($"{errors} errors, {warnings} warnings, {infos} infos", $"{errors} 个错误，{warnings} 个警告，{infos} 个提示");

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
        T($"{s.Built} built, {s.Failed} failed, {s.UpToDate} up to date in {seconds:F1} s ({jobs} jobs) → {output}; "
            + $"{Findings(s.Errors, s.Warnings, s.Infos)}",
            $"{s.Built} 个已构建，{s.Failed} 个失败，{s.UpToDate} 个无需更新，用时 {seconds:F1} 秒（{jobs} 个并行）→ {output}；{Findings(s.Errors, s.Warnings, s.Infos)}");

    public string MergeSummary(BuildSummary s, int folders, string output) =>
        T($"{s.Documents} documents from {folders} folders ({s.Failed} failed) → {output}; {Findings(s.Errors, s.Warnings, s.Infos)}",
            $"{s.Documents} 个文件，来自 {folders} 个文件夹（{s.Failed} 个失败）→ {output}；{Findings(s.Errors, s.Warnings, s.Infos)}");

    // The summary table and the catalogue page.
    public string Document => T("Document", "文件");
    public string Identifier => T("Identifier", "编号");
    public string Title => T("Title", "名称");
    public string Status => T("Status", "状态");
    public string Errors => T("Errors", "错误");
    public string Warnings => T("Warnings", "警告");
    public string Infos => T("Infos", "提示");
    public string Outputs => T("Outputs", "输出");
    public string Count => T("Documents", "文件数");
    public string Total => T("total", "合计");
    public string CatalogueTitle => T("Standards built", "已构建的标准");
    public string StatusText(string status) => status == BuildStatus.Ok ? T("ok", "成功") : T("failed", "失败");

    public string CatalogueLead(BuildSummary s) =>
        T($"{s.Documents} documents, {s.Failed} failed; {Findings(s.Errors, s.Warnings, s.Infos)}.",
            $"{s.Documents} 个文件，{s.Failed} 个失败；{Findings(s.Errors, s.Warnings, s.Infos)}。");

    public string MoreFailures(int more) => T($"… and {more} more (see the report)", $"……另有 {more} 个（见报告）");
}
