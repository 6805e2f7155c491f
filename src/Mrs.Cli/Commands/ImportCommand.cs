using System.CommandLine;
using Mrs.Serialization;
using Mrs.Text.Messages;

namespace Mrs.Cli.Commands;

/// <summary><c>mrs import</c>: a Word standard into the clause model.</summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("input") { Description = Catalog.Get("import.input") };
        var output = new Option<string?>("--output", "-o") { Description = Catalog.Get("import.output") };
        var options = new DocumentOptions();
        var report = new Option<string?>("--report") { Description = Catalog.Get("import.report") };
        var command = new Command("import", Catalog.Get("import.description")) { input, output, report, CommonOptions.Verbose() };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            if (path == "-" && !File.Exists(path) && !OperatingSystem.IsWindows())
            {
                path = "/dev/stdin"; // - for standard input, as for -o
            }
            if (parse.GetValue(output) is null && FileKinds.Of(path) == FileKind.Special)
            {
                // /dev/stdin.std.yaml would be written into /dev
                console.Error.WriteLine(Catalog.Format("import.error.noName", path));
                return ExitCodes.BadInput;
            }
            var target = parse.GetValue(output) ?? DefaultOutput(path);
            var toStdout = target == "-";
            var importOptions = options.Read(parse, toStdout ? null : target);
            if (toStdout && parse.GetValue(options.Assets) is null)
            {
                // A model on standard output has no folder: its pictures go to assets/<name>/ in the working directory, where
                // its paths point.
                var relative = "assets/" + DocumentOptions.AssetsSubfolder(path == "/dev/stdin" ? "stdin" : path);
                importOptions = importOptions with { AssetsFolder = Path.GetFullPath(relative), AssetsRelativePath = relative };
            }
            if (DocumentOptions.AssetsOutside(importOptions) is { } problem)
            {
                console.Fail(problem);
                return ExitCodes.BadInput;
            }
            var loaded = StandardLoader.Import(path, importOptions, parse.GetValue(options.Soffice));
            if (loaded.Imported is not { } result)
            {
                loaded.ReportError(console);
                return ExitCodes.BadInput;
            }
            var format = toStdout ? ModelFormat.Yaml : ModelFormats.FromPath(target);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var text = ModelWriter.Write(result.Document, format);
            if (Environment.GetEnvironmentVariable("MRS_TIMINGS") == "1")
            {
                console.Error.WriteLine($"timings: write {clock.ElapsedMilliseconds} ms; collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/"
                    + $"{GC.CollectionCount(2)} (gen 0/1/2), {GC.GetTotalAllocatedBytes() / 1048576} MB allocated, "
                    + $"{GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms paused");
            }
            // Both outputs are written in full before either is put in place: a report that cannot be written leaves no model.
            try
            {
                using var model = toStdout ? null : OutputFile.Stage(target, text);
                using var reportFile = parse.GetValue(report) is { } reportPath
                    ? OutputFile.Stage(reportPath, ImportReportJson.Write(result.Report)) : null;
                if (toStdout)
                {
                    console.Out.Write(text);
                }
                model?.Commit();
                reportFile?.Commit();
            }
            catch (OutputException ex)
            {
                console.Error.WriteLine(ex.Message);
                return ExitCodes.BadInput;
            }
            foreach (var line in result.Report.Summary())
            {
                console.Error.WriteLine(Catalog.Format("import.summaryLine", Path.GetFileName(path), line));
            }
            if (!toStdout)
            {
                console.Error.WriteLine(Catalog.Format("import.wrote", Path.GetFileName(path), target));
            }
            else if (result.Document.Assets.Count(a => a.Path is not null) is > 0 and var pictures)
            {
                // The model goes to standard output; say where its pictures went, so that they are not looked for beside it.
                var folder = Path.GetRelativePath(Environment.CurrentDirectory, importOptions.AssetsFolder!).Replace('\\', '/');
                console.Error.WriteLine(Catalog.Format("import.wrotePictures", Path.GetFileName(path), pictures, folder,
                    importOptions.AssetsRelativePath));
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>"dir/name.docx" → "dir/name.std.yaml".</summary>
    public static string DefaultOutput(string input) =>
        Path.Combine(Path.GetDirectoryName(input) ?? "", Path.GetFileNameWithoutExtension(input) + ".std.yaml");
}

