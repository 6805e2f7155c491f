using System.IO.Compression;
using System.Text;
using Mrs.Import;
using Mrs.Import.Legacy;

namespace Mrs.Tests.Import.Legacy;

/// <summary>What goes to LibreOffice and what does not: by content first, then by extension; encrypted and non-Word
/// files refused before any conversion.</summary>
public class LegacyFormatTests
{
    [Theory]
    [InlineData("Word6.doc")]
    [InlineData("Word95.doc")]
    [InlineData("simple-list.doc")]
    [InlineData("cn.orthodox.www_divenbog_APRIL_30-APRIL.DOC")]
    [InlineData("Fuzzed.doc")] // holds an embedded workbook: still a Word document
    public void Word_6_to_2003_files_are_converted_as_doc(string name)
    {
        Assert.Equal(LegacyFormat.Doc, LegacyFormat.Detect(LegacySupport.Poi(name)));
    }

    [Fact]
    public void A_dot_template_keeps_its_extension()
    {
        var folder = TestPaths.TempFolder();
        var dot = Path.Combine(folder, "template.dot");
        File.Copy(LegacySupport.Poi("simple-list.doc"), dot);
        Assert.Equal(LegacyFormat.Dot, LegacyFormat.Detect(dot));
    }

    [Fact]
    public void The_password_protected_document_is_refused_by_its_encryption_flag()
    {
        var ex = Assert.Throws<ImportException>(() => LegacyFormat.Detect(LegacySupport.Poi("PasswordProtected.doc")));
        Assert.Equal(LegacyFormat.EncryptedMessage, ex.Message);

        // The flag, not something else in the file: cleared, the same file goes to LibreOffice.
        var folder = TestPaths.TempFolder();
        var copy = Path.Combine(folder, "cleared.doc");
        File.WriteAllBytes(copy, SetEncryptedFlag(File.ReadAllBytes(LegacySupport.Poi("PasswordProtected.doc")), on: false));
        Assert.Equal(LegacyFormat.Doc, LegacyFormat.Detect(copy));
    }

    [Theory]
    [InlineData("simple-list.doc")]
    [InlineData("Word95.doc")] // its WordDocument stream is small: in the mini stream
    [InlineData("Word6.doc")]
    [InlineData("word95err.doc")]
    public void Setting_the_FIB_encryption_flag_makes_a_document_refused(string name)
    {
        var folder = TestPaths.TempFolder();
        var copy = Path.Combine(folder, "flagged.doc");
        File.WriteAllBytes(copy, SetEncryptedFlag(File.ReadAllBytes(LegacySupport.Poi(name)), on: true));
        var ex = Assert.Throws<ImportException>(() => LegacyFormat.Detect(copy));
        Assert.Equal(LegacyFormat.EncryptedMessage, ex.Message);
    }

    [Fact]
    public void Encrypted_documents_are_refused_without_LibreOffice()
    {
        // A converter whose soffice does not exist: starting it would give another message.
        var converter = new LibreOfficeConverter("/nonexistent/soffice", tempRoot: TestPaths.TempFolder());
        var ex = Assert.Throws<ImportException>(() => DocumentImporter.Import(LegacySupport.Poi("PasswordProtected.doc"), new ImportOptions(),
            converter));
        Assert.Equal(LegacyFormat.EncryptedMessage, ex.Message);
    }

    [Fact]
    public void A_doc_that_is_really_a_docx_is_read_directly()
    {
        var folder = TestPaths.TempFolder();
        var renamed = Path.Combine(folder, "really-docx.doc");
        File.Copy(LegacySupport.IndustryDocx, renamed);
        Assert.Null(LegacyFormat.Detect(renamed));
        var converter = new LibreOfficeConverter("/nonexistent/soffice", tempRoot: TestPaths.TempFolder());
        var result = DocumentImporter.Import(renamed, new ImportOptions(), converter);
        Assert.Empty(result.Report.Conversions);
        Assert.Empty(result.Document.Source!.Conversions);
        Assert.Equal(6, result.Report.Clauses);
    }

    [Fact]
    public void Rtf_is_recognised_by_content_whatever_its_name()
    {
        var folder = TestPaths.TempFolder();
        var rtf = Path.Combine(folder, "letter.doc");
        File.WriteAllText(rtf, @"{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}\f0\pard Scope.\par}");
        Assert.Equal(LegacyFormat.Rtf, LegacyFormat.Detect(rtf));
        var docx = Path.Combine(folder, "letter.docx");
        File.Copy(rtf, docx);
        Assert.Equal(LegacyFormat.Rtf, LegacyFormat.Detect(docx));
    }

