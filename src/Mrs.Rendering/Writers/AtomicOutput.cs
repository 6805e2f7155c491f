using Mrs.Serialization;

namespace Mrs.Rendering.Writers;

/// <summary>
/// How writers put their output in place without ever leaving part of it: everything is written under a temporary
/// name beside the destination and renamed when complete; on failure the temporary output is removed and what was at
/// the destination stays as it was.
/// </summary>
public static class AtomicOutput
{
    /// <summary>Writes a file: <paramref name="write"/> fills a temporary file that then replaces <paramref name="path"/>.</summary>
    public static void WriteFile(string path, Action<Stream> write) => ModelWriter.WriteFileAtomically(path, write);

    /// <summary>Writes a folder: <paramref name="fill"/> fills a temporary folder that then replaces <paramref name="path"/>.</summary>
    public static void WriteFolder(string path, Action<string> fill)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent,
            "." + Path.GetFileName(full) + "." + Environment.ProcessId + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        var previous = temp + ".old";
        TempFiles.Register(temp); // deleted also when mrs is stopped by a signal (the previous output is not: it is the user's)
        Directory.CreateDirectory(temp);
        try
        {
            fill(temp);
            if (Directory.Exists(full))
            {
                Directory.Move(full, previous);
            }
            try
            {
                Directory.Move(temp, full);
            }
            catch when (Directory.Exists(previous))
            {
                Directory.Move(previous, full);
                throw;
            }
        }
        finally
        {
            TempFiles.Delete(temp);
            if (Directory.Exists(previous))
            {
                Directory.Delete(previous, recursive: true);
            }
        }
    }
}
