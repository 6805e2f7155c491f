using Mrs.Import;
using Mrs.Validation;
using Mrs.Validation.Rules;

namespace Mrs.Cli.Commands;

/// <summary>Locates findings in an imported Word document: the paragraph (1-based in messages) and a short excerpt.</summary>
internal sealed class DocumentLocator(string file, ImportResult result) : IFindingLocator
{
    public FindingLocation Locate(string pointer)
    {
        var place = result.Locate(pointer);
        return new FindingLocation
        {
            File = file,
            Pointer = pointer.Length == 0 ? "/" : pointer,
            Paragraph = place?.Paragraph,
            Excerpt = place is { Excerpt.Length: > 0 } p ? p.Excerpt : null,
        };
    }
}
