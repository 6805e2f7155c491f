using System.Security.Cryptography;
using Mrs.Import.Docx.Package;
using Mrs.Import.Docx.Word;
using Mrs.Model;
using Mrs.Text.Messages;

namespace Mrs.Import.Structure;

/// <summary>
/// Images of the document: each stored once (identified by its content hash, kept in <see cref="Asset.Sha256"/>) and,
/// once the document is built, given a readable file name from where it is first used — "figure-A.1.png",
/// "figure-3-b.png" for a sub-figure, "formula-2.wmf", else "image-4.png" in document order (<see cref="Finish"/>) —
/// and written to the assets folder when one is given. EMF and WMF are kept as they are and flagged as needing conversion.
/// </summary>
public sealed class AssetStore(DocxPackage package, IReadOnlyDictionary<string, WordMedia> media, string? folder, string relativeFolder,
    ImportReport report)
{
    private readonly Dictionary<string, Asset> byHash = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Asset?> byRelationship = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (byte[] Bytes, string Extension)> files = new(StringComparer.Ordinal);

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
                report.Warnings.Add(Catalog.Format("import.warn.linkedImage", m.ExternalUri));
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
                    asset = new Asset { Id = "img-" + hash[..16], MediaType = mediaType, Sha256 = hash, NeedsConversion = needsConversion };
                    byHash[hash] = asset;
                    files[asset.Id] = (bytes, extension);
                    if (needsConversion)
                    {
                        report.Warnings.Add(Catalog.Format("import.warn.needsConversion", Path.GetFileName(m.PartPath),
                            extension.TrimStart('.').ToUpperInvariant()));
                    }
                }
            }
        }
        byRelationship[relationshipId] = asset;
        return asset;
    }

    /// <summary>
    /// The document's assets, each named from its first use in <paramref name="document"/> (document order) and written
    /// to the assets folder when one is given; ordered by id.
    /// </summary>
    public IReadOnlyList<Asset> Finish(StandardDocument document)
    {
        var names = AssetNames.Choose(document, files.ToDictionary(f => f.Key, f => f.Value.Extension, StringComparer.Ordinal));
        var result = new List<Asset>();
        foreach (var asset in byHash.Values.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            if (!files.TryGetValue(asset.Id, out var file))
            {
                result.Add(asset);
                continue;
            }
            var name = names[asset.Id];
            result.Add(asset with { Path = relativeFolder + "/" + name });
            if (folder is not null)
            {
                Write(folder, name, file.Bytes);
            }
        }
        return result;
    }

    /// <summary>
    /// Writes one picture through <see cref="Serialization.OutputFile"/> (whole or not at all; a problem is an
    /// OutputException naming the output, never a read error of the document). The name is made of a kind, a number in
    /// letters, digits, dots and hyphens, and a known extension: it cannot leave the folder. A file of the same name
    /// from an earlier import of the document is replaced only when its bytes differ.
    /// </summary>
    private static void Write(string folder, string name, byte[] bytes)
    {
        var shown = Shown(folder);
        Serialization.OutputFile.EnsureFolder(shown, folder); // a folder that cannot be made is said of the folder
        var path = Path.Combine(folder, name);
        if (!File.Exists(path) || !SameBytes(path, bytes))
        {
            Serialization.OutputFile.Write(Path.Combine(shown, name), stream => stream.Write(bytes));
        }
    }

    /// <summary>The folder as messages name it: relative to the working directory when inside it, as the user typed -o.</summary>
    private static string Shown(string folder)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder);
        return relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || relative.StartsWith("..\\", StringComparison.Ordinal)
            || Path.IsPathRooted(relative) ? folder : relative;
    }

    private static bool SameBytes(string path, byte[] bytes)
    {
        try
        {
            return Serialization.FileKinds.Holds(path, bytes);
        }
        catch (IOException)
        {
            return false;
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
