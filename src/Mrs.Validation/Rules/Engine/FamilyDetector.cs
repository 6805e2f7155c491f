using System.Text.RegularExpressions;
using Mrs.Model;
using Mrs.Text.Language;

namespace Mrs.Validation.Rules;

/// <summary>
/// Chooses the rule family of a document (<c>--rules auto</c>) from what the document says it is, and says why:
/// <list type="number">
/// <item>its identifier (metadata): GB/T 1.1—2020 → gbt, ISO/DIS 19156 → iso, ETSI TS 103 701 → etsi, ITU-T X.509 → itu,
/// any other body's → generic;</item>
/// <item>an identifier standing alone on the cover ("ISO/IEC PRF 5230", "Reference number of document: ISO/WD nnn-n"); a
/// committee document number there ("ISO/IEC JTC 1/SC 29/WG 3 m 66260") makes it a contribution → generic;</item>
/// <item>the first body the cover names (IHO, OGC, OASIS … → generic; ISO, IEC → iso; ETSI, ITU, SAC);</item>
/// <item>the import profile: the GB/T and ISO templates → gbt, iso; an ETSI, 3GPP or ITU template without such an
/// identifier is a contribution or change request → generic; any other → generic;</item>
/// <item>for a model without identifier or import profile (written by hand), its language: Chinese → gbt, otherwise iso.</item>
/// </list>
/// </summary>
public static partial class FamilyDetector
{
    /// <summary>The family chosen for a document and why, in English and Chinese.</summary>
    public sealed record FamilyChoice(RuleFamily Family, string Reason, string ReasonZh);

    public static FamilyChoice Detect(StandardDocument document)
    {
        var metadata = document.Metadata;
        if (metadata.Identifier is { Length: > 0 } identifier && Classify(identifier) is { } own)
        {
            return new(own.Family, $"identifier {identifier.Trim()}{own.Note}", $"编号 {identifier.Trim()}{own.NoteZh}");
        }

        if (ContributionHeader(document) is { } header)
        {
            return new(RuleFamily.Generic, $"a contribution or change request (“{header}”), not a deliverable", $"文稿或变更请求（“{header}”），不是交付件");
        }

        var cover = CoverTexts(metadata).ToList();
        FamilyChoice? committee = null;
        foreach (var field in cover)
        {
            if (field.Length > 80 || Classify(WithoutLabel(field)) is not { } found)
            {
                continue;
            }
            if (!found.Committee)
            {
                return new(found.Family, $"identifier on the cover: {WithoutLabel(field)}{found.Note}",
                    $"封面上的编号 {WithoutLabel(field)}{found.NoteZh}");
            }
            committee ??= new(found.Family, $"committee document {WithoutLabel(field)} on the cover{found.Note}",
                $"封面上的委员会文件号 {WithoutLabel(field)}{found.NoteZh}");
        }
        if (committee is not null)
        {
            return committee;
        }
        foreach (var field in cover)
        {
            // A body named in a sentence of the cover is not its publisher: only short lines (a name, a copyright line) count.
            if (field.Length <= 160 && Publisher(field) is { } body)
            {
                return new(body.Family, $"the cover names {body.Name}", $"封面提及 {body.Name}");
            }
        }

        var profile = document.Source?.Profile?.Trim().ToLowerInvariant();
        switch (profile)
        {
            case "gbt":
                return new(RuleFamily.Gbt, "profile gbt (the GB/T drafting template)", "导入配置 gbt（GB/T 起草模板）");
            case "iso":
                return new(RuleFamily.Iso, "profile iso (the ISO template)", "导入配置 iso（ISO 模板）");
            case "etsi" or "itu":
                return new(RuleFamily.Generic,
                    $"profile {profile} without an {profile.ToUpperInvariant()} identifier: a contribution or change request, not a deliverable",
                    $"导入配置 {profile}，但没有 {profile.ToUpperInvariant()} 编号：是文稿或变更请求，不是交付件");
            case { Length: > 0 }:
                return new(RuleFamily.Generic, $"profile {profile}, and no identifier of GB/T, ISO/IEC, ETSI or ITU",
                    $"导入配置 {profile}，且没有 GB/T、ISO/IEC、ETSI 或 ITU 编号");
        }

        if (metadata.Languages.Count > 0)
        {
            var zh = LanguageDetector.IsChinese(metadata.Languages[0]);
            return new(zh ? RuleFamily.Gbt : RuleFamily.Iso, $"language {metadata.Languages[0]} (a model without identifier or import profile)",
                $"语言 {metadata.Languages[0]}（模型没有编号和导入配置）");
        }
        var chinese = LanguageDetector.IsChinese(document);
        return chinese
            ? new(RuleFamily.Gbt, "Chinese text (a model without identifier or import profile)", "中文文本（模型没有编号和导入配置）")
            : new(RuleFamily.Iso, "not Chinese (a model without identifier or import profile)", "非中文文本（模型没有编号和导入配置）");
    }

