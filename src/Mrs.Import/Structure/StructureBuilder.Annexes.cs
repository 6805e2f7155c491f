using System.Text.RegularExpressions;
using Mrs.Import.Docx.Word;
using Mrs.Import.Profiles;
using Mrs.Model;
using Mrs.Text.Language;
using Phase = Mrs.Import.Structure.ReadingPhase;

namespace Mrs.Import.Structure;

/// <summary>Annexes (designation, obligation, title), the bibliography and the index.</summary>
internal sealed partial class StructureBuilder
{
    // ------------------------------------------------------------------ annexes, bibliography, index

    private void OnAnnexDesignation(WordParagraph p, string text)
    {
        ResetBlockState();
        term = null;
        var label = p.Number?.Text.Trim() ?? "";
        var whole = (label + " " + text).Trim();
        var match = TypedLabels.AnnexDesignation().Match(whole);
        string letter;
        string rest;
        if (match.Success && match.Groups["letter"].Success)
        {
            letter = match.Groups["letter"].Value;
            rest = match.Groups["rest"].Value;
        }
        else if (match.Success)
        {
            // "Annex <L> (informative):" — a template's placeholder instead of a letter
            letter = NextAnnexLetter();
            rest = match.Groups["rest"].Value;
            session.Report.Anomalies.Add($"paragraph {p.Index + 1}: annex heading without a letter; lettered {letter}");
        }
        else
        {
            letter = NextAnnexLetter();
            rest = text;
            session.Report.Anomalies.Add($"paragraph {p.Index + 1}: annex heading without a letter; lettered {letter}");
        }
        var obligation = ObligationOf(rest);
        var title = TitleAfterObligation(p, rest);
        var annexLabel = match.Success
            ? (match.Groups["word"].Success
                ? match.Groups["word"].Value.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal)
                + (Script.HasHan(match.Groups["word"].Value) ? "" : " ") + letter : letter) : null;
        var annex = new AnnexNode
        {
            Id = NewId("annex-" + letter), Letter = letter, Label = annexLabel, Obligation = obligation, Title = title,
            Paragraph = p.Index
        };
        annexes.Add(annex);
        phase = Phase.Annexes;
        container = annex;
        clauseStack.Clear();
        BindBookmarks(Bookmarks(p), annex.Id);
    }

    private string NextAnnexLetter() => annexes.Count < 26 ? ((char)('A' + annexes.Count)).ToString() : "Z" + (char)('A' + annexes.Count - 26);

    private static AnnexObligation? ObligationOf(string text)
    {
        var m = TypedLabels.AnnexObligation().Match(text);
        if (!m.Success)
        {
            return null;
        }
        return TypedLabels.IsNormative(m.Groups["obligation"].Value) ? AnnexObligation.Normative : AnnexObligation.Informative;
    }

    /// <summary>The annex title: what follows the obligation in the designation paragraph (after a line break or a colon).</summary>
    private string? TitleAfterObligation(WordParagraph p, string rest)
    {
        var m = TypedLabels.AnnexObligation().Match(rest);
        var after = m.Success ? rest[(m.Index + m.Length)..] : LeadingParenthesis().Replace(rest, "");
        after = after.Trim().TrimStart(':', '：', '—', '–', '-').Trim();
        if (after.Length == 0)
        {
            return null;
        }
        // From the runs where the title starts, to keep its bookmarks and footnote marks.
        var start = p.Text.LastIndexOf(after.Length > 12 ? after[..12] : after, StringComparison.Ordinal);
        return start >= 0 ? Title(InlineEdit.DropPrefix(p.Inlines, start)) : TitleOf(after);
    }

    private void OnAnnexObligation(WordParagraph p, string text)
    {
        if (annexes.Count > 0 && annexes[^1].Obligation is null && ObligationOf(text) is { } obligation)
        {
            annexes[^1].Obligation = obligation;
            var title = TitleAfterObligation(p, text);
            if (title is not null && annexes[^1].Title is null)
            {
                annexes[^1].Title = title;
            }
            return;
        }
        OnBody(p, text);
    }

    private void OnAnnexTitle(WordParagraph p)
    {
        if (annexes.Count > 0 && container == annexes[^1] && annexes[^1].Title is null && annexes[^1].Blocks.Count == 0)
        {
            annexes[^1].Title = Title(p.Inlines);
            BindBookmarks(Bookmarks(p), annexes[^1].Id);
            return;
        }
        OnBody(p, p.Text);
    }

    private void EnsureAnnex(string letter, WordParagraph p)
    {
        if (annexes.Count > 0 && annexes[^1].Letter == letter)
        {
            if (phase != Phase.Annexes)
            {
                phase = Phase.Annexes;
            }
            return;
        }
        var annex = new AnnexNode { Id = NewId("annex-" + letter), Letter = letter, Paragraph = p.Index };
        annexes.Add(annex);
        phase = Phase.Annexes;
        clauseStack.Clear();
        session.Report.Anomalies.Add($"paragraph {p.Index + 1}: annex clause before any annex {letter} heading");
    }

    private void OnBibliographyTitle(WordParagraph p)
    {
        ResetBlockState();
        term = null;
        bibliography ??= new BibliographyNode { Id = NewId("bibliography"), Title = Title(p.Inlines), Paragraph = p.Index };
        container = bibliography;
        clauseStack.Clear();
        phase = Phase.Bibliography;
        BindBookmarks(Bookmarks(p), bibliography.Id);
    }

    private void OnIndexTitle(WordParagraph p)
    {
        ResetBlockState();
        term = null;
        index ??= new SectionNode { Id = NewId("index"), Kind = SectionKind.Index, Title = Title(p.Inlines), Paragraph = p.Index };
        container = index;
        clauseStack.Clear();
        phase = Phase.Index;
    }
}
