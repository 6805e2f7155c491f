using System.Reflection;
using System.Security.Cryptography;
using Mrs.Import.Docx.Package;
using Mrs.Import.Docx.Word;
using Mrs.Import.Profiles;
using Mrs.Import.Structure;
using Mrs.Model;
using Mrs.Text.Language;
using Mrs.Text.Messages;

namespace Mrs.Import;

public sealed record ImportOptions
{
    /// <summary>"auto" or a shipped profile name (gbt, iso, etsi, itu, generic).</summary>
    public string Profile { get; init; } = "auto";
    /// <summary>A user style map (YAML) layered over the profile.</summary>
    public string? StyleMapPath { get; init; }
    /// <summary>Folder to write images to; null writes none (the model still lists them).</summary>
    public string? AssetsFolder { get; init; }
    /// <summary>How asset paths are written in the model, relative to the model file.</summary>
    public string AssetsRelativePath { get; init; } = "assets";
    public TrackChangesMode TrackChanges { get; init; } = TrackChangesMode.Accept;
    /// <summary>The package was made by LibreOffice from a legacy file (its random object ids are numbered in order).</summary>
    internal bool Converted { get; init; }
}

/// <summary>The result of an import: the model, the report, and where each part of the model came from in Word.</summary>
public sealed record ImportResult(StandardDocument Document, ImportReport Report, IReadOnlyDictionary<string, int> SourceMap,
    IReadOnlyDictionary<int, string> ParagraphTexts)
{
    /// <summary>Paragraph index and excerpt for a JSON pointer into the model (nearest ancestor that has one).</summary>
    public (int Paragraph, string Excerpt)? Locate(string pointer)
    {
        for (var p = pointer; p.Length > 0; p = p[..System.Math.Max(0, p.LastIndexOf('/'))])
        {
            if (SourceMap.TryGetValue(p, out var paragraph))
            {
                var text = ParagraphTexts.TryGetValue(paragraph, out var t) ? t : "";
                return (paragraph, text.Length > 40 ? text[..40] + "…" : text);
            }
        }
        return null;
    }
}

