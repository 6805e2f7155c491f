using System.Text;
using Mrs.Import.Legacy;
using Mrs.Tests.Import.Numbering;

namespace Mrs.Tests.Import.Legacy;

/// <summary>LibreOffice for the tests, fake soffice programs, and the check that a conversion left nothing behind.</summary>
internal static class LegacySupport
{
    public static string Poi(string name) => TestPaths.CorpusFile(Path.Combine("poi-doc", name));

    public static string IndustryDoc => TestPaths.CorpusFile("standards/gbt/generated/industry-minimal.doc");

    public static string IndustryDocx => TestPaths.CorpusFile("standards/gbt/generated/industry-minimal.docx");

    /// <summary>soffice, or the test is skipped (.ci/run installs LibreOffice).</summary>
    public static string RequireSoffice()
    {
        var soffice = LibreOfficeText.FindSoffice();
        if (soffice is null)
        {
            Assert.Skip("LibreOffice (soffice) is not installed; .ci/run installs it");
        }
        return soffice;
    }

    /// <summary>A shell script standing in for soffice (Linux and macOS only; the test is skipped elsewhere).</summary>
    public static string FakeSoffice(string folder, string body)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("fake soffice programs are shell scripts");
        }
        var path = Path.Combine(folder, "soffice");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n", new UTF8Encoding(false));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }

    /// <summary>The compound-file signature followed by random bytes, like a fuzzer's file.</summary>
    public static byte[] RandomCompoundFile(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>A Word 97 file whose table stream (1Table) is renamed: a sound container LibreOffice cannot read.</summary>
    public static byte[] WithoutTableStream(byte[] doc) => Rename(doc, "1Table", "xTable");

    /// <summary>Renames a stream in the directory of a compound file (same length; names are UTF-16).</summary>
    public static byte[] Rename(byte[] doc, string name, string replacement)
    {
        var copy = (byte[])doc.Clone();
        var needle = Encoding.Unicode.GetBytes(name);
        var at = copy.AsSpan().IndexOf(needle);
        Assert.True(at > 0, $"no stream {name}");
        Encoding.Unicode.GetBytes(replacement).CopyTo(copy, at);
        return copy;
    }

    /// <summary>No process whose command line names <paramref name="tempRoot"/> is running, and the folder is empty.</summary>
    public static void AssertNothingLeft(string tempRoot)
    {
        var processes = LibreOfficeConverter.ProcessesUsing(tempRoot);
        for (var i = 0; i < 20 && processes.Count > 0; i++)
        {
            Thread.Sleep(100); // a killed process may take a moment to go
            processes = LibreOfficeConverter.ProcessesUsing(tempRoot);
        }
        Assert.True(processes.Count == 0, "processes left running: " + string.Join(" | ", processes.Select(CommandLine)));
        var entries = Directory.Exists(tempRoot) ? Directory.EnumerateFileSystemEntries(tempRoot).ToList() : [];
        Assert.True(entries.Count == 0, "left in the temp folder: " + string.Join(", ", entries));
    }

    private static string CommandLine(int pid)
    {
        try
        {
            return $"{pid}: " + File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return $"{pid}: (gone)";
        }
    }
}
