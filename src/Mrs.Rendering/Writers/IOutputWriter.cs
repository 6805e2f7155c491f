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
}

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

    /// <summary>Writes the document to <paramref name="destination"/> (a file or a folder, as <see cref="Produces"/> says), replacing what is there.</summary>
    void Write(StandardDocument document, string destination, WriterOptions options);
}
