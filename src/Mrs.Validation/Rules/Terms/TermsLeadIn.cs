using Mrs.Model;

namespace Mrs.Validation.Rules.Terms;

public sealed class TermsLeadIn : Rule
{
    private static readonly RuleMessage Missing = new(
        "The terms and definitions clause has no lead-in; it begins with “{0}” (or “{1}”).",
        "术语和定义一章没有引导语；应以“{0}”开头（或写“{1}”）。");

    private static readonly RuleMessage Wrong = new(
        "The lead-in of the terms and definitions is not a prescribed sentence: “{0}”; use “{1}”.",
        "术语和定义的引导语不是规定的句子：“{0}”；应为“{1}”。");

    public override RuleMetadata Metadata { get; } = new("TERM-012", "TermsLeadIn", Severity.Warning, RuleFamilies.GbtIso,
        Summary: "The terms and definitions clause begins with a prescribed lead-in (“…适用于本文件。” / “For the purposes of this document, …”).",
        SummaryZh: "术语和定义以规定的引导语开头（“下列术语和定义适用于本文件。”等）。",
        Messages: [Missing, Wrong], Gbt: new("8.7"), Iso: new("16.2", Unsure: true));

    public override void Check(RuleContext context)
    {
        var clause = context.Index.TermsClause;
        if (clause is null)
        {
            return;
        }
        // The advice is in the document's language, whatever the family: a Chinese translation of an ISO standard is
        // told the Chinese lead-in, and a document in neither language gets no wording advice.
        var chinese = context.Chinese;
        if (!chinese && !context.English)
        {
            return;
        }
        var (leadIn, none) = chinese
            ? ("下列术语和定义适用于本文件。", "本文件没有需要界定的术语和定义。")
            : ("For the purposes of this document, the following terms and definitions apply.",
                "No terms and definitions are listed in this document.");
        if (clause.Blocks.Count == 0 || clause.Blocks[0] is not Paragraph first)
        {
            context.Report(clause, Missing, leadIn, none);
            return;
        }
        var text = InlineText.ToPlain(first.Text, true).Trim();
        var ok = chinese
            // in Traditional characters too, and the ISO sentence as Chinese translations of ISO standards render it (就本文件而言，適用以下術語和定義)
            ? text.Contains("适用于本文件", StringComparison.Ordinal) || text.Contains("適用於本文件", StringComparison.Ordinal)
            || text.StartsWith("就本文件而言", StringComparison.Ordinal)
                || text.Contains("没有需要界定的术语和定义", StringComparison.Ordinal) || text.Contains("沒有需要界定的術語和定義", StringComparison.Ordinal)
            : text.StartsWith("For the purposes of this document", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("No terms and definitions are listed", StringComparison.OrdinalIgnoreCase);
        if (!ok)
        {
            context.Report(clause.Pointer + "/blocks/0/text", clause.Label, Wrong, Excerpt.Of(text), leadIn);
        }
    }
}
