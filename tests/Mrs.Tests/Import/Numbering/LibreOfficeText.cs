using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Mrs.Tests.Import.Numbering;

/// <summary>LibreOffice's rendering of a document.</summary>
/// <param name="Lines">The text export: one line per paragraph, list labels written in front of the text.</param>
/// <param name="Headings">The text of every heading of the flat ODF export (text:h: paragraphs with an outline level).</param>
/// <param name="TableCellParagraphs">The text of every paragraph inside a table cell of the flat ODF export.</param>
public sealed record LibreOfficeRendering(string[] Lines, IReadOnlyList<string> Headings, IReadOnlyList<string> TableCellParagraphs);

/// <summary>
/// Converts Word files to plain text with LibreOffice (soffice --convert-to txt:Text), which writes each paragraph's
/// list label in front of its text, and optionally to flat ODF for its headings. Used as an independent reference for
/// the numbering engine and the clause structure.
/// </summary>
public static class LibreOfficeText
{
    /// <summary>The soffice executable (MRS_SOFFICE overrides), or null when LibreOffice is not installed.</summary>
    public static string? FindSoffice()
    {
        if (Environment.GetEnvironmentVariable("MRS_SOFFICE") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            foreach (var name in new[] { "soffice", "soffice.exe", "libreoffice" })
            {
                var candidate = Path.Combine(dir, name);
                if (dir.Length > 0 && File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Converts the files in one soffice run and returns, per source path, the text lines (null when LibreOffice could
    /// not load the file). Sources are copied (packages as .docx, with package repairs LibreOffice needs; .doc and .rtf
    /// files as they are) into a temp folder first; the corpus is never touched.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]?> Convert(string soffice, IEnumerable<string> sources) =>
        Render(soffice, sources, new RenderOptions()).ToDictionary(kv => kv.Key, kv => kv.Value?.Lines, StringComparer.Ordinal);

    /// <summary>What <see cref="Render"/> does besides the text export.</summary>
    /// <param name="AcceptTrackedChanges">Accept tracked changes in the copies first (<see cref="TrackedChanges"/>);
    /// legacy files are converted to .docx in one more soffice run so that their changes are accepted too. Without it
    /// LibreOffice shows deleted text and counts deleted paragraphs.</param>
    /// <param name="FlatOdt">Also export flat ODF (.fodt) in one more soffice run and read its headings and table cells.</param>
    public sealed record RenderOptions(bool AcceptTrackedChanges = false, bool FlatOdt = false);

    /// <summary>
    /// Renders the files with LibreOffice: one soffice run for all text exports and, at the same time, one for all flat
    /// ODF exports (when asked); before them one converting legacy files to .docx (when changes are accepted). Per
    /// source path the result is null when LibreOffice could not load the file.
    /// </summary>
    public static IReadOnlyDictionary<string, LibreOfficeRendering?> Render(string soffice, IEnumerable<string> sources, RenderOptions options)
    {
        var work = TestPaths.TempFolder();
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
            var profile = new Uri(Path.Combine(work, "profile")).AbsoluteUri;
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            var inputs = new List<string>();
            var legacy = new List<(string Name, string Copy)>();
            var i = 0;
            foreach (var source in sources)
            {
                var name = $"{i++:D3}-{Path.GetFileNameWithoutExtension(source)}";
                names[source] = name;
                if (IsZip(source))
                {
                    var copy = Path.Combine(input, name + ".docx");
                    CopyRepaired(source, copy, options.AcceptTrackedChanges);
                    inputs.Add(copy);
                }
                else
                {
                    // .doc, .rtf: copied as they are, under their own extension
                    var copy = Path.Combine(input, name + Path.GetExtension(source).ToLowerInvariant());
                    File.Copy(source, copy);
                    if (options.AcceptTrackedChanges)
                    {
                        legacy.Add((name, copy));
                    }
                    else
                    {
                        inputs.Add(copy);
                    }
                }
            }
            if (legacy.Count > 0)
            {
                // Legacy files become packages first (as mrs import converts them), so that their changes can be accepted.
                var converted = Directory.CreateDirectory(Path.Combine(work, "legacy")).FullName;
                RunSoffice(soffice, profile, "docx:MS Word 2007 XML", converted, legacy.Select(l => l.Copy));
                foreach (var (name, copy) in legacy)
                {
                    var docx = Path.Combine(converted, name + ".docx");
                    File.Delete(copy);
                    if (File.Exists(docx) && new FileInfo(docx).Length > 0)
                    {
                        var repaired = Path.Combine(input, name + ".docx");
                        CopyRepaired(docx, repaired, acceptChanges: true);
                        inputs.Add(repaired);
                    }
                }
            }
            var text = Directory.CreateDirectory(Path.Combine(work, "txt")).FullName;
            var flat = Directory.CreateDirectory(Path.Combine(work, "fodt")).FullName;
            // The two exports run side by side, each in its own LibreOffice instance (its own profile).
            var exports = new List<Task> { Task.Run(() => RunSoffice(soffice, profile, "txt:Text (encoded):UTF8", text, inputs)) };
            if (options.FlatOdt)
            {
                exports.Add(Task.Run(() => RunSoffice(soffice, new Uri(Path.Combine(work, "profile-fodt")).AbsoluteUri, "fodt", flat, inputs)));
            }
            Task.WaitAll(exports);
            var result = new Dictionary<string, LibreOfficeRendering?>(StringComparer.Ordinal);
            foreach (var (source, name) in names)
            {
                var txt = Path.Combine(text, name + ".txt");
                if (!File.Exists(txt))
                {
                    result[source] = null;
                    continue;
                }
                var lines = SplitLines(File.ReadAllText(txt));
                if (!options.FlatOdt)
                {
                    result[source] = new LibreOfficeRendering(lines, [], []);
                    continue;
                }
                var fodt = Path.Combine(flat, name + ".fodt");
                result[source] = File.Exists(fodt) ? ReadFlatOdt(lines, fodt) : null;
            }
            return result;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // leftovers in the temp folder are harmless
            }
        }
    }

    private static void RunSoffice(string soffice, string profile, string filter, string outdir, IEnumerable<string> inputs)
    {
        var psi = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { $"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", filter, "--outdir", outdir })
        {
            psi.ArgumentList.Add(arg);
        }
        foreach (var copy in inputs)
        {
            psi.ArgumentList.Add(copy);
        }
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("soffice did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("soffice did not finish within 10 minutes");
        }
        _ = stdout.Result + stderr.Result;
    }

    private static readonly XNamespace OfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static readonly XNamespace TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static readonly XNamespace TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    /// <summary>The text of the headings (text:h, paragraphs with an outline level) and of the paragraphs in table cells.</summary>
    private static LibreOfficeRendering ReadFlatOdt(string[] lines, string fodt)
    {
        var root = XDocument.Load(fodt, LoadOptions.PreserveWhitespace).Root!;
        var body = root.Element(OfficeNs + "body")?.Element(OfficeNs + "text");
        if (body is null)
        {
            return new LibreOfficeRendering(lines, [], []);
        }
        var headings = body.Descendants(TextNs + "h").Select(TextOf).ToList();
        var cells = body.Descendants(TableNs + "table-cell")
            .SelectMany(c => c.Descendants().Where(e => e.Name == TextNs + "p" || e.Name == TextNs + "h"))
            .Select(TextOf)
            .ToList();
        return new LibreOfficeRendering(lines, headings, cells);
    }

    /// <summary>An ODF paragraph's text: text nodes, text:s (c spaces), tabs and line breaks; notes and frames left out.</summary>
    private static string TextOf(XElement paragraph)
    {
        var text = new StringBuilder();
        void Append(XElement e)
        {
            foreach (var node in e.Nodes())
            {
                if (node is XText t)
                {
                    text.Append(t.Value);
                }
                else if (node is XElement c)
                {
                    if (c.Name == TextNs + "s")
                    {
                        text.Append(' ', int.TryParse((string?)c.Attribute(TextNs + "c"), out var n) && n > 0 ? n : 1);
                    }
                    else if (c.Name == TextNs + "tab")
                    {
                        text.Append('\t');
                    }
                    else if (c.Name == TextNs + "line-break")
                    {
                        text.Append('\n');
                    }
                    else if (c.Name != TextNs + "note" && c.Name.LocalName != "frame")
                    {
                        Append(c);
                    }
                }
            }
        }
        Append(paragraph);
        return text.ToString();
    }

    private static bool IsZip(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[2];
        return stream.Read(head) == 2 && head[0] == 'P' && head[1] == 'K';
    }

    private static string[] SplitLines(string text) =>
        text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n');

    /// <summary>
    /// Copies a package for LibreOffice: relationship parts written with a prefix (ns0:Relationships, as Python's
    /// ElementTree does) are rewritten with the default namespace, which LibreOffice's package reader requires.
    /// With <paramref name="acceptChanges"/> the tracked changes of the main document part are accepted; nothing else
    /// changes.
    /// </summary>
    private static void CopyRepaired(string source, string target, bool acceptChanges = false)
    {
        var mainPart = acceptChanges ? TrackedChanges.MainPart(source) : null;
        using var src = ZipFile.OpenRead(source);
        using var dst = ZipFile.Open(target, ZipArchiveMode.Create);
        foreach (var entry in src.Entries)
        {
            var copy = dst.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            using var from = entry.Open();
            using var to = copy.Open();
            if (entry.FullName == mainPart)
            {
                TrackedChanges.AcceptIn(from, to);
            }
            else if (entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                var doc = XDocument.Load(from);
                if (doc.Root is { } root && root.GetPrefixOfNamespace(root.Name.Namespace) is { Length: > 0 })
                {
                    foreach (var e in root.DescendantsAndSelf())
                    {
                        e.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
                    }
                    root.SetAttributeValue("xmlns", root.Name.NamespaceName);
                }
                doc.Save(to);
            }
            else
            {
                from.CopyTo(to);
            }
        }
    }
}
