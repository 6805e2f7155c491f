using System.Security.Cryptography;
using Mrs.Rendering.Writers;

namespace Mrs.Rendering.Html;

/// <summary>
/// Pictures converted for browsers, kept by the SHA-256 of the original: a LibreOffice run happens once per picture
/// and machine, and the same picture gives the same bytes in every later rendering. The cache is the folder named
/// by MRS_CACHE, else $XDG_CACHE_HOME/mrs, else ~/.cache/mrs; its pictures/ holds &lt;hash&gt;.png or &lt;hash&gt;.svg,
/// and nothing for a picture that could not be converted: a failure may be passing (LibreOffice missing a filter, out of
/// time on a busy machine), so it is remembered for this run only and tried again by the next one.
/// </summary>
public sealed class PictureCache(IPictureConverter converter, string? folder = null)
{
    public const string Variable = "MRS_CACHE";

    private static readonly (string Extension, string MediaType)[] Kinds = [(".png", "image/png"), (".svg", "image/svg+xml")];

    private readonly string? folder = folder ?? DefaultFolder();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> failed = new(StringComparer.Ordinal);

    /// <summary>The folder pictures are kept in; null when there is none to write.</summary>
    public static string? DefaultFolder()
    {
        var root = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured
            ? configured
            : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
                ? Path.Combine(xdg, "mrs")
                : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home
                    ? Path.Combine(home, ".cache", "mrs")
                    : null;
        return root is null ? null : Path.Combine(root, "pictures");
    }

    /// <summary>The picture as a browser shows it; null when it cannot be converted.</summary>
    public ConvertedPicture? Get(byte[] picture, string mediaType)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(picture));
        if (folder is not null)
        {
            foreach (var (extension, type) in Kinds)
            {
                var path = Path.Combine(folder, hash + extension);
                if (File.Exists(path))
                {
                    try
                    {
                        return new ConvertedPicture(File.ReadAllBytes(path), type);
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        break;
                    }
                }
            }
        }
        if (failed.ContainsKey(hash))
        {
            return null;
        }
        var converted = converter.Convert(picture, mediaType);
        if (converted is null)
        {
            failed[hash] = true;
            return null;
        }
        var kind = Kinds.FirstOrDefault(k => k.MediaType == converted.MediaType);
        if (kind.Extension is null)
        {
            return null; // a converter makes PNG or SVG
        }
        if (folder is not null)
        {
            Store(Path.Combine(folder, hash + kind.Extension), converted.Bytes);
        }
        return converted;
    }

    private static void Store(string path, byte[] bytes)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // no cache today: the conversion is still used
        }
    }
}
