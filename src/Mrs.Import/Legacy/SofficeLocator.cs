using Mrs.Text.Messages;

namespace Mrs.Import.Legacy;

/// <summary>
/// Finds LibreOffice's soffice program: the path given (--soffice), else the MRS_SOFFICE environment variable, else
/// soffice or libreoffice on PATH (and, on Windows and macOS, where the installer puts it).
/// </summary>
public static class SofficeLocator
{
    public const string EnvironmentVariable = "MRS_SOFFICE";

    public static string InstallHint => Catalog.Get("import.error.sofficeHint");

    /// <summary>The soffice executable; throws <see cref="ImportException"/> with a one-line hint when there is none.
    /// <paramref name="format"/> names what is being converted, for the message ("doc", "rtf"…).</summary>
    public static string Locate(string? configured, string format = "doc")
    {
        if (configured is { Length: > 0 })
        {
            return Existing(configured, "--soffice");
        }
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return Existing(fromEnvironment, EnvironmentVariable);
        }
        return FindOnPath() ?? throw new ImportException(Catalog.Format("import.error.noSoffice", format, InstallHint));
    }

    /// <summary>soffice on PATH or where the Windows or macOS installer puts it, or null.</summary>
    public static string? FindOnPath()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe", "soffice.com" } : ["soffice", "libreoffice"];
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(dir.Trim('"'), name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        foreach (var candidate in UsualInstallPaths())
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private static IEnumerable<string> UsualInstallPaths()
    {
        if (OperatingSystem.IsWindows())
        {
            foreach (var root in new[] { Environment.SpecialFolder.ProgramFiles, Environment.SpecialFolder.ProgramFilesX86 })
            {
                var folder = Environment.GetFolderPath(root);
                if (folder.Length > 0)
                {
                    yield return Path.Combine(folder, "LibreOffice", "program", "soffice.exe");
                }
            }
        }
        else if (OperatingSystem.IsMacOS())
        {
            yield return "/Applications/LibreOffice.app/Contents/MacOS/soffice";
        }
        // Linux packages put soffice on PATH (/usr/bin/soffice).
    }

    /// <summary>A configured path: the program itself, or a LibreOffice folder holding it (program/soffice).</summary>
    private static string Existing(string configured, string source)
    {
        if (File.Exists(configured))
        {
            return Path.GetFullPath(configured);
        }
        if (Directory.Exists(configured))
        {
            foreach (var relative in new[] { "soffice", "soffice.exe", Path.Combine("program", "soffice"), Path.Combine("program", "soffice.exe") })
            {
                var candidate = Path.Combine(configured, relative);
                if (File.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }
        throw new ImportException(Catalog.Format("import.error.sofficeNotAt", configured, source, InstallHint));
    }
}
