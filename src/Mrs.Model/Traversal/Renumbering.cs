using System.Globalization;

namespace Mrs.Model;

/// <summary>What <see cref="Renumbering.Apply"/> made: the renumbered document, the ids that changed and what was done.</summary>
public sealed record RenumberResult
{
    public required StandardDocument Document { get; init; }

    /// <summary>Old id → new id, for every element whose id followed its number and changed with it.</summary>
    public required IReadOnlyDictionary<string, string> IdMap { get; init; }

    /// <summary>How many numbers (clause, annex letter, term entry, table, figure, formula, note, example) changed.</summary>
    public int Numbers { get; init; }

    /// <summary>How many cross-references (links to an element whose id or number changed) were rewritten.</summary>
    public int Links { get; init; }

    /// <summary>Kinds of element left as they were, and why (e.g. tables numbered per chapter "4-1").</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];

    public bool Changed => Numbers > 0 || IdMap.Count > 0 || Links > 0;
}

/// <summary>Thrown when renumbering would give two elements the same id.</summary>
public sealed class RenumberingException(string message) : Exception(message);

/// <summary>
/// Recomputes the numbers of a document from its structure, by the rules of GB/T 1.1-2020 and ISO/IEC Directives Part 2:
/// clauses 1, 2, 2.1 …; annexes A, B … (EN annexes ZA, ZB … keep their letters; ITU-T appendices are I, II …) with
/// clauses A.1, A.1.1; term entries
/// 3.1, 3.2 under their clause (subclauses of a clause that holds entries continue its sequence); tables, figures and
/// formulas through the body (1, 2 …) and per annex (A.1, A.2 …); notes and examples within the list they stand in
/// (one alone has no number, several are 1, 2 …; a single note to entry keeps "1" when it had it, as ISO's "Note 1 to
/// entry"). Elements without a number (an unnumbered clause, table, formula) stay unnumbered, and the preface,
/// bibliography and index are left alone. An id that follows its element's number (<c>clause-5.2</c>, <c>annex-A</c>,
/// <c>term-3.1</c>, <c>table-A.1</c>, <c>figure-1</c>, <c>formula-2</c>, as the importer makes them) changes with it;
/// any other id is kept. Cross-references (<c>[5.2](#clause-5.2)</c>) follow their target: the id, and the link text
/// when it is the old number, alone or with its label (<c>表1</c>, <c>Table 1</c>, <c>Annex A</c>, <c>公式(1)</c>);
/// other link texts, and text inside code spans, are left as they are.
/// </summary>
public static class Renumbering
{
    private sealed class Assigned
    {
        public string? Number;
        public string? Id;
        public string? Label;
    }

    /// <summary>A target whose number or id changed, by its old id: what its links become.</summary>
    private sealed record Target(string NewId, string? OldNumber, string? NewNumber);

    public static RenumberResult Apply(StandardDocument document)
    {
        var assigned = new Dictionary<object, Assigned>(ReferenceEqualityComparer.Instance);
        var skipped = new List<string>();
        var numbers = 0;
        var kinds = SequenceKinds(document, skipped);
        var counters = new Dictionary<(string Scope, Type Kind), int>();
        foreach (var node in ModelWalker.Walk(document))
        {
            string? number = node.Value switch
            {
                Annex a => AnnexLetter(node, a),
                Clause c => ClauseNumber(node, c, assigned),
                TermEntry t => TermNumber(node, t, assigned),
                Table or Figure or Formula when kinds.Contains(node.Value.GetType()) => SequenceNumber(node, assigned, counters),
                Note or Example => LocalNumber(node),
                _ => Unchanged,
            };
            if (ReferenceEquals(number, Unchanged) || number == OldNumber(node.Value))
            {
                continue;
            }
            numbers++;
            assigned[node.Value] = new Assigned { Number = number };
        }

        var targets = new Dictionary<string, Target>(StringComparer.Ordinal);
        var idMap = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (value, change) in assigned)
        {
            var oldNumber = OldNumber(value);
            if (IdOf(value) is not { } oldId)
            {
                continue;
            }
            var newId = oldId;
            if (Prefix(value) is { } prefix && oldNumber is not null && change.Number is not null && oldId == prefix + SafeId(oldNumber))
            {
                newId = prefix + SafeId(change.Number);
                change.Id = newId;
                idMap[oldId] = newId;
            }
            if (value is Annex annex && annex.Label is { } label && change.Number is not null)
            {
                change.Label = ReplaceToken(label, annex.Letter, change.Number) ?? label;
            }
            targets[oldId] = new Target(newId, oldNumber, change.Number);
        }
        CheckIds(document, assigned);

