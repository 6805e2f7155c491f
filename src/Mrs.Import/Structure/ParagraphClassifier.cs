using System.Text.RegularExpressions;
using Mrs.Import.Docx.Word;
using Mrs.Import.Profiles;

namespace Mrs.Import.Structure;

/// <summary>Where the walk over the document is.</summary>
internal enum ReadingPhase { Cover, Front, Body, Annexes, Bibliography, Index }

/// <summary>What the paragraph classifier reads of the walk: the facts about what came before and what comes next.</summary>
internal interface IReadingState
{
    ReadingPhase Phase { get; }
    ContainerNode? Container { get; }
    TermNode? Term { get; }
    /// <summary>The term entry begun by its number alone waits for its designation.</summary>
    bool AwaitsDesignation { get; }
    Node? LastBlock { get; }
    bool ListOpen { get; }
    string? CurrentClauseNumber { get; }
    /// <summary>The next paragraph with text (or with a number only) after <paramref name="p"/>.</summary>
    WordParagraph? NextParagraph(WordParagraph p);
    /// <summary>The Word block right after the one being read.</summary>
    WordBlock? NextBlock { get; }
    /// <summary>True when the next block with content is a paragraph holding a picture.</summary>
    bool PictureFollows();
}

/// <summary>
/// Decides what a paragraph is: the role its style has in the profile, corrected by what Word and the text say (an
/// outline level, a typed label, a known title, a caption beside its table, a number alone in a terms clause …) and by
/// where the walk is. It builds nothing; <see cref="StructureBuilder"/> acts on the role.
/// </summary>
internal sealed class ParagraphClassifier(ImportProfile profile, IReadingState state)
{
    /// <summary>
    /// The paragraph's role: its style's in the profile; a paragraph of body text that Word gives an outline level
    /// (w:outlineLvl, set on the paragraph or its style: it is then a heading in Word's navigation pane and contents) is
    /// a heading at that level, as in documents converted from PDF that carry no heading styles.
    /// </summary>
    public StyleRole Role(WordParagraph p)
    {
        var role = profile.RoleOf(p.StyleName);
        return role is null or { Kind: RoleKind.Body } && OutlineRole(p) is { } outline ? outline : role ?? StyleRole.Body;
    }

    private static StyleRole? OutlineRole(WordParagraph p) =>
        p.OutlineLevel is >= 0 and <= 8 ? new StyleRole(RoleKind.Heading, p.OutlineLevel.Value + 1) : null;

    public static bool IsNumberedHeading(WordParagraph p, string text) =>
        p.Number is { IsBullet: false } || TypedLabels.NumberedHeading().IsMatch(text)
            || TypedLabels.AnnexDesignation().Match(text) is { Success: true, Groups: var g } && g["word"].Success;

    /// <summary>
    /// A paragraph with no text that Word numbers with a clause-like number ("3.1.1"): Word counts and draws the number
    /// of an empty paragraph, so the number is there for the reader. The ISO template starts each term entry so (an
    /// empty TermNum paragraph, the designation in the next one). Empty bullets and list items hold nothing.
    /// </summary>
    public static bool NumberOnly(WordParagraph p) =>
        p.Number is { IsBullet: false } n && TypedLabels.CleanNumber(n.Text) is { Length: > 0 } number && TypedLabels.IsClauseNumber(number)
            && p.Text.Trim().Length == 0
        && (number.Contains('.') || p.OutlineLevel is >= 0 and <= 8);

