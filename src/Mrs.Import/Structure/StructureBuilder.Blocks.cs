using Mrs.Import.Docx.Equations;
using Mrs.Import.Docx.Word;
using Mrs.Import.Profiles;
using Mrs.Model;
using Phase = Mrs.Import.Structure.ReadingPhase;

namespace Mrs.Import.Structure;

/// <summary>Paragraph-level content: text, notes, examples, lists, tables, figures, formulas, code, definition lists.</summary>
internal sealed partial class StructureBuilder
{
    private void OnBody(WordParagraph p, string text)
    {
        if (skippingContents && phase == Phase.Front)
        {
            return; // a manually written table of contents after "目次"/"Contents"
        }
        if (phase == Phase.Bibliography && bibliography is not null && container == bibliography)
        {
            OnBibliographyEntry(p, text);
            return;
        }
        var clause = CurrentClause();
        if (clause?.Kind == ClauseKind.NormativeReferences && term is null && LooksLikeReference(text))
        {
            OnReference(p, text);
            return;
        }
        if (AwaitsDesignation)
        {
            AddDesignationLines(p.Inlines);
            BindBookmarks(paragraphBookmarks.ToList(), term!.Id);
            return;
        }
        if (term is not null && term.Definition is null && term.Blocks.Count == 0 && term.Notes.Count == 0)
        {
            SetDefinition(p);
            return;
        }
        if (clause?.Kind == ClauseKind.SymbolsAndAbbreviatedTerms && term is null && TryDefinitionLine(p, text))
        {
            return;
        }
        if (clauseStack.Any(c => c.Kind == ClauseKind.TermsAndDefinitions) && !termStylesInUse && TryTermLine(p))
        {
            return;
        }
        if (Embedded(p.Inlines).Any())
        {
            OnObjects(p);
            return;
        }
        if (p.HasDisplayMath)
        {
            OnFormula(p, text);
            return;
        }
        CloseLists();
        lastNote = null;
        var markdown = Inline(p);
        if (markdown.Length == 0)
        {
            return;
        }
        Add(new LeafNode(new Paragraph { Text = markdown }) { Paragraph = p.Index });
        BindBookmarks(paragraphBookmarks.ToList(), CurrentTargetId());
    }

    /// <summary>"“Term” – definition" / "Term: definition" in a terms clause without term styles: a term entry.</summary>
    private bool TryTermLine(WordParagraph p)
    {
        // "2.1↵compliance artifacts↵a collection of …": number, designation and definition as lines of one paragraph
        var lines = p.Text.Split('\n');
        if (lines.Length >= 2 && TypedLabels.MatchNumberAlone(lines[0]) is { Success: true } alone && IsTermNumber(TypedLabels.NumberOf(alone))
            && lines[1].Trim().Length is > 0 and <= 150)
        {
            StartTerm(p, TypedLabels.NumberOf(alone));
            var designationStart = lines[0].Length + 1;
            var definitionStart = designationStart + lines[1].Length + 1;
            AddDesignationLines(InlineEdit.TakePrefix(InlineEdit.DropPrefix(p.Inlines, designationStart), lines[1].Length) ?? []);
            if (definitionStart < p.Text.Length)
            {
                var lineDefinition = Inline(InlineEdit.DropPrefix(p.Inlines, definitionStart)).Trim();
                if (lineDefinition.Length > 0)
                {
                    term!.Definition = lineDefinition;
                }
            }
            return true;
        }
        // "3.1.1⇥Term [Reference]: definition" (ITU-T and others type the number)
        var numbered = NumberedTermLine().Match(p.Text);
        if (numbered.Success)
        {
            StartTerm(p, numbered.Groups["number"].Value);
            AddDesignation(term!.Preferred, PlainText(InlineEdit.DropPrefix(p.Inlines, numbered.Groups["term"].Index)).Split('[', ':', '：')[0]);
            if (numbered.Groups["source"].Success)
            {
                term.Sources.Add(new TermSource
                {
                    Reference = Identifier(numbered.Groups["source"].Value),
                    Text = MarkdownText.Escape("[" + numbered.Groups["source"].Value + "]", false)
                });
            }
            var numberedDefinition = Inline(InlineEdit.DropPrefix(p.Inlines, numbered.Groups["definition"].Index)).Trim();
            if (numberedDefinition.Length > 0)
            {
                term.Definition = numberedDefinition;
            }
            term = null;
            return true;
        }
        var m = TermAndDefinitionLine().Match(p.Text);
        if (!m.Success || m.Groups["term"].Value.Trim().Length == 0 || m.Groups["term"].Value.Split(' ').Length > 8)
        {
            return false;
        }
        var number = term is null ? null : (string?)null;
        StartTerm(p, number);
        AddDesignation(term!.Preferred, m.Groups["term"].Value);
        var definition = Inline(InlineEdit.DropPrefix(p.Inlines, m.Groups["definition"].Index)).Trim().TrimStart('*').Trim();
        if (definition.Length > 0)
        {
            term.Definition = definition;
        }
        term = null;
        return true;
    }

