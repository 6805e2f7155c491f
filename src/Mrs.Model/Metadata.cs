namespace Mrs.Model;

/// <summary>What the cover and title page say about a standard.</summary>
public sealed record Metadata
{
    /// <summary>The document identifier as printed, e.g. "GB/T 1.1—2020" or "ISO 17301-1:2016".</summary>
    public string? Identifier { get; init; }

    public DocumentKind? Kind { get; init; }

    public DocumentLevel? Level { get; init; }

    /// <summary>Titles per language, each split into its intro, main and part elements.</summary>
    public IReadOnlyList<Title> Titles { get; init; } = [];

    /// <summary>ICS codes, e.g. "01.120".</summary>
    public IReadOnlyList<string> Ics { get; init; } = [];

    /// <summary>CCS codes (China Classification for Standards), e.g. "A 00".</summary>
    public IReadOnlyList<string> Ccs { get; init; } = [];

    /// <summary>The stage as shown, e.g. "征求意见稿", "送审稿", "DIS", "CD".</summary>
    public string? Stage { get; init; }

    public DocumentStatus? Status { get; init; }

    /// <summary>Publication date as ISO 8601 text (YYYY-MM-DD, YYYY-MM or YYYY).</summary>
    public string? PublicationDate { get; init; }

    /// <summary>Implementation date as ISO 8601 text.</summary>
    public string? ImplementationDate { get; init; }

    /// <summary>Issuing bodies as printed, e.g. "国家市场监督管理总局".</summary>
    public IReadOnlyList<string> IssuingBodies { get; init; } = [];

    /// <summary>Identifiers of the documents this one replaces.</summary>
    public IReadOnlyList<string> Supersedes { get; init; } = [];

    /// <summary>International documents this one adopts, with the degree of correspondence.</summary>
    public IReadOnlyList<Adoption> Adoptions { get; init; } = [];

    /// <summary>BCP 47 language tags of the document, e.g. "zh-CN", "en".</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public Committee? Committee { get; init; }

    /// <summary>The body that proposed the document (提出).</summary>
    public string? ProposedBy { get; init; }

    /// <summary>Filing number of industry and local standards (备案号).</summary>
    public string? FilingNumber { get; init; }

    /// <summary>Drafting organisations (起草单位).</summary>
    public IReadOnlyList<string> DraftingOrganizations { get; init; } = [];

    /// <summary>Drafters (起草人).</summary>
    public IReadOnlyList<string> Drafters { get; init; } = [];

    /// <summary>Cover fields that have no place above, kept by name.</summary>
    public IReadOnlyList<MetadataField> OtherFields { get; init; } = [];
}

public sealed record Title
{
    /// <summary>BCP 47 language tag.</summary>
    public string Language { get; init; } = "";

    /// <summary>Introductory element (e.g. "信息技术", "Cereals and pulses").</summary>
    public string? Intro { get; init; }

    /// <summary>Main element; always present.</summary>
    public string Main { get; init; } = "";

    /// <summary>Complementary (part) element, e.g. "第1部分：…", "Part 1: Rice".</summary>
    public string? Part { get; init; }
}

public sealed record Adoption
{
    public string Identifier { get; init; } = "";
    public string? Title { get; init; }
    public AdoptionDegree Degree { get; init; }
}

public sealed record Committee
{
    /// <summary>e.g. "SAC/TC 1", "ISO/TC 34/SC 4".</summary>
    public string? Identifier { get; init; }
    public string? Name { get; init; }
}

public sealed record MetadataField
{
    public string Name { get; init; } = "";
    public string Value { get; init; } = "";
}

/// <summary>The deliverable type.</summary>
public enum DocumentKind
{
    Standard,
    TechnicalSpecification,
    TechnicalReport,
    PubliclyAvailableSpecification,
    Guide,
    GuidanceTechnicalDocument,
    Recommendation,
    Specification,
    InternationalWorkshopAgreement,
    Amendment,
    Other,
}

/// <summary>Who issues it: the level of standardization.</summary>
public enum DocumentLevel
{
    International,
    Regional,
    National,
    Industry,
    Local,
    Group,
    Enterprise,
    Consortium,
    Other,
}

public enum DocumentStatus
{
    Draft,
    Published,
    Withdrawn,
}

/// <summary>Degree of correspondence with an international document (GB/T 1.1-2020 / ISO/IEC Guide 21-1).</summary>
public enum AdoptionDegree
{
    /// <summary>Identical.</summary>
    Idt,
    /// <summary>Modified.</summary>
    Mod,
    /// <summary>Not equivalent.</summary>
    Neq,
}
