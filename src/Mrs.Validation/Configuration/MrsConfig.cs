using System.Text;
using System.Text.RegularExpressions;
using Mrs.Text.Messages;
using Mrs.Validation.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Mrs.Validation.Configuration;

/// <summary>A malformed .mrs.yaml: the message names the file, line and column.</summary>
public sealed class ConfigException(string file, int line, int column, string message) : Exception(message)
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;

    /// <summary>"path:line:col: error: message", in the current UI language.</summary>
    public string Describe() => Catalog.Format("error.atLine", File, Line, Column, Message);
}

/// <summary>One path-based ignore: findings of <see cref="Rules"/> (all when empty or "*") in files matching <see cref="Path"/>.</summary>
public sealed record IgnoreEntry(string Path, IReadOnlyList<string> Rules)
{
    internal Regex? Pattern { get; init; }
}

/// <summary>
/// The project configuration, <c>.mrs.yaml</c> (schemas/mrs-config.schema.json):
/// <code>
/// family: gbt                 # gbt | iso | auto (default auto)
/// rules:
///   STRUCT-012: off           # off | error | warning | info
///   TERM-011: warning
/// ignore:
///   - path: "drafts/**"       # glob, relative to the folder of .mrs.yaml
///     rules: [STRUCT-012]     # omit (or "*") for every rule
/// docsUrl: https://example.org/mrs/docs/rules.md   # absolute URL of the rule catalogue (SARIF helpUri)
/// lang: zh-CN                 # language of the messages: en | zh-CN (default: MRS_LANG, then the locale)
/// </code>
/// </summary>
public sealed class MrsConfig
{
    public const string FileName = ".mrs.yaml";

    /// <summary>The values of lang.</summary>
    public static readonly string[] Languages = ["en", "zh-CN", "zh-TW"];

    /// <summary>The configuration used when there is no .mrs.yaml.</summary>
    public static MrsConfig Empty { get; } = new() { Path = null, Directory = null };

    /// <summary>The file it was read from (null for <see cref="Empty"/>).</summary>
    public string? Path { get; private init; }

    /// <summary>The folder ignore globs are relative to.</summary>
    public string? Directory { get; private init; }

    /// <summary>The rule family, or null for auto.</summary>
    public RuleFamily? Family { get; private init; }

    public IReadOnlyDictionary<string, RuleLevel> Levels { get; private init; } = new Dictionary<string, RuleLevel>(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<IgnoreEntry> Ignore { get; private init; } = [];

    /// <summary>Absolute URL of docs/rules.md, used to build SARIF helpUri values.</summary>
    public string? DocsUrl { get; private init; }

    /// <summary>The language of mrs's messages for work in this folder (en, zh-CN); null when not set.</summary>
    public string? Language { get; private init; }

    /// <summary>Rule codes to drop for an input ("*" for all), from the ignore entries whose glob matches it.</summary>
    public IReadOnlyCollection<string> IgnoredFor(string inputPath)
    {
        if (Ignore.Count == 0)
        {
            return [];
        }
        var full = System.IO.Path.GetFullPath(inputPath);
        var relative = Directory is null ? full : System.IO.Path.GetRelativePath(Directory, full);
        relative = relative.Replace('\\', '/');
        var name = System.IO.Path.GetFileName(full);
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Ignore)
        {
            var target = entry.Path.Contains('/', StringComparison.Ordinal) ? relative : name;
            if (entry.Pattern!.IsMatch(target))
            {
                if (entry.Rules.Count == 0)
                {
                    codes.Add("*");
                }
                codes.UnionWith(entry.Rules);
            }
        }
        return codes;
    }

