using Mrs.Model;

namespace Mrs.Rendering.Writers;

/// <summary>What a writer's output is: the clause model itself, or a rendering of it for readers and programs.</summary>
public enum OutputKind
{
    /// <summary>The clause model as a file (yaml, json): what import and build write, what validate and render read.</summary>
    Model,

    /// <summary>A rendering of the model (html, pdf, bundle): what render writes.</summary>
    Rendering,
}

/// <summary>What a writer makes at its destination.</summary>
public enum OutputShape
{
    File,
    Folder,
}

/// <summary>
/// Settings a writer may need besides the document and its destination. The model writers need none; a rendering
/// writer adds what it needs here (language, page size …) so that the commands keep one call for every writer.
/// </summary>
public sealed record WriterOptions
{
    public static WriterOptions Default { get; } = new();

    /// <summary>The folder the document's asset paths are relative to (the model file's folder); null: the current folder.</summary>
    public string? SourceFolder { get; init; }

    /// <summary>The folder no asset may be read from outside of; null: <see cref="SourceFolder"/>.</summary>
    public string? AssetRoot { get; init; }

    /// <summary>The look of a rendering: "auto" (chosen from the document) or a theme's name ("gbt", "iso").</summary>
    public string Theme { get; init; } = "auto";

    /// <summary>Where a rendering's pictures go: into the file itself, or into a folder beside it.</summary>
    public AssetMode Assets { get; init; } = AssetMode.Embed;

    /// <summary>The Chromium program that prints PDF; null: MRS_CHROMIUM, then chromium on PATH (<see cref="Pdf.BrowserLocator"/>).</summary>
    public string? Browser { get; init; }

    /// <summary>Turns pictures a browser cannot show (EMF, WMF, TIFF) into ones it can; null: they are shown as their text.</summary>
    public IPictureConverter? Pictures { get; init; }

    /// <summary>For a folder output that can also be one file (the bundle): write it as a zip file at the destination.</summary>
    public bool Zip { get; init; }
}

/// <summary>Where a rendering puts the document's pictures.</summary>
public enum AssetMode
{
    /// <summary>In the output file itself (data: URLs): one file that opens anywhere.</summary>
    Embed,

    /// <summary>In an assets/ folder beside the output file, by content hash.</summary>
    Folder,
}

/// <summary>
/// Converts a picture a browser cannot show (EMF, WMF, TIFF) into one it can (PNG or SVG). Implementations are slow
/// (a LibreOffice run); <see cref="Html.PictureCache"/> keeps what they made by content hash.
/// </summary>
public interface IPictureConverter
{
    /// <summary>The converted picture and its media type; null when it cannot be converted.</summary>
    ConvertedPicture? Convert(byte[] picture, string mediaType);
}

/// <summary>A picture in a format browsers show.</summary>
public sealed record ConvertedPicture(byte[] Bytes, string MediaType);

/// <summary>
/// One output format of <c>mrs build --to</c> and <c>mrs render --to</c>, registered in <see cref="OutputWriters"/>.
/// A writer never leaves partial output: it writes into a temporary file or folder beside the destination and renames
/// it into place (<see cref="AtomicOutput"/>).
/// </summary>
public interface IOutputWriter
{
    /// <summary>The --to name: "yaml", "html" ….</summary>
    string Name { get; }

    OutputKind Kind { get; }

    /// <summary>A file or a folder.</summary>
    OutputShape Produces { get; }

    /// <summary>What build appends to a document's name for this output: ".std.yaml", ".html" ….</summary>
    string Suffix { get; }

    /// <summary>False for a format that is registered but not written yet: commands refuse it before reading any input.</summary>
    bool IsImplemented { get; }

    /// <summary>
    /// Writes the document to <paramref name="destination"/> (a file or a folder, as <see cref="Produces"/> says), replacing what is there.
    /// </summary>
    void Write(StandardDocument document, string destination, WriterOptions options);
}
