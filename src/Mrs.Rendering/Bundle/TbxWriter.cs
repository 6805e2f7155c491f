using System.Text;
using System.Xml;
using Mrs.Model;
using Mrs.Text;

namespace Mrs.Rendering.Bundle;

/// <summary>
/// terms.tbx: the term entries as TBX-Basic (ISO 30042:2019, DCA style), for terminology tools. One conceptEntry per
/// entry (its id the bundle's), one langSec per language with the definition and notes in the document's language,
/// one termSec per designation with its administrative status (preferred, admitted, deprecated); the subject field
/// and the source on the entry. Written with fixed settings, so the same terms give the same bytes.
/// </summary>
internal static class TbxWriter
{
    private const string Namespace = "urn:iso:std:iso:30042:ed-2";

    public static byte[] Write(StandardDocument document, string language, IReadOnlyList<BundleTerm> terms)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CheckCharacters = false,
        };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("tbx", Namespace);
            xml.WriteAttributeString("type", "TBX-Basic");
            xml.WriteAttributeString("style", "dca");
            xml.WriteAttributeString("xml", "lang", null, language);
            xml.WriteStartElement("tbxHeader", Namespace);
            xml.WriteStartElement("fileDesc", Namespace);
            xml.WriteStartElement("sourceDesc", Namespace);
            xml.WriteElementString("p", Namespace,
                Clean(string.Join(" ", new[] { document.Metadata.Identifier,
                            document.Metadata.Titles.FirstOrDefault()?.Main }.Where(s => !string.IsNullOrEmpty(s)))) is { Length: > 0 } source
                ? source : "mrs");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteStartElement("text", Namespace);
            xml.WriteStartElement("body", Namespace);
            foreach (var term in terms)
            {
                WriteEntry(xml, language, term);
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static void WriteEntry(XmlWriter xml, string language, BundleTerm term)
    {
        var entry = term.Entry;
        xml.WriteStartElement("conceptEntry", Namespace);
        xml.WriteAttributeString("id", term.Id);
        if (entry.Domain is { Length: > 0 } domain)
        {
            Descrip(xml, "subjectField", Clean(domain));
        }
        foreach (var source in entry.Sources)
        {
            xml.WriteStartElement("admin", Namespace);
            xml.WriteAttributeString("type", "source");
            xml.WriteString(Clean(source.Text
                ?? string.Join(", ", new[] { source.Reference, source.Locality }.Where(s => !string.IsNullOrEmpty(s)))));
            xml.WriteEndElement();
        }
        var languages = new List<string> { language };
        languages.AddRange(term.Designations.Select(d => d.Language).Where(l => !languages.Contains(l, StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase));
        foreach (var lang in languages)
        {
            var designations = term.Designations.Where(d => string.Equals(d.Language, lang, StringComparison.OrdinalIgnoreCase)).ToList();
            var main = lang == language;
            if (designations.Count == 0 && !(main && entry.Definition is not null))
            {
                continue;
            }
            xml.WriteStartElement("langSec", Namespace);
            xml.WriteAttributeString("xml", "lang", null, lang);
            if (main && entry.Definition is { } definition)
            {
                Descrip(xml, "definition", Clean(InlineText.ToPlain(definition)));
            }
            if (main)
            {
                foreach (var note in entry.Notes)
                {
                    var text = string.Join(" ",
                        ModelWalker.Walk(note).Select(n => n.Value).OfType<Paragraph>().Select(p => InlineText.ToPlain(p.Text)));
                    if (text.Length > 0)
                    {
                        xml.WriteElementString("note", Namespace, Clean(text));
                    }
                }
            }
            foreach (var (designation, _, status) in designations)
            {
                xml.WriteStartElement("termSec", Namespace);
                xml.WriteElementString("term", Namespace, Clean(designation.Text));
                xml.WriteStartElement("termNote", Namespace);
                xml.WriteAttributeString("type", "administrativeStatus");
                xml.WriteString(status);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            if (main && entry.Abbreviation is { Length: > 0 } abbreviation)
            {
                xml.WriteStartElement("termSec", Namespace);
                xml.WriteElementString("term", Namespace, Clean(abbreviation));
                xml.WriteStartElement("termNote", Namespace);
                xml.WriteAttributeString("type", "termType");
                xml.WriteString("abbreviation");
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Descrip(XmlWriter xml, string type, string text)
    {
        xml.WriteStartElement("descrip", Namespace);
        xml.WriteAttributeString("type", type);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    /// <summary>Text XML can carry: characters XML 1.0 does not allow are dropped.</summary>
    private static string Clean(string text) => text.All(Allowed) ? text : new string(text.Where(Allowed).ToArray());

    private static bool Allowed(char c) => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c);
}
