using System.Collections.Concurrent;
using System.Text;
using Mrs.Import;
using Mrs.Import.Legacy;
using Mrs.Serialization;
using Mrs.Tests.Import.Numbering;
using Mrs.Validation;

namespace Mrs.Tests.Import.Docx;

/// <summary>
/// Every file of the corpus that mrs imports gives a model valid against its own schema: written as mrs import writes
/// it (YAML and JSON), read back and checked as mrs validate checks a model file. A file refused with a reason
/// (<see cref="ImportException"/>) is fine; any other failure is not. Legacy files need LibreOffice and are left out
/// (and said so) when it is not installed.
/// </summary>
public class CorpusModelSchemaTests(ITestOutputHelper output)
{
    private static bool IsLegacy(string file) => Path.GetExtension(file).ToLowerInvariant() is ".doc" or ".dot" or ".rtf" or ".odt";

    private static List<string> Files() =>
        Directory.Exists(TestPaths.Corpus)
            ? Directory.EnumerateFiles(TestPaths.Corpus, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".docx" or ".dotx" or ".docm" or ".dotm" or ".zip" || IsLegacy(f))
                .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(TestPaths.Corpus, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    [Fact]
    public void Every_corpus_file_that_imports_gives_a_model_valid_against_the_schema()
    {
        var files = Files();
        if (files.Count == 0)
        {
            Assert.Skip($"the shared corpus is not there ({TestPaths.Corpus})");
        }
        var soffice = LibreOfficeText.FindSoffice();
        if (soffice is null)
        {
            output.WriteLine("LibreOffice (soffice) is not installed: legacy files are left out");
            files = files.Where(f => !IsLegacy(f)).ToList();
        }
        var converter = soffice is null ? null : new LibreOfficeConverter(soffice);
        var outcomes = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var failures = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 2 }, file =>
        {
            try
            {
                var path = TestPaths.CorpusFile(file);
                var result = converter is null ? DocumentImporter.Import(path, new ImportOptions())
                    : DocumentImporter.Import(path, new ImportOptions(), converter);
                var problems = new List<string>();
                foreach (var format in new[] { ModelFormat.Yaml, ModelFormat.Json })
                {
                    var text = ModelWriter.Write(result.Document, format);
                    try
                    {
                        using var model = ModelReader.Parse(Encoding.UTF8.GetBytes(text), format,
                            file + (format == ModelFormat.Yaml ? ".std.yaml" : ".std.json"));
                        problems.AddRange(SchemaCheck.Findings(model).Select(f => $"{format}: {f.Location?.Pointer}: {f.Message}"));
                    }
                    catch (ModelReadException ex)
                    {
                        problems.Add($"{format}: cannot be read back: {ex.Message} (line {ex.Line}, column {ex.Column})");
                    }
                }
                outcomes[file] = problems.Count == 0 ? "valid" : $"{problems.Count} schema violations";
                if (problems.Count > 0)
                {
                    failures[file] = string.Join("\n    ", problems.Take(10));
                }
            }
            catch (ImportException ex)
            {
                outcomes[file] = "refused: " + ex.Message;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                outcomes[file] = "failed";
                failures[file] = $"import failed: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}";
            }
        });
        var valid = outcomes.Values.Count(o => o == "valid");
        var refused = outcomes.Where(o => o.Value.StartsWith("refused", StringComparison.Ordinal)).OrderBy(o => o.Key, StringComparer.Ordinal)
            .ToList();
        output.WriteLine($"{files.Count} files: {valid} valid models, {refused.Count} refused, {failures.Count} failing");
        foreach (var (file, outcome) in refused)
        {
            output.WriteLine($"  {file}: {outcome}");
        }
        var report = string.Join("\n", failures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}:\n    {f.Value}"));
        if (failures.Count > 0)
        {
            output.WriteLine(report);
        }
        Assert.True(failures.IsEmpty, $"{failures.Count} files give no valid model:\n{report}");
    }
}