    /// <summary>Corrects a style's role by what the text says (typed labels, known titles).</summary>
    public StyleRole Refine(WordParagraph p, StyleRole role, string text)
    {
        var label = p.Number?.Text.Trim() ?? "";
        if (role.Kind is RoleKind.AnnexDesignation or RoleKind.SectionTitle && label.Length == 0
            && ClauseTitles.IsBibliography(text.Replace("\t", " ", StringComparison.Ordinal).Trim()))
        {
            return new StyleRole(RoleKind.BibliographyTitle);
        }
        switch (role.Kind)
        {
            case RoleKind.Heading or RoleKind.SectionTitle or RoleKind.Body or RoleKind.Untitled:
                var plain = text.Replace("\t", " ", StringComparison.Ordinal).Trim();
                if (role.Kind != RoleKind.Body || text.Length <= 40)
                {
                    if (ClauseTitles.IsBibliography(plain) && label.Length == 0)
                    {
                        return new StyleRole(RoleKind.BibliographyTitle);
                    }
                    if (ClauseTitles.IsIndex(plain) && label.Length == 0 && role.Kind != RoleKind.Body)
                    {
                        return new StyleRole(RoleKind.IndexTitle);
                    }
                    if ((ClauseTitles.IsForeword(plain) || ClauseTitles.IsIntroduction(plain) || ClauseTitles.IsContents(plain)) && label.Length == 0
                        && (role.Kind != RoleKind.Body || state.Phase < ReadingPhase.Body))
                    {
                        return new StyleRole(RoleKind.SectionTitle);
                    }
                }
                if (role.Kind is RoleKind.Heading or RoleKind.SectionTitle)
                {
                    var annex = TypedLabels.AnnexDesignation().Match((label + " " + text).Trim());
                    if (annex.Success && annex.Groups["word"].Success || LooksLikeAnnexLabel(label))
                    {
                        return new StyleRole(RoleKind.AnnexDesignation);
                    }
                }
                if (role.Kind == RoleKind.Body)
                {
                    return RefineBody(p, text, label);
                }
                return role;
            case RoleKind.List when role.Detail is "auto" && label.Length == 0 && !TypedLabels.ListMarker().IsMatch(text):
                return new StyleRole(RoleKind.List, role.Level, "bullet");
            case RoleKind.Definition or RoleKind.TermPreferred when label.Length == 0:
                // Notes, examples and sources of an entry often keep the definition's style: their label says what they are.
                return TypedLabels.TermSource().IsMatch(text) ? new StyleRole(RoleKind.TermSource)
                    : LabelledNote(text) ? new StyleRole(RoleKind.Note)
                    : LabelledExample(text) ? new StyleRole(RoleKind.Example)
                    : role;
            default:
                return role;
        }
    }

    private readonly IReadOnlyList<string> annexWords = profile.Words("annex");

    private bool LooksLikeAnnexLabel(string label) =>
        label.Length > 0 && annexWords.Any(w => label.StartsWith(w, StringComparison.OrdinalIgnoreCase));

