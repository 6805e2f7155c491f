namespace Mrs.Validation.Rules.Metadata;

public sealed class TitleElementsConsistent : Rule
{
    private static readonly RuleMessage Element = new(
        "The {0} title has {1} element but the {2} title has none; titles in each language have the same elements.",
        "{0}名称有{1}，而{2}名称没有；各语种的名称应由相同的要素组成。");

    private static readonly RuleMessage NoPart = new(
        "The identifier “{0}” names a part, but the title has no part element (e.g. “Part 1: …” / “第1部分：…”).",
        "文件编号“{0}”表明这是一个部分，但名称中没有补充要素（如“第1部分：……”）。");

    private static readonly RuleMessage NotAPart = new(
        "The title has a part element (“{0}”), but the identifier “{1}” has no part number.",
        "名称中有补充要素（“{0}”），但文件编号“{1}”没有部分编号。");

    public override RuleMetadata Metadata { get; } = new("META-006", "TitleElementsConsistent", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "Titles in each language have the same elements (intro, main, part), and a part element goes with a part number.",
        SummaryZh: "各语种名称的要素（引导、主体、补充要素）一致，补充要素与部分编号对应。",
        Messages: [Element, NoPart, NotAPart], Gbt: new("6.1"), Iso: new("Clause 11"));

    public override void Check(RuleContext context)
    {
        var metadata = context.Document.Metadata;
        var titles = metadata.Titles;
        for (var i = 1; i < titles.Count; i++)
        {
            Compare(context, i, titles[0].Language, titles[i].Language, titles[0].Intro, titles[i].Intro, new Loc("an introductory", "引导要素"));
            Compare(context, i, titles[0].Language, titles[i].Language, titles[0].Part, titles[i].Part, new Loc("a part", "补充要素"));
        }
        if (DocumentIdentifier.Parse(metadata.Identifier) is not { } id || titles.Count == 0)
        {
            return;
        }
        var isPart = id.Family == IdentifierFamily.Chinese ? id.Number.Contains('.', StringComparison.Ordinal)
            : id.Number.Contains('-', StringComparison.Ordinal);
        var part = titles.Select(t => t.Part).FirstOrDefault(p => !string.IsNullOrWhiteSpace(p));
        if (isPart && part is null)
        {
            context.Report("/metadata/titles/0", "Cover", NoPart, metadata.Identifier);
        }
        else if (!isPart && part is not null)
        {
            context.Report("/metadata/titles/0/part", "Cover", NotAPart, Excerpt.Of(part, 30), metadata.Identifier);
        }
    }

    private static void Compare(RuleContext context, int i, string firstLanguage, string language, string? first, string? other, Loc element)
    {
        var a = !string.IsNullOrWhiteSpace(first);
        var b = !string.IsNullOrWhiteSpace(other);
        if (a != b)
        {
            var (has, lacks) = a ? (firstLanguage, language) : (language, firstLanguage);
            context.Report($"/metadata/titles/{i}", "Cover", Element, has, element, lacks);
        }
    }
}
