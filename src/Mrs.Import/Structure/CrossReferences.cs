using System.Text.RegularExpressions;
using Mrs.Model;

namespace Mrs.Import.Structure;

/// <summary>
/// Turns links to Word bookmarks ("[5.2](#bm:_Ref123)") into links to model ids ("[5.2](#clause-5.2)"). A bookmark
/// that marks no imported element keeps its text without the link, and the import report lists it.
/// </summary>
internal static partial class CrossReferences
{
    public static StandardDocument Resolve(StandardDocument document, IReadOnlyDictionary<string, string> bookmarks, ImportReport report) =>
        new TextRewriter(text => text.Contains("(#bm:", StringComparison.Ordinal) ? Resolve(text, bookmarks, report) : text).Rewrite(document);

    private static string Resolve(string markdown, IReadOnlyDictionary<string, string> bookmarks, ImportReport report) =>
        Link().Replace(markdown, m =>
        {
            var name = Uri.UnescapeDataString(m.Groups["name"].Value);
            if (bookmarks.TryGetValue(name, out var id))
            {
                return $"[{m.Groups["text"].Value}](#{id})";
            }
            report.UnresolvedReferences.Add(name);
            return m.Groups["text"].Value;
        });

    [GeneratedRegex(@"\[(?<text>(?:[^\[\]\\]|\\.)*)\]\(#bm:(?<name>[^)\s]+)\)")]
    private static partial Regex Link();
}
