using System.CommandLine;
using Mrs.Import;
using Mrs.Import.Docx.Word;
using Mrs.Text.Messages;

namespace Mrs.Cli.Commands;

/// <summary>The options every command that reads Word documents shares (import, validate, render, build).</summary>
internal sealed class DocumentOptions
{
    public Option<string> Profile { get; } = new("--profile") { Description = Catalog.Get("option.profile"), DefaultValueFactory = _ => "auto" };
    public Option<string?> StyleMap { get; } = new("--style-map") { Description = Catalog.Get("option.styleMap") };
    public Option<string?> Assets { get; } = new("--assets") { Description = Catalog.Get("option.assets") };
    public Option<string> TrackChanges { get; } = new("--track-changes")
    {
        Description = Catalog.Get("option.trackChanges"),
        DefaultValueFactory = _ => "accept"
    };
    public Option<string?> Soffice { get; } = new("--soffice") { Description = Catalog.Get("option.soffice") };

    public DocumentOptions()
    {
        Profile.AcceptOnlyFromAmong(["auto", .. Mrs.Import.Profiles.Profiles.Names]);
        TrackChanges.AcceptOnlyFromAmong("accept", "reject");
    }

    /// <param name="assetsFolder">False for a command whose own --assets means something else (render).</param>
    public void AddTo(Command command, bool assetsFolder = true)
    {
        command.Options.Add(Profile);
        command.Options.Add(StyleMap);
        if (assetsFolder)
        {
            command.Options.Add(Assets);
        }
        command.Options.Add(TrackChanges);
        command.Options.Add(Soffice);
    }

    /// <summary>Why --assets cannot be used (a folder outside the model's folder: asset paths stay inside it), or null.</summary>
    public static string? AssetsOutside(ImportOptions options) =>
        options.AssetsRelativePath == ".." || options.AssetsRelativePath.StartsWith("../", StringComparison.Ordinal)
            || Path.IsPathRooted(options.AssetsRelativePath)
            ? Catalog.Format("option.assets.outside", options.AssetsFolder)
            : null;

    /// <summary>Import options; <paramref name="modelPath"/> is where the model goes (assets are placed relative to it), null for none.</summary>
    public ImportOptions Read(ParseResult parse, string? modelPath)
    {
        var assets = parse.GetValue(Assets);
        string? folder = null;
        var relative = "assets";
        if (assets is not null)
        {
            folder = Path.GetFullPath(assets);
            var modelFolder = modelPath is null ? Environment.CurrentDirectory : Path.GetDirectoryName(Path.GetFullPath(modelPath))!;
            relative = Path.GetRelativePath(modelFolder, folder).Replace('\\', '/');
        }
        else if (modelPath is not null)
        {
            // One folder per document under assets/: picture names are readable (figure-1.png), not hashes, so the
            // pictures of two models beside each other must not meet.
            relative = "assets/" + AssetsSubfolder(modelPath);
            folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, relative);
        }
        return new ImportOptions
        {
            Profile = parse.GetValue(Profile)!,
            StyleMapPath = parse.GetValue(StyleMap),
            AssetsFolder = folder,
            AssetsRelativePath = relative,
            TrackChanges = parse.GetValue(TrackChanges) == "reject" ? TrackChangesMode.Reject : TrackChangesMode.Accept,
        };
    }

    /// <summary>
    /// The folder of a document's pictures under assets/: the model's (or Word file's) name without its extensions
    /// ("gbt-sample.std.yaml" → "gbt-sample", "x.docx" → "x"), as <see cref="AssetsFolderName"/> makes it.
    /// </summary>
    public static string AssetsSubfolder(string path)
    {
        var name = Path.GetFileName(path);
        var extension = new[] { ".std.yaml", ".std.yml", ".std.json", ".yaml", ".yml", ".json" }
            .FirstOrDefault(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase) && name.Length > e.Length);
        return AssetsFolderName(extension is null ? Path.GetFileNameWithoutExtension(name) : name[..^extension.Length]);
    }

    /// <summary>A document's name as a folder name: characters other than letters, digits, "-", "_" and "." as "-".</summary>
    public static string AssetsFolderName(string stem)
    {
        var clean = new string(stem.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray()).Trim('.');
        return clean.Length == 0 ? "document" : clean;
    }

    /// <summary>
    /// Import options that put the pictures in <paramref name="assetsFolder"/>, the model's assets/ (render imports into a folder of its own).
    /// </summary>
    public ImportOptions ReadWithAssetsIn(ParseResult parse, string assetsFolder) => new()
    {
        Profile = parse.GetValue(Profile)!,
        StyleMapPath = parse.GetValue(StyleMap),
        AssetsFolder = assetsFolder,
        AssetsRelativePath = "assets",
        TrackChanges = parse.GetValue(TrackChanges) == "reject" ? TrackChangesMode.Reject : TrackChangesMode.Accept,
    };
}
