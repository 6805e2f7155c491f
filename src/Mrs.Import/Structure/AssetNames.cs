using System.Text;
using Mrs.Model;

namespace Mrs.Import.Structure;

/// <summary>
/// Readable file names for the pictures of a document, from the place each is first used, in document order: the image
/// of Figure A.1 is "figure-A.1.png", the sub-figures of Figure 3 "figure-3-a.png", "figure-3-b.png" (by their labels,
/// else 1, 2…), the image of Formula (2) "formula-2.wmf", any other picture "image-1.png", "image-2.png"… Same document,
/// same names. Names are unique within the document (a second "figure-1" becomes "figure-1-2").
/// </summary>
internal static class AssetNames
{
    /// <param name="extensions">The assets to name (by id), each with its extension (".png").</param>
    public static Dictionary<string, string> Choose(StandardDocument document, IReadOnlyDictionary<string, string> extensions)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var images = 0;

        void Name(string assetId, string stem)
        {
            if (names.ContainsKey(assetId) || !extensions.TryGetValue(assetId, out var extension))
            {
                return;
            }
            var name = stem + extension;
            for (var n = 2; !taken.Add(name); n++)
            {
                name = stem + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + extension;
            }
            names[assetId] = name;
        }

        foreach (var node in ModelWalker.Walk(document))
        {
            switch (node.Value)
            {
                case Figure { Number: { } number } figure when Plain(number) is { Length: > 0 } figureNumber:
                    for (var i = 0; i < figure.Images.Count; i++)
                    {
                        var image = figure.Images[i];
                        var part = figure.Images.Count == 1 ? "" : "-" + (Plain(image.Label ?? "") is { Length: > 0 } label
                            ? label : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                        Name(image.Asset, "figure-" + figureNumber + part);
                    }
                    break;
                case Formula { Number: { } number, Image: { } image } when Plain(number) is { Length: > 0 } formulaNumber:
                    Name(image.Asset, "formula-" + formulaNumber);
                    break;
                case Image image when !names.ContainsKey(image.Asset) && extensions.ContainsKey(image.Asset):
                    Name(image.Asset, "image-" + (++images).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }
        // Pictures the model holds but no block shows (none today; kept so that every asset has a file).
        foreach (var id in extensions.Keys.Order(StringComparer.Ordinal))
        {
            Name(id, "image-" + (++images).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return names;
    }

    /// <summary>
    /// A number or label as a piece of a file name: ASCII letters, digits and dots kept, every other run of characters
    /// one hyphen ("a)" → "a", "3-5" → "3-5", "A.1" → "A.1"), at most 40 characters, no leading or trailing dot or hyphen.
    /// </summary>
    internal static string Plain(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
            if (sb.Length >= 40)
            {
                break;
            }
        }
        return sb.ToString().Trim('-', '.');
    }
}
