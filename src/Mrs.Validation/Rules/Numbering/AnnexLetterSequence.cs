using System.Text.RegularExpressions;

namespace Mrs.Validation.Rules.Numbering;

public sealed partial class AnnexLetterSequence : Rule
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
        Summary: "Annexes are lettered A, B, C … in order, each letter once (ITU appendices I, II, III … in their own sequence).",
        SummaryZh: "附录按A、B、C……顺序编号，不重复。",
        Messages: [OutOfOrder, Twice], Gbt: new("9.6"), Iso: new("Clause 20"));

    public override void Check(RuleContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        char? expectedSingle = 'A';
        char? expectedZ = 'A';
        var appendices = false;
        var expectedRoman = 1;
        foreach (var annex in context.Index.Annexes)
        {
            var letter = annex.AnnexLetter ?? "";
            if (!seen.Add(letter))
            {
                context.Report(annex, Twice, letter);
                continue;
            }
            // ITU-T Recommendations (and documents that follow them) put appendices I, II, III … after the annexes; an
            // "I" where no ninth annex is due starts that sequence (OASIS letters its appendices A … L: an I after H is a letter).
            if (Roman().IsMatch(letter) && (appendices || (letter == "I" && expectedSingle != 'I')))
            {
                appendices = true;
                var value = RomanValue(letter);
                if (value != expectedRoman)
                {
                    context.Report(annex, OutOfOrder, letter, ToRoman(expectedRoman));
                }
                expectedRoman = value + 1;
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

    [GeneratedRegex("^[IVXL]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Roman();

    private static int RomanValue(string roman)
    {
        var total = 0;
        for (var i = 0; i < roman.Length; i++)
        {
            var v = Digit(roman[i]);
            total += i + 1 < roman.Length && Digit(roman[i + 1]) > v ? -v : v;
        }
        return total;
    }

    private static int Digit(char c) => c switch { 'I' => 1, 'V' => 5, 'X' => 10, _ => 50 };

    private static string ToRoman(int value)
    {
        var result = new System.Text.StringBuilder();
        foreach (var (v, s) in new[] { (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            while (value >= v)
            {
                result.Append(s);
                value -= v;
            }
        }
        return result.ToString();
    }
}
