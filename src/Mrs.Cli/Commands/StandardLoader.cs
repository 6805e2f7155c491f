using System.Diagnostics.CodeAnalysis;
using Mrs.Import;
using Mrs.Model;
using Mrs.Serialization;
using Mrs.Validation;
using Mrs.Validation.Rules;
using Mrs.Text.Messages;

namespace Mrs.Cli.Commands;

/// <summary>
/// A standard read from disk for a command: the model, where its parts came from (paragraphs of a Word document, lines
/// of a model file), and what stopped the reading. <see cref="Document"/> is null when the file could not be read
/// (<see cref="Error"/> says why) or when a model file does not follow the schema (<see cref="SchemaFindings"/>).
/// </summary>
internal sealed class LoadedStandard : IDisposable
{
    public required string Path { get; init; }

    public StandardDocument? Document { get; init; }

    /// <summary>Turns pointers into the model into places in the input; null when nothing was read.</summary>
    public IFindingLocator? Locator { get; init; }

    /// <summary>The import of a Word document (its report and source map); null for a model file.</summary>
    public ImportResult? Imported { get; init; }

    /// <summary>Every schema violation of a model file, located; empty for a Word document.</summary>
    public IReadOnlyList<Finding> SchemaFindings { get; init; } = [];

    /// <summary>Why nothing was read, in one line: "path: error: …" or "path:line:col: error: …".</summary>
    public string? Error { get; init; }

    /// <summary>The exception behind an unexpected import failure, for --verbose.</summary>
    public string? ErrorDetail { get; init; }

    /// <summary>The model file as read; its locator reads the file's bytes, so it lives as long as this.</summary>
    internal LoadedModel? Model { get; init; }

    /// <summary>
    /// Why there is no document, in one line: the error, or the first schema violation (validate reports them all).
    /// Null when the document was read.
    /// </summary>
    public string? Problem => SchemaFindings is [var first, ..]
        ? Catalog.Format("error.atLine", first.Location.File, first.Location.Line, first.Location.Column, first.Message)
        + Catalog.Get("load.runValidate")
        : Error;

    /// <summary>True when there is a model to work on (and a locator for it).</summary>
    [MemberNotNullWhen(true, nameof(Document), nameof(Locator))]
    public bool IsRead => Document is not null;

    /// <summary>Writes <see cref="Error"/> to stderr, with the exception behind it under --verbose; nothing when there is none.</summary>
    public void ReportError(CliConsole console)
    {
        if (Error is null)
        {
            return;
        }
        console.Error.WriteLine(Error);
        if (console.Verbose && ErrorDetail is { } detail)
        {
            console.Error.WriteLine(detail);
        }
    }

    public void Dispose() => Model?.Dispose();
}

/// <summary>
/// Reads standards for every command (validate, build, render, import): Word and LibreOffice formats through
/// <see cref="DocumentImporter"/>, models (*.std.yaml, *.std.json) through <see cref="ModelReader"/>. Every failure
/// becomes one line in <see cref="LoadedStandard.Error"/>; nothing is written to the console here.
/// </summary>
internal static class StandardLoader
{
    /// <summary>True for files mrs imports (Word and LibreOffice formats) rather than reads as models.</summary>
    public static bool IsDocument(string path) =>
        System.IO.Path.GetExtension(path).ToLowerInvariant() is ".docx" or ".dotx" or ".docm" or ".dotm" or ".doc" or ".dot" or ".rtf" or ".odt";

