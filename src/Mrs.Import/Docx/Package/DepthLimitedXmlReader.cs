using System.Xml;
using Mrs.Model;
using Mrs.Text.Messages;

namespace Mrs.Import.Docx.Package;

/// <summary>
/// An XML reader that stops at the first element nested deeper than <see cref="ModelLimits.MaxDepth"/> levels, while the
/// part is being read: a few kilobytes of nested tables or content controls would otherwise become a tree whose
/// recursive reading exhausts the stack (or, 100 000 levels deep, takes minutes). Values come cleaned of characters XML
/// cannot hold (<see cref="Value"/>). Everything else is the inner reader's.
/// </summary>
internal sealed class DepthLimitedXmlReader(XmlReader inner, string part) : XmlReader, IXmlLineInfo
{
    public override bool Read()
    {
        var more = inner.Read();
        if (more && inner.NodeType == XmlNodeType.Element && inner.Depth >= ModelLimits.MaxDepth)
        {
            var (line, column) = inner is IXmlLineInfo info ? (info.LineNumber, info.LinePosition) : (0, 0);
            throw new ImportException(Catalog.Format("import.package.tooDeep", part, ModelLimits.MaxDepth, line, column));
        }
        return more;
    }

    public override int AttributeCount => inner.AttributeCount;
    public override string BaseURI => inner.BaseURI;
    public override int Depth => inner.Depth;
    public override bool EOF => inner.EOF;
    public override bool IsEmptyElement => inner.IsEmptyElement;
    public override string LocalName => inner.LocalName;
    /// <summary>The namespace, cleaned once per distinct string: the inner reader hands out the same atomised instance each time.</summary>
    public override string NamespaceURI
    {
        get
        {
            var ns = inner.NamespaceURI;
            if (!ReferenceEquals(ns, lastNamespace))
            {
                lastNamespace = ns;
                lastCleanNamespace = Clean(ns);
                SawStrictNamespace |= ns.StartsWith(StrictNamespaces.Prefix, StringComparison.Ordinal);
            }
            return lastCleanNamespace;
        }
    }

    private string? lastNamespace;

    /// <summary>True once an element or attribute in an ISO/IEC 29500 strict namespace has been read.</summary>
    public bool SawStrictNamespace { get; private set; }
    private string lastCleanNamespace = "";
    public override XmlNameTable NameTable => inner.NameTable;
    public override XmlNodeType NodeType => inner.NodeType;
    public override string Prefix => inner.Prefix;
    public override ReadState ReadState => inner.ReadState;
    /// <summary>
    /// Text and attribute values, with characters XML cannot hold (NUL and other C0 controls but tab and line ends, lone
    /// surrogates, U+FFFE, U+FFFF: character references such as &amp;#0; are read without checks) as U+FFFD, so that
    /// every element can be written again and every model holds text only.
    /// </summary>
    public override string Value => Clean(inner.Value);

    internal static string Clean(string value)
    {
        // Nearly every value is made of characters from space to U+D7FF only: one vectorised scan says so.
        var first = value.AsSpan().IndexOfAnyExceptInRange(' ', '\uD7FF');
        if (first < 0)
        {
            return value;
        }
        var bad = -1;
        for (var i = first; i < value.Length; i++)
        {
            if (!IsXmlChar(value, i))
            {
                bad = i;
                break;
            }
            if (char.IsHighSurrogate(value[i]))
            {
                i++;
            }
        }
        if (bad < 0)
        {
            return value;
        }
        var sb = new System.Text.StringBuilder(value.Length);
        sb.Append(value, 0, bad);
        for (var i = bad; i < value.Length; i++)
        {
            if (!IsXmlChar(value, i))
            {
                sb.Append('\uFFFD');
            }
            else if (char.IsHighSurrogate(value[i]))
            {
                sb.Append(value[i]).Append(value[++i]);
            }
            else
            {
                sb.Append(value[i]);
            }
        }
        return sb.ToString();
    }

    /// <summary>True when the character at <paramref name="i"/> (with its low surrogate) may stand in XML 1.0.</summary>
    private static bool IsXmlChar(string s, int i)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
        }
        return c is '\t' or '\n' or '\r' || c >= ' ' && !char.IsLowSurrogate(c) && c is not ('\uFFFE' or '\uFFFF');
    }
    public override bool HasValue => inner.HasValue;
    public override string Name => inner.Name;
    public override bool IsDefault => inner.IsDefault;
    public override string XmlLang => inner.XmlLang;
    public override XmlSpace XmlSpace => inner.XmlSpace;
    public override XmlReaderSettings? Settings => inner.Settings;
    public override string GetAttribute(int i) => inner.GetAttribute(i);
    public override string? GetAttribute(string name) => inner.GetAttribute(name);
    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);
    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix) is { } ns ? Clean(ns) : null;
    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);
    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);
    public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);
    public override bool MoveToElement() => inner.MoveToElement();
    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();
    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();
    public override bool ReadAttributeValue() => inner.ReadAttributeValue();
    public override void ResolveEntity() => inner.ResolveEntity();

    public bool HasLineInfo() => inner is IXmlLineInfo info && info.HasLineInfo();
    public int LineNumber => inner is IXmlLineInfo info ? info.LineNumber : 0;
    public int LinePosition => inner is IXmlLineInfo info ? info.LinePosition : 0;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
