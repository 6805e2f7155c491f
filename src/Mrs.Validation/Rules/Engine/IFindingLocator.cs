using Mrs.Serialization;

namespace Mrs.Validation.Rules;

/// <summary>
/// Turns a JSON pointer into the model into a place the user can find: file:line:col for YAML/JSON models
/// (<see cref="ModelFileLocator"/>); the paragraph index, clause number and an excerpt for Word documents (the
/// importer's locator). The engine calls it only for the findings it reports.
/// </summary>
public interface IFindingLocator
{
    FindingLocation Locate(string pointer);
}

/// <summary>Locates pointers in a model file read by <see cref="ModelReader"/>.</summary>
public sealed class ModelFileLocator(LoadedModel model) : IFindingLocator
{
    public FindingLocation Locate(string pointer)
    {
        var (line, column) = model.Locate(pointer);
        return new FindingLocation { File = model.Path, Line = line, Column = column, Pointer = pointer.Length == 0 ? "/" : pointer };
    }
}

/// <summary>Names the file and the pointer only (models built in memory).</summary>
public sealed class PointerLocator(string file) : IFindingLocator
{
    public FindingLocation Locate(string pointer) => new() { File = file, Pointer = pointer.Length == 0 ? "/" : pointer };
}
