using System.Collections.Frozen;
using Mrs.Model;

namespace Mrs.Text.Language;

/// <summary>One line of the Chinese lexicon: a word, and the provision it expresses (null for a non-provision word).</summary>
/// <param name="Word">The word as written (Simplified or Traditional).</param>
/// <param name="Kind">The provision kind, or null when the word merely contains a form (应用, 功能 …).</param>
/// <param name="Negative">Whether the form is negative (不应, 不宜 …).</param>
/// <param name="Form">The form to report: the word itself, or its prefix when the lexicon says so (可选择 reports 可).</param>
public sealed record ChineseLexiconEntry(string Word, ProvisionKind? Kind, bool Negative, string Form)
{
    public bool IsProvision => Kind is not null;
}

/// <summary>
/// A form that is an adjective when a short verb and a particle follow it: 可 + 理解 + 的 ("understandable").
/// </summary>
/// <param name="Form">The form word, e.g. 可.</param>
/// <param name="Particle">The particle that marks the attributive use, e.g. 的.</param>
/// <param name="MaxBetween">The most ideographs between form and particle.</param>
public sealed record AttributiveRule(string Form, char Particle, int MaxBetween);

/// <summary>
/// A form that directly follows one of these verbs stands inside the verb's object, as an adjective: 生成 + 可校验 + 草案
/// ("produce a verifiable draft"). A modal verb comes before the verb it governs, never right after another verb.
/// </summary>
/// <param name="Form">The form word, e.g. 可.</param>
/// <param name="Verbs">The verbs that take such an object.</param>
public sealed record AfterVerbRule(string Form, IReadOnlyList<string> Verbs);

/// <summary>A form found in a sentence: the entry and where it starts and ends (exclusive).</summary>
public readonly record struct ChineseMatch(ChineseLexiconEntry Entry, int Start, int End);

/// <summary>
/// The Chinese verbal forms (GB/T 1.1-2020 Annex C) and the non-provision words that contain them, loaded from the
/// embedded data file <c>zh-provisions.txt</c>, and the forward-maximum-matching scan that finds forms in a sentence.
/// </summary>
public sealed class ChineseLexicon
{
    private const string ResourceName = "Mrs.Text.Language.zh-provisions.txt";

    private readonly FrozenDictionary<char, ChineseLexiconEntry[]> _byFirstChar;

    /// <summary>The lexicon shipped with mrs.</summary>
    public static ChineseLexicon Default { get; } = Load();

    public IReadOnlyList<ChineseLexiconEntry> Entries { get; }

    public IReadOnlyList<AttributiveRule> AttributiveRules { get; }

    public IReadOnlyList<AfterVerbRule> AfterVerbRules { get; }

