using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Mrs.Fuzz;

/// <summary>
/// mrs's fuzzing harness.
/// <list type="bullet">
/// <item><c>mutate</c> (the default): a seeded mutation fuzzer over the XML parts of the corpus's Word documents and
/// over model files. Cases run in a worker process with a memory cap; a case that throws anything but mrs's own
/// refusals, breaks the write-and-read-back promise, takes more than the time limit, or kills the worker (stack
/// overflow, out of memory) is a finding, saved with its input under the output folder.</item>
/// <item><c>afl docx|model</c>: the same targets for AFL++ through SharpFuzz (instrument the mrs assemblies with the
/// sharpfuzz tool first; build.ps1 fuzz does when afl-fuzz is installed); the input is word/document.xml or a model.</item>
/// <item><c>worker</c>: runs cases named on standard input, one line each ("docx|model TAB path"), answering one line.</item>
/// </list>
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "mutate";
        return mode switch
        {
            "worker" => Worker(),
            "afl" => Afl(args.Length > 1 ? args[1] : "docx"),
            "replay" => Replay(args[1..]),
            _ => Campaign(Options.Parse(args.Skip(mode == "mutate" ? 1 : 0).ToArray())),
        };
    }

    private sealed record Options(int Seconds, int Seed, string Corpus, string Samples, string Output, long MaxSeedBytes)
    {
        public static Options Parse(string[] args)
        {
            string Value(string name, string fallback)
            {
                var i = Array.IndexOf(args, name);
                return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
            }
            var root = FindRepository();
            return new Options(
                int.Parse(Value("--seconds", "300"), CultureInfo.InvariantCulture),
                int.Parse(Value("--seed", "1"), CultureInfo.InvariantCulture),
                Value("--corpus", Environment.GetEnvironmentVariable("MRS_CORPUS") is { Length: > 0 } c ? c
                    : Path.Combine(root, "..", "shared", "corpus")),
                Value("--samples", Path.Combine(root, "samples")),
                Value("--out", Path.Combine(root, "out", "fuzz")),
                long.Parse(Value("--max-seed-kb", "400"), CultureInfo.InvariantCulture) * 1024);
        }

        private static string FindRepository()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MachineReadableStandards.sln")))
                {
                    return dir.FullName;
                }
            }
            return Environment.CurrentDirectory;
        }
    }

    /// <summary>A seed: a Word document (its parts) or a model file.</summary>
    private sealed record Seed(string Path, string Kind);

    private static int Campaign(Options options)
    {
        var seeds = new List<Seed>();
        if (Directory.Exists(options.Corpus))
        {
            seeds.AddRange(Directory.EnumerateFiles(options.Corpus, "*.docx", SearchOption.AllDirectories)
                .Where(f => new FileInfo(f).Length <= options.MaxSeedBytes).Order(StringComparer.Ordinal).Select(f => new Seed(f, "docx")));
        }
        seeds.AddRange(Directory.EnumerateFiles(options.Samples, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => new Seed(f, "docx")));
        var models = Directory.EnumerateFiles(options.Samples, "*.std.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => new Seed(f, "model")).ToList();
        if (seeds.Count == 0 || models.Count == 0)
        {
            Console.Error.WriteLine("mrs-fuzz: no seeds (Word documents in the corpus or samples, models in samples)");
            return 2;
        }
        var work = Directory.CreateDirectory(Path.Combine(options.Output, "work")).FullName;
        var findings = Directory.CreateDirectory(Path.Combine(options.Output, "findings")).FullName;
        var random = new Random(options.Seed);
        var mutator = new Mutator(options.Seed);
        var clock = Stopwatch.StartNew();
        var executions = 0;
        var distinct = new Dictionary<string, int>(StringComparer.Ordinal);
        using var worker = new WorkerProcess();
        Console.Error.WriteLine($"mrs-fuzz: seed {options.Seed}, {seeds.Count} Word documents and {models.Count} models as seeds, "
            + $"{options.Seconds} s");
        while (clock.Elapsed.TotalSeconds < options.Seconds)
        {
            var model = random.Next(4) == 0;
            var seed = model ? models[random.Next(models.Count)] : seeds[random.Next(seeds.Count)];
            var casePath = Path.Combine(work, model ? "case.std.yaml" : "case.docx");
            string part;
            try
            {
                part = model ? "model" : MutateDocx(seed.Path, casePath, mutator, random, seeds);
                if (model)
                {
                    File.WriteAllBytes(casePath, mutator.MutateModel(File.ReadAllBytes(seed.Path)));
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                continue; // a seed that cannot be rewritten
            }
            executions++;
            if (executions % 2000 == 0)
            {
                Console.Error.WriteLine($"mrs-fuzz: {executions} executions in {clock.Elapsed.TotalSeconds:F0} s, {distinct.Count} distinct "
                    + "findings");
            }
            var (finding, elapsed) = worker.Run(model ? "model" : "docx", casePath, TimeSpan.FromSeconds(10));
            if (finding is null)
            {
                continue;
            }
            var key = finding.Length > 160 ? finding[..160] : finding;
            distinct[key] = distinct.GetValueOrDefault(key) + 1;
            if (distinct[key] <= 3)
            {
                var name = $"{distinct.Count:D3}-{distinct[key]}-{Path.GetFileNameWithoutExtension(seed.Path)}-{part.Replace('/', '_')}";
                var saved = Path.Combine(findings, name + (model ? ".std.yaml" : ".docx"));
                File.Copy(casePath, saved, overwrite: true);
                File.WriteAllText(saved + ".txt",
                    $"{finding}\nseed file: {seed.Path}\nmutated part: {part}\ntime: {elapsed.TotalMilliseconds:F0} ms\n");
                Console.Error.WriteLine($"mrs-fuzz: finding {distinct.Count}: {finding} ({Path.GetFileName(saved)})");
            }
        }
        Console.Error.WriteLine($"mrs-fuzz: {executions} executions in {clock.Elapsed.TotalSeconds:F0} s "
            + $"({executions / Math.Max(1, clock.Elapsed.TotalSeconds):F1}/s), seed {options.Seed}: {distinct.Count} distinct findings, "
            + $"{distinct.Values.Sum()} failing cases");
        foreach (var (finding, count) in distinct.OrderByDescending(kv => kv.Value))
        {
            Console.Error.WriteLine($"  {count} × {finding}");
        }
        Console.WriteLine($"{executions - distinct.Values.Sum()} passed, {distinct.Values.Sum()} failed");
        return distinct.Count == 0 ? 0 : 1;
    }

    /// <summary>Writes <paramref name="target"/>: the seed package with one XML part mutated; returns the part's name.</summary>
    private static string MutateDocx(string seedPath, string target, Mutator mutator, Random random, List<Seed> seeds)
    {
        using var source = ZipFile.OpenRead(seedPath);
        var xmlParts = source.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
            || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList();
        var main = xmlParts.FirstOrDefault(e => e.FullName == "word/document.xml");
        // The main document most often, then the parts that drive it (styles, numbering, notes, relationships).
        var chosen = main is not null && random.Next(2) == 0 ? main
            : xmlParts.FirstOrDefault(e => random.Next(3) == 0
                && e.FullName is "word/styles.xml" or "word/numbering.xml" or "word/footnotes.xml" or "word/_rels/document.xml.rels")
              ?? xmlParts[random.Next(xmlParts.Count)];
        byte[]? other = null;
        var donor = seeds[random.Next(seeds.Count)];
        if (donor.Kind == "docx")
        {
            using var donorZip = ZipFile.OpenRead(donor.Path);
            if (donorZip.GetEntry(chosen.FullName) is { Length: < 4_000_000 } e)
            {
                other = Read(e);
            }
        }
        using var output = new FileStream(target, FileMode.Create, FileAccess.Write);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create);
        foreach (var entry in source.Entries)
        {
            var bytes = Read(entry);
            if (entry == chosen)
            {
                bytes = mutator.MutateXml(bytes, other);
            }
            using var s = zip.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
            s.Write(bytes);
        }
        return chosen.FullName;
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var s = entry.Open();
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }

    private static int Worker()
    {
        string? line;
        while ((line = Console.In.ReadLine()) is not null)
        {
            var parts = line.Split('\t');
            var finding = Target.Run(parts[0], parts[1]);
            Console.Out.WriteLine(finding is null ? "ok" : "finding\t" + finding.Replace('\n', ' ').Replace('\t', ' '));
            Console.Out.Flush();
        }
        return 0;
    }

    /// <summary>Runs saved cases again in this process: mrs-fuzz replay FILE… (to debug a finding).</summary>
    private static int Replay(string[] files)
    {
        var failed = 0;
        foreach (var file in files)
        {
            var finding = Target.Run(file.EndsWith(".std.yaml", StringComparison.Ordinal) ? "model" : "docx", file);
            Console.WriteLine($"{file}: {finding ?? "ok"}");
            failed += finding is null ? 0 : 1;
        }
        return failed == 0 ? 0 : 1;
    }

    /// <summary>AFL++ through SharpFuzz: the input is word/document.xml (wrapped in a minimal package) or a model file.</summary>
    private static int Afl(string target)
    {
        var folder = Directory.CreateTempSubdirectory("mrs-afl-").FullName;
        var path = Path.Combine(folder, target == "model" ? "case.std.yaml" : "case.docx");
        SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            File.WriteAllBytes(path, target == "model" ? memory.ToArray() : Package(memory.ToArray()));
            if (Target.Run(target, path) is { } finding)
            {
                throw new InvalidOperationException(finding);
            }
        });
        return 0;
    }

    private static byte[] Package(byte[] documentXml)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, byte[] bytes)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(bytes);
            }
            Entry("[Content_Types].xml",
                ("""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default """u8
                + """Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" """u8
                + """ContentType="application/xml"/><Override PartName="/word/document.xml" """u8
                + """ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""u8).ToArray());
            Entry("_rels/.rels", ("""<?xml version="1.0" encoding="UTF-8"?><Relationships """u8
                + """xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" """u8
                + """Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" """u8
                + """Target="word/document.xml"/></Relationships>"""u8).ToArray());
            Entry("word/document.xml", documentXml);
        }
        return memory.ToArray();
    }
}

