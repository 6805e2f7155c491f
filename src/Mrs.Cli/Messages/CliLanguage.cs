using System.Globalization;
using Mrs.Validation.Configuration;

namespace Mrs.Cli.Messages;

/// <summary>
/// The language of mrs's messages, from the first of: <c>--lang</c> on the command line, <c>MRS_LANG</c>,
/// <c>lang:</c> in the nearest <c>.mrs.yaml</c> (from the working folder up to the repository root), the locale
/// (<c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>: zh_* is Chinese); English otherwise. The value is a culture name
/// (en, zh-CN, zh-TW…); Chinese names map to the script's catalogue (zh-CN → zh-Hans, zh-TW → zh-Hant).
/// </summary>
public static class CliLanguage
{
    public const string Variable = "MRS_LANG";

    /// <summary>The names --lang accepts (others are a usage error).</summary>
    public static readonly string[] Names = ["en", "zh-CN", "zh", "zh-Hans", "zh-TW", "zh-Hant"];

    /// <summary>The language a run of mrs speaks, and where that choice came from.</summary>
    public static (CultureInfo Culture, string Source) Resolve(IReadOnlyList<string> args, Func<string, string?> environment, string workingFolder)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                break;
            }
            if (args[i] == "--lang" && i + 1 < args.Count && Parse(args[i + 1]) is { } fromOption)
            {
                return (fromOption, "--lang");
            }
            if (args[i].StartsWith("--lang=", StringComparison.Ordinal) && Parse(args[i][7..]) is { } fromEquals)
            {
                return (fromEquals, "--lang");
            }
        }
        if (Parse(environment(Variable)) is { } fromVariable)
        {
            return (fromVariable, Variable);
        }
        if (FromConfiguration(workingFolder) is { } fromConfig)
        {
            return fromConfig;
        }
        foreach (var name in new[] { "LC_ALL", "LC_MESSAGES", "LANG" })
        {
            // POSIX: the first of these that is set decides, even when it is not Chinese.
            if (environment(name) is { Length: > 0 } locale)
            {
                return (FromLocale(locale), name);
            }
        }
        return (CultureInfo.InvariantCulture, "default");
    }

    /// <summary>"zh-CN", "zh_CN", "zh-Hans" → the Simplified Chinese catalogue; "en" → English; null for anything else.</summary>
    public static CultureInfo? Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var n = name.Trim().Replace('_', '-');
        if (n.Equals("en", StringComparison.OrdinalIgnoreCase) || n.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
        {
            return CultureInfo.InvariantCulture;
        }
        if (n.Equals("zh", StringComparison.OrdinalIgnoreCase) || n.StartsWith("zh-", StringComparison.OrdinalIgnoreCase))
        {
            var traditional = n.Contains("Hant", StringComparison.OrdinalIgnoreCase) || n.Contains("-TW", StringComparison.OrdinalIgnoreCase)
                || n.Contains("-HK", StringComparison.OrdinalIgnoreCase) || n.Contains("-MO", StringComparison.OrdinalIgnoreCase);
            return CultureInfo.GetCultureInfo(traditional ? "zh-Hant" : "zh-Hans"); // both read Strings.zh.resx until a zh-Hant catalogue exists
        }
        return null;
    }

    /// <summary>A POSIX locale ("zh_CN.UTF-8", "C", "en_US.utf8") → its catalogue; English unless it is Chinese.</summary>
    public static CultureInfo FromLocale(string locale)
    {
        var name = locale.Split('.', '@')[0];
        return name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Parse(name) ?? CultureInfo.InvariantCulture : CultureInfo.InvariantCulture;
    }

    /// <summary>The short name reports use: "zh-CN" for Chinese, "en" otherwise.</summary>
    public static string ReportName(CultureInfo culture) => culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN" : "en";

    private static (CultureInfo, string)? FromConfiguration(string workingFolder)
    {
        string? path;
        try
        {
            path = ConfigFinder.Find(Path.Combine(workingFolder, "-")); // a name in the folder: the search starts there
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
        if (path is null)
        {
            return null;
        }
        try
        {
            // A malformed file is validate's to report, with its line; here it only does not choose the language.
            return Parse(MrsConfig.Load(path).Language) is { } culture ? (culture, path) : null;
        }
        catch (ConfigException)
        {
            return null;
        }
    }
}
