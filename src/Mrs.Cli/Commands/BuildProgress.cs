using Spectre.Console;

namespace Mrs.Cli.Commands;

/// <summary>
/// How a build shows its progress, on standard error (standard output stays for machine output): a live progress bar
/// and a summary table on a terminal (Spectre.Console), plain lines, one per document, when standard error is not a
/// terminal or CI=true (CI logs), or when mrs runs in-process.
/// </summary>
internal abstract class BuildProgress(BuildMessages text)
{
    protected BuildMessages Text { get; } = text;

    public static BuildProgress For(CliConsole console, BuildMessages text)
    {
        var terminal = ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            && Environment.GetEnvironmentVariable("TERM") != "dumb";
        return terminal ? new Live(text) : new Plain(console.Error, text);
    }

    /// <summary>Runs <paramref name="work"/>, which reports each document when it is done (from any thread).</summary>
    public abstract void Run(int total, Action<Action<BuildDocument>> work);

    /// <summary>A line while the build runs (Ctrl+C taken).</summary>
    public abstract void Note(string line);

    /// <summary>The end: the documents that failed or have errors, the totals, and <paramref name="last"/>.</summary>
    public abstract void Summary(IReadOnlyList<BuildDocument> documents, BuildSummary summary, string last);

    /// <summary>The documents worth a line in the summary: failed ones, then those with errors, in input order.</summary>
    protected static List<BuildDocument> Notable(IReadOnlyList<BuildDocument> documents) =>
        documents.Where(d => d.Status == BuildStatus.Failed).Concat(documents.Where(d => d.Status == BuildStatus.Ok && d.Errors > 0)).ToList();

    private sealed class Plain(TextWriter error, BuildMessages text) : BuildProgress(text)
    {
        private readonly Lock gate = new();

        public override void Run(int total, Action<Action<BuildDocument>> work)
        {
            var done = 0;
            work(document =>
            {
                lock (gate)
                {
                    error.WriteLine(Text.ProgressLine(++done, total, document));
                }
            });
        }

        public override void Note(string line)
        {
            lock (gate)
            {
                error.WriteLine("mrs: " + line);
            }
        }

        public override void Summary(IReadOnlyList<BuildDocument> documents, BuildSummary summary, string last)
        {
            // The failures again, together and in input order, where a CI log is read from the end.
            foreach (var d in documents.Where(d => d.Status == BuildStatus.Failed))
            {
                error.WriteLine(d.ErrorAsGiven);
            }
            error.WriteLine(last);
        }
    }

    private sealed class Live(BuildMessages text) : BuildProgress(text)
    {
        private readonly IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

        public override void Run(int total, Action<Action<BuildDocument>> work)
        {
            var gate = new Lock();
            console.Progress()
                .AutoClear(false)
                .HideCompleted(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask(Markup.Escape(Text.ProgressTitle), maxValue: total);
                    var done = 0;
                    work(document =>
                    {
                        lock (gate)
                        {
                            done++;
                            task.Increment(1);
                            task.Description = Markup.Escape($"{Text.ProgressTitle} {done}/{total}: {document.Input}");
                        }
                    });
                    task.Description = Markup.Escape($"{Text.ProgressTitle} {done}/{total}");
                });
        }

        public override void Note(string line) => console.MarkupLine("[yellow]" + Markup.Escape(line) + "[/]");

        public override void Summary(IReadOnlyList<BuildDocument> documents, BuildSummary summary, string last)
        {
            var notable = Notable(documents);
            if (notable.Count > 0)
            {
                var table = new Table().Border(TableBorder.Rounded);
                table.AddColumn(Markup.Escape(Text.Document));
                table.AddColumn(Markup.Escape(Text.Status));
                table.AddColumn(new TableColumn(Markup.Escape(Text.Errors)).RightAligned());
                table.AddColumn(new TableColumn(Markup.Escape(Text.Warnings)).RightAligned());
                foreach (var d in notable.Take(20))
                {
                    var status = d.Status == BuildStatus.Failed ? $"[red]{Markup.Escape(Text.StatusText(d.Status))}[/]"
                        : Markup.Escape(Text.StatusText(d.Status));
                    table.AddRow(Markup.Escape(d.Input), status, d.Errors.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        d.Warnings.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                if (notable.Count > 20)
                {
                    table.AddRow(Markup.Escape(Text.MoreFailures(notable.Count - 20)), "", "", "");
                }
                console.Write(table);
                foreach (var d in documents.Where(d => d.Status == BuildStatus.Failed).Take(20))
                {
                    console.MarkupLine("[red]" + Markup.Escape(d.ErrorAsGiven ?? "") + "[/]");
                }
            }
            var totals = new Table().Border(TableBorder.Simple);
            foreach (var head in new[] { Text.Action("built"), Text.Action("up-to-date"), Text.Action("failed"), Text.Errors, Text.Warnings,
                Text.Infos })
            {
                totals.AddColumn(new TableColumn(Markup.Escape(head)).RightAligned());
            }
            totals.AddRow([.. new[] { summary.Built, summary.UpToDate, summary.Failed, summary.Errors, summary.Warnings, summary.Infos }
                .Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            console.Write(totals);
            console.WriteLine(last);
        }
    }
}
