using System.Text;

namespace Mrs.Rendering.Html;

/// <summary>
/// The HTML being written. Every text and attribute value from the document goes through <see cref="Text"/> or
/// <see cref="Attr"/>, which escape it; only the renderers' own tags go through <see cref="Raw"/>. Characters HTML
/// cannot carry (NUL and the other C0 controls but tab and line ends, lone surrogates) become U+FFFD.
/// </summary>
public sealed class Markup
{
    private readonly StringBuilder html;

    public Markup(int capacity = 1 << 16)
    {
        html = new StringBuilder(capacity);
    }

    public int Length => html.Length;

    /// <summary>The renderer's own markup, written as it is. Never pass document text here.</summary>
    public Markup Raw(string markup)
    {
        html.Append(markup);
        return this;
    }

    public Markup Raw(char c)
    {
        html.Append(c);
        return this;
    }

    /// <summary>Text content, escaped.</summary>
    public Markup Text(ReadOnlySpan<char> text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => null,
            };
            if (replacement is null && !IsClean(text, i))
            {
                replacement = "\uFFFD";
            }
            if (replacement is null)
            {
                if (char.IsHighSurrogate(c))
                {
                    i++; // the pair is whole (IsClean said so)
                }
                continue;
            }
            html.Append(text[start..i]).Append(replacement);
            start = i + 1;
        }
        html.Append(text[start..]);
        return this;
    }

    public Markup Text(string? text) => text is null ? this : Text(text.AsSpan());

    /// <summary>An attribute: space, name, ="value" with the value escaped. Nothing when <paramref name="value"/> is null.</summary>
    public Markup Attr(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }
        html.Append(' ').Append(name).Append("=\"");
        var span = value.AsSpan();
        var start = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '"' => "&quot;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\'' => "&#39;",
                _ => null,
            };
            if (replacement is null && !IsClean(span, i))
            {
                replacement = "\uFFFD";
            }
            if (replacement is null)
            {
                if (char.IsHighSurrogate(c))
                {
                    i++;
                }
                continue;
            }
            html.Append(span[start..i]).Append(replacement);
            start = i + 1;
        }
        html.Append(span[start..]).Append('"');
        return this;
    }

    /// <summary>"&lt;name" with the attributes given as name/value pairs (null values left out), then "&gt;".</summary>
    public Markup Open(string name, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        html.Append('<').Append(name);
        foreach (var (n, v) in attributes)
        {
            Attr(n, v);
        }
        html.Append('>');
        return this;
    }

    public Markup Close(string name)
    {
        html.Append("</").Append(name).Append('>');
        return this;
    }

    /// <summary>An element holding escaped text.</summary>
    public Markup Element(string name, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        Open(name, attributes);
        Text(text);
        return Close(name);
    }

    public Markup Line()
    {
        html.Append('\n');
        return this;
    }

    public override string ToString() => html.ToString();

    /// <summary>
    /// False for a character HTML cannot carry: a C0 control other than tab, LF, CR; DEL..U+009F controls; a lone surrogate; U+FFFE/U+FFFF.
    /// </summary>
    private static bool IsClean(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c < ' ')
        {
            return c is '\t' or '\n' or '\r';
        }
        if (c is >= '\u007F' and <= '\u009F' or '\uFFFE' or '\uFFFF')
        {
            return false;
        }
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }
        return !char.IsLowSurrogate(c);
    }
}