    [Fact]
    public void OpenDocument_text_is_converted_and_other_OpenDocument_files_are_refused()
    {
        var folder = TestPaths.TempFolder();
        var odt = Path.Combine(folder, "named-wrongly.docx");
        WriteOpenDocument(odt, "application/vnd.oasis.opendocument.text");
        Assert.Equal(LegacyFormat.Odt, LegacyFormat.Detect(odt));
        var ods = Path.Combine(folder, "sheet.odt");
        WriteOpenDocument(ods, "application/vnd.oasis.opendocument.spreadsheet");
        var ex = Assert.Throws<ImportException>(() => LegacyFormat.Detect(ods));
        Assert.Equal("this is an OpenDocument spreadsheet file, not a text document", ex.Message);
    }

    [Fact]
    public void Empty_files_and_unknown_content_are_told_apart_by_extension()
    {
        var folder = TestPaths.TempFolder();
        var empty = Path.Combine(folder, "empty.doc");
        File.WriteAllBytes(empty, []);
        Assert.Equal("the file is empty", Assert.Throws<ImportException>(() => LegacyFormat.Detect(empty)).Message);

        // Content mrs does not know: LibreOffice decides for LibreOffice formats (HTML or Word 2003 XML saved as .doc).
        var html = Path.Combine(folder, "page.doc");
        File.WriteAllText(html, "<html><body><h1>1 Scope</h1></body></html>");
        Assert.Equal(LegacyFormat.Doc, LegacyFormat.Detect(html));
        var text = Path.Combine(folder, "notes.docx");
        File.WriteAllText(text, "plain text");
        Assert.Null(LegacyFormat.Detect(text));
    }

    [Fact]
    public void Damaged_compound_files_are_refused_and_readable_ones_go_to_LibreOffice()
    {
        var folder = TestPaths.TempFolder();
        var bytes = File.ReadAllBytes(LegacySupport.Poi("simple-list.doc"));
        var truncated = Path.Combine(folder, "truncated.doc");
        File.WriteAllBytes(truncated, bytes[..600]);
        Assert.Equal(DamagedMessage, Assert.Throws<ImportException>(() => LegacyFormat.Detect(truncated)).Message);

        // Random bytes after the signature: LibreOffice would import them as plain text.
        var random = Path.Combine(folder, "random.doc");
        File.WriteAllBytes(random, LegacySupport.RandomCompoundFile(4096, seed: 7));
        Assert.Equal(DamagedMessage, Assert.Throws<ImportException>(() => LegacyFormat.Detect(random)).Message);

        // A readable container without its table stream: the FIB is fine, so LibreOffice decides (and refuses it).
        var noTable = Path.Combine(folder, "no-table.doc");
        File.WriteAllBytes(noTable, LegacySupport.WithoutTableStream(bytes));
        Assert.Equal(LegacyFormat.Doc, LegacyFormat.Detect(noTable));

        // No WordDocument stream at all.
        var notWord = Path.Combine(folder, "not-word.doc");
        File.WriteAllBytes(notWord, LegacySupport.Rename(bytes, "WordDocument", "WordDocumenX"));
        Assert.Equal("not a Word document: the compound (OLE) file holds no WordDocument stream",
            Assert.Throws<ImportException>(() => LegacyFormat.Detect(notWord)).Message);
    }

    private const string DamagedMessage = "the file is damaged: it begins like a Word 97-2003 document, but its structure cannot be read";

    /// <summary>Sets or clears fEncrypted (bit 0x0100 of the flags at 0x0A) in the FIB, found at a 64-byte boundary (a
    /// sector, or a mini sector for small Word 6/95 streams) by its wIdent (0xA5EC Word 97+, 0xA5DC Word 6/95) and nFib.</summary>
    private static byte[] SetEncryptedFlag(byte[] bytes, bool on)
    {
        var found = 0;
        for (var offset = 512; offset + 64 <= bytes.Length; offset += 64)
        {
            var ident = BitConverter.ToUInt16(bytes, offset);
            var nFib = BitConverter.ToUInt16(bytes, offset + 2);
            if (ident == 0xA5EC && nFib is >= 0xC1 and <= 0x112 || ident == 0xA5DC && nFib is >= 0x65 and <= 0x68)
            {
                bytes[offset + 0x0B] = (byte)(on ? bytes[offset + 0x0B] | 0x01 : bytes[offset + 0x0B] & ~0x01);
                found++;
            }
        }
        Assert.Equal(1, found);
        return bytes;
    }

    private static void WriteOpenDocument(string path, string mediaType)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        var entry = zip.CreateEntry("mimetype", CompressionLevel.NoCompression);
        using (var s = entry.Open())
        {
            s.Write(Encoding.ASCII.GetBytes(mediaType));
        }
        var content = zip.CreateEntry("content.xml");
        using var c = new StreamWriter(content.Open());
        c.Write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
    }
}
