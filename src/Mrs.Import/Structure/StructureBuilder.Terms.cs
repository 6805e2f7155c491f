using System.Text;
using System.Text.RegularExpressions;
using Mrs.Import.Docx.Word;
using Mrs.Import.Profiles;
using Mrs.Model;
using Mrs.Text.Language;
using Phase = Mrs.Import.Structure.ReadingPhase;

namespace Mrs.Import.Structure;

/// <summary>Term entries, normative references and bibliography entries.</summary>
internal sealed partial class StructureBuilder
{
    private void OnTermPart(WordParagraph p, StyleRole role, string text)
    {
        CloseLists();
        lastNote = null;
        switch (role.Kind)
        {
            case RoleKind.TermNumber:
            {
                var number = TypedLabels.MatchNumberAlone(text) is { Success: true } m ? TypedLabels.NumberOf(m)
                    : TypedLabels.CleanNumber(p.Number?.Text ?? text);
                StartTerm(p, number);
                break;
            }
            case RoleKind.Term:
            {
                // GB: the number is drawn by the list; the text is the term, then its English equivalent.
                var number = p.Number is { IsBullet: false } label ? TypedLabels.CleanNumber(label.Text) : null;
                var inlines = p.Inlines;
                var typedTerm = TypedLabels.NumberedHeading().Match(p.Text);
                if (number is null && typedTerm.Success && typedTerm.Groups["title"].Success)
                {
                    number = TypedLabels.NumberOf(typedTerm);
                    inlines = InlineEdit.DropPrefix(p.Inlines, typedTerm.Groups["title"].Index);
                }
                StartTerm(p, number);
                AddDesignationLines(inlines);
                break;
            }
            case RoleKind.TermPreferred:
            {
                var typed = TypedLabels.NumberedHeading().Match(p.Text);
                var typedNumber = typed.Success && typed.Groups["title"].Success ? TypedLabels.NumberOf(typed) : null;
                if (term is null || term.Definition is not null || term.Admitted.Count > 0 || typedNumber is not null && typedNumber != term.Number)
                {
                    StartTerm(p, typedNumber);
                }
                AddDesignation(term!.Preferred,
                    PlainText(typedNumber is not null ? InlineEdit.DropPrefix(p.Inlines, typed.Groups["title"].Index) : p.Inlines));
                break;
            }
            case RoleKind.TermAdmitted:
                EnsureTerm(p);
                AddDesignation(term!.Admitted, PlainText(p.Inlines));
                break;
            case RoleKind.TermDeprecated:
            {
                EnsureTerm(p);
                AddDesignation(term!.Deprecated, DeprecatedLabel().Replace(PlainText(p.Inlines), ""));
                break;
            }
            case RoleKind.Definition:
                if (term is null)
                {
                    OnBody(p, text);
                    return;
                }
                if (p.HasDisplayMath && WordText.Plain(p.Inlines.Where(i => i is not WordMath)).Trim().Length == 0)
                {
                    // display maths alone in the entry (ISO sets a term's symbol so, "t₉₀"): a formula of the entry
                    OnFormula(p, text);
                    break;
                }
                if (term.Definition is null)
                {
                    SetDefinition(p);
                }
                else
                {
                    var more = Inline(p);
                    term.Blocks.Add(new LeafNode(new Paragraph { Text = more }) { Paragraph = p.Index });
                }
                break;
            case RoleKind.TermSource:
                OnTermSource(p, text);
                break;
        }
        BindBookmarks(paragraphBookmarks.ToList(), term?.Id ?? container?.Id);
    }

    /// <summary>True when a number is that of an entry of the current terms clause (3.1, 3.1.2 under clause 3).</summary>
    private bool IsTermNumber(string? number) =>
        number is not null && number.Contains('.')
            && clauseStack.LastOrDefault(c => c.Kind == ClauseKind.TermsAndDefinitions) is { Number: { } terms }
        && number.StartsWith(terms + ".", StringComparison.Ordinal);

    /// <summary>A term entry begun by its number alone waits for its designation: the next paragraph of text.</summary>
    private bool AwaitsDesignation => term is
    {
        Preferred.Count: 0, Admitted.Count: 0, Definition: null, Blocks.Count: 0, Notes.Count: 0,
        Examples.Count: 0
    };