        var renumbered = (StandardDocument)Rebuild(document, assigned);
        var links = new CrossReferences(id => targets.TryGetValue(id, out var t) ? (t.NewId, t.OldNumber, t.NewNumber) : null);
        if (targets.Count > 0)
        {
            renumbered = new TextRewriter(links.Rewrite).Rewrite(renumbered);
        }
        return new RenumberResult { Document = renumbered, IdMap = idMap, Numbers = numbers, Links = links.Count, Skipped = skipped };
    }

    /// <summary>The marker of "leave this element's number as it is".</summary>
    private static readonly string Unchanged = new('\0', 1);

    private static string? OldNumber(object value) => value switch
    {
        Annex a => a.Letter,
        Clause c => c.Number,
        TermEntry t => t.Number,
        Table t => t.Number,
        Figure f => f.Number,
        Formula f => f.Number,
        Note n => n.Number,
        Example e => e.Number,
        _ => null,
    };

    private static string? IdOf(object value) => value switch
    {
        IContainer c => c.Id,
        TermEntry t => t.Id,
        Block b => b.Id,
        _ => null,
    };

    private static string? Prefix(object value) => value switch
    {
        Annex => "annex-",
        Clause => "clause-",
        TermEntry => "term-",
        Table => "table-",
        Figure => "figure-",
        Formula => "formula-",
        _ => null,
    };

    /// <summary>The part of the document a node is in: "clauses" (the body), "annexes", "preface" ….</summary>
    private static ModelNode? TopLevel(ModelNode node)
    {
        var top = node;
        while (top.Parent?.Parent is not null)
        {
            top = top.Parent;
        }
        return top.Parent is null ? null : top;
    }

    private static string? AnnexLetter(ModelNode node, Annex annex)
    {
        if (IsFixedLetter(annex.Letter))
        {
            return Unchanged;
        }
        var appendix = IsAppendix(annex);
        var index = node.Siblings!.Take(node.Index).OfType<Annex>().Count(a => !IsFixedLetter(a.Letter) && IsAppendix(a) == appendix);
        return appendix ? Roman(index + 1) : Letters(index);
    }

    /// <summary>ITU-T appendices (informative, "Appendix I", "Appendix II") are numbered in Roman numerals, apart from the annexes.</summary>
    private static bool IsAppendix(Annex annex) => annex.Label?.StartsWith("Appendix", StringComparison.OrdinalIgnoreCase) == true;

    private static string Roman(int n)
    {
        var text = new System.Text.StringBuilder();
        (int, string)[] numerals =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ];
        foreach (var (value, numeral) in numerals)
        {
            for (; n >= value; n -= value)
            {
                text.Append(numeral);
            }
        }
        return text.ToString();
    }

    /// <summary>EN annexes ZA, ZB … (relations to EU legislation) have letters of their own, outside the A, B … sequence.</summary>
    private static bool IsFixedLetter(string letter) => letter.Length >= 2 && letter[0] == 'Z';

    /// <summary>0 → "A", 25 → "Z", 26 → "AA".</summary>
    private static string Letters(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : Letters(index / 26 - 1) + (char)('A' + index % 26);

    /// <summary>The number of a numbered container (clause or annex) after renumbering; null when it has none.</summary>
    private static string? NewNumberOf(object container, Dictionary<object, Assigned> assigned) =>
        assigned.TryGetValue(container, out var a) ? a.Number : container switch
        {
            Clause c => c.Number,
            Annex x => x.Letter,
            _ => null,
        };

    private static string? ClauseNumber(ModelNode node, Clause clause, Dictionary<object, Assigned> assigned)
    {
        if (clause.Number is null || node.Parent is not { } parent)
        {
            return Unchanged;
        }
        var before = node.Siblings!.Take(node.Index).OfType<Clause>().Count(c => c.Number is not null) + 1;
        switch (parent.Value)
        {
            case StandardDocument:
                return before.ToString(CultureInfo.InvariantCulture);
            case Clause or Annex when NewNumberOf(parent.Value, assigned) is { } prefix:
                var terms = ((IContainer)parent.Value).Terms.Count(t => t.Number is not null);
                return $"{prefix}.{(before + terms).ToString(CultureInfo.InvariantCulture)}";
            default:
                return Unchanged; // the ISO introduction's 0.1, 0.2; subclauses of an unnumbered clause
        }
    }

    private static string? TermNumber(ModelNode node, TermEntry term, Dictionary<object, Assigned> assigned)
    {
        if (term.Number is null || node.Parent?.Value is not (Clause or Annex) || NewNumberOf(node.Parent.Value, assigned) is not { } prefix)
        {
            return Unchanged;
        }
        var index = node.Siblings!.Take(node.Index).OfType<TermEntry>().Count(t => t.Number is not null) + 1;
        return $"{prefix}.{index.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>Tables, figures and formulas: 1, 2 … through the body, A.1, A.2 … in annex A; elsewhere left alone.</summary>
    private static string? SequenceNumber(ModelNode node, Dictionary<object, Assigned> assigned, Dictionary<(string, Type), int> counters)
    {
        if (OldNumber(node.Value) is null || TopLevel(node) is not { Name: ModelNames.Clauses or ModelNames.Annexes } top)
        {
            return Unchanged;
        }
        var scope = top.Name == ModelNames.Annexes ? NewNumberOf(top.Value, assigned) : "";
        if (scope is null)
        {
            return Unchanged;
        }
        var key = (scope, node.Value.GetType());
        var n = counters[key] = counters.GetValueOrDefault(key) + 1;
        var text = n.ToString(CultureInfo.InvariantCulture);
        return scope.Length == 0 ? text : $"{scope}.{text}";
    }

    /// <summary>
    /// The kinds (table, figure, formula) numbered as GB/T and ISO number them: every body number a plain "1" and every
    /// annex number "A.1". A document that numbers a kind otherwise ("Table 4-1", per chapter) keeps that kind as it is.
    /// </summary>
    private static HashSet<Type> SequenceKinds(StandardDocument document, List<string> skipped)
    {
        var kinds = new HashSet<Type> { typeof(Table), typeof(Figure), typeof(Formula) };
        foreach (var node in ModelWalker.Walk(document))
        {
            if (node.Value is not (Table or Figure or Formula) || OldNumber(node.Value) is not { } number || !kinds.Contains(node.Value.GetType()))
            {
                continue;
            }
            var top = TopLevel(node);
            var plain = top?.Name switch
            {
                ModelNames.Clauses => number.All(char.IsAsciiDigit),
                ModelNames.Annexes => number.Split('.') is [var letter, var n] && letter.Length > 0 && letter.All(char.IsAsciiLetterUpper)
                    && n.Length > 0 && n.All(char.IsAsciiDigit),
                _ => true,
            };
            if (!plain)
            {
                kinds.Remove(node.Value.GetType());
                var kind = ModelNames.BlockTypes.First(b => b.Type == node.Value.GetType()).Name;
                skipped.Add($"{kind}s: numbered otherwise than 1, 2 … and A.1, A.2 … (\"{number}\" at {node.Pointer}); left as they are");
            }
        }
        return kinds;
    }

    /// <summary>Notes and examples: numbered within the list they stand in when there are several; one alone has none.</summary>
    private static string? LocalNumber(ModelNode node)
    {
        if (node.Siblings is not { } siblings)
        {
            return Unchanged;
        }
        var type = node.Value.GetType();
        var same = siblings.Where(s => s.GetType() == type).ToList();
        if (same.Count == 1)
        {
            // ISO numbers a note to entry even when it is alone ("Note 1 to entry"): a single one keeps what it had.
            return node.Parent?.Value is TermEntry && OldNumber(node.Value) == "1" ? Unchanged : null;
        }
        return (same.FindIndex(s => ReferenceEquals(s, node.Value)) + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The document with the new numbers, ids and labels, rebuilt from the leaves up (what did not change stays as it was).</summary>
    private static object Rebuild(object original, Dictionary<object, Assigned> assigned)
    {
        var value = original;
        foreach (var part in ModelShape.PartsOf(original))
        {
            value = part.Rebuild(value, child => Rebuild(child, assigned));
        }
        if (!assigned.TryGetValue(original, out var a))
        {
            return value;
        }
        return value switch
        {
            Annex x => x with { Letter = a.Number!, Id = a.Id ?? x.Id, Label = a.Label ?? x.Label },
            Clause x => x with { Number = a.Number, Id = a.Id ?? x.Id },
            TermEntry x => x with { Number = a.Number, Id = a.Id ?? x.Id },
            Table x => x with { Number = a.Number, Id = a.Id ?? x.Id },
            Figure x => x with { Number = a.Number, Id = a.Id ?? x.Id },
            Formula x => x with { Number = a.Number, Id = a.Id ?? x.Id },
            Note x => x with { Number = a.Number },
            Example x => x with { Number = a.Number },
            _ => value,
        };
    }

    /// <summary>Refuses a renumbering that would give an element an id another element keeps.</summary>
    private static void CheckIds(StandardDocument document, Dictionary<object, Assigned> assigned)
    {
        var owners = new Dictionary<string, (string Pointer, bool New)>(StringComparer.Ordinal);
        foreach (var node in ModelWalker.Walk(document))
        {
            var changed = assigned.TryGetValue(node.Value, out var a) && a.Id is not null;
            if ((changed ? a!.Id : IdOf(node.Value)) is not { } id)
            {
                continue;
            }
            if (owners.TryGetValue(id, out var other) && (changed || other.New))
            {
                var (renamed, keeper) = changed ? (node.Pointer, other.Pointer) : (other.Pointer, node.Pointer);
                throw new RenumberingException($"renumbering would give {renamed} the id '{id}', which {keeper} has; change one of the ids first");
            }
            owners.TryAdd(id, (node.Pointer, changed));
        }
    }

    /// <summary>The id the importer makes of a number: characters other than letters, digits and ._:- become '-'.</summary>
    internal static string SafeId(string number)
    {
        var chars = number.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-' ? c : '-').ToArray();
        return new string(chars).Trim('-', ':', '.');
    }

    /// <summary>
    /// <paramref name="text"/> with <paramref name="old"/> replaced by <paramref name="replacement"/> where it stands
    /// once as a whole number (not inside a longer number or word); null when it does not.
    /// </summary>
    internal static string? ReplaceToken(string text, string old, string replacement)
    {
        var found = -1;
        for (var i = text.IndexOf(old, StringComparison.Ordinal); i >= 0; i = text.IndexOf(old, i + 1, StringComparison.Ordinal))
        {
            var end = i + old.Length;
            var before = i == 0 || !(char.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] == '.');
            var after = end == text.Length || !(char.IsAsciiLetterOrDigit(text[end])
                || text[end] == '.' && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1]));
            if (before && after)
            {
                if (found >= 0)
                {
                    return null;
                }
                found = i;
            }
        }
        return found < 0 ? null : string.Concat(text.AsSpan(0, found), replacement, text.AsSpan(found + old.Length));
    }
}