    public ChineseLexicon(IEnumerable<ChineseLexiconEntry> entries, IEnumerable<AttributiveRule>? attributiveRules = null,
        IEnumerable<AfterVerbRule>? afterVerbRules = null)
    {
        AttributiveRules = attributiveRules?.ToList() ?? [];
        AfterVerbRules = afterVerbRules?.ToList() ?? [];
        var list = entries.ToList();
        var duplicate = list.GroupBy(e => e.Word, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"Chinese provision lexicon lists '{duplicate.Key}' more than once.");
        }
        Entries = list;
        _byFirstChar = list
            .GroupBy(e => e.Word[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Word.Length).ToArray());
    }

    /// <summary>The entry spelled exactly <paramref name="word"/>, if any.</summary>
    public ChineseLexiconEntry? Find(string word) =>
        _byFirstChar.TryGetValue(word.Length > 0 ? word[0] : '\0', out var candidates)
            ? Array.Find(candidates, e => e.Word == word)
            : null;

    /// <summary>
    /// Scans <paramref name="sentence"/> left to right; at each position the longest lexicon word starting there is taken
    /// and its characters consumed. Provision words are returned; non-provision words just hide what they contain.
    /// </summary>
    public IReadOnlyList<ChineseMatch> Scan(string sentence)
    {
        var matches = new List<ChineseMatch>();
        var i = 0;
        while (i < sentence.Length)
        {
            var entry = LongestAt(sentence, i);
            if (entry is null)
            {
                i++;
                continue;
            }
            if (entry.IsProvision && !IsAttributive(sentence, i, entry) && !FollowsVerb(sentence, i, entry))
            {
                matches.Add(new ChineseMatch(entry, i, i + entry.Word.Length));
            }
            i += entry.Word.Length;
        }
        return matches;
    }

    private bool IsAttributive(string text, int i, ChineseLexiconEntry entry)
    {
        foreach (var rule in AttributiveRules)
        {
            if (rule.Form != entry.Word)
            {
                continue;
            }
            var start = i + entry.Word.Length;
            for (var k = 0; k <= rule.MaxBetween && start + k < text.Length; k++)
            {
                if (k > 0 && !Script.IsHan(text[start + k - 1]))
                {
                    break;
                }
                if (text[start + k] == rule.Particle)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private bool FollowsVerb(string text, int i, ChineseLexiconEntry entry)
    {
        foreach (var rule in AfterVerbRules)
        {
            if (rule.Form == entry.Word && rule.Verbs.Any(v => i >= v.Length && string.CompareOrdinal(text, i - v.Length, v, 0, v.Length) == 0))
            {
                return true;
            }
        }
        return false;
    }

    private ChineseLexiconEntry? LongestAt(string text, int i)
    {
        if (!_byFirstChar.TryGetValue(text[i], out var candidates))
        {
            return null;
        }
        foreach (var e in candidates)
        {
            if (i + e.Word.Length <= text.Length && string.CompareOrdinal(text, i, e.Word, 0, e.Word.Length) == 0)
            {
                return e;
            }
        }
        return null;
    }

    /// <summary>Parses the lexicon format described at the top of zh-provisions.txt.</summary>
    public static ChineseLexicon Parse(TextReader reader)
    {
        var entries = new List<ChineseLexiconEntry>();
        var attributive = new List<AttributiveRule>();
        var afterVerb = new List<AfterVerbRule>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var hash = line.IndexOf('#');
            var content = (hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length == 0)
            {
                continue;
            }
            var columns = content.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (columns[0] == "@attributive")
            {
                if (columns.Length != 4 || columns[2].Length != 1 || !int.TryParse(columns[3], out var max) || max < 0)
                {
                    throw new InvalidDataException($"zh-provisions.txt:{lineNumber}: expected '@attributive<TAB>form<TAB>particle<TAB>count'.");
                }
                attributive.Add(new AttributiveRule(columns[1], columns[2][0], max));
                continue;
            }
            if (columns[0] == "@after-verb")
            {
                if (columns.Length != 3)
                {
                    throw new InvalidDataException($"zh-provisions.txt:{lineNumber}: expected '@after-verb<TAB>form<TAB>verb verb …'.");
                }
                afterVerb.Add(new AfterVerbRule(columns[1], columns[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
                continue;
            }
            if (columns[0].StartsWith('@'))
            {
                throw new InvalidDataException($"zh-provisions.txt:{lineNumber}: unknown directive '{columns[0]}'.");
            }
            if (columns.Length < 2)
            {
                throw new InvalidDataException($"zh-provisions.txt:{lineNumber}: expected 'variants<TAB>kind[<TAB>flags]'.");
            }
            ProvisionKind? kind = null;
            if (columns[1] != "-")
            {
                if (!Enum.TryParse<ProvisionKind>(columns[1], ignoreCase: false, out var k))
                {
                    throw new InvalidDataException($"zh-provisions.txt:{lineNumber}: unknown kind '{columns[1]}'.");
                }
                kind = k;
            }
            var negative = false;
            int? prefix = null;
            foreach (var flag in columns.Skip(2).SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                if (flag == "neg")
                {
                    negative = true;
                }
                else if (flag.StartsWith("prefix=", StringComparison.Ordinal) && int.TryParse(flag["prefix=".Length..], out var n) && n > 0)
                {
                    prefix = n;
                }
                else
                {
                    throw new InvalidDataException($"zh-provisions.txt:{lineNumber}: unknown flag '{flag}'.");
                }
            }
            foreach (var word in columns[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
            {
                if (prefix > word.Length || (prefix is not null && kind is null))
                {
                    throw new InvalidDataException($"zh-provisions.txt:{lineNumber}: prefix={prefix} does not fit '{word}'.");
                }
                entries.Add(new ChineseLexiconEntry(word, kind, negative, prefix is { } p ? word[..p] : word));
            }
        }
        return new ChineseLexicon(entries, attributive, afterVerb);
    }

    private static ChineseLexicon Load()
    {
        using var stream = typeof(ChineseLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from "
                + $"{typeof(ChineseLexicon).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
