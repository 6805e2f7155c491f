using System.Globalization;
using Mrs.Text.Messages;

namespace Mrs.Import.Profiles;

/// <summary>
/// Why an import used its profile: detected from the template styles its paragraphs use (<paramref name="Score"/>
/// paragraphs; below 2, none were found and the generic profile is used), or chosen with --profile; and the user's
/// style map laid over it, if any. The summary says it in the current language; --report keeps it in English.
/// </summary>
public sealed record ProfileChoice(bool Detected, int Score = 0, string? StyleMap = null)
{
    /// <summary>The reason in the current UI language, for the summary on standard error.</summary>
    public string Text => In(CultureInfo.CurrentUICulture);

    /// <summary>The reason in English ("auto: 59 paragraphs use its template styles"), the stable profileReason of --report.</summary>
    public string English => In(CultureInfo.InvariantCulture);

    private string In(CultureInfo culture)
    {
        var reason = !Detected ? Catalog.FormatIn(culture, "import.profile.chosen")
            : Score < 2 ? Catalog.FormatIn(culture, "import.profile.noTemplateStyles")
            : Catalog.FormatIn(culture, "import.profile.detected", Score);
        return StyleMap is null ? reason : Catalog.FormatIn(culture, "import.profile.styleMap", reason, StyleMap);
    }
}