    private StyleRole RefineBody(WordParagraph p, string text, string label)
    {
        if (label.Length > 0)
        {
            if (TypedLabels.NoteLabel().IsMatch(label))
            {
                return new StyleRole(RoleKind.Note);
            }
            if (TypedLabels.ExampleLabel().IsMatch(label))
            {
                return new StyleRole(RoleKind.Example);
            }
            if (LooksLikeAnnexLabel(label))
            {
                return new StyleRole(RoleKind.AnnexDesignation);
            }
            // A numbered paragraph labelled like a subclause ("5.1.1") is an untitled subclause; "1." is a list item:
            // its dot ends the label and separates nothing.
            if (!p.Number!.IsBullet && state.Phase >= ReadingPhase.Body && TypedLabels.MatchNumberAlone(label) is { Success: true } numbered
                && TypedLabels.NumberOf(numbered) is var number && number.Contains('.'))
            {
                return new StyleRole(RoleKind.Untitled, number.Count(c => c == '.') + 1);
            }
            return new StyleRole(RoleKind.List, 0, "auto");
        }
        if (text.Length < 200)
        {
            var annex = TypedLabels.AnnexDesignation().Match(text);
            if (annex.Success && annex.Groups["word"].Success
                && (TypedLabels.AnnexObligation().IsMatch(text) || text.Length < 12 || text.Contains('\n')))
            {
                return new StyleRole(RoleKind.AnnexDesignation);
            }
            if (LooksLikeCaption(TypedLabels.TableCaption().Match(text), text) || LooksLikeCaption(TypedLabels.FigureCaption().Match(text), text)
                || LooksLikeCaptionBelowTable(text) || LooksLikeCaptionBeside(text))
            {
                return new StyleRole(RoleKind.Caption);
            }
            if (state.Container is AnnexNode { Obligation: null, Blocks.Count: 0, Children.Count: 0 }
                && TypedLabels.AnnexObligation().Match(text) is { Success: true } obligation
                && obligation.Length >= text.Trim().Length - 1)
            {
                return new StyleRole(RoleKind.AnnexObligation); // "(规范性)" on the line under "附　录　A"
            }
            if (state.Container is AnnexNode { Title: null, Blocks.Count: 0, Children.Count: 0 } && state.Term is null && text.Length <= 150
                && !text.EndsWith('.') && !text.EndsWith('。') && !text.EndsWith(':') && !text.EndsWith('：')
                && !TypedLabels.NumberedHeading().IsMatch(text))
            {
                return new StyleRole(RoleKind.AnnexTitle); // the line under "Annex X (normative)" is the annex's title
            }
            if (state.Phase >= ReadingPhase.Body && text.Length <= 100 && !text.EndsWith('.') && !text.EndsWith('。') && AllBold(p.Inlines)
                && TypedLabels.NumberedHeading().Match(text) is { Success: true } heading && heading.Groups["title"].Success)
            {
                // "1. General" in bold on a line of its own: a heading made by hand in the body style
                return new StyleRole(RoleKind.Heading, TypedLabels.NumberOf(heading).Count(c => c == '.') + 1, "typed");
            }
            if (TypedLabels.WhereLead().IsMatch(text) || IsOneLineWhere(text))
            {
                return new StyleRole(RoleKind.FormulaWhere);
            }
            if (TypedLabels.KeyLead().IsMatch(text))
            {
                return new StyleRole(RoleKind.FigureKey);
            }
            if (TypedLabels.TermSource().IsMatch(text))
            {
                return new StyleRole(RoleKind.TermSource);
            }
            if (state.Phase >= ReadingPhase.Body && TypedLabels.MatchNumberAlone(text) is { Success: true } alone
                && TypedLabels.NumberOf(alone).Contains('.')
                && IsPlausibleNextNumber(TypedLabels.NumberOf(alone)))
            {
                return new StyleRole(RoleKind.Untitled, TypedLabels.NumberOf(alone).Count(c => c == '.') + 1);
            }
        }
        if (LabelledNote(text))
        {
            return new StyleRole(RoleKind.Note);
        }
        if (LabelledExample(text))
        {
            return new StyleRole(RoleKind.Example);
        }
        if (p.HasDisplayMath || FormulaLayout.IsNumberedEquation(p))
        {
            return new StyleRole(RoleKind.Formula);
        }
        if (TypedLabels.ListMarker().IsMatch(text) && state.Phase >= ReadingPhase.Front && !state.AwaitsDesignation
            && (state.ListOpen || state.NextParagraph(p) is { } next && TypedLabels.ListMarker().IsMatch(next.Text)))
        {
            // a list typed as text: "a) …", "1) …", "——…", "• …" (GB/T drafts and documents converted from PDF), two
            // items at least ("i) … ii) …" inside one sentence is no list)
            return new StyleRole(RoleKind.List, 0, "typed");
        }
        return StyleRole.Body;
    }

    /// <summary>True when every character of text in the runs is bold (and there is text).</summary>
    private static bool AllBold(IEnumerable<WordInline> inlines)
    {
        var any = false;
        bool Walk(IEnumerable<WordInline> items)
        {
            foreach (var inline in items)
            {
                switch (inline)
                {
                    case WordText t when t.Text.Trim().Length > 0:
                        any = true;
                        if ((t.Format & RunFormat.Bold) == 0)
                        {
                            return false;
                        }
                        break;
                    case WordHyperlink h when !Walk(h.Content):
                        return false;
                    case WordField f when !Walk(f.Result):
                        return false;
                    case WordMath:
                        return false;
                }
            }
            return true;
        }
        return Walk(inlines) && any;
    }

