using Mrs.Model;
using Mrs.Rendering.Writers;

namespace Mrs.Rendering.Pdf;

/// <summary>
/// <c>--to pdf</c>: the print edition (<see cref="PdfEdition"/>) printed by the system's Chromium, found by
/// <see cref="BrowserLocator"/>. Every document of a process is printed by one browser (<see cref="PdfBrowser.Shared"/>),
/// so a build starts Chromium once. The file is written atomically.
/// </summary>
public sealed class PdfWriter : IOutputWriter
{
    public string Name => "pdf";

    public OutputKind Kind => OutputKind.Rendering;

    public OutputShape Produces => OutputShape.File;

    public string Suffix => ".pdf";

    public bool IsImplemented => true;

    public void Write(StandardDocument document, string destination, WriterOptions options)
    {
        var browser = PdfBrowser.Shared(BrowserLocator.Require(options.Browser));
        var pdf = PdfEdition.Render(document, options, browser);
        AtomicOutput.WriteFile(destination, stream => stream.Write(pdf));
    }
}
