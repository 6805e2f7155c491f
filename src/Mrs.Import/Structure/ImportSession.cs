using Mrs.Model;

namespace Mrs.Import.Structure;

/// <summary>Shared state of one import: the report, the assets, the language and what the builder learns on the way.</summary>
internal sealed class ImportSession(ImportReport report, AssetStore assets, string language)
{
    public ImportReport Report { get; } = report;
    public AssetStore Assets { get; } = assets;
    public string Language { get; } = language;
    public HashSet<string> MappedStyles { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<string> DocumentTitles { get; } = [];
    public List<MetadataField> Boilerplate { get; } = [];
}