    /// <summary>A typed note label that makes the paragraph a note: "NOTE 2 …", "注：…", "Note 1 to entry: …", "注意：…".</summary>
    private static bool LabelledNote(string text) =>
        TypedLabels.NoteLabel().Match(text) is { Success: true } note
        && (note.Value.TrimEnd().EndsWith(':') || note.Value.TrimEnd().EndsWith('：') || note.Value.Contains('\t')
            || note.Groups["word"].Value is "NOTE" or "注" && note.Value.Length < text.Length);

    /// <summary>A typed example label that makes the paragraph an example: "EXAMPLE …", "示例1：…", "Example: …".</summary>
    private static bool LabelledExample(string text) =>
        TypedLabels.ExampleLabel().Match(text) is { Success: true } example
        && (example.Groups["word"].Value is "EXAMPLE" or "示例" || example.Value.TrimEnd().EndsWith(':') || example.Value.TrimEnd().EndsWith('：'));

    /// <summary>
    /// A typed caption: "Table 3 — Title" (a dash, colon or tab after the number in English, where "Table 3 gives …" is a
    /// sentence), "表3　标题" (a space is enough in Chinese), short and without a sentence end.
    /// </summary>
    private static bool LooksLikeCaption(System.Text.RegularExpressions.Match m, string text)
    {
        if (!m.Success || text.Length >= 150 || text.Contains('。'))
        {
            return false;
        }
        var afterNumber = text[(m.Groups["number"].Index + m.Groups["number"].Length)..];
        var chinese = m.Groups["word"].Value is "表" or "图" or "圖";
        return afterNumber.Trim().Length == 0
            || chinese
            || afterNumber.TrimStart(' ', '\u00a0').Length > 0
            && afterNumber.TrimStart(' ', '\u00a0')[0] is '—' or '–' or '-' or ':' or '：' or '\t' or '.';
    }

    /// <summary>
    /// "Table 8 Packets with Packet Identifier" right below a table that has no title: a caption typed without a
    /// separator (elsewhere such a line is as likely a sentence, "Table 8 lists …", so it needs the table above it).
    /// </summary>
    private bool LooksLikeCaptionBelowTable(string text) =>
        state.LastBlock is TableNode { Table.Title: null, Paragraph: >= 0 }
        && TypedLabels.TableCaption().IsMatch(text)
        && text.Length < 150
        && !text.TrimEnd().EndsWith('.') && !text.Contains('。');

    /// <summary>
    /// "Table X.1 The contents of the top level keys" right above a table, "Figure X.1 The definition …" right below or
    /// above a picture: a caption typed without a separator, told from a sentence ("Table 8 lists …") by the table or
    /// picture beside it.
    /// </summary>
    private bool LooksLikeCaptionBeside(string text)
    {
        if (text.Length >= 150 || text.TrimEnd().EndsWith('.') || text.Contains('。'))
        {
            return false;
        }
        if (TypedLabels.TableCaption().IsMatch(text))
        {
            return state.NextBlock is WordTable;
        }
        return TypedLabels.FigureCaption().IsMatch(text)
            && (state.LastBlock is FigureNode { Title: null, Images.Count: > 0 } || state.PictureFollows());
    }

    /// <summary>True when a number alone in a paragraph continues the current clause numbering (4.2 → 4.2.1, 4.2.1 → 4.2.2).</summary>
    private bool IsPlausibleNextNumber(string number)
    {
        var current = state.CurrentClauseNumber;
        if (current is null)
        {
            return false;
        }
        var parent = number[..number.LastIndexOf('.')];
        return parent == current || (current.Contains('.') && parent == current[..current.LastIndexOf('.')]);
    }

    /// <summary>"where r is the repeatability limit." right below a formula: its "where" list in one line.</summary>
    private bool IsOneLineWhere(string text) =>
        state.LastBlock is FormulaNode
        && TypedLabels.WhereAndLine().Match(text) is { Success: true } m
        && TypedLabels.DefinitionLine().IsMatch(m.Groups["rest"].Value);
}
