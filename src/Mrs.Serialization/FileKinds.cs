using System.Runtime.InteropServices;

namespace Mrs.Serialization;

/// <summary>What a path names, links followed: nothing, a regular file, a folder, or a special file (a FIFO, a device, a socket).</summary>
public enum FileKind
{
    Missing,
    Regular,
    Folder,
    Special,
}

/// <summary>
/// The kind of a file as the operating system sees it (stat, links followed). .NET has no public call for it: on
/// Unix the runtime's own native library answers (its file status starts with flags and the mode, the same on every
/// Unix it runs on); where that is missing, a path that exists is a folder or a regular file, or special under /dev.
/// </summary>
public static class FileKinds
{
    public static FileKind Of(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var status = new byte[512];
                if (Stat(path, status) != 0)
                {
                    return FileKind.Missing;
                }
                return (BitConverter.ToInt32(status, 4) & 0xF000) switch
                {
                    0x8000 => FileKind.Regular,
                    0x4000 => FileKind.Folder,
                    _ => FileKind.Special,
                };
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // fall through to what .NET can tell
            }
        }
        return Directory.Exists(path) ? FileKind.Folder
            : !File.Exists(path) ? FileKind.Missing
            : Path.GetFullPath(path).StartsWith("/dev/", StringComparison.Ordinal) ? FileKind.Special
            : FileKind.Regular;
    }

    /// <summary>True when the file holds exactly <paramref name="bytes"/> (a file of another size is not read).</summary>
    public static bool Holds(string path, ReadOnlySpan<byte> bytes) =>
        new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
}
