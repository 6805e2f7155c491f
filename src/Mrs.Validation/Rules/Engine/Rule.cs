using System.Globalization;

namespace Mrs.Validation.Rules;

/// <summary>
/// The rule families a rule runs in. A rule of the <see cref="Generic"/> family holds for any standard and runs in every
/// family; the others hold for the documents of one body's drafting rules.
/// </summary>
[Flags]
public enum RuleFamilies
{
    None = 0,
    /// <summary>GB/T 1.1-2020 (Chinese national, industry, local and group standards).</summary>
    Gbt = 1,
    /// <summary>ISO/IEC Directives Part 2:2021 (ISO, IEC and ISO/IEC documents).</summary>
    Iso = 2,
    /// <summary>The ETSI Drafting Rules (ETSI EN, ES, EG, TS, TR … and 3GPP specifications).</summary>
    Etsi = 4,
    /// <summary>The ITU-T and ITU-R rules for Recommendations.</summary>
    Itu = 8,
    /// <summary>Any standard: the rules every family shares.</summary>
    Generic = 16,
    /// <summary>GB/T 1.1-2020 and ISO/IEC Directives Part 2, whose structure rules are the same.</summary>
    GbtIso = Gbt | Iso,
    /// <summary>The families whose documents have the scope, references and terms clauses in front (GB/T, ISO, ETSI, ITU).</summary>
    Formal = Gbt | Iso | Etsi | Itu,
    /// <summary>Every family: a generic rule.</summary>
    All = Gbt | Iso | Etsi | Itu | Generic,
}

/// <summary>The rule set one document is checked against.</summary>
public enum RuleFamily
{
    Gbt,
    Iso,
    Etsi,
    Itu,
    Generic,
}

/// <summary>An argument that reads differently in English and Chinese ("Annex A" / "附录A").</summary>
public readonly record struct Loc(string En, string Zh)
{
    public override string ToString() => En;
}

/// <summary>
/// A one-line message in English and Simplified Chinese; {0}, {1} … are filled in when the rule reports
/// (<see cref="Loc"/> arguments in the matching language). The English message starts with a capital letter.
/// </summary>
public sealed record RuleMessage(string En, string Zh)
{
    public (string En, string Zh) Format(params object?[] args)
    {
        var en = string.Format(CultureInfo.InvariantCulture, En, args.Select(a => a is Loc l ? l.En : a).ToArray());
        var zh = string.Format(CultureInfo.InvariantCulture, Zh, args.Select(a => a is Loc l ? l.Zh : a).ToArray());
        if (en.Length > 0 && char.IsLower(en[0]))
        {
            en = char.ToUpperInvariant(en[0]) + en[1..];
        }
        return (en, zh);
    }
}

/// <summary>How findings and messages name the parts of a document.</summary>
public static class Labels
{
    /// <summary>The Chinese form of a clause label: "Annex A" → "附录A", "Foreword" → "前言"; numbers stay as they are.</summary>
    public static string Zh(string label) => label switch
    {
        "Foreword" => "前言",
        "Introduction" => "引言",
        "Bibliography" => "参考文献",
        "Cover" => "封面",
        "Document" => "文件",
        "Index" => "索引",
        "Footnotes" => "脚注",
        _ when label.StartsWith("Annex ", StringComparison.Ordinal) => "附录" + label[6..],
        _ => label,
    };

    /// <summary>A node named in a sentence: "Clause 5" / "第5章", "Subclause 5.2" / "5.2", "Annex A" / "附录A", "the foreword" / "前言".</summary>
    public static Loc Named(ScopeNode node) => node.Kind switch
    {
        ScopeKind.Clause when node.Number is { Length: > 0 } n => node.Depth == 1
            ? new Loc("Clause " + n, (node.Context & TextContext.Annex) != 0 || !char.IsAsciiDigit(n[0]) ? n : $"第{n}章")
            : new Loc("Subclause " + n, n),
        ScopeKind.Clause => new Loc($"the clause “{node.Label}”", $"“{node.Label}”"),
        ScopeKind.Annex => new Loc(node.Label, Zh(node.Label)),
        ScopeKind.Bibliography => new Loc("the bibliography", "参考文献"),
        _ => node.Role switch
        {
            ScopeRole.Foreword => new Loc("the foreword", "前言"),
            ScopeRole.Introduction => new Loc("the introduction", "引言"),
            ScopeRole.Index => new Loc("the index", "索引"),
            _ => new Loc($"“{node.Label}”", $"“{node.Label}”"),
        },
    };