/// <summary>Imports a Word standard (.docx, .dotx, .docm) into the clause model.</summary>
public static class DocxImporter
{
    public static string Version =>
        typeof(DocxImporter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static ImportResult Import(string path, ImportOptions options)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var timings = new List<string>();
        void Lap(string stage)
        {
            timings.Add($"{stage} {clock.ElapsedMilliseconds} ms");
            clock.Restart();
        }
        using var package = DocxPackage.Open(path);
        var word = DocxReader.Read(package, options.TrackChanges, numberObjects: options.Converted);
        Lap("read");
        var report = new ImportReport
        {
            File = Path.GetFileName(path),
            TrackChanges = options.TrackChanges == TrackChangesMode.Accept ? "accept" : "reject"
        };
        report.Warnings.AddRange(package.Warnings);
        if (package.IsStrict)
        {
            report.Warnings.Add(Catalog.Get("import.warning.strict"));
        }

        var usage = StyleUsage(word);
        Lap("usage");
        ImportProfile profile;
        if (options.Profile == "auto")
        {
            (profile, report.ProfileChoice) = Profiles.Profiles.Detect(usage);
        }
        else
        {
            profile = Profiles.Profiles.Get(options.Profile);
            report.ProfileChoice = new ProfileChoice(Detected: false);
        }
        if (options.StyleMapPath is not null)
        {
            profile = Profiles.Profiles.LoadStyleMap(options.StyleMapPath, profile);
            report.ProfileChoice = report.ProfileChoice with { StyleMap = Path.GetFileName(options.StyleMapPath) };
        }
        report.Profile = profile.Name;

        Lap("profile");
        var language = LanguageDetector.OfBody(word.Body.OfType<WordParagraph>().Select(p => p.Text), profile.Language);

        var assets = new AssetStore(package, word.Media, options.AssetsFolder, options.AssetsRelativePath, report);
        Lap("language+assets");
        var builder = new StructureBuilder(word, profile, new ImportSession(report, assets, language));
        var built = builder.Build();
        Lap("structure");
        // Cross-references point at bookmarks; now that every element's id is known, they point at ids.
        built = built with { Document = CrossReferences.Resolve(built.Document, builder.BookmarkTargets, report) };
        Lap("links");
        built = built with { Document = ProvisionPass.Apply(built.Document, language) };
        Lap("provisions");

        var document = built.Document with
        {
            Source = new SourceInfo
            {
                File = Path.GetFileName(path),
                Format = Path.GetExtension(path).TrimStart('.').ToLowerInvariant(),
                Sha256 = Sha256Of(path),
                Profile = profile.Name,
                Generator = "mrs " + Version,
            },
        };

        if (!Serialization.ModelWriter.FitsDepth(document))
        {
            throw new ImportException(Catalog.Format("import.error.modelTooDeep", ModelLimits.MaxDepth));
        }
        document = document with { Assets = assets.Finish(document) };

        var stats = word.Statistics;
        report.Paragraphs = stats.Paragraphs;
        report.Tables = stats.Tables;
        report.Pictures = stats.Pictures;
        report.Equations = stats.Equations;
        (report.FormulaEquations, report.InlineEquations) = EquationCensus.Count(document);
        if (report.FormulaEquations + report.InlineEquations < report.Equations)
        {
            report.Warnings.Add(Catalog.Format("import.warning.lostEquations", report.Equations - report.FormulaEquations - report.InlineEquations,
                report.Equations));
        }
        report.Footnotes = document.Footnotes.Count;
        report.TrackedInsertions = stats.Insertions;
        report.TrackedDeletions = stats.Deletions;
        report.TrackedMoves = stats.Moves;
        report.FormatChanges = stats.FormatChanges;
        report.Comments = stats.Comments;
        report.HiddenRuns = stats.HiddenRuns;
        report.DrawnLines = stats.DrawnLines;
        if (stats.HiddenRuns > 0)
        {
            report.Warnings.Add(Catalog.Format("import.warning.hiddenRuns", stats.HiddenRuns));
        }
        foreach (var unsupported in stats.Unsupported.GroupBy(u => u))
        {
            report.Warnings.Add(Catalog.Format("import.warning.rawKind", unsupported.Count(), unsupported.Key));
        }
        // the clauses and term entries of the body and the annexes
        var numbered = document.Clauses.Concat<IContainer>(document.Annexes).SelectMany(part => ModelWalker.Walk(part)).Select(n => n.Value).ToList();
        report.Clauses = numbered.OfType<Clause>().Count();
        report.Terms = numbered.OfType<TermEntry>().Count();
        report.Annexes = document.Annexes.Count;
        report.TableOfContents = TocChecker.Check(word.TableOfContents, document);

        Lap("report");
        if (Environment.GetEnvironmentVariable("MRS_TIMINGS") == "1")
        {
            Console.Error.WriteLine("timings: " + string.Join(", ", timings));
        }
        var texts = new Dictionary<int, string>();
        CollectTexts(word.Body, texts);
        return new ImportResult(document, report, built.SourceMap, texts);
    }

    /// <summary>The SHA-256 of a file, read as a stream (not loaded whole).</summary>
    internal static string Sha256Of(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    private static void CollectTexts(IEnumerable<WordBlock> blocks, Dictionary<int, string> texts)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case WordParagraph p when p.Index >= 0:
                    texts[p.Index] = p.Text.Replace('\t', ' ').Replace('\n', ' ').Trim();
                    break;
                case WordTable t:
                    foreach (var cell in t.Rows.SelectMany(r => r.Cells))
                    {
                        CollectTexts(cell.Blocks, texts);
                    }
                    break;
            }
        }
    }

    private static Dictionary<string, int> StyleUsage(WordDocument word)
    {
        var usage = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        void Count(IEnumerable<WordBlock> blocks)
        {
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case WordParagraph p:
                        usage[p.StyleName] = usage.TryGetValue(p.StyleName, out var n) ? n + 1 : 1;
                        break;
                    case WordTable t:
                        foreach (var cell in t.Rows.SelectMany(r => r.Cells))
                        {
                            Count(cell.Blocks);
                        }
                        break;
                }
            }
        }
        Count(word.Body);
        return usage;
    }
}
