namespace Mrs.Benchmarks;

internal static class BenchPaths
{
    public static string Repository { get; } = Find();

    public static string Sample(string name) => Path.Combine(Repository, "samples", name);

    public static string Corpus(string relative) => Path.GetFullPath(Path.Combine(Repository, "..", "shared", "corpus", relative));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MachineReadableStandards.sln")))
            {
                return dir.FullName;
            }
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MachineReadableStandards.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("run the benchmarks from inside the mrs repository");
    }
}
