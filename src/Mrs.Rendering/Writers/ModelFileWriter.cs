using Mrs.Model;
using Mrs.Serialization;

namespace Mrs.Rendering.Writers;

/// <summary>The clause model as a YAML or JSON file (<see cref="ModelWriter"/>): *.std.yaml, *.std.json.</summary>
public sealed class ModelFileWriter(string name, ModelFormat format) : IOutputWriter
{
    public string Name { get; } = name;
    public OutputKind Kind => OutputKind.Model;
    public OutputShape Produces => OutputShape.File;
    public string Suffix => format == ModelFormat.Json ? ".std.json" : ".std.yaml";
    public bool IsImplemented => true;

    public void Write(StandardDocument document, string destination, WriterOptions options) =>
        ModelWriter.WriteFileAtomically(destination, ModelWriter.Write(document, format));
}