    public static MrsConfig Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(false, true));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            throw new ConfigException(path, 1, 1, Catalog.Format("config.cannotRead", ex.Message));
        }
        return Parse(text, path);
    }

    public static MrsConfig Parse(string text, string path)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new ConfigException(path, (int)ex.Start.Line, (int)ex.Start.Column, Catalog.Format("yaml.syntax", FirstLine(ex.Message)));
        }
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new MrsConfig { Path = path, Directory = directory };
        }
        var root = stream.Documents[0].RootNode as YamlMappingNode
            ?? throw Error(path, stream.Documents[0].RootNode, Catalog.Get("config.notMapping"));

        RuleFamily? family = null;
        var levels = new Dictionary<string, RuleLevel>(StringComparer.OrdinalIgnoreCase);
        var ignore = new List<IgnoreEntry>();
        string? docsUrl = null;
        string? language = null;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = Scalar(path, keyNode, "a key");
            switch (key)
            {
                case "family":
                    var f = Scalar(path, value, "family");
                    family = f == "auto" ? null
                        : FamilyDetector.ParseName(f)
                        ?? throw Error(path, value, Catalog.Format("config.family", string.Join(", ", Families.All.Select(x => x.Name)), f));
                    break;
                case "rules":
                    if (value is YamlScalarNode { Value: null or "" })
                    {
                        break;
                    }
                    var rules = value as YamlMappingNode
                        ?? throw Error(path, value, Catalog.Get("config.rulesMapping"));
                    foreach (var (codeNode, levelNode) in rules.Children)
                    {
                        var code = RuleCode(path, codeNode);
                        var level = Scalar(path, levelNode, code).ToLowerInvariant() switch
                        {
                            "off" or "false" => RuleLevel.Off,
                            "error" => RuleLevel.Error,
                            "warning" => RuleLevel.Warning,
                            "info" => RuleLevel.Info,
                            var other => throw Error(path, levelNode, Catalog.Format("config.ruleLevel", code, other)),
                        };
                        levels[code] = level;
                    }
                    break;
                case "ignore":
                    if (value is YamlScalarNode { Value: null or "" })
                    {
                        break;
                    }
                    var list = value as YamlSequenceNode
                        ?? throw Error(path, value, Catalog.Get("config.ignoreList"));
                    foreach (var item in list.Children)
                    {
                        ignore.Add(IgnoreItem(path, item));
                    }
                    break;
                case "docsUrl":
                    var url = Scalar(path, value, "docsUrl");
                    if (!Uri.TryCreate(url, UriKind.Absolute, out _))
                    {
                        throw Error(path, value, Catalog.Format("config.docsUrl", url));
                    }
                    docsUrl = url;
                    break;
                case "lang":
                    language = Scalar(path, value, "lang");
                    if (!Languages.Contains(language, StringComparer.OrdinalIgnoreCase))
                    {
                        throw Error(path, value, Catalog.Format("config.lang", string.Join(", ", Languages), language));
                    }
                    break;
                default:
                    throw Error(path, keyNode, Catalog.Format("config.unknownKey", key));
            }
        }
        return new MrsConfig
        {
            Path = path, Directory = directory, Family = family, Levels = levels, Ignore = ignore, DocsUrl = docsUrl,
            Language = language
        };
    }

    private static IgnoreEntry IgnoreItem(string path, YamlNode item)
    {
        var map = item as YamlMappingNode ?? throw Error(path, item, Catalog.Get("config.ignoreEntry"));
        string? glob = null;
        var codes = new List<string>();
        foreach (var (keyNode, value) in map.Children)
        {
            switch (Scalar(path, keyNode, "a key"))
            {
                case "path":
                    glob = Scalar(path, value, "path");
                    break;
                case "rules":
                    var seq = value as YamlSequenceNode ?? throw Error(path, value, Catalog.Get("config.rulesList"));
                    foreach (var c in seq.Children)
                    {
                        var code = Scalar(path, c, "a rule code");
                        codes.Add(code == "*" ? "*" : RuleCode(path, c));
                    }
                    break;
                case var other:
                    throw Error(path, keyNode, Catalog.Format("config.unknownIgnoreKey", other));
            }
        }
        if (string.IsNullOrWhiteSpace(glob))
        {
            throw Error(path, item, Catalog.Get("config.ignoreNeedsPath"));
        }
        return new IgnoreEntry(glob, codes.Contains("*") ? [] : codes) { Pattern = Glob.ToRegex(glob) };
    }

    private static string RuleCode(string path, YamlNode node)
    {
        var code = Scalar(path, node, "a rule code");
        return RuleRegistry.ByCode(code)?.Code ?? throw Error(path, node, Catalog.Format("config.unknownRule", code));
    }

    private static string Scalar(string path, YamlNode node, string what) =>
        node is YamlScalarNode s ? s.Value ?? "" : throw Error(path, node, Catalog.Format("config.singleValue", what));

    private static ConfigException Error(string path, YamlNode node, string message) =>
        new(path, (int)node.Start.Line, (int)node.Start.Column, message);

    private static string FirstLine(string message)
    {
        var i = message.IndexOf('\n', StringComparison.Ordinal);
        return (i > 0 ? message[..i] : message).Trim();
    }
}

/// <summary>Globs as in .gitignore, simplified: <c>**</c> spans folders, <c>*</c> and <c>?</c> stay within one.</summary>
public static class Glob
{
    public static Regex ToRegex(string glob)
    {
        var g = glob.Replace('\\', '/').TrimStart('/');
        if (g.StartsWith("./", StringComparison.Ordinal))
        {
            g = g[2..];
        }
        var sb = new StringBuilder("^");
        for (var i = 0; i < g.Length; i++)
        {
            var c = g[i];
            if (c == '*' && i + 1 < g.Length && g[i + 1] == '*')
            {
                var slash = i + 2 < g.Length && g[i + 2] == '/';
                sb.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }
        if (g.EndsWith('/'))
        {
            sb.Append(".*");
        }
        sb.Append('$');
        return new Regex(sb.ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }
}

/// <summary>Finds .mrs.yaml for an input: its folder, then each parent, stopping at the folder that holds .git.</summary>
public static class ConfigFinder
{
    public static string? Find(string inputPath)
    {
        var dir = new DirectoryInfo(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(inputPath)) ?? ".");
        for (; dir is not null; dir = dir.Parent)
        {
            foreach (var name in new[] { MrsConfig.FileName, ".mrs.yml" })
            {
                var candidate = System.IO.Path.Combine(dir.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
            var git = System.IO.Path.Combine(dir.FullName, ".git");
            if (System.IO.Directory.Exists(git) || File.Exists(git))
            {
                return null;
            }
        }
        return null;
    }
}
