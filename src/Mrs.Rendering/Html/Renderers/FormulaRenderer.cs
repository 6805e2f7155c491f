using Mrs.Model;

namespace Mrs.Rendering.Html.Renderers;

/// <summary>
/// A display formula: its MathML (cleaned: <see cref="MathMlSanitizer"/>), else its LaTeX as MathML when simple enough
/// (<see cref="LatexToMathMl"/>), else its picture, else its linear text; its number "(1)" at the right; its
/// "where" list (式中 / where) under it.
/// </summary>
internal static class FormulaRenderer
{
    public static void Write(RenderContext context, Markup markup, ModelNode node, string? classes)
    {
        var formula = (Formula)node.Value;
        var id = context.Anchors.Write(formula);
        var number = formula.Number is null ? null : context.Labels.Format("formulaNumber", ("number", formula.Number));
        if (id is not null && number is not null)
        {
            context.Search.Add(new SearchEntry("formula", number, formula.Text ?? "", id));
        }
        markup.Open("div", ("id", id), ("class", BlockRenderer.Classes("formula", classes)));
        markup.Raw("<div class=\"formula-body\">");
        var math = formula.MathMl is { } mathMl ? MathMlSanitizer.Clean(mathMl, display: true) : null;
        math ??= formula.Latex is { } latex ? LatexToMathMl.Convert(latex, display: true) : null;
        if (math is not null)
        {
            markup.Raw(math);
        }
        else if (formula.Image is { } image)
        {
            FigureRenderer.WriteImage(context, markup, image, formula.Text ?? context.Labels["mathText"]);
        }
        else
        {
            markup.Element("span", formula.Text ?? formula.Latex ?? "", ("class", "formula-text"));
        }
        markup.Raw("</div>");
        if (number is not null)
        {
            markup.Raw("<span class=\"formula-number\">").Text(number);
            BlockRenderer.Permalink(context, markup, id, number);
            markup.Raw("</span>");
        }
        markup.Close("div");
        var where = node.Children.Where(n => n.Name == ModelNames.Where).Select(n => (DefinitionItem)n.Value).ToList();
        if (where.Count > 0)
        {
            markup.Raw("<div class=\"where\">").Element("p", context.Labels["where"], ("class", "where-label"));
            DefinitionListRenderer.WriteItems(context, markup, where, "where-list");
            markup.Raw("</div>");
        }
    }
}
