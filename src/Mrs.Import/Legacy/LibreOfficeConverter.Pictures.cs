using Mrs.Text.Messages;

namespace Mrs.Import.Legacy;

public sealed partial class LibreOfficeConverter
{
    /// <summary>
    /// Converts a picture (EMF, WMF, TIFF …, named by <paramref name="extension"/>, e.g. ".emf") to PNG with
    /// LibreOffice Draw, in a conversion folder of its own like a document's: LibreOffice draws it on a page, which the
    /// caller trims. Null when LibreOffice cannot read the picture; throws <see cref="ImportException"/> when it cannot
    /// be run or runs out of time.
    /// </summary>
    public byte[]? ConvertPicture(byte[] picture, string extension)
    {
        if (stopping)
        {
            throw new ImportException(Catalog.Get("import.soffice.interrupted"));
        }
        var clean = new string(extension.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(5).ToArray());
        var work = Path.Combine(TempRoot, TempPrefix + Guid.NewGuid().ToString("N"));
        Folders[work] = 0;
        try
        {
            var input = Path.Combine(Directory.CreateDirectory(Path.Combine(work, "in")).FullName, "picture." + (clean.Length > 0 ? clean : "bin"));
            var outDir = Directory.CreateDirectory(Path.Combine(work, "out")).FullName;
            var tmp = Directory.CreateDirectory(Path.Combine(work, "tmp")).FullName;
            File.WriteAllBytes(input, picture);
            Run(work, tmp, ["--convert-to", "png:draw_png_Export", "--outdir", outDir, input], Timeout, out _);
            var output = Path.Combine(outDir, "picture.png");
            return File.Exists(output) && new FileInfo(output).Length > 0 ? File.ReadAllBytes(output) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            DeleteFolder(work);
        }
    }
}
