using Mrs.Model;

namespace Mrs.Rendering.Html.Renderers;

/// <summary>
/// Writes the blocks of a container, each with the renderer of its kind. A block directly in a clause, section or
/// annex is marked "blk", and "has-requirement" when a requirement stands in it (or it is the list a requirement's
/// lead-in introduces), which is what "show requirements only" keeps.
/// </summary>
internal static class BlockRenderer
{
    /// <summary>Writes the blocks of <paramref name="container"/> found under <paramref name="part"/> (usually "blocks").</summary>
    public static void WriteAll(RenderContext context, Markup markup, ModelNode container, string part = ModelNames.Blocks, bool topLevel = false)
    {
        var previousRequires = false;
        foreach (var node in container.Children)
        {
            if (node.Name != part || node.Value is not Block block)
            {
                continue;
            }
            if (!topLevel)
            {
                Write(context, markup, node);
                continue;
            }
            // only blocks directly in a clause are marked (a walk below each of them, not below every nested block)
            var requires = Provisions.HasRequirement(node) || (previousRequires && block is ListBlock && PreviousIsParagraph(node));
            Write(context, markup, node, requires ? "blk has-requirement" : "blk");
            previousRequires = requires;
        }
    }

    private static bool PreviousIsParagraph(ModelNode node) => node.Index > 0 && node.Siblings![node.Index - 1] is Paragraph;

    /// <summary>Writes one block; <paramref name="classes"/> are added to its element.</summary>
    public static void Write(RenderContext context, Markup markup, ModelNode node, string? classes = null)
    {
        switch (node.Value)
        {
            case Paragraph:
                ParagraphRenderer.Write(context, markup, node, classes);
                break;
            case ListBlock:
                ListRenderer.Write(context, markup, node, classes);
                break;
            case Note:
                NoteRenderer.WriteNote(context, markup, node, classes);
                break;
            case Example:
                NoteRenderer.WriteExample(context, markup, node, classes);
                break;
            case Table:
                TableRenderer.Write(context, markup, node, classes);
                break;
            case Figure:
                FigureRenderer.Write(context, markup, node, classes);
                break;
            case Formula:
                FormulaRenderer.Write(context, markup, node, classes);
                break;
            case DefinitionList:
                DefinitionListRenderer.Write(context, markup, node, classes);
                break;
            case CodeBlock:
                CodeRenderer.Write(context, markup, node, classes);
                break;
            case RawBlock:
                RawRenderer.Write(context, markup, node, classes);
                break;
        }
        markup.Line();
    }

    /// <summary>"a b" from the non-null parts.</summary>
    public static string? Classes(params string?[] parts)
    {
        // each class once ("blk has-requirement" and the paragraph's own "has-requirement" give one)
        var joined = string.Join(' ',
            parts.Where(p => !string.IsNullOrEmpty(p)).SelectMany(p => p!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal));
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>The permalink of an element: a visible "¶" that links to it.</summary>
    public static void Permalink(RenderContext context, Markup markup, string? id, string what)
    {
        if (id is null)
        {
            return;
        }
        markup.Raw("<a class=\"permalink\"").Attr("href", "#" + id).Attr("aria-label", context.Labels.Format("permalink", ("what", what)))
            .Raw(">¶</a>");
    }
}
