namespace Mrs.Validation.Rules;

/// <summary>One rule family as `mrs validate --rules` lists it.</summary>
/// <param name="Name">The name given to --rules and to <c>family:</c> in .mrs.yaml.</param>
/// <param name="Title">The drafting rules the family enforces.</param>
/// <param name="Documents">The documents it is for, and how --rules auto recognises them.</param>
public sealed record FamilyInfo(RuleFamily Family, string Name, string Title, string TitleZh, string Documents, string DocumentsZh);

/// <summary>The rule families: names, flags and descriptions.</summary>
public static class Families
{
    public static IReadOnlyList<FamilyInfo> All { get; } =
    [
        new(RuleFamily.Gbt, "gbt", "GB/T 1.1-2020", "GB/T 1.1—2020",
            "Chinese national, industry, local and group standards: an identifier such as GB/T 1.1—2020, YY/T 0287—2017, DB11/T 1234—2020 or T/CAS "
                + "115—2005, or a document drafted in the GB/T template (import profile gbt).",
            "国家标准、行业标准、地方标准和团体标准：编号如 GB/T 1.1—2020、YY/T 0287—2017、DB11/T 1234—2020、T/CAS 115—2005，或用 GB/T 模板起草的文件（导入配置 gbt）。"),
        new(RuleFamily.Iso, "iso", "ISO/IEC Directives Part 2:2021", "ISO/IEC 导则 第2部分：2021",
            "ISO, IEC and ISO/IEC documents and drafts: an identifier such as ISO 17301-1:2016, ISO/DIS 19156, ISO/IEC 5230:2020 or IEC 60050-191 "
                + "(on the cover or in the metadata), or a document in the ISO template whose cover names ISO or IEC and no other body.",
            "ISO、IEC 和 ISO/IEC 文件及其草案：封面或元数据中的编号如 ISO 17301-1:2016、ISO/DIS 19156、ISO/IEC 5230:2020、IEC 60050-191，或封面只提及 ISO 或 IEC 的 ISO 模板文件。"),
        new(RuleFamily.Etsi, "etsi", "ETSI Drafting Rules", "ETSI 起草规则",
            "ETSI deliverables (ETSI EN, ES, EG, TS, TR, GS, GR, SR) and 3GPP specifications (3GPP TS, 3GPP TR), by their identifier.",
            "ETSI 交付件（ETSI EN、ES、EG、TS、TR、GS、GR、SR）和 3GPP 规范（3GPP TS、TR），按其编号识别。"),
        new(RuleFamily.Itu, "itu", "ITU-T and ITU-R Recommendations", "ITU-T 和 ITU-R 建议书",
            "ITU Recommendations, by their identifier (Recommendation ITU-T X.509, ITU-R BT.709).",
            "ITU 建议书，按其编号识别（Recommendation ITU-T X.509、ITU-R BT.709）。"),
        new(RuleFamily.Generic, "generic", "any standard", "任何标准",
            "Everything else: OASIS, OGC, IHO, W3C, Ecma, SDMX and company specifications, committee contributions and change requests, "
                + "translations without an identifier. Only the generic rules run: numbering in sequence and without duplicates, cross-references "
                + "that resolve and are not stale, no provisions in notes and examples, numbered tables and figures cited, terms defined once, "
                + "Chinese verbal forms.",
            "其他文件：OASIS、OGC、IHO、W3C、Ecma、SDMX 及企业规范，委员会文稿和变更请求，没有编号的译本。只运行通用规则：编号连续且不重复，交叉引用可解析且未过时，注和示例中没有条款，有编号的表和图被引用，术语只定义一次，中文能愿动词。"),
    ];

    /// <summary>The flag of a family in <see cref="RuleFamilies"/>.</summary>
    public static RuleFamilies Flag(this RuleFamily family) => family switch
    {
        RuleFamily.Gbt => RuleFamilies.Gbt,
        RuleFamily.Iso => RuleFamilies.Iso,
        RuleFamily.Etsi => RuleFamilies.Etsi,
        RuleFamily.Itu => RuleFamilies.Itu,
        _ => RuleFamilies.Generic,
    };

    public static FamilyInfo Info(RuleFamily family) => All.First(f => f.Family == family);

    public static string Name(RuleFamily family) => Info(family).Name;

    /// <summary>Parses a family name (any case): gbt (gb, gb/t), iso (iec), etsi (3gpp), itu (itu-t, itu-r), generic.</summary>
    public static RuleFamily? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "gbt" or "gb" or "gb/t" => RuleFamily.Gbt,
        "iso" or "iec" or "iso/iec" => RuleFamily.Iso,
        "etsi" or "3gpp" => RuleFamily.Etsi,
        "itu" or "itu-t" or "itu-r" => RuleFamily.Itu,
        "generic" => RuleFamily.Generic,
        _ => null,
    };

    /// <summary>"gbt, iso", "generic" (every family) …: the families of a rule as the catalogue and SARIF write them.</summary>
    public static string Describe(RuleFamilies families) =>
        families == RuleFamilies.All ? "generic" : string.Join(", ", All.Where(f => (families & f.Family.Flag()) != 0).Select(f => f.Name));
}
