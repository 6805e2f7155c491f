using Mrs.Import;
using Mrs.Import.Legacy;
using Mrs.Rendering.Html;
using Mrs.Rendering.Writers;

namespace Mrs.Cli.Commands;

/// <summary>
/// Pictures browsers cannot show (EMF, WMF, TIFF), converted to PNG by LibreOffice (located as for .doc files:
/// --soffice, MRS_SOFFICE, PATH) and trimmed to what is drawn. Without LibreOffice nothing is converted, and the
/// page shows the picture's text instead.
/// </summary>
internal sealed class SofficePictures(string? soffice) : IPictureConverter
{
    private readonly Lock gate = new();
    private LibreOfficeConverter? converter;
    private bool unavailable;

    public ConvertedPicture? Convert(byte[] picture, string mediaType)
    {
        var extension = mediaType.ToLowerInvariant() switch
        {
            "image/x-emf" or "image/emf" => ".emf",
            "image/x-wmf" or "image/wmf" => ".wmf",
            "image/tiff" or "image/tif" => ".tif",
            _ => null,
        };
        if (extension is null || Converter() is not { } libreOffice)
        {
            return null;
        }
        try
        {
            var png = libreOffice.ConvertPicture(picture, extension);
            return png is null ? null : new ConvertedPicture(PngTrim.Trim(png), "image/png");
        }
        catch (ImportException)
        {
            return null;
        }
    }

    private LibreOfficeConverter? Converter()
    {
        lock (gate)
        {
            if (converter is null && !unavailable)
            {
                try
                {
                    converter = LibreOfficeConverter.Create(soffice, "emf");
                }
                catch (ImportException)
                {
                    unavailable = true;
                }
            }
            return converter;
        }
    }
}
