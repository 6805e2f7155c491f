using System.Text;
using Mrs.Text.Messages;

namespace Mrs.Serialization;

/// <summary>An output that cannot be written: the message names the user's path, says why in plain words, and is one line.</summary>
public sealed class OutputException(string path, string reason, Exception? inner = null)
    : IOException(Catalog.Format("output.cannotWrite", path, reason), inner)
{
    public string OutputPath { get; } = path;
}

/// <summary>
/// Writes output files whole or not at all. A regular file (or a new one) is written under a temporary name beside it
/// and renamed into place; a symbolic link is followed and its target written the same way, so the link stays; a
/// FIFO, a terminal or another device (/dev/stdout, /dev/null) is written directly, never replaced. A path that cannot
/// be written (a folder, a parent that is a file, no permission, a full disk) gives an <see cref="OutputException"/>
/// naming the path as the user gave it; temporary files never appear in messages and never stay behind, also when mrs
/// is stopped by a signal (<see cref="TempFiles"/>).
/// </summary>
public static class OutputFile
{
    /// <summary>Writes <paramref name="path"/> with what <paramref name="write"/> writes.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        using var staged = Stage(path, write);
        staged.Commit();
    }

    public static void Write(string path, string text) => Write(path, stream => stream.Write(Utf8.GetBytes(text)));

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Prepares <paramref name="path"/>: the content is written to a temporary file now (or, for a device, at
    /// <see cref="Staged.Commit"/>), and put in place by <see cref="Staged.Commit"/>; disposing without committing leaves
    /// everything as it was. Staging every output first lets a command write all of its outputs or none.
    /// </summary>
    public static Staged Stage(string path, string text) => Stage(path, stream => stream.Write(Utf8.GetBytes(text)));

    /// <inheritdoc cref="Stage(string, string)"/>
    public static Staged Stage(string path, Action<Stream> write)
    {
        string target;
        FileKind kind;
        try
        {
            // What the path itself names, links followed by the system: /dev/stdout on a pipe links to "pipe:[…]",
            // which is no path, yet opening /dev/stdout writes the pipe.
            var full = Path.GetFullPath(path);
            var named = FileKinds.Of(full);
            if (named == FileKind.Special || named == FileKind.Regular && IsDeviceLink(path))
            {
                return new Staged(path, full, null, write);
            }
            target = Target(path);
            kind = FileKinds.Of(target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw ex as OutputException ?? new OutputException(path, Reason(ex, null), ex);
        }
        if (kind == FileKind.Folder)
        {
            throw new OutputException(path, Catalog.Get("output.isFolder"));
        }
        if (kind == FileKind.Special)
        {
            return new Staged(path, target, null, write);
        }
        var directory = Path.GetDirectoryName(target)!;
        EnsureFolder(path, directory);
        var temp = Path.Combine(directory,
            "." + Path.GetFileName(target) + "." + Environment.ProcessId + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        TempFiles.Register(temp);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
            }
            return new Staged(path, target, temp, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TempFiles.Delete(temp);
            throw ex as OutputException ?? new OutputException(path, Reason(ex, temp), ex);
        }
        catch
        {
            TempFiles.Delete(temp);
            throw;
        }
    }

    /// <summary>An output written but not yet in place.</summary>
    public sealed class Staged : IDisposable
    {
        private readonly string path;
        private readonly string target;
        private string? temp;
        private Action<Stream>? direct;

        internal Staged(string path, string target, string? temp, Action<Stream>? direct)
        {
            this.path = path;
            this.target = target;
            this.temp = temp;
            this.direct = direct;
        }

        /// <summary>Puts the output in place: renames the temporary file over the target, or writes the device.</summary>
        public void Commit()
        {
            try
            {
                if (direct is { } write)
                {
                    direct = null;
                    using var stream = new FileStream(target, FileMode.Open, FileAccess.Write);
                    if (stream.CanSeek && FileKinds.Of(target) == FileKind.Regular)
                    {
                        stream.SetLength(0); // /dev/stdout redirected to a file: the file holds the output, nothing else
                    }
                    write(stream);
                }
                else if (temp is { } t)
                {
                    File.Move(t, target, overwrite: true);
                    TempFiles.Release(t);
                    temp = null;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw ex as OutputException ?? new OutputException(path, Reason(ex, temp), ex);
            }
        }

        public void Dispose()
        {
            if (temp is { } t)
            {
                TempFiles.Delete(t);
                temp = null;
            }
        }
    }

    /// <summary>The file to write: the path made absolute, its symbolic links followed to the final target.</summary>
    private static string Target(string path)
    {
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        if (info.LinkTarget is null)
        {
            return full;
        }
        var final = info.ResolveLinkTarget(returnFinalTarget: true);
        return final is null ? full : Path.GetFullPath(final.FullName);
    }

    /// <summary>/dev/stdout, /dev/fd/1, /proc/self/fd/1 …: links to whatever standard output is; written directly.</summary>
    private static bool IsDeviceLink(string path)
    {
        var full = Path.GetFullPath(path);
        return full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal);
    }

    /// <summary>Makes the folder of an output, saying which of its parents is in the way when one is a file.</summary>
    /// <summary>
    /// Makes <paramref name="directory"/> (and its parents) for the output <paramref name="path"/>; an
    /// <see cref="OutputException"/> naming the output when a parent is a file or the folder cannot be made.
    /// </summary>
    public static void EnsureFolder(string path, string directory)
    {
        for (var d = directory; !string.IsNullOrEmpty(d); d = Path.GetDirectoryName(d))
        {
            var kind = FileKinds.Of(d);
            if (kind == FileKind.Folder)
            {
                break;
            }
            if (kind != FileKind.Missing)
            {
                throw new OutputException(path, Catalog.Format("output.parentIsFile", d));
            }
        }
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(path, Catalog.Format("output.cannotMakeFolder", Reason(ex, null)), ex);
        }
    }

    /// <summary>Why an output failed, in plain words, without the temporary file's name.</summary>
    private static string Reason(Exception ex, string? temp)
    {
        if (ex is UnauthorizedAccessException)
        {
            return Catalog.Get("output.permissionDenied");
        }
        var message = ex.Message.Split('\n')[0].Trim();
        if (temp is not null)
        {
            message = message.Replace(" : '" + temp + "'", "", StringComparison.Ordinal).Replace(temp, "the file", StringComparison.Ordinal);
        }
        return message.TrimEnd('.');
    }
}
