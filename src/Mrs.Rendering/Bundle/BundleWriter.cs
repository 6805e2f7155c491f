using System.IO.Compression;
using Mrs.Model;
using Mrs.Rendering.Writers;

namespace Mrs.Rendering.Bundle;

/// <summary>
/// <c>--to bundle</c>: the API-ready bundle of a standard — a folder (or, with <see cref="WriterOptions.Zip"/>, one zip
/// file) that any static web server turns into a read-only JSON API described by its openapi.json. Every file is made
/// in memory first (<see cref="BundleBuilder"/>), then written into a temporary folder that replaces the destination
/// (<see cref="AtomicOutput"/>): a failed render leaves no half bundle. The same model gives the same bytes, the zip
/// included (entries in path order, one fixed time stamp, no extra fields).
/// </summary>
public sealed class BundleWriter : IOutputWriter
{
    /// <summary>The time stamp of every zip entry (the zip format's dates start in 1980).</summary>
    public static readonly DateTimeOffset ZipTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string Name => "bundle";

    public OutputKind Kind => OutputKind.Rendering;

    public OutputShape Produces => OutputShape.Folder;

    public string Suffix => ".bundle";

    public bool IsImplemented => true;

    public void Write(StandardDocument document, string destination, WriterOptions options)
    {
        var files = Build(document, options);
        if (options.Zip)
        {
            AtomicOutput.WriteFile(destination, stream => WriteZip(files, stream));
            return;
        }
        AtomicOutput.WriteFolder(destination, folder =>
        {
            foreach (var (path, bytes) in files)
            {
                var full = Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, bytes);
            }
        });
    }

    /// <summary>Every file of the bundle (path relative to its root, '/' separated → bytes), in path order.</summary>
    public static IReadOnlyDictionary<string, byte[]> Build(StandardDocument document, WriterOptions options) =>
        BundleBuilder.Build(document, options);

    /// <summary>The bundle as a zip: the same files, in path order, each with the same fixed time stamp.</summary>
    public static void WriteZip(IReadOnlyDictionary<string, byte[]> files, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (path, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
            entry.LastWriteTime = ZipTime;
            entry.ExternalAttributes = 0;
            using var stream = entry.Open();
            stream.Write(bytes);
        }
    }
}
