using Mrs.Import.Docx.Package;

namespace Mrs.Import;

/// <summary>
/// The entry point for any document: .docx-family files are read directly; legacy and other formats (.doc, .dot,
/// .rtf, .odt) are converted to .docx by LibreOffice first.
/// </summary>
public static class DocumentImporter
{
    public static ImportResult Import(string path, ImportOptions options, string? soffice = null)
    {
        var signature = DocxPackage.Sniff(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var legacy = signature is FileSignature.OleCompound or FileSignature.Rtf || extension is ".doc" or ".dot" or ".rtf" or ".odt" && signature != FileSignature.EncryptedOoxml;
        if (!legacy || signature == FileSignature.Zip && extension is not ".odt")
        {
            return DocxImporter.Import(path, options);
        }
        throw new ImportException("legacy Word and RTF documents are not supported yet");
    }
}
