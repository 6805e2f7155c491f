using System.Security.Cryptography;
using Mrs.Import.Legacy;

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
        var format = LegacyFormat.Detect(path);
        if (format is null)
        {
            return DocxImporter.Import(path, options);
        }
        using var converted = converter(format).Convert(path, format);
        var result = DocxImporter.Import(converted.DocxPath, options);
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
                    Sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))),
                    Conversions = [.. source.Conversions, converted.Description],
                },
            },
        };
    }
}
