using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace Mrs.Tests.Import.Numbering;

/// <summary>
/// Converts Word files to plain text with LibreOffice (soffice --convert-to txt:Text), which writes each paragraph's
/// list label in front of its text. Used as an independent reference for the numbering engine.
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
    public static IReadOnlyDictionary<string, string[]?> Convert(string soffice, IEnumerable<string> sources)
    {
        var work = TestPaths.TempFolder();
        var input = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
        var output = Directory.CreateDirectory(Path.Combine(work, "out")).FullName;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var inputs = new List<string>();
        var i = 0;
        foreach (var source in sources)
        {
            var name = $"{i++:D3}-{Path.GetFileNameWithoutExtension(source)}";
            string copy;
            if (IsZip(source))
            {
                copy = Path.Combine(input, name + ".docx");
                CopyRepaired(source, copy);
            }
            else
            {
                // .doc, .rtf: copied as they are, under their own extension
                copy = Path.Combine(input, name + Path.GetExtension(source).ToLowerInvariant());
                File.Copy(source, copy);
            }
            names[source] = name;
            inputs.Add(copy);
        }
        var profile = new Uri(Path.Combine(work, "profile")).AbsoluteUri;
        var psi = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { $"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", output })
        {
            psi.ArgumentList.Add(arg);
        }
        foreach (var copy in inputs)
        {
            psi.ArgumentList.Add(copy);
        }
        using (var process = Process.Start(psi) ?? throw new InvalidOperationException("soffice did not start"))
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("soffice did not finish within 10 minutes");
            }
            _ = stdout.Result + stderr.Result;
        }
        var result = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        foreach (var (source, name) in names)
        {
            var txt = Path.Combine(output, name + ".txt");
            result[source] = File.Exists(txt) ? SplitLines(File.ReadAllText(txt)) : null;
        }
        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (IOException)
        {
            // leftovers in the temp folder are harmless
        }
        return result;
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
    /// Nothing else changes.
    /// </summary>
    private static void CopyRepaired(string source, string target)
    {
        using var src = ZipFile.OpenRead(source);
        using var dst = ZipFile.Open(target, ZipArchiveMode.Create);
        foreach (var entry in src.Entries)
        {
            var copy = dst.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            using var from = entry.Open();
            using var to = copy.Open();
            if (entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
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