    /// <summary>A label in a sentence: "Clause 5" / "第5章", "5.2", "Annex A" / "附录A", "the foreword" / "前言".</summary>
    public static Loc Of(string label) => label switch
    {
        "Foreword" or "Introduction" or "Bibliography" or "Index" or "Cover" or "Document"
            or "Footnotes" => new("the " + label.ToLowerInvariant(), Zh(label)),
        _ when label.Length > 0 && label.All(char.IsAsciiDigit) => new("Clause " + label, $"第{label}章"),
        _ => new(label, Zh(label)),
    };
}

/// <summary>The clause of GB/T 1.1-2020 or ISO/IEC Directives Part 2:2021 that a rule enforces.</summary>
/// <param name="Clause">"7.3", "Clause 24", "Annex C".</param>
/// <param name="Unsure">True when the clause number is our best reading and should be checked against the standard.</param>
public sealed record StandardClause(string Clause, bool Unsure = false);

/// <summary>
/// Everything about a rule but its logic: a stable code, a name, a default severity, the rule families it belongs to,
/// a summary and the messages it reports with, in English and Simplified Chinese, and the clauses it enforces.
/// docs/rules.md and the SARIF rule descriptions are written from it.
/// </summary>
/// <param name="Code">Stable code, <c>&lt;CATEGORY&gt;-&lt;nnn&gt;</c>, e.g. "STRUCT-001". Codes never change meaning.</param>
/// <param name="Name">Short PascalCase name, e.g. "LoneSubclause".</param>
/// <param name="DefaultSeverity">The severity of its findings unless .mrs.yaml sets another level.</param>
/// <param name="Summary">What the rule asks for, in one English sentence.</param>
/// <param name="SummaryZh">What the rule asks for, in one Simplified Chinese sentence.</param>
/// <param name="Messages">The message templates the rule reports with.</param>
/// <param name="Gbt">The clause of GB/T 1.1-2020 enforced, when there is one.</param>
/// <param name="Iso">The clause of ISO/IEC Directives Part 2:2021 enforced, when there is one.</param>
public sealed record RuleMetadata(
    string Code,
    string Name,
    Severity DefaultSeverity,
    RuleFamilies Families,
    string Summary,
    string SummaryZh,
    IReadOnlyList<RuleMessage> Messages,
    StandardClause? Gbt = null,
    StandardClause? Iso = null);

/// <summary>
/// One drafting rule: its <see cref="RuleMetadata"/> and its logic. A rule is a small class in
/// <c>Rules/&lt;Category&gt;/</c>, registered once in <see cref="RuleRegistry"/>. Rules read the document through the
/// <see cref="RuleContext"/> and report; they do no I/O.
/// </summary>
public abstract class Rule
{
    /// <summary>What the rule is, apart from its logic.</summary>
    public abstract RuleMetadata Metadata { get; }

    public abstract void Check(RuleContext context);

    /// <summary>
    /// For numbering rules: from this many findings in one document on, they are one note (information) instead — so
    /// many numbers out of place are not drafting slips but an import gap (numbers the importer could not recover,
    /// heading levels that disagree with the numbers) or a numbering scheme of the document's own. Null: never.
    /// </summary>
    public virtual int? ImportGapThreshold => null;

    // The metadata as the engine, the catalogue and the reports read it.
    public string Code => Metadata.Code;
    public string Name => Metadata.Name;
    public Severity DefaultSeverity => Metadata.DefaultSeverity;
    public RuleFamilies Families => Metadata.Families;
    public string Summary => Metadata.Summary;
    public string SummaryZh => Metadata.SummaryZh;
    public StandardClause? Gbt => Metadata.Gbt;
    public StandardClause? Iso => Metadata.Iso;
    public IReadOnlyList<RuleMessage> Messages => Metadata.Messages;

    /// <summary>The category, from the code: "STRUCT", "NUM" ….</summary>
    public string Category => Code[..Code.IndexOf('-', StringComparison.Ordinal)];

    public bool AppliesTo(RuleFamily family) => (Families & family.Flag()) != 0;

    /// <summary>"GB/T 1.1-2020, 7.3; ISO/IEC Directives Part 2:2021, 22.3.2".</summary>
    public string ReferenceText()
    {
        var parts = new List<string>();
        if (Gbt is { } g)
        {
            parts.Add($"GB/T 1.1-2020, {g.Clause}{(g.Unsure ? " (?)" : "")}");
        }
        if (Iso is { } i)
        {
            parts.Add($"ISO/IEC Directives Part 2:2021, {i.Clause}{(i.Unsure ? " (?)" : "")}");
        }
        return string.Join("; ", parts);
    }

    /// <summary>The anchor of the rule in docs/rules.md: "struct-001".</summary>
    public string Anchor => Code.ToLowerInvariant();
}
