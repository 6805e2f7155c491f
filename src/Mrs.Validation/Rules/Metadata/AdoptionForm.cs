namespace Mrs.Validation.Rules.Metadata;

public sealed class AdoptionForm : Rule
{
    private static readonly RuleMessage NotInternational = new(
        "The adopted document “{0}” is not an international standard identifier (ISO, IEC, ISO/IEC …).",
        "所采用的文件“{0}”不是国际标准编号（ISO、IEC、ISO/IEC等）。");

    private static readonly RuleMessage Undated = new(
        "The adopted document “{0}” is given without its year, e.g. “{0}:2015, {1}”.",
        "所采用的文件“{0}”没有年号，如“{0}:2015，{1}”。");

    public override RuleMetadata Metadata { get; } = new("META-011", "AdoptionForm", Severity.Warning, RuleFamilies.Gbt,
        Summary: "An adopted international document is given by its dated identifier, with its degree of correspondence (IDT, MOD, NEQ).",
        SummaryZh: "所采用的国际文件给出注年号的编号及一致性程度（IDT、MOD、NEQ）。",
        Messages: [NotInternational, Undated], Gbt: new("8.1"));

    public override void Check(RuleContext context)
    {
        var adoptions = context.Document.Metadata.Adoptions;
        for (var i = 0; i < adoptions.Count; i++)
        {
            var a = adoptions[i];
            var pointer = $"/metadata/adoptions/{i}/identifier";
            var id = DocumentIdentifier.Parse(a.Identifier);
            if (id is null || id.Family != IdentifierFamily.International
                && !a.Identifier.TrimStart().StartsWith("ISO/IEC Directives", StringComparison.Ordinal))
            {
                if (!a.Identifier.TrimStart().StartsWith("ISO/IEC Directives", StringComparison.Ordinal))
                {
                    context.Report(pointer, "Cover", NotInternational, a.Identifier);
                }
            }
            else if (!id.Dated)
            {
                context.Report(pointer, "Cover", Undated, a.Identifier, a.Degree.ToString().ToUpperInvariant());
            }
        }
    }
}