    private ClauseNode? CurrentClause() => clauseStack.Count > 0 ? clauseStack[^1] : null;

    private string? CurrentTargetId() => term?.Id ?? container?.Id;

    private void OnFormula(WordParagraph p, string text)
    {
        CloseLists();
        var maths = p.Inlines.OfType<WordMath>().Where(m => m.Display).ToList();
        if (maths.Count == 0)
        {
            maths = p.Inlines.OfType<WordMath>().ToList();
        }
        if (maths.Count == 0)
        {
            if (p.Inlines.Any(i => i is WordObject or WordPicture))
            {
                OnObjects(p);
                return;
            }
            // A formula typed as text.
            var number = TypedLabels.FormulaNumber().Match(text) is { Success: true } m ? m.Groups["number"].Value : p.Number is { } l
                ? CleanFormulaNumber(l.Text) : null;
            var body = number is null ? text : TypedLabels.FormulaNumber().Replace(text, "").Trim();
            var node = new FormulaNode
            {
                Id = NewId(number is null ? $"formula-u{++unnumberedFormulas}" : "formula-" + number), Number = number,
                Text = body, Paragraph = p.Index
            };
            Add(node);
            BindBookmarks(Bookmarks(p), node.Id);
            return;
        }
        var outside = WordText.Plain(p.Inlines.Where(i => i is not WordMath));
        var formulaNumber = TypedLabels.FormulaNumber().Match(outside) is { Success: true } fm ? fm.Groups["number"].Value
            : p.Number is { IsBullet: false } label ? CleanFormulaNumber(label.Text) : null;
        var lead = Inline(p.Inlines.TakeWhile(i => i is not WordMath).ToList());
        if (lead.Length > 0 && !TypedLabels.FormulaNumber().IsMatch(MarkdownText.Plain(lead)))
        {
            Add(new LeafNode(new Paragraph { Text = lead }) { Paragraph = p.Index });
        }
        for (var i = 0; i < maths.Count; i++)
        {
            // Word's own number ("…#(1)") is part of the equation; a typed one follows it
            var (omml, ownNumber) = EquationNumber.Split(maths[i].Omml);
            var number = ownNumber ?? (i == maths.Count - 1 ? formulaNumber : null);
            var node = new FormulaNode
            {
                Id = NewId(number is null ? $"formula-u{++unnumberedFormulas}" : "formula-" + number),
                Number = number,
                MathMl = OmmlToMathMl.Convert(omml, display: true),
                Latex = OmmlToLatex.Convert(omml),
                Text = (ownNumber is null ? maths[i].Text : OmmlText.Linear(omml)).Trim(),
                Paragraph = p.Index,
            };
            Add(node);
            if (i == maths.Count - 1)
            {
                BindBookmarks(Bookmarks(p), node.Id);
            }
        }
        var trail = Inline(p.Inlines.SkipWhile(i => i is not WordMath).Where(i => i is not WordMath).ToList());
        if (trail.Length > 0 && !TypedLabels.FormulaNumber().IsMatch(MarkdownText.Plain(trail).Trim()))
        {
            Add(new LeafNode(new Paragraph { Text = trail }) { Paragraph = p.Index });
        }
    }

    private static string? CleanFormulaNumber(string label)
    {
        var s = label.Trim().Trim('(', ')', '（', '）').Trim();
        return s.Length == 0 ? null : s;
    }

    private void OnWhereLead(WordParagraph p, string text)
    {
        var formula = LastOf<FormulaNode>();
        if (formula is null)
        {
            OnBody(p, text);
            return;
        }
        whereMode = true;
        // "式中：E——能量" on the same line
        var rest = TypedLabels.WhereLead().IsMatch(text) ? "" : text;
        var m = WhereLeadAndRest().Match(text);
        if (m.Success)
        {
            // the colon belongs to the lead ("式中：", "where:"), never to the first symbol
            rest = m.Groups["rest"].Value.TrimStart(':', '：').Trim();
        }
        if (rest.Length > 0 && !TryWhereLine(p, rest))
        {
            formula.Where.Add(new DefinitionItem { Term = "", Definition = MarkdownText.Escape(rest, atLineStart: false) });
        }
    }

    private T? LastOf<T>() where T : Node
    {
        var blocks = Container().Blocks;
        for (var i = blocks.Count - 1; i >= 0 && i >= blocks.Count - 4; i--)
        {
            if (blocks[i] is T t)
            {
                return t;
            }
        }
        return null;
    }

    private bool TryWhereLine(WordParagraph p, string text)
    {
        var formula = LastOf<FormulaNode>();
        var m = TypedLabels.DefinitionLine().Match(text);
        if (formula is null || !m.Success)
        {
            whereMode = false;
            return false;
        }
        var (term, definition) = SplitDefinition(p, m);
        formula.Where.Add(new DefinitionItem { Term = term, Definition = definition });
        return true;
    }

