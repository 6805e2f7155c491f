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
        var resolved = new TextRewriter(text => text.Contains("(#bm", StringComparison.Ordinal) ? Resolve(text, bookmarks, labels, report) : text).Rewrite(document);
        var formulas = labels.Value.Where(kv => kv.Key.StartsWith("formula-", StringComparison.Ordinal) && kv.Value.Number is { Length: > 2 })
            .ToDictionary(kv => kv.Value.Number![1..^1], kv => kv.Key, StringComparer.Ordinal);
        return formulas.Count == 0 ? resolved : new TextRewriter(text => LinkFormulaCitations(text, formulas)).Rewrite(resolved);
    }

    /// <summary>"Formula (A.1)" typed in the text, outside links and maths: a link to formula A.1 when the document has it.</summary>
    private static string LinkFormulaCitations(string markdown, IReadOnlyDictionary<string, string> formulas)
    {
        if (!FormulaCitation().IsMatch(markdown))
        {
            return markdown;
        }
        var kept = LinkOrMaths().Matches(markdown).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        return FormulaCitation().Replace(markdown, m =>
            kept.Any(k => m.Index < k.End && k.Index < m.Index + m.Length) || !formulas.TryGetValue(m.Groups["number"].Value, out var id)
                ? m.Value
                : $"[{m.Value}](#{id})");
    }

    private static string Resolve(string markdown, IReadOnlyDictionary<string, string> bookmarks, Lazy<Dictionary<string, (string? Number, string? Text)>> labels, ImportReport report)
    {
        var resolved = Link().Replace(markdown, m =>
        {
            var name = Uri.UnescapeDataString(m.Groups["name"].Value);
            if (bookmarks.TryGetValue(name, out var id))
            {
                return $"[{m.Groups["text"].Value}](#{id})";
            }
            report.UnresolvedReferences.Add(name);
            return m.Groups["text"].Value;
        });
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
        void Blocks(IEnumerable<Block> blocks)
        {
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case Table { Id: { Length: > 0 } id } t: labels.TryAdd(id, (Caption(t.Number, "表", "Table"), Plain(t.Title))); break;
                    case Figure { Id: { Length: > 0 } id } f: labels.TryAdd(id, (Caption(f.Number, "图", "Figure"), Plain(f.Title))); break;
                    case Formula { Id: { Length: > 0 } id } f: labels.TryAdd(id, (f.Number is { } n ? $"({n})" : null, null)); break;
                }
            }
        }
        void Clauses(IEnumerable<Clause> clauses)
        {
            foreach (var c in clauses)
            {
                labels.TryAdd(c.Id, (c.Number, Plain(c.Title)));
                foreach (var term in c.Terms)
                {
                    labels.TryAdd(term.Id, (term.Number, term.Preferred.Count > 0 ? Plain(term.Preferred[0].Text) : null));
                }
                Blocks(c.Blocks);
                Clauses(c.Clauses);
            }
        }
        Clauses(document.Clauses);
        foreach (var annex in document.Annexes)
        {
            labels.TryAdd(annex.Id, (annex.Label ?? annex.Letter, Plain(annex.Title)));
            Clauses(annex.Clauses);
        }
        return labels;
    }

    private static string? Plain(string? markdown) => markdown is null ? null : MarkdownText.Plain(markdown);

    [GeneratedRegex(@"\[(?<text>(?:[^\[\]\\]|\\.)*)\]\(#bm:(?<name>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\[\]\(#bm-(?<mode>number|text|page):(?<name>[^)\s]+)\)")]
    private static partial Regex EmptyField();

    [GeneratedRegex(@"(?:(?<![\w\\])(?:Formula|formula|Equation|equation)\s*\(\s*(?<number>[A-Z]{0,2}\.?\d+(?:\.\d+)*)\s*\)|(?:公式|式)\s*[（(]\s*(?<number>[A-Z]{0,2}\.?\d+(?:\.\d+)*)\s*[）)])")]
    private static partial Regex FormulaCitation();

    /// <summary>A Markdown link or an inline maths span, where a citation is no citation to link.</summary>
    [GeneratedRegex(@"\[(?:[^\[\]\\]|\\.)*\]\([^)\s]*\)|(?<!\\)\$(?:[^$\\]|\\.)+\$")]
    private static partial Regex LinkOrMaths();
}
