using Mrs.Import.Legacy;
using Mrs.Text.Messages;

namespace Mrs.Import;

/// <summary>
/// The entry point for any document: .docx-family files are read directly; legacy and other formats (.doc, .dot,
/// .rtf, .odt) are converted to .docx by LibreOffice first. What a file is comes from its content (a .doc that is
/// really a .docx is read directly, an RTF file named .doc is converted as RTF); encrypted files are refused without
/// starting LibreOffice.
/// </summary>
public static class DocumentImporter
{
    /// <summary>Imports a document; <paramref name="soffice"/> is LibreOffice's program (--soffice), else MRS_SOFFICE,
    /// else soffice on PATH — only looked for when the document needs converting.</summary>
    public static ImportResult Import(string path, ImportOptions options, string? soffice = null) =>
        Import(path, options, format => LibreOfficeConverter.Create(soffice, format.Name));

    /// <summary>Imports a document, converting it with <paramref name="converter"/> when it needs converting.</summary>
    public static ImportResult Import(string path, ImportOptions options, LibreOfficeConverter converter) =>
        Import(path, options, _ => converter);

    private static ImportResult Import(string path, ImportOptions options, Func<LegacyFormat, LibreOfficeConverter> converter)
    {
        if (Serialization.FileKinds.Of(path) == Serialization.FileKind.Special)
        {
            // Standard input, a pipe or a device: read once, into a file of its own that can be read again.
            // The copy keeps the name ("stdin"), which the model's source names.
            using var spooled = SpooledInput.Read(path);
            return Import(spooled.Path, options, converter);
        }
        var format = LegacyFormat.Detect(path);
        if (format is null)
        {
            return DocxImporter.Import(path, options);
        }
        using var converted = converter(format).Convert(path, format);
        var result = DocxImporter.Import(converted.DocxPath, options with { Converted = true });
        var report = result.Report;
        report.File = Path.GetFileName(path);
        report.Conversions.Add(converted.DescriptionWithTime);
        var source = result.Document.Source ?? new Model.SourceInfo();
        return result with
        {
            Document = result.Document with
            {
                Source = source with
                {
                    File = Path.GetFileName(path),
                    Format = format.Name,
                    Sha256 = DocxImporter.Sha256Of(path),
                    Conversions = [.. source.Conversions, converted.Description],
                },
            },
        };
    }
}

/// <summary>
/// A document read from standard input, a pipe or a device, copied (at most <see cref="MaxBytes"/>) into a private
/// temporary folder so that it can be sniffed and opened like a file; disposing deletes the copy.
/// </summary>
internal sealed class SpooledInput : IDisposable
{
    /// <summary>The largest document read from a pipe (a package expands to at most 1 GB; its zip is far smaller).</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    /// <summary>The copies' folders: mrs-input-&lt;pid&gt;-&lt;guid&gt;; those of processes that no longer run are swept.</summary>
    public const string Prefix = "mrs-input-";

    private readonly string folder;

    private SpooledInput(string folder, string path)
    {
        this.folder = folder;
        Path = path;
    }

    public string Path { get; }

    public static SpooledInput Read(string source)
    {
        LibreOfficeConverter.SweepStaleFolders(System.IO.Path.GetTempPath(), Prefix);
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Serialization.TempFiles.Register(folder);
        try
        {
            Directory.CreateDirectory(folder);
            var name = System.IO.Path.GetFileName(source);
            var path = System.IO.Path.Combine(folder, name.Length == 0 ? "input" : name);
            using (var from = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None))
            using (var to = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            {
                var buffer = new byte[81920];
                long total = 0;
                int n;
                while ((n = from.Read(buffer)) > 0)
                {
                    total += n;
                    if (total > MaxBytes)
                    {
                        throw new ImportException(Catalog.Format("import.error.tooLarge", MaxBytes / 1048576));
                    }
                    to.Write(buffer, 0, n);
                }
            }
            return new SpooledInput(folder, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Serialization.TempFiles.Delete(folder);
            throw new ImportException(Catalog.Format("import.error.cannotRead",
                ex is UnauthorizedAccessException ? Catalog.Get("error.permissionDenied") : ex.Message.Split('\n')[0]));
        }
        catch
        {
            Serialization.TempFiles.Delete(folder);
            throw;
        }
    }

    public void Dispose() => Serialization.TempFiles.Delete(folder);
}
