using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Mrs.Cli.Commands;

/// <summary>The cache file: one entry per input (by relative path), sorted, so that the same build writes the same bytes.</summary>
internal sealed record BuildCacheFile
{
    public int Format { get; init; } = 1;

    public SortedDictionary<string, BuildCacheEntry> Entries { get; init; } = new(StringComparer.Ordinal);
}

/// <summary>What a document was built from (<see cref="Key"/>), every file it made, and its catalogue entry.</summary>
internal sealed record BuildCacheEntry
{
    /// <summary>SHA-256 of the input's bytes, the options, mrs's version and the formats.</summary>
    public required string Key { get; init; }

    /// <summary>Every file and folder the document made, relative to the output folder (its outputs and its pictures).</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    public required BuildDocument Document { get; init; }
}

/// <summary>
/// The incremental build: <c>.mrs-cache.json</c> in the output folder. A document whose key is unchanged and whose
/// files are all still there is not built again; it keeps its catalogue entry. Only documents that built are cached
/// (a failed one is tried again). The file is written atomically, now and then while the build runs and at its end,
/// so a build that is stopped keeps what it finished.
/// </summary>
internal sealed class BuildCache
{
    public const string FileName = ".mrs-cache.json";

    private readonly string outputFolder;
    private readonly BuildCacheFile file;
    private readonly Lock gate = new();
    private DateTime lastSaved = DateTime.UtcNow;

    private BuildCache(string outputFolder, BuildCacheFile file)
    {
        this.outputFolder = outputFolder;
        this.file = file;
    }

    /// <summary>The build of mrs itself, down to the commit when it is stamped in: a new mrs builds everything again.</summary>
    public static string ToolVersion { get; } =
        typeof(BuildCache).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? MrsCli.Version;

    /// <summary>The cache of an output folder; empty when there is none or it cannot be read (everything is then built).</summary>
    public static BuildCache Open(string outputFolder)
    {
        var path = Path.Combine(outputFolder, FileName);
        var read = File.Exists(path) ? BuildCatalogueFiles.Read<BuildCacheFile>(path, out _) : null;
        var entries = new SortedDictionary<string, BuildCacheEntry>(
            (IDictionary<string, BuildCacheEntry>?)read?.Entries ?? new Dictionary<string, BuildCacheEntry>(), StringComparer.Ordinal);
        return new BuildCache(outputFolder, new BuildCacheFile { Entries = entries });
    }

    /// <summary>The cache key of an input: its bytes with everything else that decides its outputs.</summary>
    public static string Key(byte[] input, string settings)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(SHA256.HashData(input));
        hash.AppendData(Encoding.UTF8.GetBytes("\n" + ToolVersion + "\n" + settings));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>SHA-256 of a file the build reads besides the input (a style map, a .mrs.yaml); "-" for none.</summary>
    public static string HashOf(string? path) =>
        path is null ? "-" : File.Exists(path) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) : "missing";

    /// <summary>The cached entry of an input when it is up to date: the same key, and every file it made still there.</summary>
    public BuildDocument? UpToDate(string input, string key)
    {
        BuildCacheEntry? entry;
        lock (gate)
        {
            file.Entries.TryGetValue(input, out entry);
        }
        if (entry is null || entry.Key != key)
        {
            return null;
        }
        return entry.Files.All(f => Path.Combine(outputFolder, f) is var full && (File.Exists(full) || Directory.Exists(full)))
            ? entry.Document : null;
    }

    /// <summary>Records a document that built (saved every few seconds); a failed one loses its entry.</summary>
    public void Record(string input, string key, IReadOnlyList<string> files, BuildDocument document)
    {
        lock (gate)
        {
            if (document.Status == BuildStatus.Ok)
            {
                file.Entries[input] = new BuildCacheEntry
                {
                    Key = key, Files = files,
                    Document = document with { Action = null, Milliseconds = null }
                };
            }
            else
            {
                file.Entries.Remove(input);
            }
            if (DateTime.UtcNow - lastSaved > TimeSpan.FromSeconds(10))
            {
                SaveLocked();
            }
        }
    }

    /// <summary>Adds the entries of another build's cache (a shard's, on --merge); entries already here stay.</summary>
    public void Join(BuildCache other)
    {
        lock (gate)
        {
            foreach (var (input, entry) in other.file.Entries)
            {
                file.Entries.TryAdd(input, entry);
            }
        }
    }

    public void Save()
    {
        lock (gate)
        {
            SaveLocked();
        }
    }

    private void SaveLocked()
    {
        Mrs.Serialization.ModelWriter.WriteFileAtomically(Path.Combine(outputFolder, FileName), BuildCatalogueFiles.ToJson(file));
        lastSaved = DateTime.UtcNow;
    }
}
