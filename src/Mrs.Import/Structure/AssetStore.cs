using System.Security.Cryptography;
using Mrs.Import.Docx.Package;
using Mrs.Import.Docx.Word;
using Mrs.Model;

namespace Mrs.Import.Structure;

/// <summary>
/// Images of the document: each stored once under its content hash ("assets/&lt;sha256&gt;.png"), written to the assets
/// folder when one is given. EMF and WMF are kept as they are and flagged as needing conversion.
/// </summary>
public sealed class AssetStore(DocxPackage package, IReadOnlyDictionary<string, WordMedia> media, string? folder, string relativeFolder,
    ImportReport report)
{
    private readonly Dictionary<string, Asset> byHash = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Asset?> byRelationship = new(StringComparer.Ordinal);

    public IReadOnlyList<Asset> Assets => byHash.Values.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();

    public Image? ImageFor(WordPicture picture)
    {
        var asset = picture.RelationshipId is null ? null : AssetFor(picture.RelationshipId);
        return asset is null ? null : new Image { Asset = asset.Id, Alt = picture.Alt, WidthMm = picture.WidthMm, HeightMm = picture.HeightMm };
    }

    private Asset? AssetFor(string relationshipId)
    {
        if (byRelationship.TryGetValue(relationshipId, out var known))
        {
            return known;
        }
        Asset? asset = null;
        if (media.TryGetValue(relationshipId, out var m))
        {
            if (m.External)
            {
                report.Warnings.Add($"linked (not embedded) image {m.ExternalUri} kept as a link only (never fetched)");
                var id = "img-ext-" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(m.ExternalUri ?? "")))[..12];
                asset = new Asset { Id = id, Link = m.ExternalUri ?? "", MediaType = "" };
                byHash.TryAdd(id, asset);
            }
            else if (package.HasPart(m.PartPath))
            {
                var bytes = package.ReadBytes(m.PartPath);
                var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
                if (!byHash.TryGetValue(hash, out asset))
                {
                    var extension = SafeExtension(Path.GetExtension(m.PartPath));
                    var mediaType = m.ContentType.Length > 0 ? m.ContentType : MediaTypeOf(extension);
                    var needsConversion = extension is ".emf" or ".wmf" or ".emz" or ".wmz" || mediaType.Contains("x-emf", StringComparison.Ordinal)
                        || mediaType.Contains("x-wmf", StringComparison.Ordinal);
                    var name = hash + extension;
                    asset = new Asset
                    {
                        Id = "img-" + hash[..16], Path = relativeFolder + "/" + name, MediaType = mediaType, Sha256 = hash,
                        NeedsConversion = needsConversion
                    };
                    byHash[hash] = asset;
                    if (needsConversion)
                    {
                        report.Warnings.Add($"image {Path.GetFileName(m.PartPath)} is {extension.TrimStart('.').ToUpperInvariant()}, which "
                            + "browsers cannot show; kept and flagged for conversion");
                    }
                    if (folder is not null)
                    {
                        Write(folder, name, bytes);
                    }
                }
            }
        }
        byRelationship[relationshipId] = asset;
        return asset;
    }

    private static void Write(string folder, string name, byte[] bytes)
    {
        Directory.CreateDirectory(folder);
        // The name is a hash and a known extension: it cannot leave the folder.
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            var temp = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
            Serialization.TempFiles.Register(temp);
            try
            {
                File.WriteAllBytes(temp, bytes);
                File.Move(temp, path, overwrite: true);
            }
            finally
            {
                Serialization.TempFiles.Delete(temp);
            }
        }
    }

    /// <summary>A lower-case extension of letters and digits only (".png"), so that asset names stay plain.</summary>
    private static string SafeExtension(string extension)
    {
        var clean = new string(extension.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(5).ToArray());
        return clean.Length == 0 ? ".bin" : "." + clean;
    }

    private static string MediaTypeOf(string extension) => extension switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".bmp" => "image/bmp",
        ".tif" or ".tiff" => "image/tiff",
        ".svg" => "image/svg+xml",
        ".emf" => "image/x-emf",
        ".wmf" => "image/x-wmf",
        _ => "application/octet-stream",
    };
}
