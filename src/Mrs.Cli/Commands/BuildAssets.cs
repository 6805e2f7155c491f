using System.Security.Cryptography;
using Mrs.Model;
using Mrs.Serialization;
using Mrs.Text.Messages;

namespace Mrs.Cli.Commands;

/// <summary>
/// The pictures of a model file going into a build: each asset file is copied from beside the source model into the
/// build's shared assets/ folder, and the model's asset paths are made relative to where the model is written.
/// Files of the same name and content are shared; a different file of the same name gets its content hash in the name.
/// A model is input from anyone: an asset path must stay inside the model's folder (links followed) and name a regular
/// file of at most <see cref="MaxAssetBytes"/>, else the document fails with the reason; links (images the document
/// only refers to) are kept as they are and never fetched.
/// </summary>
internal static class BuildAssets
{
    /// <summary>The largest asset file a build copies (the importer's limit for one part of a package).</summary>
    public const long MaxAssetBytes = 256L * 1024 * 1024;

    /// <summary>The document with its assets copied; null (and <paramref name="error"/>) when an asset file is missing or not allowed.</summary>
    public static StandardDocument? Carry(StandardDocument document, string sourceModel, string assetsFolder, string modelFolder, out string? error)
    {
        error = null;
        if (document.Assets.Count == 0)
        {
            return document;
        }
        var sourceFolder = Path.GetDirectoryName(Path.GetFullPath(sourceModel))!;
        var carried = new List<Asset>(document.Assets.Count);
        foreach (var asset in document.Assets)
        {
            if (asset.Path is not { } path)
            {
                carried.Add(asset); // a link: an address kept as text
                continue;
            }
            if (Source(sourceFolder, path, out var why) is not { } source)
            {
                error = Catalog.Format("build.asset", asset.Id, path, why);
                return null;
            }
            Directory.CreateDirectory(assetsFolder);
            var target = Place(source, Path.GetFileName(path), assetsFolder);
            carried.Add(asset with { Path = Path.GetRelativePath(modelFolder, target).Replace('\\', '/') });
        }
        return document with { Assets = carried };
    }

    /// <summary>The file an asset path names, or null and why not: outside the model's folder, not a regular file, too large, missing.</summary>
    private static string? Source(string sourceFolder, string path, out string why)
    {
        why = "";
        if (path.Length == 0 || Path.IsPathRooted(path) || path.StartsWith('/') || path.Contains('\\') || path.Contains('\0')
            || System.Text.RegularExpressions.Regex.IsMatch(path, "^[A-Za-z][A-Za-z0-9+.-]*:") || path.Split('/').Contains(".."))
        {
            why = Catalog.Get("build.asset.outside");
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(sourceFolder, path));
        var kind = FileKinds.Of(full);
        if (kind == FileKind.Missing)
        {
            why = Catalog.Get("build.asset.missing");
            return null;
        }
        // Links are followed: the file itself must be inside the model's folder too.
        var real = RealPath(full);
        var folder = RealPath(sourceFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!real.StartsWith(folder, StringComparison.Ordinal))
        {
            why = Catalog.Get("build.asset.link");
            return null;
        }
        if (kind != FileKind.Regular)
        {
            why = kind == FileKind.Folder ? Catalog.Get("build.asset.folder") : Catalog.Get("build.asset.special");
            return null;
        }
        if (new FileInfo(real).Length > MaxAssetBytes)
        {
            why = Catalog.Format("build.asset.tooLarge", MaxAssetBytes / 1048576);
            return null;
        }
        return real;
    }

    /// <summary>The path with every symbolic link in it resolved.</summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            for (var hops = 0; hops < 40; hops++)
            {
                FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
                if (info.LinkTarget is not { } target)
                {
                    break;
                }
                current = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current) ?? root, target));
            }
        }
        return current;
    }

    private static string Place(string source, string name, string assetsFolder)
    {
        var target = Path.Combine(assetsFolder, name);
        if (File.Exists(target) && !SameContent(source, target))
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(source)))[..12];
            target = Path.Combine(assetsFolder, $"{Path.GetFileNameWithoutExtension(name)}-{hash}{Path.GetExtension(name)}");
        }
        if (!File.Exists(target))
        {
            // Copied under a temporary name, then moved: parallel builds never see half a file. At most the limit is
            // copied, whatever the file grows to meanwhile.
            var temporary = target + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
            TempFiles.Register(temporary);
            try
            {
                using (var from = new FileStream(source, FileMode.Open, FileAccess.Read))
                using (var to = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                {
                    var buffer = new byte[81920];
                    long copied = 0;
                    int n;
                    while ((n = from.Read(buffer)) > 0)
                    {
                        copied += n;
                        if (copied > MaxAssetBytes)
                        {
                            throw new IOException($"{source} grew beyond {MaxAssetBytes / 1048576} MB while it was copied");
                        }
                        to.Write(buffer, 0, n);
                    }
                }
                File.Move(temporary, target);
            }
            catch (IOException) when (File.Exists(target))
            {
                // another document of the build carried the same file first
            }
            finally
            {
                TempFiles.Delete(temporary);
            }
        }
        return target;
    }

    /// <summary>True when two files hold the same bytes.</summary>
    internal static bool SameContent(string a, string b) =>
        new FileInfo(a).Length == new FileInfo(b).Length && FileKinds.Holds(b, File.ReadAllBytes(a));
}
