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

    internal Rule? Current { get; set; }

    internal IReadOnlyList<RuleViolation> Found => found;

    /// <summary>
    /// The provisions of a text: those the model carries, else those the language module finds. Foreword text is read without
    /// the ISO/IEC boilerplate sentences (see <see cref="Boilerplate"/>).
    /// </summary>
    public IReadOnlyList<Provision> ProvisionsOf(TextNode text)
    {
        if (!provisions.TryGetValue(text, out var list))
        {
            var plain = ProseOf(text);
            list = text.ModelProvisions.Count > 0 && ReferenceEquals(plain, text.Plain)
                ? text.ModelProvisions
                : Language.Provisions(plain, Language.LanguageOf(plain));
            provisions[text] = list;
        }
        return list;
    }

    /// <summary>The plain text a verbal-form rule reads: boilerplate sentences of the foreword and introduction removed.</summary>
    public static string ProseOf(TextNode text) =>
        (text.Context & (TextContext.Foreword | TextContext.Introduction)) != 0 ? Boilerplate.Strip(text.Plain) : text.Plain;

    /// <summary>The first requirement, recommendation or permission in a text, if any.</summary>
    public Provision? FirstNormativeProvision(TextNode text)
    {
        foreach (var p in ProvisionsOf(text))
        {
            if (ProvisionClassifier.IsNormative(p.Kind))
            {
                return p;
            }
        }
        return null;
    }

    public void Report(string pointer, string clause, RuleMessage message, params object?[] args)
    {
        var rule = Current ?? throw new InvalidOperationException("Report is only available while a rule checks");
        var (en, zh) = message.Format(args);
        found.Add(new RuleViolation(rule, pointer, clause, en, zh));
    }

    public void Report(TextNode text, RuleMessage message, params object?[] args) => Report(text.Pointer, text.Label, message, args);

    public void Report(ScopeNode node, RuleMessage message, params object?[] args) => Report(node.Pointer, node.Label, message, args);

    public void Report(BlockNode block, RuleMessage message, params object?[] args) => Report(block.Pointer, block.Label, message, args);

    public void Report(TermNode term, RuleMessage message, params object?[] args) => Report(term.Pointer, term.Label, message, args);

    public void Report(ReferenceNode reference, RuleMessage message, params object?[] args) => Report(reference.Pointer, reference.Owner.Label, message, args);
}

/// <summary>A finding as a rule reports it, before configuration, suppression and location.</summary>
internal sealed record RuleViolation(Rule Rule, string Pointer, string Clause, string Message, string MessageZh);
