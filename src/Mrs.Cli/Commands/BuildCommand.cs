using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Mrs.Rendering.Writers;
using Mrs.Text.Messages;

namespace Mrs.Cli.Commands;

/// <summary>
/// <c>mrs build</c>: every standard in the given files and folders, in parallel, imported, validated and written in the
/// chosen formats, with a catalogue of everything built (index.json, index.html). Outputs keep the inputs' relative
/// paths under the output folder; each model's pictures go to assets/&lt;name&gt;/ beside it (readable names, as import
/// gives them), so that every asset path stays inside its model's folder. Incremental (<see cref="BuildCache"/>), shardable
/// by a stable hash of each input's relative path, stopped cleanly by Ctrl+C; <c>--merge</c> joins shards' outputs.
/// </summary>
internal static class BuildCommand
{
    /// <summary>Exit code of a build stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;

    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = Catalog.Get("build.inputs"),
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o") { Description = Catalog.Get("build.output"), Required = true };
        var to = new Option<string>("--to")
        {
            Description = Catalog.Format("build.to", string.Join(',', OutputWriters.All.Select(w => w.Name))),
            DefaultValueFactory = _ => "yaml",
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = Catalog.Get("build.jobs"),
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var shard = new Option<string?>("--shard")
        {
            Description = Catalog.Get("build.shard"),
        };
        var failOn = new Option<string>("--fail-on")
        {
            Description = Catalog.Get("build.failOn"),
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "never");
        var report = new Option<string?>("--report") { Description = Catalog.Get("build.report") };
        var force = new Option<bool>("--force") { Description = Catalog.Get("build.force") };
        var merge = new Option<bool>("--merge") { Description = Catalog.Get("build.merge") };
        var browser = CommonOptions.Browser();
        var options = new DocumentOptions();
        var command = new Command("build", Catalog.Get("build.description"))
        {
            inputs, output, to, jobs, shard, failOn, report, force, merge, browser, CommonOptions.Verbose(),
        };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var text = BuildMessages.For(System.Globalization.CultureInfo.CurrentUICulture.Name); // the language of the run (--lang, MRS_LANG …)
            if (parse.GetValue(merge))
            {
                if (parse.GetResult(shard) is { Implicit: false } || parse.GetResult(to) is { Implicit: false } || parse.GetValue(force))
                {
                    console.Fail(text.MergeOptions);
                    return ExitCodes.BadInput;
                }
                return BuildMerge.Run(console, text, parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(report),
                    parse.GetValue(failOn)!);
            }
            var names = parse.GetValue(to)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(f => f.ToLowerInvariant()).Distinct().ToList();
            if (names.FirstOrDefault(n => OutputWriters.Find(n) is null) is { } unknown)
            {
                console.Fail(text.UnknownFormat(unknown, string.Join(", ", OutputWriters.All.Select(w => w.Name))));
                return ExitCodes.BadInput;
            }
            var writers = names.Select(n => OutputWriters.Find(n)!).ToList();
            if (writers.FirstOrDefault(w => !w.IsImplemented) is { } missing)
            {
                console.Fail(text.NotImplemented(missing.Name, string.Join(", ", OutputWriters.All.Where(w => w.IsImplemented).Select(w => w.Name))));
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
                console.Fail(text.JobsAtLeastOne);
                return ExitCodes.BadInput;
            }
            if (!TryShard(parse.GetValue(shard), out var shardIndex, out var shardCount))
            {
                console.Fail(text.ShardSyntax);
                return ExitCodes.BadInput;
            }
            var settings = new Settings
            {
                Writers = writers,
                Jobs = jobCount,
                Shard = parse.GetValue(shard) is null ? null : $"{shardIndex}/{shardCount}",
                FailOn = parse.GetValue(failOn)!,
                Report = parse.GetValue(report),
                Force = parse.GetValue(force),
                Browser = parse.GetValue(browser),
                Soffice = parse.GetValue(options.Soffice),
                Import = modelPath => options.Read(parse, modelPath),
                // What decides a document's outputs besides its bytes and mrs's version (the cache key).
                Fingerprint = $"profile={parse.GetValue(options.Profile)}\ntrack-changes={parse.GetValue(options.TrackChanges)}\n"
                    + $"style-map={BuildCache.HashOf(parse.GetValue(options.StyleMap))}\nformats={string.Join(',', names)}",
            };
            return Run(console, text, settings, parse.GetValue(inputs)!, parse.GetValue(output)!, shardIndex, shardCount);
        });
        return command;
    }

    private sealed record Settings
    {
        public required IReadOnlyList<IOutputWriter> Writers { get; init; }
        public required int Jobs { get; init; }
        public string? Shard { get; init; }
        public required string FailOn { get; init; }
        public string? Report { get; init; }
        public bool Force { get; init; }
        public string? Browser { get; init; }
        public string? Soffice { get; init; }
        public required Func<string, Mrs.Import.ImportOptions> Import { get; init; }
        public required string Fingerprint { get; init; }
    }

    /// <summary>One input: its path, its path relative to the folder given (the cache and shard key) and its outputs' name.</summary>
    private sealed record Source(string Path, string Relative, string Name);

    private static int Run(CliConsole console, BuildMessages text, Settings settings, string[] inputs, string outputGiven, int shardIndex,
        int shardCount)
    {
        var found = new List<(string Path, string Relative)>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                found.AddRange(StandardLoader.StandardsIn(input).Select(file => (file, Path.GetRelativePath(input, file).Replace('\\', '/'))));
            }
            else if (File.Exists(input))
            {
                found.Add((input, Path.GetFileName(input)));
            }
            else if (input.IndexOfAny(['*', '?']) >= 0 && Glob(input) is { Count: > 0 } matched)
            {
                found.AddRange(matched);
            }
            else
            {
                console.Fail(text.NoSuchInput(input));
                return ExitCodes.BadInput;
            }
        }
        found = found.DistinctBy(s => Path.GetFullPath(s.Path)).ToList();
        if (found.Count == 0)
        {
            console.Fail(text.NothingToBuild);
            return ExitCodes.BadInput;
        }
        // Names come from all the inputs, before sharding, so that every shard names a document the same way.
        var all = Named(found);
        var sources = all.Where(s => ShardOf(s.Relative, shardCount) == shardIndex).ToList();

        var outputFolder = Path.GetFullPath(outputGiven);
        if (MakeOutputFolder(outputGiven, outputFolder) is { } folderError)
        {
            console.Error.WriteLine(folderError);
            return ExitCodes.BadInput;
        }
        if (sources.Count == 0)
        {
            console.Error.WriteLine("mrs: " + text.EmptyShard(settings.Shard!, all.Count));
        }

        var cache = BuildCache.Open(outputFolder);
        var context = new Context(settings, outputFolder, cache, new SofficePictures(settings.Soffice));
        var results = new BuildDocument?[sources.Count];
        var progress = BuildProgress.For(console, text);
        using var stop = new CancellationTokenSource();
        Mrs.Serialization.TempFiles.Interrupt = () =>
        {
            if (stop.IsCancellationRequested)
            {
                return false; // the second Ctrl+C stops mrs at once; outputs are written whole or not at all
            }
            stop.Cancel();
            progress.Note(text.Cancelling);
            return true;
        };
        var clock = Stopwatch.StartNew();
        try
        {
            // The largest inputs first, one at a time to whichever worker is free: the slowest document does not come last.
            var order = Enumerable.Range(0, sources.Count).OrderByDescending(i => SizeOf(sources[i].Path)).ThenBy(i => i).ToList();
            progress.Run(sources.Count, report =>
            {
                try
                {
                    Parallel.ForEach(
                        System.Collections.Concurrent.Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering),
                        new ParallelOptions { MaxDegreeOfParallelism = settings.Jobs, CancellationToken = stop.Token },
                        i =>
                        {
                            results[i] = BuildOne(sources[i], context);
                            report(results[i]!);
                        });
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C: the documents that were running have finished; the others did not start.
                }
            });
        }
        finally
        {
            Mrs.Serialization.TempFiles.Interrupt = null;
        }
        var cancelled = stop.IsCancellationRequested;
        var documents = results.Select((d, i) => d ?? NotStarted(sources[i])).ToList();
        var formats = settings.Writers.Select(w => w.Name).ToList();
        var catalogue = BuildCatalogue.Of(documents, formats, settings.Shard);
        var runSummary = BuildSummary.Of(documents, run: true);
        try
        {
            cache.Save();
            BuildCatalogueFiles.Write(outputFolder, catalogue, text);
            if (settings.Report is { } reportPath)
            {
                BuildCatalogueFiles.WriteReport(reportPath, catalogue with
                {
                    Documents = [.. documents.OrderBy(d => d.Input, StringComparer.Ordinal)],
                    Summary = runSummary,
                    Jobs = settings.Jobs,
                    FailOn = settings.FailOn,
                    Milliseconds = clock.ElapsedMilliseconds,
                    Cancelled = cancelled,
                });
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Mrs.Serialization.OutputException)
        {
            console.Fail(ex.Message.Split('\n')[0]);
            return ExitCodes.BadInput;
        }
        var finished = documents.Where(d => d.Status != BuildStatus.NotStarted).OrderBy(d => d.Input, StringComparer.Ordinal).ToList();
        progress.Summary(finished, runSummary, text.Summary(runSummary, clock.Elapsed.TotalSeconds, settings.Jobs, outputFolder));
        if (cancelled)
        {
            console.Fail(text.Cancelled(runSummary.NotStarted));
            return Interrupted;
        }
        return catalogue.Fails(settings.FailOn) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private sealed record Context(Settings Settings, string OutputFolder, BuildCache Cache, SofficePictures Pictures)
    {
        /// <summary>The .mrs.yaml files read so far, by path (each read once).</summary>
        public ConcurrentDictionary<string, Lazy<(Mrs.Validation.Configuration.MrsConfig? Config, string? Error)>> Configs { get; } =
            new(StringComparer.Ordinal);
    }

    /// <summary>Builds one document: up to date from the cache, or imported, validated and written; never throws.</summary>
    private static BuildDocument BuildOne(Source source, Context context)
    {
        var clock = Stopwatch.StartNew();
        var settings = context.Settings;
        BuildDocument Failed(string error) => new()
        {
            Input = source.Relative,
            Name = source.Name,
            Status = BuildStatus.Failed,
            Action = "failed",
            // the path as given becomes the relative one: the catalogue reads the same on every machine
            Error = error.StartsWith(source.Path, StringComparison.Ordinal) ? source.Relative + error[source.Path.Length..] : error,
            Given = source.Path,
            Milliseconds = clock.ElapsedMilliseconds,
        };
        try
        {
            var configPath = Mrs.Validation.Configuration.ConfigFinder.Find(source.Path);
            var key = BuildCache.Key(File.ReadAllBytes(source.Path),
                $"{settings.Fingerprint}\nname={source.Name}\nconfig={BuildCache.HashOf(configPath)}");
            if (!settings.Force && context.Cache.UpToDate(source.Relative, key) is { } cached)
            {
                return cached with { Action = "up-to-date", Milliseconds = clock.ElapsedMilliseconds };
            }
            var (config, configError) = configPath is null ? (Mrs.Validation.Configuration.MrsConfig.Empty, null)
                : context.Configs.GetOrAdd(configPath, p => new(() =>
            {
                try
                {
                    return (Mrs.Validation.Configuration.MrsConfig.Load(p), null);
                }
                catch (Mrs.Validation.Configuration.ConfigException ex)
                {
                    return (null, ex.Describe());
                }
            })).Value;
            if (config is null)
            {
                return Failed(configError!);
            }
            var built = Make(source, context, config, out var files);
            if (built.Status == BuildStatus.Failed)
            {
                context.Cache.Record(source.Relative, key, [], built);
                return Failed(built.Error!);
            }
            built = built with { Action = "built", Milliseconds = clock.ElapsedMilliseconds };
            context.Cache.Record(source.Relative, key, files, built);
            return built;
        }
        catch (Mrs.Serialization.OutputException ex)
        {
            return Failed(ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or MissingToolException)
        {
            return Failed(Catalog.Format("error.at", source.Path,
                ex is UnauthorizedAccessException ? Catalog.Get("output.permissionDenied") : ex.Message.Split('\n')[0]));
        }
        catch (OperationCanceledException)
        {
            return Failed(Catalog.Format("error.at", source.Path, Catalog.Get("build.stopped")));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug in mrs: this document fails with one plain line; the others go on.
            return Failed(Catalog.Format("error.at", source.Path, Catalog.Format("build.bug", ex.Message.Split('\n')[0].TrimEnd('.'))));
        }
    }

    /// <summary>Imports or reads the document, validates it and writes every output; the files made (relative to the output folder).</summary>
    private static BuildDocument Make(Source source, Context context, Mrs.Validation.Configuration.MrsConfig config, out List<string> files)
    {
        files = [];
        var settings = context.Settings;
        var stem = Path.Combine(context.OutputFolder, source.Name);
        var modelFolder = Path.GetDirectoryName(stem)!;
        // Asset paths stay inside the model's folder: each model has its pictures in assets/<name>/ beside it.
        var assetsRelative = "assets/" + DocumentOptions.AssetsFolderName(Path.GetFileName(stem));
        var assets = Path.Combine(modelFolder, assetsRelative);
        var importOptions = settings.Import(stem + ".std.yaml") with { AssetsFolder = assets, AssetsRelativePath = assetsRelative };
        using var loaded = StandardLoader.Load(source.Path, importOptions, settings.Soffice);
        var failed = new BuildDocument { Input = source.Relative, Name = source.Name, Status = BuildStatus.Failed };
        if (!loaded.IsRead)
        {
            return failed with { Error = loaded.Problem!.Split('\n')[0] };
        }
        var document = loaded.Document;
        if (!StandardLoader.IsDocument(source.Path))
        {
            // An imported document has put its pictures in assets/ already; a model file brings them from beside it.
            document = BuildAssets.Carry(document, source.Path, assets, modelFolder, out var assetError);
            if (document is null)
            {
                return failed with { Error = Catalog.Format("error.at", source.Path, assetError) };
            }
        }
        var rules = new Mrs.Validation.Rules.RuleEngine().Run(loaded.Document, loaded.Locator, new Mrs.Validation.Rules.RuleRunOptions
        {
            Family = config.Family,
            Levels = config.Levels,
            Ignored = config.IgnoredFor(source.Path),
        });
        // Asset paths are relative to the model's folder and stay inside the output folder.
        var writerOptions = new WriterOptions
        {
            SourceFolder = modelFolder, AssetRoot = context.OutputFolder, Pictures = context.Pictures,
            Browser = settings.Browser
        };
        var outputs = new List<string>();
        foreach (var writer in settings.Writers)
        {
            writer.Write(document, stem + writer.Suffix, writerOptions);
            outputs.Add(source.Name + writer.Suffix);
        }
        files = [.. outputs, .. document.Assets.Where(a => a.Path is not null)
            .Select(a => Path.GetRelativePath(context.OutputFolder, Path.GetFullPath(Path.Combine(modelFolder, a.Path!))).Replace('\\', '/'))];
        var title = document.Metadata.Titles.FirstOrDefault();
        return new BuildDocument
        {
            Input = source.Relative,
            Name = source.Name,
            Identifier = document.Metadata.Identifier,
            Title = title is null ? null
                : string.Join(" — ", new[] { title.Intro, title.Main, title.Part }.Where(t => !string.IsNullOrWhiteSpace(t))),
            Status = BuildStatus.Ok,
            Family = Mrs.Validation.Rules.FamilyDetector.Name(rules.Family),
            Errors = rules.Findings.Count(f => f.Severity == Mrs.Validation.Severity.Error),
            Warnings = rules.Findings.Count(f => f.Severity == Mrs.Validation.Severity.Warning),
            Infos = rules.Findings.Count(f => f.Severity == Mrs.Validation.Severity.Info),
            Outputs = outputs,
        };
    }

    /// <summary>
    /// The standards a glob names (quoted, so that mrs expands it, as in a CI job or a container): the folders before
    /// the first wildcard are the folder searched, the rest is matched as --exclude matches ('**' any folders, a
    /// pattern without '/' a name at any depth); paths are relative to that folder.
    /// </summary>
    private static List<(string Path, string Relative)> Glob(string input)
    {
        var parts = input.Replace('\\', '/').Split('/');
        var fixedParts = parts.TakeWhile(p => p.IndexOfAny(['*', '?']) < 0).ToList();
        var folder = fixedParts.Count == 0 ? "." : string.Join('/', fixedParts);
        if (input.StartsWith('/') && fixedParts.Count == 1)
        {
            folder = "/";
        }
        if (!Directory.Exists(folder))
        {
            return [];
        }
        var pattern = StandardLoader.Glob(string.Join('/', parts.Skip(fixedParts.Count)));
        return [.. StandardLoader.StandardsIn(folder).Select(f => (f, Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .Where(f => pattern.IsMatch(f.Item2))];
    }

    private static BuildDocument NotStarted(Source source) =>
        new() { Input = source.Relative, Name = source.Name, Status = BuildStatus.NotStarted, Action = BuildStatus.NotStarted };

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>
    /// The outputs' name of every input: its relative path without the extension ("sub/x.docx" → "sub/x"); two inputs
    /// that would share a name ("x.doc" and "x.docx"), and an input named like the catalogue (index), keep their extension.
    /// </summary>
    private static List<Source> Named(List<(string Path, string Relative)> found)
    {
        var stems = found.Select(s => StemOf(s.Relative)).ToList();
        var shared = stems.GroupBy(x => x, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key)
            .Append("index").ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. found.Select((s, i) => new Source(s.Path, s.Relative, shared.Contains(stems[i]) ? s.Relative : stems[i]))];
    }

    /// <summary>
    /// The shard (1 … <paramref name="count"/>) an input belongs to: from a SHA-256 of its relative path, so that it stays
    /// in its shard whatever else is added, removed or reordered, on every machine.
    /// </summary>
    internal static int ShardOf(string relative, int count) =>
        (int)(BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(relative.Replace('\\', '/')))) % (ulong)count) + 1;

    /// <summary>Makes the output folder; the one-line error when it cannot be (a file in the way, no permission), else null.</summary>
    internal static string? MakeOutputFolder(string given, string full)
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
                return Catalog.Format("error.at", given, d == full ? Catalog.Get("build.outputIsFile")
                    : Catalog.Format("build.cannotMakeOutput", Catalog.Format("output.parentIsFile", d)));
            }
        }
        try
        {
            Directory.CreateDirectory(full);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Catalog.Format("error.at", given, Catalog.Format("build.cannotMakeOutput",
                ex is UnauthorizedAccessException ? Catalog.Get("output.permissionDenied") : ex.Message.Split('\n')[0]));
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
        var folder = Path.GetDirectoryName(relative)?.Replace('\\', '/');
        return string.IsNullOrEmpty(folder) ? Path.GetFileNameWithoutExtension(relative) : folder + "/" + Path.GetFileNameWithoutExtension(relative);
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
        return parts.Length == 2 && int.TryParse(parts[0], out index) && int.TryParse(parts[1], out count) && count >= 1 && index >= 1
            && index <= count;
    }
}
