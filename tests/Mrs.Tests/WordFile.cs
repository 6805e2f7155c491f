using System.IO.Compression;
using System.Text;

namespace Mrs.Tests;

/// <summary>
/// A small Word file made in a test: a body (w:p and w:tbl elements written with the w: prefix), with optional
/// styles.xml and numbering.xml contents. Everything a real package has around them (content types, relationships) is
/// written too, so the importer reads it as it reads a file from Word.
/// </summary>
public static class WordFile
{
    private const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static string Make(string body, string styles = "", string numbering = "", string name = "made.docx")
    {
        var path = Path.Combine(TestPaths.TempFolder(), name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Entry(string part, string text)
        {
            using var stream = zip.CreateEntry(part, CompressionLevel.Optimal).Open();
            stream.Write(Encoding.UTF8.GetBytes(text));
        }
        Entry("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
              <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
              <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
              <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
            </Types>
            """);
        Entry("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            </Relationships>
            """);
        Entry("word/_rels/document.xml.rels", """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
              <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
            </Relationships>
            """);
        Entry("word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{Main}"><w:body>{body}</w:body></w:document>""");
        Entry("word/styles.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{Main}"><w:style w:type="paragraph" w:default="1" """
            + $"""w:styleId="Normal"><w:name w:val="Normal"/></w:style>{styles}</w:styles>""");
        Entry("word/numbering.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{Main}">{numbering}</w:numbering>""");
        return path;
    }

    /// <summary>A paragraph: its style id (or null), optional pPr content, and its text (runs split at "|", a "⏎" a line break).</summary>
    public static string P(string text, string? style = null, string pPr = "")
    {
        var runs = new StringBuilder();
        foreach (var part in text.Split('|'))
        {
            var pieces = part.Split('⏎');
            for (var i = 0; i < pieces.Length; i++)
            {
                if (i > 0)
                {
                    runs.Append("<w:r><w:br/></w:r>");
                }
                if (pieces[i].Length > 0)
                {
                    runs.Append("<w:r><w:t xml:space=\"preserve\">").Append(System.Security.SecurityElement.Escape(pieces[i])).Append("</w:t></w:r>");
                }
            }
        }
        var styleXml = style is null ? "" : $"<w:pStyle w:val=\"{style}\"/>";
        return $"<w:p><w:pPr>{styleXml}{pPr}</w:pPr>{runs}</w:p>";
    }
}
