namespace Mrs.Validation.Rules.Metadata;

public sealed class IdentifierPresent : Rule
{
    private static readonly RuleMessage Missing = new("The cover gives no document identifier.", "封面没有给出文件编号。");

    private static readonly RuleMessage Unrecognised = new(
        "The identifier “{0}” is not a recognised standard identifier (e.g. “{1}”).",
        "文件编号“{0}”不是可识别的标准编号（如“{1}”）。");

    public override RuleMetadata Metadata { get; } = new("META-001", "IdentifierPresent", Severity.Error, RuleFamilies.GbtIso,
        Summary: "The document has a well-formed identifier (GB, GB/T, GB/Z, XX/T, DB xx/T, T/…, ISO, IEC, ISO/IEC …).",
        SummaryZh: "文件有格式正确的编号（GB、GB/T、GB/Z、XX/T、DB xx/T、T/……、ISO、IEC、ISO/IEC等）。",
        Messages: [Missing, Unrecognised], Gbt: new("8.1"));

    public override void Check(RuleContext context)
    {
        var identifier = context.Document.Metadata.Identifier;
        if (string.IsNullOrWhiteSpace(identifier))
        {
            if (FamilyDetector.CoverIdentifier(context.Document.Metadata) is not null)
            {
                return; // the cover states it, in a field of its own ("ISO/IEC PRF 5230" above the title)
            }
            context.Report("/metadata", "Cover", Missing);
        }
        else if (DocumentIdentifier.Parse(identifier) is null)
        {
            context.Report("/metadata/identifier", "Cover", Unrecognised, identifier,
                context.Family == RuleFamily.Gbt ? "GB/T 1234—2024" : "ISO 1234:2024");
        }
    }
}
