using System.Security.Cryptography;
using Mrs.Model;

namespace Mrs.Cli.Commands;

/// <summary>
/// The pictures of a model file going into a build: each asset file is copied from beside the source model into the
/// build's shared assets/ folder, and the model's asset paths are made relative to where the model is written.
/// Files of the same name and content are shared; a different file of the same name gets its content hash in the name.
/// </summary>
internal static class BuildAssets
{
    /// <summary>The document with its assets copied; null (and <paramref name="error"/>) when an asset file is missing.</summary>
    public static StandardDocument? Carry(StandardDocument document, string sourceModel, string assetsFolder, string modelFolder, out string? error)
    {
        error = null;
        if (document.Assets.Count == 0)
        {
            return document;
        }
        var sourceFolder = Path.GetDirectoryName(Path.GetFullPath(sourceModel))!;
        Directory.CreateDirectory(assetsFolder);
        var carried = new List<Asset>(document.Assets.Count);
        foreach (var asset in document.Assets)
        {
            var source = Path.GetFullPath(Path.Combine(sourceFolder, asset.Path));
            if (!File.Exists(source))
            {
                error = $"asset {asset.Id}: {asset.Path} not found beside the model";
                return null;
            }
            var target = Place(source, assetsFolder);
            carried.Add(asset with { Path = Path.GetRelativePath(modelFolder, target).Replace('\\', '/') });
        }
        return document with { Assets = carried };
    }

    private static string Place(string source, string assetsFolder)
    {
        var name = Path.GetFileName(source);
        var target = Path.Combine(assetsFolder, name);
        if (File.Exists(target) && !SameContent(source, target))
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(source)))[..12];
            target = Path.Combine(assetsFolder, $"{Path.GetFileNameWithoutExtension(name)}-{hash}{Path.GetExtension(name)}");
        }
        if (!File.Exists(target))
        {
            // Copied under a temporary name, then moved: parallel builds never see half a file.
            var temporary = target + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
            File.Copy(source, temporary);
            try
            {
                File.Move(temporary, target);
            }
            catch (IOException) when (File.Exists(target))
            {
                File.Delete(temporary); // another document of the build carried the same file first
            }
        }
        return target;
    }

    private static bool SameContent(string a, string b) =>
        new FileInfo(a).Length == new FileInfo(b).Length && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
}
