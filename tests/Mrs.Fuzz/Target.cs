using System.Text;
using Mrs.Import;
using Mrs.Serialization;
using Mrs.Validation.Rules;

namespace Mrs.Fuzz;

/// <summary>
/// What one fuzz case runs: the pipeline a user's file goes through. A Word document is imported; whatever the importer
/// accepts must be written, read back without a schema violation (the promise of the nesting limit) and checked by
/// every rule. A model file is read and, when schema-valid, checked and written again. The expected refusals
/// (<see cref="ImportException"/>, <see cref="ModelReadException"/>) are fine; anything else is a finding.
/// </summary>
public static class Target
{
    /// <summary>Null when the case passed; else the finding, in one line.</summary>
    public static string? Run(string kind, string path)
    {
        try
        {
            return kind == "model" ? Model(File.ReadAllBytes(path)) : Document(path);
        }
        catch (Exception ex) when (ex is ImportException or ModelReadException)
        {
            return null;
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name}: {ex.Message.Split('\n')[0]} @ {Where(ex)}";
        }
    }

    private static string? Document(string path)
    {
        var imported = DocumentImporter.Import(path, new ImportOptions());
        var yaml = ModelWriter.ToYaml(imported.Document);
        using var loaded = ModelReader.Parse(Encoding.UTF8.GetBytes(yaml), ModelFormat.Yaml);
        if (loaded.Document is null)
        {
            var v = loaded.SchemaViolations[0];
            return $"imported model violates the schema: {v.Pointer}: {v.Message}";
        }
        var json = ModelWriter.ToJson(imported.Document);
        using var again = ModelReader.Parse(Encoding.UTF8.GetBytes(json), ModelFormat.Json);
        if (again.Document is null)
        {
            return "imported model as JSON violates the schema";
        }
        new RuleEngine().Run(loaded.Document, new ModelFileLocator(loaded));
        return null;
    }

    private static string? Model(byte[] bytes)
    {
        using var loaded = ModelReader.Parse(bytes, ModelFormat.Yaml);
        if (loaded.Document is null)
        {
            return null; // schema violations are reported to the user, one by one
        }
        new RuleEngine().Run(loaded.Document, new ModelFileLocator(loaded));
        var written = ModelWriter.ToYaml(loaded.Document);
        using var again = ModelReader.Parse(Encoding.UTF8.GetBytes(written), ModelFormat.Yaml);
        return again.Document is null ? "a valid model written again violates the schema" : null;
    }

    /// <summary>The innermost frame of mrs's own code, so that the same bug found twice is one finding.</summary>
    private static string Where(Exception ex)
    {
        var frames = (ex.StackTrace ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("at Mrs.", StringComparison.Ordinal)).ToList();
        return frames.Count > 0 ? frames[0][3..].Split(" in ")[0] : "?";
    }
}
