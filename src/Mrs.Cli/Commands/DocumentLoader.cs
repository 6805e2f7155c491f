using Mrs.Import;

namespace Mrs.Cli.Commands;

/// <summary>Imports a document for any command, turning every failure into one line on stderr.</summary>
internal static class DocumentLoader
{
    /// <summary>True for files mrs imports (Word and LibreOffice formats) rather than reads as models.</summary>
    public static bool IsDocument(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".docx" or ".dotx" or ".docm" or ".dotm" or ".doc" or ".dot" or ".rtf" or ".odt";

    /// <summary>A standard mrs reads: a Word document or a model (*.std.yaml, *.std.json).</summary>
    public static bool IsStandard(string path) =>
        IsDocument(path) || path.EndsWith(".std.yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".std.json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The standards in a folder and all folders below, in ordinal order; Word's lock files (~$…) are not documents.</summary>
    public static IEnumerable<string> StandardsIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => IsStandard(f) && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static ImportResult? Import(string path, ImportOptions options, CliConsole console, string? soffice)
    {
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"{path}: error: no such file");
            return null;
        }
        try
        {
            return DocumentImporter.Import(path, options, soffice);
        }
        catch (ImportException ex)
        {
            console.Error.WriteLine($"{path}: error: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{path}: error: cannot read the file: {ex.Message}");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            console.Error.WriteLine($"{path}: error: the document could not be imported ({ex.GetType().Name}: {ex.Message.Split('\n')[0]}); please report this");
            if (console.Verbose)
            {
                console.Error.WriteLine(ex.ToString());
            }
        }
        return null;
    }
}
