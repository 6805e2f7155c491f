using System.Reflection;
using System.Text.Json;
using Mrs.Model;

namespace Mrs.Rendering.Html;

/// <summary>
/// A look of the HTML edition, read from its data files (Html/Themes/*.theme.json and the style sheet it names): the
/// writer knows no theme by name. <c>--theme auto</c> takes the first theme of themes.json whose "auto" rule fits the
/// document (its import profile, identifier or language), else the last one.
/// </summary>
public sealed class Theme
{
    private const string ResourcePrefix = "Mrs.Rendering.Html.";

    private static readonly Lazy<IReadOnlyList<Theme>> Loaded = new(LoadAll);

    private Theme(string name, string stylesheet, IReadOnlyList<string> profiles, IReadOnlyList<string> prefixes, IReadOnlyList<string> languages)
    {
        Name = name;
        Stylesheet = stylesheet;
        Profiles = profiles;
        IdentifierPrefixes = prefixes;
        Languages = languages;
    }

    public string Name { get; }

    /// <summary>The theme's own CSS (after the base and print style sheets).</summary>
    public string Stylesheet { get; }

    public IReadOnlyList<string> Profiles { get; }

    public IReadOnlyList<string> IdentifierPrefixes { get; }

    public IReadOnlyList<string> Languages { get; }

    /// <summary>Every theme, in the order auto tries them.</summary>
    public static IReadOnlyList<Theme> All => Loaded.Value;

    /// <summary>The names --theme accepts: auto and each theme's.</summary>
    public static IReadOnlyList<string> Names => ["auto", .. All.Select(t => t.Name)];

    /// <summary>The style sheet every theme starts from (layout of the reader's page, the parts every theme shares).</summary>
    public static string BaseStylesheet { get; } = ReadText("base.css");

    /// <summary>The print style sheet (A4 pages, page breaks); the PDF renderer prints with it.</summary>
    public static string PrintStylesheet { get; } = ReadText("print.css");

    /// <summary>The theme of that name, or the one auto picks for <paramref name="document"/>; null for an unknown name.</summary>
    public static Theme? For(string name, StandardDocument document, string language)
    {
        if (!string.Equals(name, "auto", StringComparison.OrdinalIgnoreCase))
        {
            return All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
        }
        return All.FirstOrDefault(t => t.Fits(document, language)) ?? All[^1];
    }

    private bool Fits(StandardDocument document, string language) =>
        (document.Source?.Profile is { } profile && Profiles.Contains(profile, StringComparer.OrdinalIgnoreCase))
        || (document.Metadata.Identifier is { } identifier && IdentifierPrefixes.Any(p => identifier.StartsWith(p, StringComparison.Ordinal)))
        || Languages.Contains(language, StringComparer.OrdinalIgnoreCase);

    private static IReadOnlyList<Theme> LoadAll()
    {
        using var order = JsonDocument.Parse(ReadText("themes.json"));
        var themes = new List<Theme>();
        foreach (var name in order.RootElement.GetProperty("themes").EnumerateArray())
        {
            using var data = JsonDocument.Parse(ReadText(name.GetString() + ".theme.json"));
            var root = data.RootElement;
            var auto = root.GetProperty("auto");
            themes.Add(new Theme(
                root.GetProperty("name").GetString()!,
                ReadText(root.GetProperty("stylesheet").GetString()!),
                Strings(auto, "profiles"),
                Strings(auto, "identifierPrefixes"),
                Strings(auto, "languages")));
        }
        return themes;
    }

    private static IReadOnlyList<string> Strings(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(e => e.GetString()!).ToList() : [];

    /// <summary>A data file of the HTML writer (Html/Themes/… or Html/Page/…), embedded in the assembly by its file name.</summary>
    internal static string ReadText(string file)
    {
        var assembly = typeof(Theme).Assembly;
        var name = ResourcePrefix + file;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the HTML writer's data file {file} is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        // One line end everywhere, so that the output is the same whatever checkout made the files.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}

/// <summary>What the HTML edition prints around the document's text (Html/Themes/labels.json), in the document's language.</summary>
public sealed class Labels
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> All = new(Load);

    private readonly IReadOnlyDictionary<string, string> labels;

    private Labels(string language, IReadOnlyDictionary<string, string> labels)
    {
        Language = language;
        this.labels = labels;
    }

    /// <summary>The language of the labels: "zh", "en" ….</summary>
    public string Language { get; }

    /// <summary>The labels for a BCP 47 tag (by its primary subtag); English when there are none for it.</summary>
    public static Labels For(string languageTag)
    {
        var primary = languageTag.Split('-')[0].ToLowerInvariant();
        return All.Value.TryGetValue(primary, out var found) ? new Labels(primary, found) : new Labels("en", All.Value["en"]);
    }

    public string this[string key] => labels.TryGetValue(key, out var value) ? value
        : throw new KeyNotFoundException($"labels.json has no label '{key}' for {Language}");

    /// <summary>The label, or null when labels.json has none by that key.</summary>
    public string? Find(string key) => labels.TryGetValue(key, out var value) ? value : null;

    /// <summary>A label with its {placeholders} filled in (values are text: the caller escapes the result).</summary>
    public string Format(string key, params ReadOnlySpan<(string Name, string? Value)> values)
    {
        // One pass over the label: a value is never read again, so text with "{number}" in it stays as it is.
        var template = this[key];
        var result = new System.Text.StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (close < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }
            result.Append(template, i, open - i);
            var name = template.AsSpan(open + 1, close - open - 1);
            var found = false;
            foreach (var (n, value) in values)
            {
                if (name.SequenceEqual(n))
                {
                    result.Append(value);
                    found = true;
                    break;
                }
            }
            if (!found)
            {
                result.Append(template, open, close - open + 1);
            }
            i = close + 1;
        }
        return result.ToString();
    }

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Load()
    {
        using var data = JsonDocument.Parse(Theme.ReadText("labels.json"));
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var language in data.RootElement.EnumerateObject())
        {
            if (language.Value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            result[language.Name] = language.Value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        }
        return result;
    }
}
