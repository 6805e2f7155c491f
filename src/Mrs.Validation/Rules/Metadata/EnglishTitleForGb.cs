using Mrs.Model;
using Mrs.Text.Language;

namespace Mrs.Validation.Rules.Metadata;

public sealed class EnglishTitleForGb : Rule
{
    private static readonly RuleMessage Missing = new(
        "The document gives no English title; national and industry standards carry the English translation of their title.",
        "文件没有英文名称；国家标准、行业标准的封面应标明文件名称的英文译名。");

    public override RuleMetadata Metadata { get; } = new("META-005", "EnglishTitleForGb", Severity.Warning, RuleFamilies.Gbt,
        Summary: "A national or industry standard gives its title in Chinese and in English.",
        SummaryZh: "国家标准、行业标准应同时给出中文名称和英文译名。",
        Messages: [Missing], Gbt: new("8.1"));

    public override void Check(RuleContext context)
    {
        var metadata = context.Document.Metadata;
        var level = metadata.Level ?? LevelOf(DocumentIdentifier.Parse(metadata.Identifier));
        if (level is not (DocumentLevel.National or DocumentLevel.Industry) || metadata.Titles.Count == 0)
        {
            return;
        }
        var english = metadata.Titles.Any(t => t.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            || !Script.HasHan(t.Main) && t.Main.Length > 0);
        if (!english)
        {
            context.Report("/metadata/titles", "Cover", Missing);
        }
    }

    private static DocumentLevel? LevelOf(DocumentIdentifier? id) => id?.Prefix switch
    {
        null => null,
        "GB" or "GB/T" or "GB/Z" => DocumentLevel.National,
        var p when p.Length == 4 && p[2] == '/' && id.Family == IdentifierFamily.Chinese && !p.StartsWith("T/", StringComparison.Ordinal)
            && !p.StartsWith("Q/", StringComparison.Ordinal) => DocumentLevel.Industry,
        _ => null,
    };
}
