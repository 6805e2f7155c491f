using Mrs.Model;

namespace Mrs.Validation.Rules;

/// <summary>Recognises the special clauses by their kind, or by their title in hand-written models that omit the kind.</summary>
public static partial class ClauseRoles
{
    public static ScopeRole Of(Clause clause)
    {
        switch (clause.Kind)
        {
            case ClauseKind.Scope:
                return ScopeRole.Scope;
            case ClauseKind.NormativeReferences:
                return ScopeRole.NormativeReferences;
            case ClauseKind.TermsAndDefinitions:
                return ScopeRole.Terms;
            case ClauseKind.SymbolsAndAbbreviatedTerms:
                return ScopeRole.Symbols;
        }
        var title = Normalize(clause.Title);
        return title switch
        {
            "scope" or "范围" => ScopeRole.Scope,
            "normative references" or "规范性引用文件" => ScopeRole.NormativeReferences,
            _ when title.StartsWith("terms and definitions", StringComparison.Ordinal)
                || title.StartsWith("terms, definitions", StringComparison.Ordinal)
                || title.StartsWith("术语和定义", StringComparison.Ordinal) || title.StartsWith("术语、定义", StringComparison.Ordinal) => ScopeRole.Terms,
            "symbols and abbreviated terms" or "symbols" or "abbreviated terms" or "symbols and abbreviations" or "abbreviations"
                or "符号和缩略语" or "符号" or "缩略语" or "符号、代号和缩略语" or "缩略语和符号" => ScopeRole.Symbols,
            _ => clause.Terms.Count > 0 && clause.Blocks.Count <= 1 ? ScopeRole.Terms : ScopeRole.General,
        };
    }

    public static ScopeRole Of(Section section) => section.Kind switch
    {
        SectionKind.Foreword => ScopeRole.Foreword,
        SectionKind.Introduction => ScopeRole.Introduction,
        SectionKind.Index => ScopeRole.Index,
        _ => Normalize(section.Title) switch
        {
            "foreword" or "前言" or "前 言" => ScopeRole.Foreword,
            "introduction" or "引言" or "引 言" => ScopeRole.Introduction,
            _ => ScopeRole.OtherSection,
        },
    };

    /// <summary>Lower case, spaces folded, ideographic spaces removed.</summary>
    /// <summary>The title in lower case, white space collapsed, without a template's note on it ("Scope (mandatory)", "(optional)").</summary>
    public static string Normalize(string? title) =>
        title is null ? "" : TemplateNote()
            .Replace(string.Join(' ', InlineText.ToPlain(title, true).Replace('\u3000', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim()
                .ToLowerInvariant(), "");

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\((?:mandatory|optional|conditional|normative|informative)\)$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TemplateNote();
}
