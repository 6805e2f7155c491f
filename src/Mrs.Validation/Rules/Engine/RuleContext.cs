using Mrs.Model;
using Mrs.Text.Language;

namespace Mrs.Validation.Rules;

/// <summary>What a rule sees while it checks one document: the index, the family, the language module and a way to report.</summary>
public sealed class RuleContext
{
    private readonly Dictionary<TextNode, IReadOnlyList<Provision>> provisions = new(ReferenceEqualityComparer.Instance);
    private readonly List<RuleViolation> found = [];

    internal RuleContext(DocumentIndex index, RuleFamily family, LanguageModule language)
    {
        Index = index;
        Family = family;
        Language = language;
    }

    public DocumentIndex Index { get; }

    public StandardDocument Document => Index.Document;

    public RuleFamily Family { get; }

    /// <summary>Language detection and the provision classifier, as the engine was given them.</summary>
    public LanguageModule Language { get; }

    /// <summary>True when the document is in Chinese.</summary>
    public bool Chinese => Index.Chinese;

    /// <summary>
    /// True when the document is in English; wording rules give English advice only then (Chinese advice when <see cref="Chinese"/>).
    /// </summary>
    public bool English => Index.English;

    internal Rule? Current { get; set; }

    internal IReadOnlyList<RuleViolation> Found => found;

    private static readonly RuleMessage ImportGap = new(
        "{0} findings of {1} in this document, the first in {2}: “{3}” So many are no drafting slips: most likely the importer could not recover "
            + "the numbering (see the import report), or the document numbers in a scheme of its own. Only this note is given.",
        "本文件中有{0}处{1}问题，第一处在{2}：“{4}”数量如此之多，不像是起草疏漏：很可能是导入时未能识别编号（见导入报告），或文件使用了自己的编号方式。此处只给出这一条说明。");

    /// <summary>Replaces the findings a rule reported since <paramref name="start"/> by one note when they reach its import-gap threshold.</summary>
    internal void CollapseImportGap(Rule rule, int start)
    {
        if (rule.ImportGapThreshold is not { } threshold || found.Count - start < threshold)
        {
            return;
        }
        var mine = found.Skip(start).Where(v => v.Severity is null).ToList();
        if (mine.Count < threshold)
        {
            return;
        }
        var first = mine[0];
        found.RemoveAll(v => mine.Contains(v));
        var (en, zh) = ImportGap.Format(mine.Count, rule.Code, new Loc(first.Clause, Labels.Zh(first.Clause)), first.Message, first.MessageZh);
        found.Insert(start, new RuleViolation(rule, first.Pointer, first.Clause, en, zh, Severity.Info));
    }

    /// <summary>
    /// The provisions of a text: those the model carries, else those the language module finds. Foreword text is read without
    /// the ISO/IEC boilerplate sentences (see <see cref="Boilerplate"/>). In a document that declares the BCP 14 key words
    /// (RFC 2119), only the capitalised key words are provisions (see <see cref="Keywords"/>).
    /// </summary>
    public IReadOnlyList<Provision> ProvisionsOf(TextNode text)
    {
        if (!provisions.TryGetValue(text, out var list))
        {
            var plain = ProseOf(text);
            list = text.ModelProvisions.Count > 0 && ReferenceEquals(plain, text.Plain)
                ? text.ModelProvisions
                : Language.Provisions(plain, Language.LanguageOf(plain));
            if (Index.KeywordConventions)
            {
                list = Keywords.Apply(plain, list);
            }
            provisions[text] = list;
        }
        return list;
    }

    /// <summary>The plain text a verbal-form rule reads: boilerplate sentences of the foreword and introduction removed.</summary>
    public static string ProseOf(TextNode text) =>
        (text.Context & (TextContext.Foreword | TextContext.Introduction)) != 0 ? Boilerplate.Strip(text.Plain) : text.Plain;

    /// <summary>The first requirement, recommendation or permission in a text, if any.</summary>
    public Provision? FirstNormativeProvision(TextNode text) => FirstNormativeProvision(text, primaryOnly: false);

    /// <summary>
    /// The first requirement, recommendation or permission in a text; with <paramref name="primaryOnly"/>, only in a
    /// primary verbal form (shall, should, may, must, the BCP 14 key words, and every Chinese form but 可 in 可参见):
    /// the equivalents of ISO/IEC Directives Part 2, Tables 3 to 5 ("need to", "are to be", "it is necessary") also
    /// describe, in a definition ("how coordinates are to be assigned") or in the notes of a document that follows no
    /// ISO drafting rules ("we would need to note").
    /// </summary>
    public Provision? FirstNormativeProvision(TextNode text, bool primaryOnly)
    {
        foreach (var p in ProvisionsOf(text))
        {
            if (ProvisionClassifier.IsNormative(p.Kind) && (!primaryOnly || IsPrimary(p, text)))
            {
                return p;
            }
        }
        return null;
    }

    private static readonly HashSet<string> PrimaryForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "shall", "shall not", "should", "should not", "may", "may not", "must", "must not", "need not",
        "required", "recommended", "not recommended", "optional",
    };

    private static bool IsPrimary(Provision p, TextNode text)
    {
        var form = p.Form ?? "";
        if (form.Any(char.IsAsciiLetter))
        {
            return PrimaryForms.Contains(form);
        }
        // 可参见, 可参考, 可见 point the reader elsewhere; they permit nothing
        return form != "可" || System.Text.RegularExpressions.Regex.IsMatch(text.Plain, "可(?!参见|参考|见|參見)");
    }

    public void Report(string pointer, string clause, RuleMessage message, params object?[] args)
    {
        var rule = Current ?? throw new InvalidOperationException("Report is only available while a rule checks");
        var (en, zh) = message.Format(args);
        found.Add(new RuleViolation(rule, pointer, clause, en, zh));
    }

    /// <summary>
    /// Reports, once and as information, what a rule could not check element by element: an import gap (numbers the
    /// importer could not recover) or a convention of the document (unnumbered layout tables). One note, not one error
    /// per element.
    /// </summary>
    public void ReportNote(string pointer, string clause, RuleMessage message, params object?[] args)
    {
        var rule = Current ?? throw new InvalidOperationException("Report is only available while a rule checks");
        var (en, zh) = message.Format(args);
        found.Add(new RuleViolation(rule, pointer, clause, en, zh, Severity.Info));
    }

    public void Report(TextNode text, RuleMessage message, params object?[] args) => Report(text.Pointer, text.Label, message, args);

    public void Report(ScopeNode node, RuleMessage message, params object?[] args) => Report(node.Pointer, node.Label, message, args);

    public void Report(BlockNode block, RuleMessage message, params object?[] args) => Report(block.Pointer, block.Label, message, args);

    public void Report(TermNode term, RuleMessage message, params object?[] args) => Report(term.Pointer, term.Label, message, args);

    public void Report(ReferenceNode reference, RuleMessage message, params object?[] args) => Report(reference.Pointer, reference.Owner.Label,
        message, args);
}

/// <summary>A finding as a rule reports it, before configuration, suppression and location.</summary>
/// <param name="Severity">The severity of a note (<see cref="RuleContext.ReportNote"/>); null for the rule's own.</param>
internal sealed record RuleViolation(Rule Rule, string Pointer, string Clause, string Message, string MessageZh, Severity? Severity = null);
