using System.Security.Cryptography;
using Mrs.Model;
using Mrs.Rendering.Writers;

namespace Mrs.Rendering.Html;

/// <summary>
/// The pictures of the HTML edition: each asset read from beside the model (never from outside its folder, never from
/// the network), converted when browsers cannot show its format (EMF, WMF, TIFF: through <see cref="PictureCache"/>),
/// and given to the page as a data: URL (embed) or as a file of an assets/ folder beside it (folder).
/// </summary>
public sealed class PictureSource
{
    private static readonly HashSet<string> BrowserTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml", "image/bmp", "image/avif",
    };

    private readonly Dictionary<string, Asset> assets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Picture?> resolved = new(StringComparer.Ordinal);
    private readonly string? sourceFolder;
    private readonly string? root;
    private readonly AssetMode mode;
    private readonly PictureCache? cache;

    public PictureSource(StandardDocument document, WriterOptions options)
    {
        foreach (var asset in document.Assets)
        {
            assets.TryAdd(asset.Id, asset);
        }
        sourceFolder = options.SourceFolder is null ? null : Path.GetFullPath(options.SourceFolder);
        root = options.AssetRoot is null ? sourceFolder : Path.GetFullPath(options.AssetRoot);
        mode = options.Assets;
        cache = options.Pictures is { } converter ? new PictureCache(converter) : null;
    }

    /// <summary>Files for the assets/ folder beside the page (folder mode): name → bytes, in name order.</summary>
    public SortedDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>The folder, relative to the page, that <see cref="Files"/> go into.</summary>
    public const string FolderName = "assets";

    /// <summary>The picture of an asset as the page shows it; null (and why) when it cannot be shown.</summary>
    public Picture? Get(string assetId, out string? problem)
    {
        problem = null;
        if (!resolved.TryGetValue(assetId, out var picture))
        {
            picture = Resolve(assetId, out problem);
            resolved[assetId] = picture;
            if (picture is null)
            {
                problems[assetId] = problem;
            }
        }
        else if (picture is null)
        {
            problem = problems.GetValueOrDefault(assetId);
        }
        return picture;
    }

    private readonly Dictionary<string, string?> problems = new(StringComparer.Ordinal);

    private Picture? Resolve(string assetId, out string? problem)
    {
        problem = null;
        if (!assets.TryGetValue(assetId, out var asset))
        {
            problem = "no such asset";
            return null;
        }
        if (asset.Path is null || asset.Path.Contains("://", StringComparison.Ordinal) || asset.Path.StartsWith("//", StringComparison.Ordinal))
        {
            problem = "a linked picture, not part of the document";
            return null;
        }
        var bytes = Read(asset.Path);
        if (bytes is null)
        {
            problem = "the picture file is missing";
            return null;
        }
        var mediaType = MediaTypeOf(asset);
        if (!BrowserTypes.Contains(mediaType))
        {
            var converted = cache?.Get(bytes, mediaType);
            if (converted is null)
            {
                problem = $"{mediaType} pictures are not shown by browsers";
                return null;
            }
            (bytes, mediaType) = (converted.Bytes, converted.MediaType);
        }
        if (mode == AssetMode.Embed)
        {
            return new Picture($"data:{mediaType};base64,{Convert.ToBase64String(bytes)}");
        }
        var name = Convert.ToHexStringLower(SHA256.HashData(bytes)) + ExtensionOf(mediaType);
        Files[name] = bytes;
        return new Picture(FolderName + "/" + name);
    }

    /// <summary>The asset's bytes: a path relative to the model's folder that stays inside the asset root; null otherwise.</summary>
    internal byte[]? Read(string relative)
    {
        if (sourceFolder is null || root is null || relative.Length == 0 || Path.IsPathRooted(relative) || relative.Contains('\0'))
        {
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(sourceFolder, relative));
        var inside = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(inside, StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }
        var info = new FileInfo(full);
        if (info.LinkTarget is not null || info.Length > 64L * 1024 * 1024)
        {
            return null; // a link may lead out of the folder; a picture is not 64 MiB
        }
        try
        {
            return File.ReadAllBytes(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    internal static string MediaTypeOf(Asset asset)
    {
        if (asset.MediaType.Length > 0 && asset.MediaType != "application/octet-stream")
        {
            return asset.MediaType.ToLowerInvariant() switch
            {
                "image/jpg" => "image/jpeg",
                "image/tif" => "image/tiff",
                var t => t,
            };
        }
        return Path.GetExtension(asset.Path ?? "").ToLowerInvariant() switch
        {
            ".png" => "image/png",
            ".jpg" or ".jpeg" => "image/jpeg",
            ".gif" => "image/gif",
            ".svg" => "image/svg+xml",
            ".webp" => "image/webp",
            ".bmp" => "image/bmp",
            ".tif" or ".tiff" => "image/tiff",
            ".emf" => "image/x-emf",
            ".wmf" => "image/x-wmf",
            _ => "application/octet-stream",
        };
    }

    private static string ExtensionOf(string mediaType) => mediaType switch
    {
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/gif" => ".gif",
        "image/webp" => ".webp",
        "image/svg+xml" => ".svg",
        "image/bmp" => ".bmp",
        "image/avif" => ".avif",
        _ => ".bin",
    };
}

/// <summary>Where the page finds a picture: a data: URL or a path relative to the page.</summary>
public sealed record Picture(string Source);
