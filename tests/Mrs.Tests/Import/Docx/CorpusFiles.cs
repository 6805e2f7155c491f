namespace Mrs.Tests.Import.Docx;

/// <summary>The Word documents of ../shared/corpus, by group.</summary>
public static class CorpusFiles
{
    public static IEnumerable<string> AllPackages() =>
        Directory.Exists(TestPaths.Corpus)
            ? Directory.EnumerateFiles(TestPaths.Corpus, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".docx" or ".dotx" or ".docm" or ".zip")
                .Select(f => Path.GetRelativePath(TestPaths.Corpus, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
            : [];

    /// <summary>Real standards and standards templates (the corpus's standards/ folder).</summary>
    public static IEnumerable<string> Standards() => AllPackages().Where(f => f.StartsWith("standards/", StringComparison.Ordinal));

    public static TheoryData<string> Data(IEnumerable<string> files)
    {
        var data = new TheoryData<string>();
        foreach (var f in files)
        {
            data.Add(f);
        }
        return data;
    }
}