/// <summary>The worker process: restarted after a crash or a hang; its heap is capped, so runaway memory is a finding.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private const long MemoryCapBytes = 1024L * 1024 * 1024;
    private Process? process;

    private Process Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mrs-fuzz.dll"));
        start.ArgumentList.Add("worker");
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + MemoryCapBytes.ToString("X", CultureInfo.InvariantCulture);
        var p = Process.Start(start)!;
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lastError.Append(e.Data).Append(' '); } };
        p.BeginErrorReadLine();
        return p;
    }

    private readonly StringBuilder lastError = new();

    /// <summary>Runs one case: null when it passed, else the finding.</summary>
    public (string? Finding, TimeSpan Elapsed) Run(string kind, string path, TimeSpan limit)
    {
        process ??= Start();
        lastError.Clear();
        var clock = Stopwatch.StartNew();
        process.StandardInput.WriteLine(kind + "\t" + path);
        process.StandardInput.Flush();
        var reply = process.StandardOutput.ReadLineAsync();
        if (!reply.Wait(limit))
        {
            Kill();
            return ($"took more than {limit.TotalSeconds:F0} s", clock.Elapsed);
        }
        if (reply.Result is not { } line)
        {
            process.WaitForExit(2000);
            var error = lastError.ToString();
            var reason = error.Contains("Stack overflow", StringComparison.Ordinal) ? "stack overflow"
                : error.Contains("OutOfMemory", StringComparison.Ordinal) ? "out of memory"
                : $"the worker died ({error.Split(" at ")[0].Trim()})";
            Kill();
            return (reason, clock.Elapsed);
        }
        return (line == "ok" ? null : line.Split('\t', 2)[1], clock.Elapsed);
    }

    private void Kill()
    {
        try
        {
            process?.Kill(entireProcessTree: true);
            process?.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
        }
        process?.Dispose();
        process = null;
    }

    public void Dispose()
    {
        if (process is not null)
        {
            try
            {
                process.StandardInput.Close();
                process.WaitForExit(5000);
            }
            catch (IOException)
            {
            }
        }
        Kill();
    }
}
