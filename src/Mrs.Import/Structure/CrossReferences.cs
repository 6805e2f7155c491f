using System.Text.RegularExpressions;
using Mrs.Model;

namespace Mrs.Import.Structure;

/// <summary>
/// Turns links to Word bookmarks ("[5.2](#bm:_Ref123)") into links to model ids ("[5.2](#clause-5.2)"). A bookmark
/// that marks no imported element keeps its text without the link, and the import report lists it.
/// A REF field Word never updated has no text in the file (Word fills it in when it opens the document): it gets the
/// number or the text of its target, as Word shows it; an empty PAGEREF (a page number) is dropped and reported.
/// A formula cited by its number as typed text, "Formula (A.1)", "公式（1）", links to that formula.
/// </summary>
internal static partial class CrossReferences
{
    public static StandardDocument Resolve(StandardDocument document, IReadOnlyDictionary<string, string> bookmarks, ImportReport report)
    {
        var labels = new Lazy<Dictionary<string, (string? Number, string? Text)>>(() => Labels(document));
        var terms = TermNumbers(document);
        var resolved = new TextRewriter(text => text.Contains("(#bm", StringComparison.Ordinal) ? Resolve(text, bookmarks, labels, terms, report)
            : text).Rewrite(document);
        var formulas = labels.Value.Where(kv => kv.Key.StartsWith("formula-", StringComparison.Ordinal) && kv.Value.Number is { Length: > 2 })
            .ToDictionary(kv => kv.Value.Number![1..^1], kv => kv.Key, StringComparer.Ordinal);
        // Citations by number typed in the text (headings and designations keep the text a reader sees, without links).
        return formulas.Count == 0 && terms.Count == 0 ? resolved
            : new TextRewriter(text => LinkCitations(text, formulas, terms), headings: text => text).Rewrite(resolved);
    }

    /// <summary>
    /// Citations typed in the text, outside links and maths: "Formula (A.1)" links to formula A.1 when the document has
    /// it; "(3.13.33)" after a term is a reference to term entry 3.13.33 (ISO vocabularies write them so, typed or as a
    /// link to a bookmark that is gone), and links to it, the text staying as written.
    /// </summary>
    private static string LinkCitations(string markdown, IReadOnlyDictionary<string, string> formulas, IReadOnlyDictionary<string, string> terms)
    {
        var formula = formulas.Count > 0 && FormulaCitation().IsMatch(markdown);
        var term = terms.Count > 0 && markdown.Contains('(') && TermReference().IsMatch(markdown);
        if (!formula && !term)
        {
            return markdown;
        }
        var kept = LinkOrMaths().Matches(markdown).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        bool Inside(Match m) => kept.Any(k => m.Index < k.End && k.Index < m.Index + m.Length);
        if (formula)
        {
            markdown = FormulaCitation()
                .Replace(markdown, m => Inside(m) || !formulas.TryGetValue(m.Groups["number"].Value, out var id) ? m.Value : $"[{m.Value}](#{id})");
        }
        if (term)
        {
            kept = LinkOrMaths().Matches(markdown).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
            markdown = TermReference()
                .Replace(markdown, m => Inside(m) || !terms.TryGetValue(m.Groups["number"].Value, out var id) ? m.Value
                    : $"([{m.Groups["number"].Value}](#{id}))");
        }
        return markdown;
    }