    /// <summary>
    /// The designations of a term in lines of their own: the first is the preferred term (in a Chinese entry followed by
    /// its English equivalent: "前端设备　front-end device"), the next lines admitted terms.
    /// </summary>
    private void AddDesignationLines(IReadOnlyList<WordInline> inlines)
    {
        // A line break before the term (to set it under its number, as printed) is layout, not text.
        var lines = PlainText(inlines).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                AddDesignation(term!.Admitted, lines[i]);
                continue;
            }
            var (preferred, english) = SplitTermLine(lines[0]);
            if (english is null && lines.Length > 1 && Script.HasHan(lines[0]) && !Script.HasHan(lines[1]) && lines[1].Any(char.IsAsciiLetter))
            {
                english = lines[++i]; // the English equivalent set under the Chinese term
            }
            AddDesignation(term!.Preferred, preferred);
            if (english is not null && TitleOf(english) is { Length: > 0 } equivalent)
            {
                term.Equivalents.Add(new Designation { Text = equivalent, Language = "en" });
            }
        }
    }

    private void EnsureTerm(WordParagraph p)
    {
        if (term is null)
        {
            StartTerm(p, null);
        }
    }

    private void StartTerm(WordParagraph p, string? number)
    {
        var owner = (ContainerNode?)CurrentClause() ?? (container is AnnexNode a ? a : null);
        if (owner is null)
        {
            // A term before any clause: give it a clause of its own so that it has a home.
            OnHeading(p, 1, titled: true);
            owner = CurrentClause();
        }
        term = new TermNode { Id = NewId(number is null ? $"term-u{++unnumberedTerms}" : "term-" + number), Number = number, Paragraph = p.Index };
        switch (owner)
        {
            case ClauseNode clause:
                clause.Terms.Add(term);
                break;
            case AnnexNode annex:
                annex.Terms.Add(term);
                break;
        }
        BindBookmarks(Bookmarks(p), term.Id);
    }

    /// <summary>Adds a designation given as the plain text a reader sees.</summary>
    private static void AddDesignation(List<Designation> list, string plain)
    {
        var text = TitleOf(plain);
        if (text.Length > 0)
        {
            list.Add(new Designation { Text = text });
        }
    }

    /// <summary>"标准化文件　standardizing document" → the Chinese term and its English equivalent.</summary>
    private static (string Preferred, string? English) SplitTermLine(string markdown)
    {
        var m = ChineseAndEnglishTerm().Match(markdown);
        if (m.Success)
        {
            return (m.Groups["zh"].Value.Trim(), m.Groups["en"].Value.Trim());
        }
        // "术语 English term" where everything after the last CJK character is Latin, separated by one space
        var last = -1;
        for (var i = 0; i < markdown.Length; i++)
        {
            if (Script.IsHan(markdown[i]))
            {
                last = i;
            }
        }
        if (last > 0 && last + 2 < markdown.Length && markdown[last + 1] == ' ' && char.IsAsciiLetter(markdown[last + 2])
            && markdown[(last + 2)..].Split(' ').Length >= 2)
        {
            return (markdown[..(last + 1)].Trim(), markdown[(last + 2)..].Trim());
        }
        return (markdown.Trim(), null);
    }

    private void SetDefinition(WordParagraph p)
    {
        var markdown = Inline(p);
        var domain = TermDomain().Match(markdown);
        if (domain.Success)
        {
            term!.Domain = domain.Groups["domain"].Value.Trim();
            markdown = markdown[domain.Length..];
        }
        // GB sources often close the definition paragraph: "…的集合。[来源：GB/T 20000.1—2014，3.1]"
        var source = TrailingTermSource().Match(MarkdownText.Plain(markdown));
        if (source.Success)
        {
            var plain = MarkdownText.Plain(markdown);
            term!.Sources.Add(ParseSource(source.Value, Chinese));
            var cut = markdown.LastIndexOf(source.Value.Length > 6 ? source.Value[..4] : source.Value, StringComparison.Ordinal);
            markdown = cut > 0 ? markdown[..cut].Trim() : MarkdownText.Escape(plain[..source.Index].Trim(), false);
        }
        if (markdown.Trim().Length > 0)
        {
            term!.Definition = markdown.Trim();
        }
    }

    /// <summary>The document is written in Chinese (its sources are "[来源：…]").</summary>
    private bool Chinese => session.Language.StartsWith("zh", StringComparison.Ordinal);

    private void OnTermSource(WordParagraph p, string text)
    {
        if (term is null)
        {
            OnBody(p, text);
            return;
        }
        term.Sources.Add(ParseSource(text, Chinese));
    }

    /// <summary>
    /// "[SOURCE: ISO 9000:2015, 3.1.1, modified — Note 1 to entry has been added.]", "[来源：GB/T 20000.1—2014，3.1，有修改]".
    /// A fact is stored once: the text as shown is kept only when the fields do not give it back in the document's
    /// language (<see cref="ComposedSource"/>), e.g. "[SOURCE: …]" in a Chinese document, "Source:" for "SOURCE:", a
    /// traditional 來源 — what the form rule (TERM-009) then reports.
    /// </summary>
    internal static TermSource ParseSource(string text, bool chinese)
    {
        var m = TypedLabels.TermSource().Match(text.Trim());
        var body = m.Success ? m.Groups["body"].Value : text.Trim().Trim('[', ']', '【', '】');
        var modified = false;
        string? modification = null;
        var mod = SourceModified().Match(body);
        if (mod.Success)
        {
            modified = true;
            modification = mod.Groups["how"].Value.Trim().TrimEnd('.', '。');
            if (modification.Length == 0)
            {
                modification = null;
            }
            body = body[..mod.Index];
        }
        var parts = ListComma().Split(body);
        var reference = Identifier(parts[0]);
        var locality = parts.Length > 1 ? string.Join(", ", parts.Skip(1)).Trim() : null;
        var parsed = new TermSource
        {
            Reference = reference,
            Locality = string.IsNullOrEmpty(locality) ? null : locality,
            Modified = modified,
            Modification = modification,
        };
        var said = ComparableSource(text) == ComparableSource(ComposedSource(parsed, chinese));
        return parsed with
        {
            Modification = modification is null ? null : MarkdownText.Escape(modification, false),
            Text = said ? null : MarkdownText.Escape(text.Trim(), false),
        };
    }

    /// <summary>The source as the drafting rules write it, from its fields: "[来源：…，…，有修改，…]" or "[SOURCE: …, …, modified — …]".</summary>
    internal static string ComposedSource(TermSource source, bool chinese)
    {
        var (open, separator, modified, how) = chinese ? ("[来源：", "，", "有修改", "，") : ("[SOURCE: ", ", ", "modified", " — ");
        var text = new StringBuilder(open).Append(source.Reference);
        if (source.Locality is { Length: > 0 } locality)
        {
            text.Append(separator).Append(locality);
        }
        if (source.Modified)
        {
            text.Append(separator).Append(modified);
            if (source.Modification is { Length: > 0 } modification)
            {
                text.Append(how).Append(modification);
            }
        }
        return text.Append(']').ToString();
    }

    /// <summary>
    /// A source reduced to what tells two writings apart: no spaces, one form of each bracket, comma, colon and dash, the
    /// enclosing brackets and a closing full stop optional.
    /// </summary>
    private static string ComparableSource(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u00a0' or '\u2009' or '\u202f')
            {
                continue;
            }
            sb.Append(c switch
            {
                '［' or '【' => '[',
                '］' or '】' => ']',
                '，' => ',',
                '：' => ':',
                '—' or '–' or '‑' => '-',
                _ => c,
            });
        }
        var s = sb.ToString();
        if (s.StartsWith('[') && s.EndsWith(']'))
        {
            s = s[1..^1];
        }
        return s.TrimEnd('.', '。');
    }

    // ------------------------------------------------------------------ references

    /// <summary>An identifier as a key: non-breaking and thin spaces written as plain spaces (the entry's text keeps them).</summary>
    internal static string Identifier(string text) => IdentifierSpace().Replace(text.Trim(), " ");

    private static bool LooksLikeReference(string text)
    {
        var t = text.Trim();
        return TypedLabels.ReferenceIdentifier().IsMatch(t) || TypedLabels.BibliographyLabel().IsMatch(t) && t.Length > 6;
    }

    private void OnReference(WordParagraph p, string text)
    {
        var owner = CurrentClause();
        if (owner is null)
        {
            OnBody(p, text);
            return;
        }
        if (!LooksLikeReference(text) && owner.References.Count == 0)
        {
            // the lead-in sentence of the clause
            var lead = Inline(p);
            Add(new LeafNode(new Paragraph { Text = lead }) { Paragraph = p.Index });
            return;
        }
        var entry = Reference(p, text, "ref");
        owner.References.Add(entry);
        owner.ReferenceParagraphs.Add(p.Index);
    }

    private void OnBibliographyEntry(WordParagraph p, string text)
    {
        if (bibliography is null)
        {
            bibliography = new BibliographyNode { Id = NewId("bibliography"), Paragraph = p.Index };
            container = bibliography;
            phase = Phase.Bibliography;
        }
        if (!LooksLikeReference(text) && !TypedLabels.BibliographyLabel().IsMatch(text) && p.Number is null && text.Length > 0
            && (bibliography.Entries.Count == 0 && (text.EndsWith('：') || text.EndsWith(':') || text.EndsWith('。') && !text.Contains(','))
                || !text.Any(char.IsLetterOrDigit)))
        {
            var lead = Inline(p);
            bibliography.Blocks.Add(new LeafNode(new Paragraph { Text = lead }) { Paragraph = p.Index });
            return;
        }
        var entry = Reference(p, text, "bib");
        bibliography.Entries.Add(entry);
        bibliography.EntryParagraphs.Add(p.Index);
    }

    /// <summary>A number typed before an entry: "1. ", "[1] ", "1) ".</summary>
    [GeneratedRegex(@"^\s*\[?(?<n>\d{1,3})[\].)]\s+")]
    private static partial Regex TypedEntryNumber();

    private ReferenceEntry Reference(WordParagraph p, string text, string idPrefix)
    {
        var markdown = Inline(p);
        var label = p.Number is { IsBullet: false } n ? n.Text.Trim() : null;
        var plain = text.Trim();
        var bibLabel = TypedLabels.BibliographyLabel().Match(plain);
        if (label is null && bibLabel.Success)
        {
            label = bibLabel.Groups["label"].Value.Trim();
            plain = plain[bibLabel.Length..];
            markdown = Inline(InlineEdit.DropPrefix(p.Inlines, InlineEdit.LeadingBlank(p.Text) + bibLabel.Length)).TrimStart();
        }
        else if (label is not null && TypedEntryNumber().Match(plain) is { Success: true } typed
            && typed.Groups["n"].Value == new string(label.Where(char.IsAsciiDigit).ToArray()))
        {
            // "[1] 1. GB/T 36617—2018 …": Word draws [1] and the text repeats the number; one label is kept
            session.Report.Anomalies.Add($"paragraph {p.Index + 1}: the label {label} is drawn by Word and typed again in the text; the typed copy "
                + "is left out");
            plain = plain[typed.Length..];
            markdown = Inline(InlineEdit.DropPrefix(p.Inlines, InlineEdit.LeadingBlank(p.Text) + typed.Length)).TrimStart();
        }
        var ident = TypedLabels.ReferenceIdentifier().Match(plain);
        string? identifier = null, year = null, title = null;
        if (ident.Success)
        {
            identifier = Identifier(ident.Groups["identifier"].Value.TrimEnd(')', ',', '，'));
            year = ident.Groups["year"].Success && ident.Groups["year"].Value.All(char.IsAsciiDigit) ? ident.Groups["year"].Value : null;
            var rest = plain[(ident.Index + ident.Length)..].Trim().TrimStart(')', ' ').TrimStart(',', '，', '\t', '\u3000', ' ').Trim();
            title = rest.Length > 0 ? MarkdownText.Escape(rest, false) : null;
        }
        var url = p.Inlines.OfType<WordHyperlink>().Select(h => h.Url)
            .FirstOrDefault(u => u is not null && u.StartsWith("http", StringComparison.OrdinalIgnoreCase));
        var idBase = identifier is not null ? "ref-" + identifier : label is not null ? $"{idPrefix}-{label.Trim('[', ']')}" : idPrefix;
        var id = NewId(idBase);
        BindBookmarks(Bookmarks(p), id);
        return new ReferenceEntry
        {
            Id = id,
            Label = label,
            Identifier = identifier,
            Year = year,
            Title = title,
            Text = markdown.Length > 0 ? markdown : MarkdownText.Escape(plain, false),
            Url = url,
        };
    }
}
