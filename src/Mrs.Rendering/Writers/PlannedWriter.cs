using Mrs.Model;

namespace Mrs.Rendering.Writers;

/// <summary>A format that is registered (commands name it and refuse it) but not written yet.</summary>
public sealed record PlannedWriter(string Name, OutputKind Kind, OutputShape Produces, string Suffix) : IOutputWriter
{
    public bool IsImplemented => false;

    public void Write(StandardDocument document, string destination, WriterOptions options) =>
        throw new NotSupportedException($"the {Name} writer is not implemented yet");
}
