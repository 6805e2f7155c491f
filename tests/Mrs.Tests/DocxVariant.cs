using System.IO.Compression;

namespace Mrs.Tests;

/// <summary>A copy of a Word document with text replaced in word/document.xml: variants of real layouts, made in a test.</summary>
public static class DocxVariant
{
    public static string Make(string source, params (string Find, string Replace)[] replacements)
    {
        var variant = Path.Combine(TestPaths.TempFolder(), Path.GetFileNameWithoutExtension(source) + "-variant.docx");
        File.Copy(source, variant);
        using var zip = ZipFile.Open(variant, ZipArchiveMode.Update);
        var entry = zip.GetEntry("word/document.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }
        foreach (var (find, replace) in replacements)
        {
            Assert.True(xml.Contains(find, StringComparison.Ordinal), $"not in {Path.GetFileName(source)}: {find}");
            xml = xml.Replace(find, replace, StringComparison.Ordinal);
        }
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
        writer.Write(xml);
        return variant;
    }
}