    /// <summary>The id of each numbered term entry of the body and the annexes, by its number.</summary>
    private static Dictionary<string, string> TermNumbers(StandardDocument document)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in BodyAndAnnexes(document).Select(n => n.Value).OfType<TermEntry>())
        {
            if (t.Number is not null && t.Id.Length > 0)
            {
                terms.TryAdd(t.Number, t.Id);
            }
        }
        return terms;
    }

    /// <summary>Every node of the body's clauses and of the annexes.</summary>
    private static IEnumerable<ModelNode> BodyAndAnnexes(StandardDocument document) =>
        document.Clauses.Concat<IContainer>(document.Annexes).SelectMany(part => ModelWalker.Walk(part));

    private static string Resolve(string markdown, IReadOnlyDictionary<string, string> bookmarks,
        Lazy<Dictionary<string, (string? Number, string? Text)>> labels, IReadOnlyDictionary<string, string> terms, ImportReport report)
    {
        var resolved = Link().Replace(markdown, m =>
        {
            var name = Uri.UnescapeDataString(m.Groups["name"].Value);
            if (bookmarks.TryGetValue(name, out var id))
            {
                // a bookmark on a footnote reference: a NOTEREF (or REF) to it shows that footnote's mark
                return id.StartsWith('^') ? $"[{id}]" : $"[{m.Groups["text"].Value}](#{id})";
            }
            if (terms.TryGetValue(m.Groups["text"].Value.Trim(), out var term))
            {
                return $"[{m.Groups["text"].Value}](#{term})"; // a link to a bookmark that is gone, whose text is a term's number
            }
            report.UnresolvedReferences.Add(name);
            return m.Groups["text"].Value;
        });
        // a footnote mark shown again (NOTEREF) was superscript as its mark is: the reference carries that look
        resolved = SuperscriptNote().Replace(resolved, "$1");
        return EmptyField().Replace(resolved, m =>
        {
            var name = Uri.UnescapeDataString(m.Groups["name"].Value);
            var mode = m.Groups["mode"].Value;
            if (mode == "page")
            {
                report.EmptyPageReferences++;
                return "";
            }
            if (!bookmarks.TryGetValue(name, out var id) || !labels.Value.TryGetValue(id, out var label)
                || (mode == "number" ? label.Number ?? label.Text : label.Text ?? label.Number) is not { Length: > 0 } text)
            {
                report.UnresolvedReferences.Add(name);
                return "";
            }
            report.FilledReferences++;
            return $"[{MarkdownText.Escape(text, atLineStart: false)}](#{id})";
        });
    }

    /// <summary>The number and text Word's REF field would show for each element a bookmark can mark.</summary>
    private static Dictionary<string, (string? Number, string? Text)> Labels(StandardDocument document)
    {
        var labels = new Dictionary<string, (string?, string?)>(StringComparer.Ordinal);
        // A caption's number as its list draws it: "图1", "表A.1" in Chinese documents, "Figure 1", "Table A.1" otherwise.
        var chinese = document.Metadata.Languages.Any(l => l.StartsWith("zh", StringComparison.OrdinalIgnoreCase));
        string? Caption(string? number, string zh, string en) => number is null ? null : chinese ? zh + number : $"{en} {number}";
        // clauses, annexes, term entries, and tables, figures and formulas wherever they stand (in a note, an annex, a term entry)
        foreach (var node in BodyAndAnnexes(document))
        {
            switch (node.Value)
            {
                case Clause c: labels.TryAdd(c.Id, (c.Number, Plain(c.Title))); break;
                case Annex a: labels.TryAdd(a.Id, (a.Label ?? a.Letter, Plain(a.Title))); break;
                case TermEntry term: labels.TryAdd(term.Id, (term.Number, term.Preferred.Count > 0 ? Plain(term.Preferred[0].Text) : null)); break;
                case Table { Id: { Length: > 0 } id } t: labels.TryAdd(id, (Caption(t.Number, "表", "Table"), Plain(t.Title))); break;
                case Figure { Id: { Length: > 0 } id } f: labels.TryAdd(id, (Caption(f.Number, "图", "Figure"), Plain(f.Title))); break;
                case Formula { Id: { Length: > 0 } id } f: labels.TryAdd(id, (f.Number is { } n ? $"({n})" : null, null)); break;
            }
        }
        return labels;
    }

    private static string? Plain(string? markdown) => markdown is null ? null : MarkdownText.Plain(markdown);

    [GeneratedRegex(@"\[(?<text>(?:[^\[\]\\]|\\.)*)\]\(#bm:(?<name>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\[\]\(#bm-(?<mode>number|text|page):(?<name>[^)\s]+)\)")]
    private static partial Regex EmptyField();

    [GeneratedRegex(@"\^(\[\^[^\]\s]+\])\^")]
    private static partial Regex SuperscriptNote();

    /// <summary>A term number in parentheses, not already a link's text or destination: "(3.13.33)".</summary>
    [GeneratedRegex(@"(?<![\]\[\\])\((?<number>\d{1,3}(?:\.\d{1,3})+)\)(?!\])")]
    private static partial Regex TermReference();

    [GeneratedRegex(@"(?:(?<![\w\\])(?:Formula|formula|Equation|equation)\s*\(\s*(?<number>[A-Z]{0,2}\.?\d+(?:\.\d+)*)\s*\)"
        + @"|(?:公式|式)\s*[（(]\s*(?<number>[A-Z]{0,2}\.?\d+(?:\.\d+)*)\s*[）)])")]
    private static partial Regex FormulaCitation();

    /// <summary>A Markdown link or an inline maths span, where a citation is no citation to link.</summary>
    [GeneratedRegex(@"\[(?:[^\[\]\\]|\\.)*\]\([^)\s]*\)|(?<!\\)\$(?:[^$\\]|\\.)+\$")]
    private static partial Regex LinkOrMaths();
}
