using Mrs.Model;
using Mrs.Text.Language;

namespace Mrs.Validation.Rules.References;

public sealed class NormativeReferencesLeadIn : Rule
{
    public const string GbtLeadIn = "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。";
    public const string GbtNone = "本文件没有规范性引用文件。";
    public const string IsoLeadIn =
        "The following documents are referred to in the text in such a way that some or all of their content constitutes requirements of this "
        + "document.";
    public const string IsoNone = "There are no normative references in this document.";

    private static readonly RuleMessage Missing = new(
        "The normative references clause has no lead-in; it begins with “{0}” (or “{1}”).",
        "规范性引用文件一章没有引导语；应以“{0}”开头（或写“{1}”）。");

    private static readonly RuleMessage Wrong = new(
        "The lead-in of the normative references is not the prescribed sentence: “{0}”; use “{1}” (or “{2}”).",
        "规范性引用文件的引导语不是规定的句子：“{0}”；应为“{1}”（或“{2}”）。");

    private static readonly RuleMessage NoneButListed = new(
        "The normative references say there are none, yet list documents ({0}).",
        "规范性引用文件一章称没有规范性引用文件，却列出了{0}个文件。");

    public override RuleMetadata Metadata { get; } = new("REF-005", "NormativeReferencesLeadIn", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "The normative references begin with the prescribed lead-in sentence (or the “no normative references” sentence).",
        SummaryZh: "规范性引用文件以规定的引导语开头（或写“本文件没有规范性引用文件。”）。",
        Messages: [Missing, Wrong, NoneButListed], Gbt: new("8.6"), Iso: new("15.2", Unsure: true));

    public override void Check(RuleContext context)
    {
        var clause = context.Index.NormativeReferencesClause;
        if (clause is null)
        {
            return;
        }
        // The prescribed sentence in the document's language, whatever the family; none for a document in neither language.
        if (!context.Chinese && !context.English)
        {
            return;
        }
        var (leadIn, none) = context.Chinese ? (GbtLeadIn, GbtNone) : (IsoLeadIn, IsoNone);
        if (clause.Blocks.Count == 0 || clause.Blocks[0] is not Paragraph first)
        {
            context.Report(clause, Missing, leadIn, none);
            return;
        }
        var text = Normalize(InlineText.ToPlain(first.Text, true));
        if (text.StartsWith(Normalize(none), StringComparison.Ordinal))
        {
            if (clause.References.Count > 0)
            {
                context.Report(clause.Pointer + "/blocks/0/text", clause.Label, NoneButListed, clause.References.Count);
            }
            return;
        }
        var prefix = Normalize(leadIn).TrimEnd('.', '。');
        if (!text.StartsWith(prefix, StringComparison.Ordinal))
        {
            context.Report(clause.Pointer + "/blocks/0/text", clause.Label, Wrong, Excerpt.Of(InlineText.ToPlain(first.Text, true)), leadIn, none);
        }
    }

    /// <summary>Spaces dropped between Chinese characters, runs of spaces folded, lower case, "，" as ",".</summary>
    private static string Normalize(string s)
    {
        var folded = string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return Script.HasHan(folded) ? folded.Replace(" ", "", StringComparison.Ordinal) : folded;
    }
}