    /// <summary>A standard mrs reads: a Word document or a model (*.std.yaml, *.std.json).</summary>
    public static bool IsStandard(string path) =>
        IsDocument(path) || path.EndsWith(".std.yaml", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".std.json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The standards in a folder and all folders below, in ordinal order; Word's lock files (~$…) are not documents.</summary>
    public static IEnumerable<string> StandardsIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => IsStandard(f) && !System.IO.Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// One file per standard: where a folder holds a Word document and its model side by side (x.docx and x.std.yaml,
    /// as mrs import leaves them), the model stands for the standard (a .std.yaml before a .std.json); the others are
    /// given back as skipped, with the file that stands for them.
    /// </summary>
    public static List<string> OnePerStandard(IEnumerable<string> files, List<(string Skipped, string Instead)> skipped)
    {
        static int Rank(string f) =>
            f.EndsWith(".std.yaml", StringComparison.OrdinalIgnoreCase) ? 0 : f.EndsWith(".std.json", StringComparison.OrdinalIgnoreCase) ? 1 : 2;
        static string Stem(string f)
        {
            var name = System.IO.Path.GetFileName(f);
            var stem = name.EndsWith(".std.yaml", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".std.json", StringComparison.OrdinalIgnoreCase)
                ? name[..^9] : System.IO.Path.GetFileNameWithoutExtension(name);
            return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(f) ?? "", stem);
        }
        var kept = new List<string>();
        foreach (var group in files.GroupBy(Stem, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(Rank).ThenBy(f => f, StringComparer.Ordinal).ToList();
            kept.Add(ordered[0]);
            skipped.AddRange(ordered.Skip(1).Select(f => (f, ordered[0])));
        }
        return [.. kept.Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// A glob as --exclude takes it, matched against a path relative to the folder given (with '/'): '**' any folders,
    /// '*' any characters but '/', '?' one; a pattern without '/' matches a file or folder name at any depth.
    /// </summary>
    public static System.Text.RegularExpressions.Regex Glob(string pattern)
    {
        var p = pattern.Replace('\\', '/').TrimStart('.', '/');
        var regex = new System.Text.StringBuilder(p.Contains('/') ? "^" : "(^|/)");
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            if (c == '*' && i + 1 < p.Length && p[i + 1] == '*')
            {
                regex.Append(".*");
                i++;
                if (i + 1 < p.Length && p[i + 1] == '/')
                {
                    i++;
                    regex.Append("/?");
                }
            }
            else
            {
                regex.Append(c switch { '*' => "[^/]*", '?' => "[^/]", _ => System.Text.RegularExpressions.Regex.Escape(c.ToString()) });
            }
        }
        return new System.Text.RegularExpressions.Regex(regex.Append("(/|$)").ToString(),
            System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    }

    /// <summary>Imports a Word document or reads a model; <paramref name="import"/> and <paramref name="soffice"/> apply to Word documents.</summary>
    public static LoadedStandard Load(string path, ImportOptions import, string? soffice) =>
        IsDocument(path) ? Import(path, import, soffice) : ReadModel(path);

    /// <summary>The name findings and messages give standard input.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>
    /// Standard input ("-"): a model (YAML or JSON) or a Word document, told apart by its first bytes (a zip package, an
    /// OLE compound file, RTF); a document is imported from a temporary copy, which is gone when this returns.
    /// </summary>
    public static LoadedStandard LoadStandardInput(Stream input, ImportOptions import, string? soffice)
    {
        byte[] bytes;
        try
        {
            using var memory = new MemoryStream();
            input.CopyTo(memory);
            bytes = memory.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Failed(StandardInputName, Catalog.Format("load.cannotRead", ex.Message));
        }
        var extension = bytes switch
        {
            [0x50, 0x4B, 0x03, 0x04, ..] => ".docx",
            [0xD0, 0xCF, 0x11, 0xE0, ..] => ".doc",
            [(byte)'{', (byte)'\\', (byte)'r', (byte)'t', (byte)'f', ..] => ".rtf",
            _ => null,
        };
        if (extension is null)
        {
            var trimmed = System.Text.Encoding.UTF8.GetString(bytes.AsSpan(0, Math.Min(bytes.Length, 64))).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            var format = trimmed.StartsWith('{') || trimmed.StartsWith('[') ? ModelFormat.Json : ModelFormat.Yaml;
            return FromModel(StandardInputName, () => ModelReader.Parse(bytes, format, StandardInputName));
        }
        var folder = Directory.CreateTempSubdirectory("mrs-stdin-").FullName;
        try
        {
            var copy = System.IO.Path.Combine(folder, "stdin" + extension);
            File.WriteAllBytes(copy, bytes);
            var loaded = Import(copy, import, soffice);
            return loaded.IsRead
                ? new LoadedStandard
                {
                    Path = StandardInputName, Document = loaded.Document, Imported = loaded.Imported,
                    Locator = new DocumentLocator(StandardInputName, loaded.Imported!)
                }
                : new LoadedStandard
                {
                    Path = StandardInputName, Error = loaded.Error?.Replace(copy, StandardInputName, StringComparison.Ordinal),
                    ErrorDetail = loaded.ErrorDetail
                };
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Imports a Word document (or .doc, .rtf, .odt through LibreOffice).</summary>
    public static LoadedStandard Import(string path, ImportOptions options, string? soffice)
    {
        if (Directory.Exists(path))
        {
            return Failed(path, Catalog.Get("load.folder"));
        }
        if (!File.Exists(path))
        {
            return Failed(path, Catalog.Get("load.noSuchFile"));
        }
        try
        {
            var imported = DocumentImporter.Import(path, options, soffice);
            return new LoadedStandard
            {
                Path = path, Document = imported.Document, Imported = imported,
                Locator = new DocumentLocator(path, imported)
            };
        }
        catch (ImportException ex)
        {
            return Failed(path, ex.Message);
        }
        catch (OutputException ex)
        {
            // The pictures could not be written (the output's folder is a file, no permission): the line names the output.
            return new LoadedStandard { Path = path, Error = ex.Message };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(path, Catalog.Format("load.cannotRead", ex.Message));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug in mrs: one plain line (no exception type), the details under --verbose.
            return Failed(path, Catalog.Format("load.bug", ex.Message.Split('\n')[0].TrimEnd('.')), ex.ToString());
        }
    }

    /// <summary>Reads a model file; a model that violates the schema has no document and every violation as a finding.</summary>
    public static LoadedStandard ReadModel(string path) => FromModel(path, () => ModelReader.Load(path));

    private static LoadedStandard FromModel(string path, Func<LoadedModel> read)
    {
        LoadedModel model;
        try
        {
            model = read();
        }
        catch (FileNotFoundException)
        {
            return Failed(path, Catalog.Get("load.noSuchFile"));
        }
        catch (ModelReadException ex)
        {
            return new LoadedStandard
            {
                Path = path,
                Error = ex.Line > 0 ? Catalog.Format("error.atLine", path, ex.Line, ex.Column, ex.Message)
                : Catalog.Format("error.at", path, ex.Message)
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(path, Catalog.Format("load.cannotRead", ex.Message));
        }
        return new LoadedStandard
        {
            Path = path,
            Document = model.Document,
            Locator = new ModelFileLocator(model),
            SchemaFindings = SchemaCheck.Findings(model),
            Model = model,
        };
    }

    private static LoadedStandard Failed(string path, string message, string? detail = null) =>
        new() { Path = path, Error = Catalog.Format("error.at", path, message), ErrorDetail = detail };
}
