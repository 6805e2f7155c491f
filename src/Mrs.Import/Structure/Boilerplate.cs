namespace Mrs.Import.Structure;

/// <summary>
/// The headings of the notices that templates print on the cover and its back (ETSI's "Important notice", ISO's
/// copyright notice …), with the kind each notice is kept under in the metadata: the heading and the lines under it
/// are that notice, named by what they are rather than by the style they happen to use. Data, not logic.
/// </summary>
internal static class Boilerplate
{
    private static readonly Dictionary<string, string> Headings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Important notice"] = "notice",
        ["Notice of disclaimer & limitation of liability"] = "disclaimer",
        ["Notice of disclaimer and limitation of liability"] = "disclaimer",
        ["Copyright Notification"] = "copyright",
        ["Copyright notice"] = "copyright",
        ["COPYRIGHT PROTECTED DOCUMENT"] = "copyright",
        ["版权声明"] = "copyright",
        ["版权保护文件"] = "copyright",
        ["Warning"] = "warning",
        ["Warning for WDs and CDs"] = "warning",
        ["Reference"] = "reference",
        ["Keywords"] = "keywords",
        ["ETSI"] = "address",
    };

    /// <summary>The kind of notice a cover line heads, or null.</summary>
    public static string? KindOf(string line) =>
        line.TrimStart().StartsWith('©') ? "copyright"
        : line.Length <= 60 && Headings.TryGetValue(line.Trim().TrimEnd(':', '：'), out var kind) ? kind : null;
}
