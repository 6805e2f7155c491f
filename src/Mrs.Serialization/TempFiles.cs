using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Mrs.Serialization;

/// <summary>
/// Temporary files and folders mrs makes (outputs being written, copies of piped input, LibreOffice's conversion
/// folders): each is registered while it exists, and whatever is registered when mrs is stopped (Ctrl+C, SIGTERM,
/// SIGHUP, SIGQUIT) or exits is deleted, so that a stopped run leaves nothing behind. The default action of the
/// signal (ending mrs) still follows.
/// </summary>
public static class TempFiles
{
    private static readonly ConcurrentDictionary<string, byte> Paths = new(StringComparer.Ordinal);
    private static readonly List<PosixSignalRegistration> Signals = [];
    private static readonly Lock Gate = new();
    private static volatile bool stopping;

    static TempFiles()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteAll();
        foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGQUIT, PosixSignal.SIGHUP })
        {
            try
            {
                Signals.Add(PosixSignalRegistration.Create(signal, context =>
                {
                    if (context.Signal == PosixSignal.SIGINT && Interrupt is { } interrupt && interrupt())
                    {
                        context.Cancel = true; // a command winds down by itself (build: no new documents start)
                        return;
                    }
                    DeleteAll();
                }));
            }
            catch (Exception ex) when (ex is PlatformNotSupportedException or IOException or ArgumentOutOfRangeException)
            {
                // not on this platform
            }
        }
    }

    /// <summary>
    /// A command that stops cleanly on Ctrl+C (build) sets this while it runs: called on SIGINT, it returns true when it
    /// takes the interrupt (the command finishes what it is doing and ends by itself; nothing is deleted), false to let
    /// the interrupt stop mrs as usual (a second Ctrl+C).
    /// </summary>
    public static Func<bool>? Interrupt { get; set; }

    /// <summary>True once mrs is being stopped: nothing new is made then.</summary>
    public static bool Stopping => stopping;

    /// <summary>Registers a file or folder about to be made; throws <see cref="OperationCanceledException"/> when mrs is being stopped.</summary>
    public static void Register(string path)
    {
        if (stopping)
        {
            throw new OperationCanceledException("mrs is being stopped");
        }
        Paths[path] = 0;
    }

    /// <summary>Forgets a path that has been renamed into place or deleted.</summary>
    public static void Release(string path) => Paths.TryRemove(path, out _);

    /// <summary>Deletes a registered path (file or folder) now and forgets it; quietly when it is already gone.</summary>
    public static void Delete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // held open or already going; the exit clean-up tries again
            return;
        }
        Release(path);
    }

    private static void DeleteAll()
    {
        lock (Gate)
        {
            stopping = true;
            foreach (var path in Paths.Keys)
            {
                Delete(path);
            }
        }
    }
}
