using System.Xml;

namespace Mrs.Rendering.Html;

/// <summary>
/// A formula's MathML from the model, written again element by element: the MathML is document data, so only
/// presentation MathML elements and their layout attributes pass (no scripts, no event handlers, no links, no styles,
/// no foreign content), every text and value is escaped, and namespace prefixes go (HTML puts &lt;math&gt; in the
/// MathML namespace itself). Markup that is not well-formed XML gives null, and the writer uses the formula's text.
/// </summary>
internal static class MathMlSanitizer
{
    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "math", "mi", "mn", "mo", "ms", "mtext", "mspace", "mrow", "mfrac", "msqrt", "mroot", "mstyle", "merror",
        "mpadded", "mphantom", "mfenced", "menclose", "msub", "msup", "msubsup", "munder", "mover", "munderover",
        "mmultiscripts", "mprescripts", "none", "mtable", "mtr", "mtd", "mlabeledtr", "semantics", "annotation",
    };

    private static readonly HashSet<string> Attributes = new(StringComparer.Ordinal)
    {
        "mathvariant", "mathsize", "fence", "separator", "stretchy", "symmetric", "largeop", "movablelimits", "accent",
        "accentunder", "lspace", "rspace", "linethickness", "columnalign", "rowalign", "columnspan", "rowspan",
        "columnlines", "rowlines", "frame", "notation", "open", "close", "separators", "scriptlevel", "displaystyle",
        "width", "height", "depth", "encoding", "form", "minsize", "maxsize", "bevelled", "align", "columnspacing", "rowspacing",
    };

    /// <summary>The cleaned MathML as a &lt;math&gt; element (display as given); null when it is not MathML.</summary>
    public static string? Clean(string mathMl, bool display)
    {
        if (mathMl.Length > 2_000_000)
        {
            return null;
        }
        var output = new Markup(mathMl.Length);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersInDocument = 4_000_000,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(mathMl), settings);
            var skipping = 0; // depth inside an element that is left out with its content
            var open = new Stack<string?>();
            var root = true;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                    {
                        var name = reader.LocalName;
                        var empty = reader.IsEmptyElement;
                        if (root)
                        {
                            if (name != "math")
                            {
                                return null;
                            }
                            root = false;
                        }
                        if (skipping > 0 || name is "annotation-xml" || !Elements.Contains(name) && IsForeign(name))
                        {
                            if (!empty)
                            {
                                skipping++;
                                open.Push(null);
                            }
                            continue;
                        }
                        var keep = Elements.Contains(name);
                        if (keep)
                        {
                            output.Raw('<').Raw(name);
                            if (name == "math")
                            {
                                output.Attr("display", display ? "block" : "inline");
                            }
                            else if (reader.MoveToFirstAttribute())
                            {
                                do
                                {
                                    if (reader.Prefix.Length == 0 && Attributes.Contains(reader.LocalName))
                                    {
                                        output.Attr(reader.LocalName, reader.Value);
                                    }
                                }
                                while (reader.MoveToNextAttribute());
                                reader.MoveToElement();
                            }
                            output.Raw('>');
                        }
                        if (empty)
                        {
                            if (keep)
                            {
                                output.Close(name);
                            }
                        }
                        else
                        {
                            open.Push(keep ? name : "");
                        }
                        break;
                    }
                    case XmlNodeType.EndElement:
                    {
                        var name = open.Pop();
                        if (name is null)
                        {
                            skipping--;
                        }
                        else if (name.Length > 0)
                        {
                            output.Close(name);
                        }
                        break;
                    }
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                        if (skipping == 0)
                        {
                            output.Text(reader.Value);
                        }
                        break;
                }
            }
            return root ? null : output.ToString();
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>Elements whose content is not maths text either: scripts, styles, HTML and SVG content, links.</summary>
    private static bool IsForeign(string name) =>
        name is "script" or "style" or "iframe" or "object" or "embed" or "svg" or "foreignObject" or "a" or "maction" or "img" or "link" or "meta"
            or "base" or "form" or "template";
}
