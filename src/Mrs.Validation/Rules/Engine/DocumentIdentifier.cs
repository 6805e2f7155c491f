using System.Text.RegularExpressions;

namespace Mrs.Validation.Rules;

/// <summary>Which body issues a document identifier.</summary>
public enum IdentifierFamily
{
    /// <summary>GB, GB/T, GB/Z, industry (YY/T …), local (DB 11/T …), group (T/…) and enterprise (Q/…) standards.</summary>
    Chinese,
    /// <summary>ISO, IEC, ISO/IEC and their TR, TS, PAS, Guide deliverables.</summary>
    International,
}

/// <summary>A standard's identifier taken apart: "GB/T 1.1—2020" → prefix "GB/T", number "1.1", separator "—", year "2020".</summary>
public sealed partial record DocumentIdentifier(string Text, string Prefix, string Number, string? Separator, string? Year, int Index)
{
    // Chinese prefixes: GB, GB/T, GB/Z; industry XX/T, XX/Z; local DB11/T; group T/ABC; enterprise Q/ABC.
    // International: ISO, IEC, ISO/IEC (with /IEEE), and the TR, TS, PAS, Guide deliverables.
    private const string Prefixes =
        @"(?<prefix>GB/[TZ]|GB|DB\s?\d{2}(?:/[TZ])?|T/[A-Z][A-Za-z0-9]*|Q/[A-Z0-9]+|[A-Z]{2}/[TZ]|ISO/IEC/IEEE|ISO/IEC\s(?:TR|TS|PAS|Guide)"
            + @"|ISO/IEC\s(?:" + Stages + @")|ISO/IEC|ISO/(?:TR|TS|PAS|R)|ISO/(?:" + Stages
            + @")|ISO\sGuide|ISO|IEC/(?:TR|TS|PAS)|IEC\s(?:TR|TS|PAS|Guide)|IEC/(?:" + Stages + @")|IEC\s(?:" + Stages + @")|IEC)";

    // Draft stages written into the identifier of a draft: "ISO/DIS 17301-1", "ISO/IEC FDIS 27001", "IEC/CDV 60601".
    private const string Stages = "WD|CD|CDV|DIS|FDIS|PRF|AWI|NP|DTR|DTS|DPAS";

    private const string Rest =
        @"\s?(?<number>\d+(?:\.\d+)*(?:-(?!(?:19|20)\d{2}(?!\d))\d+)*)(?:\s?(?<sep>[—–\-－:：])\s?(?<year>(?:19|20)\d{2})(?!\d))?";

    [GeneratedRegex("(?<![A-Za-z0-9/])" + Prefixes + Rest, RegexOptions.CultureInvariant)]
    private static partial Regex AnyPattern();

    [GeneratedRegex(@"^\s*(?:" + Prefixes + @"|(?<prefix>[A-Z]{2}))" + Rest, RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredPattern();

    public IdentifierFamily Family => Prefix.StartsWith("ISO", StringComparison.Ordinal) || Prefix.StartsWith("IEC", StringComparison.Ordinal)
        ? IdentifierFamily.International
        : IdentifierFamily.Chinese;

    public bool Dated => Year is not null;

    /// <summary>Prefix and number without spaces or year, for matching citations to entries: "GB/T1.1", "ISO17301-1".</summary>
    public string Key => NormalizePrefix(Prefix) + Number;

    /// <summary>The identifier as matched, without a year.</summary>
    public string Undated => $"{Prefix} {Number}";

    public int Length => Text.Length;

    /// <summary>Parses a whole identifier (metadata, reference entries); two-letter industry prefixes without /T are accepted.</summary>
    public static DocumentIdentifier? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var m = AnchoredPattern().Match(text);
        return m.Success ? From(m) : null;
    }

    /// <summary>The first identifier in running text, if any.</summary>
    public static DocumentIdentifier? FindFirst(string text)
    {
        var m = AnyPattern().Match(text);
        return m.Success ? From(m) : null;
    }

    /// <summary>Every identifier in running text.</summary>
    public static IEnumerable<DocumentIdentifier> FindAll(string text)
    {
        if (text.AsSpan().IndexOfAny("GDTQI") < 0)
        {
            yield break;
        }
        foreach (Match m in AnyPattern().Matches(text))
        {
            yield return From(m);
        }
    }

    private static DocumentIdentifier From(Match m) => new(
        m.Value.Trim(),
        m.Groups["prefix"].Value,
        m.Groups["number"].Value,
        m.Groups["sep"].Success ? m.Groups["sep"].Value : null,
        m.Groups["year"].Success ? m.Groups["year"].Value : null,
        m.Index);

    /// <summary>"ISO/DIS" → "ISO", "ISO/IEC FDIS" → "ISO/IEC", "ISO/DTR" → "ISO/TR": a draft is the document it will become.</summary>
    private static string NormalizePrefix(string prefix)
    {
        var compact = prefix.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return StagePrefix().Replace(compact,
            m => m.Groups["base"].Value + (m.Groups["deliverable"].Success ? "/" + m.Groups["deliverable"].Value : ""));
    }

    [GeneratedRegex(@"^(?<base>ISO/IEC|ISO|IEC)/?(?:D(?<deliverable>TR|TS|PAS)|WD|CDV|CD|FDIS|DIS|PRF|AWI|NP)$", RegexOptions.CultureInvariant)]
    private static partial Regex StagePrefix();
}
