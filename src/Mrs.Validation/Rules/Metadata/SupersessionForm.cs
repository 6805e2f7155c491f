namespace Mrs.Validation.Rules.Metadata;

public sealed class SupersessionForm : Rule
{
    private static readonly RuleMessage Unrecognised = new(
        "The superseded document “{0}” is not a recognised standard identifier.",
        "被代替文件“{0}”不是可识别的标准编号。");

    private static readonly RuleMessage Undated = new(
        "The superseded document “{0}” is given without its year.",
        "被代替文件“{0}”没有给出年号。");

    private static readonly RuleMessage Itself = new(
        "The document says it supersedes itself (“{0}”).",
        "文件称代替其自身（“{0}”）。");

    public override RuleMetadata Metadata { get; } = new("META-010", "SupersessionForm", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "Superseded documents are given by their full, dated identifiers, and not the document itself.",
        SummaryZh: "被代替文件给出完整的、注年号的编号，且不是文件本身。",
        Messages: [Unrecognised, Undated, Itself], Gbt: new("8.1, 8.3"), Iso: new("Clause 12", Unsure: true));

    public override void Check(RuleContext context)
    {
        var metadata = context.Document.Metadata;
        var own = DocumentIdentifier.Parse(metadata.Identifier);
        for (var i = 0; i < metadata.Supersedes.Count; i++)
        {
            var text = metadata.Supersedes[i];
            var pointer = $"/metadata/supersedes/{i}";
            if (DocumentIdentifier.Parse(text) is not { } id)
            {
                context.Report(pointer, "Cover", Unrecognised, text);
            }
            else if (own is not null && id.Key == own.Key && id.Year == own.Year)
            {
                context.Report(pointer, "Cover", Itself, text);
            }
            else if (!id.Dated)
            {
                context.Report(pointer, "Cover", Undated, text);
            }
        }
    }
}
