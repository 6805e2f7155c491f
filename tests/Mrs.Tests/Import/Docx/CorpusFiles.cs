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

    /// <summary>
    /// Imports a corpus file for a test about imported models; a file mrs refuses skips the test, with the reason (CorpusImportTests checks
    /// refusals).
    /// </summary>
    public static Mrs.Import.ImportResult ImportOrSkip(string file, Mrs.Import.ImportOptions? options = null)
    {
        try
        {
            return Mrs.Import.DocumentImporter.Import(TestPaths.CorpusFile(file), options ?? new Mrs.Import.ImportOptions());
        }
        catch (Mrs.Import.ImportException ex)
        {
            Assert.Skip($"mrs refuses this file ({ex.Message}); CorpusImportTests checks that");
            throw;
        }
    }

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
