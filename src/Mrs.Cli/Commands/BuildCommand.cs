using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using Mrs.Rendering.Writers;

namespace Mrs.Cli.Commands;

/// <summary>
/// <c>mrs build</c>: every standard in the given files and folders, in parallel, into the chosen formats. Outputs keep
/// the inputs' relative paths under the output folder; images go to an assets/ folder beside the models of each
/// folder (content-hash names), so that every asset path stays inside its model's folder.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files or folders of standards (Word documents and models).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Output folder.", Required = true };
        var to = new Option<string>("--to") { Description = $"Comma-separated outputs: {string.Join(',', OutputWriters.All.Select(w => w.Name))}.", DefaultValueFactory = _ => "yaml" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Documents processed in parallel (default: the number of processors).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var shard = new Option<string?>("--shard") { Description = "Process only shard i of N (i/N, 1-based), to split a build across CI machines." };
        var browser = CommonOptions.Browser();
        var options = new DocumentOptions();
        var command = new Command("build", "Build every standard in files and folders into the chosen formats.") { inputs, output, to, jobs, shard, browser, CommonOptions.Verbose() };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var names = parse.GetValue(to)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).Distinct().ToList();
            if (names.FirstOrDefault(n => OutputWriters.Find(n) is null) is { } unknown)
            {
                console.Fail($"unknown output format '{unknown}' for --to (choose from {string.Join(", ", OutputWriters.All.Select(w => w.Name))})");
                return ExitCodes.BadInput;
            }
            var writers = names.Select(n => OutputWriters.Find(n)!).ToList();
            if (writers.FirstOrDefault(w => !w.IsImplemented) is { } missing)
            {
                console.Fail($"--to {missing.Name} is not implemented yet (available: {string.Join(", ", OutputWriters.All.Where(w => w.IsImplemented).Select(w => w.Name))})");
                return ExitCodes.BadInput;
            }
            if (writers.Any(w => w.Name == "pdf"))
            {
                // Before any document is read: without a browser no PDF can be made.
                try
                {
                    Mrs.Rendering.Pdf.BrowserLocator.Require(parse.GetValue(browser));
                }
                catch (MissingToolException ex)
                {
                    console.Fail(ex.Message);
                    return ExitCodes.BadInput;
                }
            }
            var jobCount = parse.GetValue(jobs);
            if (jobCount < 1)
            {
                console.Fail("--jobs must be 1 or more");
                return ExitCodes.BadInput;
            }
            if (!TryShard(parse.GetValue(shard), out var shardIndex, out var shardCount))
            {
                console.Fail("--shard takes i/N with 1 ≤ i ≤ N, e.g. --shard 2/4");
                return ExitCodes.BadInput;
            }

            var sources = new List<(string Path, string Relative)>();
            foreach (var input in parse.GetValue(inputs)!)
            {
                if (Directory.Exists(input))
                {
                    foreach (var file in StandardLoader.StandardsIn(input))
                    {
                        sources.Add((file, Path.GetRelativePath(input, file)));
                    }
                }
                else if (File.Exists(input))
                {
                    sources.Add((input, Path.GetFileName(input)));
                }
                else
                {
                    console.Fail($"{input}: no such file or folder");
                    return ExitCodes.BadInput;
                }
            }
            sources = sources.DistinctBy(s => Path.GetFullPath(s.Path)).Where((_, i) => i % shardCount == shardIndex - 1).ToList();
            if (sources.Count == 0)
            {
                console.Fail("nothing to build: no Word documents or models among the inputs");
                return ExitCodes.BadInput;
            }

            // Two inputs that would write the same model ("x.doc" and "x.docx") keep their extension in the name.
            var stems = sources.Select(s => StemOf(s.Relative)).ToList();
            var shared = stems.GroupBy(x => x, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var outputFolder = Path.GetFullPath(parse.GetValue(output)!);
            if (MakeOutputFolder(parse.GetValue(output)!, outputFolder) is { } folderError)
            {
                console.Error.WriteLine(folderError);
                return ExitCodes.BadInput;
            }
            var results = new ConcurrentDictionary<int, (bool Ok, string Message)>();
            var pictures = new SofficePictures(parse.GetValue(options.Soffice));
            var clock = Stopwatch.StartNew();
            Parallel.ForEach(sources.Select((s, i) => (s, i)), new ParallelOptions { MaxDegreeOfParallelism = jobCount }, item =>
            {
                var ((path, relative), index) = item;
                var started = Stopwatch.StartNew();
                try
                {
                    var stem = Path.Combine(outputFolder, shared.Contains(stems[index]) ? relative : stems[index]);
                    var modelFolder = Path.GetDirectoryName(stem)!;
                    // Asset paths stay inside the model's folder: each folder of the build has its assets/ beside its models.
                    var assets = Path.Combine(modelFolder, "assets");
                    var importOptions = options.Read(parse, stem + ".std.yaml") with
                    {
                        AssetsFolder = assets,
                        AssetsRelativePath = "assets",
                    };
                    using var loaded = StandardLoader.Load(path, importOptions, parse.GetValue(options.Soffice));
                    var document = loaded.Document;
                    var error = loaded.Problem;
                    if (document is not null && !StandardLoader.IsDocument(path))
                    {
                        // An imported document has put its pictures in assets/ already; a model file brings them from beside it.
                        document = BuildAssets.Carry(document, path, assets, modelFolder, out var assetError);
                        if (assetError is not null)
                        {
                            error = $"{path}: error: {assetError}";
                        }
                    }
                    if (document is null)
                    {
                        results[index] = (false, error!.Split('\n')[0]);
                        return;
                    }
                    // Asset paths are relative to the model's folder and stay inside the output folder.
                    var writerOptions = new WriterOptions { SourceFolder = modelFolder, AssetRoot = outputFolder, Pictures = pictures, Browser = parse.GetValue(browser) };
                    foreach (var writer in writers)
                    {
                        writer.Write(document, stem + writer.Suffix, writerOptions);
                    }
                    results[index] = (true, $"{path}: built in {started.ElapsedMilliseconds} ms");
                }
                catch (Mrs.Serialization.OutputException ex)
                {
                    results[index] = (false, ex.Message);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or MissingToolException)
                {
                    results[index] = (false, $"{path}: error: {(ex is UnauthorizedAccessException ? "permission denied" : ex.Message.Split('\n')[0])}");
                }
            });

            var failed = 0;
            foreach (var (ok, message) in results.OrderBy(r => r.Key).Select(r => r.Value))
            {
                if (!ok)
                {
                    failed++;
                    console.Error.WriteLine(message);
                }
                else if (console.Verbose)
                {
                    console.Error.WriteLine(message);
                }
            }
            console.Error.WriteLine($"{sources.Count - failed} built, {failed} failed in {clock.Elapsed.TotalSeconds:F1} s ({jobCount} jobs) → {outputFolder}");
            return failed > 0 ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Makes the output folder; the one-line error when it cannot be (a file in the way, no permission), else null.</summary>
    private static string? MakeOutputFolder(string given, string full)
    {
        for (var d = full; !string.IsNullOrEmpty(d); d = Path.GetDirectoryName(d))
        {
            var kind = Mrs.Serialization.FileKinds.Of(d);
            if (kind == Mrs.Serialization.FileKind.Folder)
            {
                break;
            }
            if (kind != Mrs.Serialization.FileKind.Missing)
            {
                return d == full ? $"{given}: error: the output is a file, not a folder" : $"{given}: error: cannot make the output folder: '{d}' is a file, not a folder";
            }
        }
        try
        {
            Directory.CreateDirectory(full);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"{given}: error: cannot make the output folder: {(ex is UnauthorizedAccessException ? "permission denied" : ex.Message.Split('\n')[0])}";
        }
    }

    /// <summary>"sub/GB T 1.docx" → "sub/GB T 1"; "x.std.yaml" → "x".</summary>
    private static string StemOf(string relative)
    {
        foreach (var suffix in new[] { ".std.yaml", ".std.json" })
        {
            if (relative.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return relative[..^suffix.Length];
            }
        }
        return Path.Combine(Path.GetDirectoryName(relative) ?? "", Path.GetFileNameWithoutExtension(relative));
    }

    private static bool TryShard(string? text, out int index, out int count)
    {
        index = 1;
        count = 1;
        if (text is null)
        {
            return true;
        }
        var parts = text.Split('/');
        return parts.Length == 2 && int.TryParse(parts[0], out index) && int.TryParse(parts[1], out count) && count >= 1 && index >= 1 && index <= count;
    }
}
