namespace Mrs.Serialization;

public enum ModelFormat
{
    Yaml,
    Json,
}

public static class ModelFormats
{
    /// <summary>True for *.yaml, *.yml and *.json: files the model reader takes (others are documents to import).</summary>
    public static bool IsModelPath(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext is ".yaml" or ".yml" or ".json";
    }

    /// <summary>The format a path names: JSON for *.json, YAML otherwise.</summary>
    public static ModelFormat FromPath(string path) =>
        Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase) ? ModelFormat.Json : ModelFormat.Yaml;
}