    /// <summary>
    /// The identifier standing alone on the cover when the metadata has none ("ISO/IEC PRF 5230" on the cover of a
    /// translation), else null; committee document numbers are not the document's identifier.
    /// </summary>
    public static string? CoverIdentifier(Mrs.Model.Metadata metadata)
    {
        foreach (var field in CoverTexts(metadata))
        {
            if (field.Length <= 80 && Classify(WithoutLabel(field)) is { Committee: false })
            {
                return WithoutLabel(field);
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the document is a committee contribution or change request: it quotes clauses, tables and figures of the
    /// specification it changes, so its own numbering is not a document's.
    /// </summary>
    public static bool IsContribution(StandardDocument document)
    {
        if (document.Metadata.Identifier is { Length: > 0 } identifier && Classify(identifier) is not null)
        {
            return false;
        }
        if (ContributionHeader(document) is not null)
        {
            return true;
        }
        return document.Source?.Profile?.Trim().ToLowerInvariant() is "etsi" or "itu" && CoverIdentifier(document.Metadata) is null;
    }

    /// <summary>Parses "gbt", "iso", "etsi", "itu", "generic" (any case).</summary>
    public static RuleFamily? ParseName(string? name) => Families.Parse(name);

    public static string Name(RuleFamily family) => Families.Name(family);

    /// <summary>The family of the body that issues an identifier, and whether it is a committee document rather than a deliverable.</summary>
    internal static (RuleFamily Family, bool Committee, string Note, string NoteZh)? Classify(string text)
    {
        text = text.Trim();
        if (CommitteeDocument().IsMatch(text))
        {
            return (RuleFamily.Generic, true, " (a committee document, not a draft of a deliverable)", "（委员会文件，不是交付件的草案）");
        }
        if (Etsi().IsMatch(text))
        {
            return (RuleFamily.Etsi, false, "", "");
        }
        if (Itu().IsMatch(text))
        {
            return (RuleFamily.Itu, false, "", "");
        }
        if (AdoptedIso().IsMatch(text))
        {
            return (RuleFamily.Iso, false, " (an adopted ISO or IEC document)", "（采用的 ISO 或 IEC 文件）");
        }
        if (DocumentIdentifier.Parse(text) is { } id && (id.Prefix.Length != 2 || id.Prefix == "GB" || id.Separator is "—" or "－"))
        {
            // A bare two-letter prefix is a Chinese mandatory industry standard only with the Chinese dash before its year (YY 0505—2012).
            return (id.Family == IdentifierFamily.International ? RuleFamily.Iso : RuleFamily.Gbt, false, "", "");
        }
        if (PlaceholderGb().IsMatch(text))
        {
            return (RuleFamily.Gbt, false, "", "");
        }
        if (PlaceholderIso().IsMatch(text))
        {
            return (RuleFamily.Iso, false, "", "");
        }
        if (OtherBody().Match(text) is { Success: true } other)
        {
            var body = other.Groups["body"].Length > 0 ? other.Groups["body"].Value : "IHO";
            return (RuleFamily.Generic, false, $" (a document of {body})", $"（{body} 文件）");
        }
        return null;
    }

    /// <summary>The texts of the cover, in order: the committee, the fields kept by name, the titles, the issuing bodies.</summary>
    private static IEnumerable<string> CoverTexts(Mrs.Model.Metadata metadata)
    {
        if (metadata.Committee?.Identifier is { Length: > 0 } committee)
        {
            yield return committee;
        }
        foreach (var field in metadata.OtherFields)
        {
            yield return field.Value;
        }
        foreach (var title in metadata.Titles)
        {
            yield return title.Main;
        }
        foreach (var body in metadata.IssuingBodies)
        {
            yield return body;
        }
    }

    /// <summary>
    /// The header line of a committee contribution or change request among the first texts of the document ("CHANGE
    /// REQUEST", "3GPP TSG-SA WG2 Meeting #130"), if it has one.
    /// </summary>
    private static string? ContributionHeader(StandardDocument document)
    {
        var seen = 0;
        foreach (var node in ModelWalker.Walk(document))
        {
            var text = node.Value switch
            {
                Paragraph p => p.Text,
                TableCell c => c.Text,
                _ => null,
            };
            if (text is null)
            {
                continue;
            }
            if (Contribution().Match(InlineText.ToPlain(text, true)) is { Success: true } m)
            {
                return m.Value.Trim();
            }
            if (++seen == 60)
            {
                break;
            }
        }
        return null;
    }

    /// <summary>"Reference number of document: ISO/WD nnn-n" → "ISO/WD nnn-n".</summary>
    private static string WithoutLabel(string field) => CoverLabel().Replace(field.Trim(), "");

    private static (RuleFamily Family, string Name)? Publisher(string text)
    {
        var m = Body().Match(text);
        if (!m.Success)
        {
            return null;
        }
        foreach (var (group, family) in new[] { ("iso", RuleFamily.Iso), ("etsi", RuleFamily.Etsi), ("itu", RuleFamily.Itu),
            ("gbt", RuleFamily.Gbt) })
        {
            if (m.Groups[group].Success)
            {
                return (family, m.Value.Trim());
            }
        }
        return (RuleFamily.Generic, m.Value.Trim());
    }

    [GeneratedRegex(@"^(?:(?:reference\s+number|document\s+number|reference|document|number|identifier|文件编号"
        + @"|编号)(?:\s+of\s+(?:this\s+|the\s+)?(?:working\s+)?document)?\s*[:：]\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CoverLabel();

    // ISO/IEC JTC 1/SC 29/WG 3 m 66260; ISO/TC 211 N 5123; ISO/TC 000/SC 0 N 000: committee documents, not deliverables.
    [GeneratedRegex(@"^(?:ISO/IEC\s+JTC\s*\d+|ISO/TC\s*\d+|IEC/TC\s*\d+|IEC/SC\s*\d+\w*)(?:/SC\s*\d+)?(?:/WG\s*\d+)?\s+(?:N|m|M)\s*\d+",
        RegexOptions.CultureInvariant)]
    private static partial Regex CommitteeDocument();

    // EN ISO 9001, BS EN ISO 17025, DIN EN IEC 60204: an ISO or IEC document adopted as a regional or national one.
    [GeneratedRegex(@"^(?:[A-Z]{2,4}\s+)+(?:ISO|IEC|ISO/IEC)\s+\d", RegexOptions.CultureInvariant)]
    private static partial Regex AdoptedIso();

    [GeneratedRegex(@"\bETSI\s+(?:EN|ES|EG|TS|TR|GS|GR|SR|TBR|ETS|I-ETS|EN\s+ISO)\b|^3GPP\s+T[SR]\s+\d", RegexOptions.CultureInvariant)]
    private static partial Regex Etsi();

    [GeneratedRegex(@"^(?:Recommendation\s+)?ITU-[TR]\b", RegexOptions.CultureInvariant)]
    private static partial Regex Itu();

    // GB/T XXXXX—XXXX, XX/T XXXXX—XXXX: the identifier of a GB/T template, not filled in yet.
    [GeneratedRegex(@"^(?:GB(?:/[TZ])?|[A-Z]{2}/[TZ]|DB\s?\d{2}/[TZ]|T/[A-Z][A-Za-z0-9]*)\s*[X×\d]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderGb();

    // ISO #####-#:####(X), ISO/WD nnn-n, ISO/IEC xxxx: the identifier of an ISO template or draft, not filled in yet.
    [GeneratedRegex(@"^(?:ISO/IEC|ISO|IEC)(?:/(?:WD|CD|DIS|FDIS|PRF|TR|TS|PAS)|\s(?:WD|CD|DIS|FDIS|PRF|TR|TS|PAS))?\s+[#nNxX]{2,}",
        RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderIso();

    [GeneratedRegex(@"^\s*(?:CHANGE\s+REQUEST\s*$|CR-Form-v[\d.]+|(?:3GPP\s+)?TSG[-\s]?\w+(?:\s+WG\s?\d+)?\s+Meeting\s*#\s*\S+)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Contribution();

    // OGC 11-107, IHO S-129 (S-129), ECMA-334, RFC 8259 …: identifiers of bodies with drafting rules of their own.
    [GeneratedRegex(@"^(?:(?<body>OGC|OASIS|W3C|ECMA|IEEE|IETF|RFC|SDMX)[\s-]*\d|(?:IHO\s+)?S-\d{2,3}\b(?<body>))", RegexOptions.CultureInvariant)]
    private static partial Regex OtherBody();

    // The bodies a cover names, as publisher or copyright holder.
    [GeneratedRegex(@"(?<iso>International\s+Organi[sz]ation\s+for\s+Standardi[sz]ation|ISO\s+copyright\s+office|©\s*ISO\b|ISO/TC\s*\d"
        + @"|ISO/IEC\s+JTC|International\s+Electrotechnical\s+Commission|©\s*IEC\b)"
        + @"|(?<etsi>European\s+Telecommunications\s+Standards\s+Institute|©\s*ETSI\b)|(?<itu>International\s+Telecommunication\s+Union|©\s*ITU\b)"
        + @"|(?<gbt>中华人民共和国国家标准|国家市场监督管理总局|国家标准化管理委员会|中华人民共和国.{1,12}行业标准)|International\s+Hydrographic\s+(?:Organi[sz]ation|Bureau)"
        + @"|Open\s+Geospatial\s+Consortium|\bOGC®?(?=\s)|\bOASIS\b|World\s+Wide\s+Web\s+Consortium|\bW3C\b|Ecma\s+International|\bSDMX\b|OpenChain"
        + @"|\b3GPP\b|Microsoft\s+Corporation|Linux\s+Foundation", RegexOptions.CultureInvariant)]
    private static partial Regex Body();
}
