namespace Mrs.Validation.Rules.Numbering;

public sealed class AnnexLetterSequence : Rule
{
    private static readonly RuleMessage OutOfOrder = new(
        "Annex {0} comes where annex {1} is expected; annexes are lettered A, B, C … in order.",
        "附录{0}处应为附录{1}；附录应按A、B、C……顺序编号。");

    private static readonly RuleMessage Twice = new(
        "Annex letter {0} is used twice.",
        "附录编号{0}重复。");

    /// <summary>Five or more in one document are an import gap or the document's own scheme: one note.</summary>
    public override int? ImportGapThreshold => 5;

    public override RuleMetadata Metadata { get; } = new("NUM-004", "AnnexLetterSequence", Severity.Error, RuleFamilies.All,
        Summary: "Annexes are lettered A, B, C … in order, each letter once.",
        SummaryZh: "附录按A、B、C……顺序编号，不重复。",
        Messages: [OutOfOrder, Twice], Gbt: new("9.6"), Iso: new("Clause 20"));

    public override void Check(RuleContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        char? expectedSingle = 'A';
        char? expectedZ = 'A';
        foreach (var annex in context.Index.Annexes)
        {
            var letter = annex.AnnexLetter ?? "";
            if (!seen.Add(letter))
            {
                context.Report(annex, Twice, letter);
                continue;
            }
            if (letter.Length == 1)
            {
                if (letter[0] != expectedSingle)
                {
                    context.Report(annex, OutOfOrder, letter, expectedSingle);
                }
                expectedSingle = (char)(letter[0] + 1);
            }
            else if (letter.Length == 2 && letter[0] == 'Z')
            {
                if (letter[1] != expectedZ)
                {
                    context.Report(annex, OutOfOrder, letter, "Z" + expectedZ);
                }
                expectedZ = (char)(letter[1] + 1);
            }
        }
    }
}
