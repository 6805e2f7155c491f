using Mrs.Model;
using Mrs.Text.Language;

namespace Mrs.Validation.Rules;

/// <summary>Chooses the rule family of a document: identifier prefix, then import profile, then language.</summary>
public static class FamilyDetector
{
    public static (RuleFamily Family, string Reason) Detect(StandardDocument document)
    {
        var metadata = document.Metadata;
        if (DocumentIdentifier.Parse(metadata.Identifier) is { } id)
        {
            if (id.Prefix is "EN")
            {
                return (RuleFamily.Iso, $"identifier {metadata.Identifier}");
            }
            return (id.Family == IdentifierFamily.International ? RuleFamily.Iso : RuleFamily.Gbt, $"identifier {metadata.Identifier}");
        }
        var profile = document.Source?.Profile?.Trim().ToLowerInvariant();
        if (profile is { Length: > 0 })
        {
            if (profile.StartsWith("gb", StringComparison.Ordinal))
            {
                return (RuleFamily.Gbt, $"profile {document.Source!.Profile}");
            }
            if (profile.StartsWith("iso", StringComparison.Ordinal) || profile.StartsWith("iec", StringComparison.Ordinal))
            {
                return (RuleFamily.Iso, $"profile {document.Source!.Profile}");
            }
        }
        if (metadata.Languages.Count > 0)
        {
            var zh = LanguageDetector.IsChinese(metadata.Languages[0]);
            return (zh ? RuleFamily.Gbt : RuleFamily.Iso, $"language {metadata.Languages[0]}");
        }
        var chinese = LanguageDetector.IsChinese(document);
        return (chinese ? RuleFamily.Gbt : RuleFamily.Iso, chinese ? "Chinese text" : "default (not Chinese)");
    }

    /// <summary>Parses "gbt", "gb", "iso" (any case).</summary>
    public static RuleFamily? ParseName(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "gbt" or "gb" or "gb/t" => RuleFamily.Gbt,
        "iso" or "iec" => RuleFamily.Iso,
        _ => null,
    };

    public static string Name(RuleFamily family) => family == RuleFamily.Gbt ? "gbt" : "iso";
}
