using Mrs.Model;

namespace Mrs.Validation.Rules.Blocks;

internal static class BlockNames
{
    public static Loc Of(Block block) => block switch
    {
        Paragraph => new Loc("a paragraph", "段"),
        ListBlock => new Loc("a list", "列项"),
        Note => new Loc("a note", "注"),
        Example => new Loc("an example", "示例"),
        Table t => new Loc(t.Number is { } n ? $"table {n}" : "a table", t.Number is { } m ? $"表{m}" : "表"),
        Figure f => new Loc(f.Number is { } n ? $"figure {n}" : "a figure", f.Number is { } m ? $"图{m}" : "图"),
        Formula f => new Loc(f.Number is { } n ? $"formula ({n})" : "a formula", f.Number is { } m ? $"公式（{m}）" : "公式"),
        DefinitionList => new Loc("a definition list", "定义列表"),
        CodeBlock => new Loc("a code block", "代码"),
        _ => new Loc("a block", "内容块"),
    };
}