    /// <summary>Term and definition of a "where"/key/symbol line, in Markdown (inline math of the term kept).</summary>
    private (string Term, string Definition) SplitDefinition(WordParagraph p, System.Text.RegularExpressions.Match m)
    {
        var math = p.Inlines.OfType<WordMath>().FirstOrDefault();
        if (math is null && TypedLabels.DefinitionLine().Match(WordText.Plain(p.Inlines)) is { Success: true } whole
            && whole.Groups["term"].Value == m.Groups["term"].Value
            && InlineEdit.TakePrefix(p.Inlines, whole.Groups["term"].Index + whole.Groups["term"].Length) is { } termInlines)
        {
            // the whole paragraph is the line: keep the formatting of both parts (N~m~, *v*, x^2^)
            return (Inline(termInlines).Trim(), Inline(InlineEdit.DropPrefix(p.Inlines, whole.Groups["definition"].Index)).Trim());
        }
        var term = math is not null && m.Groups["term"].Value.Contains(math.Text.Trim(), StringComparison.Ordinal) && math.Text.Trim().Length > 0
            ? WordRunsToMarkdown.Math(math)
            : MarkdownText.Escape(m.Groups["term"].Value.Trim(), atLineStart: false);
        var definition = MarkdownText.Escape(m.Groups["definition"].Value.Trim(), atLineStart: false);
        return (term, definition);
    }

    private void OnKeyLead(WordParagraph p, string text)
    {
        var figure = LastOf<FigureNode>();
        if (figure is null)
        {
            OnBody(p, text);
            return;
        }
        keyMode = true;
        var rest = KeyLeadPrefix().Replace(text, "");
        if (rest.Length > 0)
        {
            TryKeyLine(rest);
        }
    }

    private bool TryKeyLine(string text)
    {
        var figure = LastOf<FigureNode>();
        var m = TypedLabels.DefinitionLine().Match(text);
        if (figure is null || !m.Success)
        {
            keyMode = false;
            return false;
        }
        figure.Key.Add(new DefinitionItem
        {
            Term = MarkdownText.Escape(m.Groups["term"].Value.Trim(), false),
            Definition = MarkdownText.Escape(m.Groups["definition"].Value.Trim(), false)
        });
        return true;
    }

    private bool TryDefinitionLine(WordParagraph p, string text)
    {
        if (!text.Contains('\t') && !text.Contains('—') && !text.Contains('：') && !text.Contains(':'))
        {
            return false;
        }
        var m = TypedLabels.DefinitionLine().Match(text);
        if (!m.Success)
        {
            return false;
        }
        CloseLists();
        var (term, definition) = SplitDefinition(p, m);
        if (lastBlock is not DefinitionListNode list)
        {
            list = new DefinitionListNode { Paragraph = p.Index };
            Add(list);
        }
        list.Items.Add(new DefinitionItem { Term = term, Definition = definition });
        return true;
    }

    private void OnDefinitionItem(WordParagraph p, string text)
    {
        var clause = CurrentClause();
        if (clause?.Kind == ClauseKind.NormativeReferences || phase == Phase.Bibliography)
        {
            if (phase == Phase.Bibliography)
            {
                OnBibliographyEntry(p, text);
            }
            else
            {
                OnReference(p, text);
            }
            return;
        }
        if (!TryDefinitionLine(p, text))
        {
            OnBody(p, text);
        }
    }

    private void OnDefinitionTerm(WordParagraph p)
    {
        CloseLists();
        if (CurrentClause()?.Kind == ClauseKind.TermsAndDefinitions)
        {
            // A glossary in the terms clause: each entry is a term.
            StartTerm(p, null);
            AddDesignation(term!.Preferred, PlainText(p.Inlines));
            return;
        }
        pendingDefinitionTerm = Inline(p);
        pendingDefinitionParagraph = p.Index;
    }

    private void OnDefinitionText(WordParagraph p)
    {
        if (term is not null && term.Definition is null)
        {
            SetDefinition(p);
            return;
        }
        var text = Inline(p);
        if (pendingDefinitionTerm is null)
        {
            if (lastBlock is DefinitionListNode open && open.Items.Count > 0)
            {
                var last = open.Items[^1];
                open.Items[^1] = last with { Definition = last.Definition + "\\\n" + text };
                return;
            }
            Add(new LeafNode(new Paragraph { Text = text }) { Paragraph = p.Index });
            return;
        }
        if (lastBlock is not DefinitionListNode list)
        {
            list = new DefinitionListNode { Paragraph = pendingDefinitionParagraph };
            Add(list);
        }
        list.Items.Add(new DefinitionItem { Term = pendingDefinitionTerm, Definition = text });
        pendingDefinitionTerm = null;
    }

    private void OnCode(WordParagraph p)
    {
        CloseLists();
        var text = p.Text.TrimEnd();
        if (lastBlock is CodeNode code)
        {
            code.Lines.Add(text);
            return;
        }
        var node = new CodeNode { Paragraph = p.Index };
        node.Lines.Add(text);
        Add(node);
    }
}
