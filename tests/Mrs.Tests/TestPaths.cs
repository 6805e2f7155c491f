using System.Runtime.CompilerServices;

namespace Mrs.Tests;

/// <summary>Where the repository, its samples and the shared corpus are.</summary>
public static class TestPaths
{
    public static string Repository { get; } = FindRepository();

    public static string Samples => Path.Combine(Repository, "samples");

    public static string Schemas => Path.Combine(Repository, "schemas");

    /// <summary>../shared/corpus beside the repository (MRS_CORPUS overrides).</summary>
    public static string Corpus =>
        Environment.GetEnvironmentVariable("MRS_CORPUS") is { Length: > 0 } c ? c
            : Path.GetFullPath(Path.Combine(Repository, "..", "shared", "corpus"));

    public static string CorpusFile(string relative) => Path.Combine(Corpus, relative);

    public static string Sample(string name) => Path.Combine(Samples, name);

    private static string FindRepository([CallerFilePath] string here = "")
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MachineReadableStandards.sln")))
            {
                return dir.FullName;
            }
        }
        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", ".."));
    }

    /// <summary>A fresh empty folder under the system temp folder.</summary>
    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "mrs-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return path;
    }
}
