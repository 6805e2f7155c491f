using System.Text.RegularExpressions;
using Mrs.Model;

namespace Mrs.Validation.Rules;

/// <summary>
/// Finds the provisions (requirement, recommendation, permission …) a sentence expresses. Rules about provisions ask
/// this, never the text directly, so that the full classifier can replace the built-in keyword matcher in one line:
/// <c>ProvisionDetectors.Default = new DelegateProvisionDetector(ProvisionClassifier.Classify);</c>
/// </summary>
public interface IProvisionDetector
{
    /// <param name="text">Plain text (no Markdown).</param>
    /// <param name="language">BCP 47 tag; "zh…" for Chinese (Simplified or Traditional), anything else for English.</param>
    IReadOnlyList<Provision> Detect(string text, string language);
}

/// <summary>Wraps a classification function, e.g. <c>ProvisionClassifier.Classify</c>.</summary>
public sealed class DelegateProvisionDetector(Func<string, string, IReadOnlyList<Provision>> classify) : IProvisionDetector
{
    public IReadOnlyList<Provision> Detect(string text, string language) => classify(text, language);
}

public static class ProvisionDetectors
{
    /// <summary>The detector the rule engine uses unless it is given another: swap in the real classifier here.</summary>
    public static IProvisionDetector Default { get; set; } = new KeywordProvisionDetector();

    /// <summary>Requirements, recommendations and permissions: what may not appear in informative places.</summary>
    public static bool IsNormative(ProvisionKind kind) => kind is ProvisionKind.Requirement or ProvisionKind.Recommendation or ProvisionKind.Permission;
}

/// <summary>
/// A small built-in matcher for the verbal forms of ISO/IEC Directives Part 2 (Tables 3 to 7) and GB/T 1.1-2020 Annex C,
/// English and Chinese (Simplified and Traditional), leaving out compounds such as 应用, 响应, 适宜, 可靠, 许可. It finds
/// forms, not meaning: models imported with classified provisions use those instead.
/// </summary>
public sealed partial class KeywordProvisionDetector : IProvisionDetector
{
    [GeneratedRegex(@"\b(?:(?<reqn>shall\s+not|is\s+not\s+(?:allowed|permitted|acceptable|permissible)|is\s+required\s+to\s+be\s+not|is\s+not\s+to\s+be)"
        + @"|(?<req>shall|is\s+required\s+to|it\s+is\s+required\s+that|has\s+to|it\s+is\s+necessary)"
        + @"|(?<recn>should\s+not|it\s+is\s+not\s+recommended\s+that|ought\s+not\s+to)"
        + @"|(?<rec>should|it\s+is\s+recommended\s+that|ought\s+to)"
        + @"|(?<mayn>may\s+not)"
        + @"|(?<pern>need\s+not|it\s+is\s+not\s+required\s+that)"
        + @"|(?<per>may(?!\s+\d)|is\s+permitted|is\s+allowed|is\s+permissible)"
        + @"|(?<must>must)"
        + @"|(?<posn>cannot|can\s+not|is\s+unable\s+to)"
        + @"|(?<pos>can|is\s+able\s+to|it\s+is\s+possible\s+to))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex English();

    [GeneratedRegex(@"(?<reqn>不应该|不應該|不准许|不准許|(?<![响響适適对對相反供效感呼回答顺順照])不[应應](?![用急力答变變对對激聘邀届屆收付接运運])|不得|不可(?![能靠行见見视視逆燃调調选選信用读讀变變控测測重追比达達接知思议議])|禁止)"
        + @"|(?<req>应该|應該|只准许|只准許|必须|必須|(?<![响響适適对對相反供效感呼回答顺順照理])[应應](?![用急力答变變对對激聘邀届屆收付接运運])(?:当|當)?)"
        + @"|(?<recn>不宜|不推荐|不推薦|不建议|不建議)"
        + @"|(?<rec>(?<![适適便事])宜(?!人)|推荐|推薦|建议|建議)"
        + @"|(?<pern>不必|无须|無須|可以不)"
        + @"|(?<per>可以|允许|允許|(?<![许許认認宁寧即尚不无無])可(?![能靠行见見视視逆燃调調选選信用读讀变變控测測重追比达達接知思议議观觀惜笑爱愛怜憐乐樂口塑溶编編扩擴移替交互拆持谓謂是再回降恢生吸导導焊延锻鍛压壓膨熔剥剝折穿透擦洗清更换換增缩縮分]))"
        + @"|(?<posn>不能|不可能)"
        + @"|(?<pos>能够|能夠|可能|(?<![功性效技才智机機职職本])能(?![力源量耗效]))", RegexOptions.CultureInvariant)]
    private static partial Regex Chinese();

    public IReadOnlyList<Provision> Detect(string text, string language)
    {
        var zh = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var pattern = zh ? Chinese() : English();
        List<Provision>? found = null;
        foreach (Match m in pattern.Matches(text))
        {
            var provision = ToProvision(m);
            if (provision is not null)
            {
                (found ??= []).Add(provision with { Form = m.Value });
            }
        }
        return (IReadOnlyList<Provision>?)found ?? [];
    }

    private static Provision? ToProvision(Match m)
    {
        if (m.Groups["reqn"].Success)
        {
            return new Provision { Kind = ProvisionKind.Requirement, Negative = true };
        }
        if (m.Groups["req"].Success)
        {
            return new Provision { Kind = ProvisionKind.Requirement };
        }
        if (m.Groups["recn"].Success)
        {
            return new Provision { Kind = ProvisionKind.Recommendation, Negative = true };
        }
        if (m.Groups["rec"].Success)
        {
            return new Provision { Kind = ProvisionKind.Recommendation };
        }
        if (m.Groups["mayn"].Success)
        {
            // "may not" is ambiguous (ISO/IEC Directives Part 2, 7.4): reported as a negative permission.
            return new Provision { Kind = ProvisionKind.Permission, Negative = true };
        }
        if (m.Groups["pern"].Success)
        {
            return new Provision { Kind = ProvisionKind.Permission, Negative = true };
        }
        if (m.Groups["per"].Success)
        {
            return new Provision { Kind = ProvisionKind.Permission };
        }
        if (m.Groups["must"].Success)
        {
            return new Provision { Kind = ProvisionKind.ExternalConstraint };
        }
        if (m.Groups["posn"].Success)
        {
            return new Provision { Kind = ProvisionKind.Possibility, Negative = true };
        }
        return m.Groups["pos"].Success ? new Provision { Kind = ProvisionKind.Possibility } : null;
    }
}
