using Mrs.Model;

namespace Mrs.Rendering.Html.Renderers;

/// <summary>Preformatted text: &lt;pre&gt;&lt;code&gt;, its language as a class and a data attribute, its text escaped as it is.</summary>
internal static class CodeRenderer
{
    public static void Write(RenderContext context, Markup markup, ModelNode node, string? classes)
    {
        var code = (CodeBlock)node.Value;
        var language = code.Language is { Length: > 0 and < 40 } l && l.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '+' or '#' or '.')
            ? l : null;
        markup.Open("pre", ("id", context.Anchors.Write(code)), ("class", BlockRenderer.Classes("code", classes)), ("tabindex", "0"),
            ("lang", "zxx"));
        markup.Open("code", ("class", language is null ? null : "language-" + language), ("data-language", language));
        markup.Text(code.Text.TrimEnd('\n'));
        markup.Close("code").Close("pre");
    }
}
