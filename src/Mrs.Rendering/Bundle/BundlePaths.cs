using System.Globalization;
using System.Text;

namespace Mrs.Rendering.Bundle;

/// <summary>
/// File names of the bundle's parts. A part's id is its HTML anchor (the model's id, derived from numbering and
/// designations: "clause-5.2", "term-3.1", "annex-A"); its file is that id when the id is URL-safe
/// (letters, digits, '.', '_', '~', '-'), else the id with every other character written as "_" and its code point
/// in hex ("_4e2d"). Names are given in document order; a second part whose name differs from an earlier one only by
/// letter case (case-insensitive file systems) gets "-2", "-3" ….
/// </summary>
public sealed class BundlePaths
{
    private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> byId = new(StringComparer.Ordinal);
    private readonly string folder;

    public BundlePaths(string folder) => this.folder = folder;

    /// <summary>The path of the part with that id ("clauses/clause-5.2.json"), the same for the same id.</summary>
    public string Of(string id)
    {
        if (byId.TryGetValue(id, out var path))
        {
            return path;
        }
        var name = Safe(id);
        if (name is "index" or "." or "..")
        {
            name = "_" + name;
        }
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = name + "-" + n.ToString(CultureInfo.InvariantCulture);
        }
        return byId[id] = folder + "/" + candidate + ".json";
    }

    /// <summary>The id written with URL-safe characters only.</summary>
    public static string Safe(string id)
    {
        if (id.Length > 0 && id.All(IsSafe))
        {
            return id;
        }
        var builder = new StringBuilder(id.Length * 2);
        foreach (var rune in id.EnumerateRunes())
        {
            if (rune.IsAscii && IsSafe((char)rune.Value) && rune.Value != '_')
            {
                builder.Append((char)rune.Value);
            }
            else
            {
                builder.Append('_').Append(rune.Value.ToString("x", CultureInfo.InvariantCulture));
            }
        }
        return builder.Length == 0 ? "_" : builder.ToString();
    }

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '~' or '-';
}
