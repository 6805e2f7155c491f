using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Mrs.Model;

namespace Mrs.Text.Language;

/// <summary>
/// Finds the provisions in a paragraph: splits its text into sentences (<see cref="SentenceSplitter"/>) and reports, for
/// each sentence, the verbal forms of ISO/IEC Directives Part 2 (English, <see cref="EnglishForms"/>) and GB/T 1.1-2020
/// Annex C (Chinese, Simplified and Traditional, <see cref="ChineseLexicon"/>) it uses.
/// <list type="bullet">
/// <item>Longest match wins ("shall not" over "shall", 不应 over 应); a form that merely continues another ("shall be
/// able to", 应能) is not reported twice; the same kind/form/polarity is reported once per sentence.</item>
/// <item>A form mentioned rather than used (quoted: "shall", “应”; or the whole sentence, as in a table of forms) is
/// not reported.</item>
/// <item>Sentences without a verbal form yield nothing (no "statement" per sentence).</item>
/// <item>English imperative sentences that open with a procedural verb and its object ("Weigh the sample …")
/// yield an <see cref="ProvisionKind.Instruction"/> with the verb as form; Chinese imperatives (祈使句) are not
/// detected.</item>
/// </list>
/// </summary>
public static partial class ProvisionClassifier
{
    private enum Mode
    {
        None,
        English,
        Chinese,
    }

    private readonly record struct Candidate(int Start, int End, int OccupyStart, ProvisionKind Kind, bool Negative, string Form);

    /// <summary>
    /// Classifies inline-Markdown paragraph text. <paramref name="language"/> is a BCP 47 tag or null: "en…" uses the
    /// English forms only; "zh…" decides per sentence (a Chinese document may carry English sentences); null detects it
    /// (kana or hangul: Japanese/Korean, unsupported; CJK ideographs: as "zh"; otherwise English); any other language
    /// (e.g. "ja", "de") yields nothing.
    /// </summary>
    public static IReadOnlyList<Provision> Classify(string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = Prose(text);
        var mode = ModeFor(language, plain);
        if (mode == Mode.None)
        {
            return [];
        }
        var result = new List<Provision>();
        var sentences = SentenceSplitter.Split(plain);
        for (var n = 0; n < sentences.Count; n++)
        {
            var sentence = sentences[n];
            var chinese = mode == Mode.Chinese && Script.IsMainlyChinese(sentence);
            foreach (var c in FindInSentence(sentence, chinese))
            {
                result.Add(new Provision { Kind = c.Kind, Form = c.Form, Negative = c.Negative, Sentence = n + 1 });
            }
        }
        return result;
    }

    /// <summary>
    /// The text as the classifier reads it: inline Markdown as prose (<see cref="InlineText.ToProse"/>), with bare URLs,
    /// like code spans and autolinks, one <see cref="InlineText.Opaque"/> character, so that nothing inside them is taken
    /// for a verbal form or a sentence end.
    /// </summary>
    public static string Prose(string markdown)
    {
        var prose = InlineText.ToProse(markdown);
        return prose.Contains("://", StringComparison.Ordinal) || prose.Contains("www.", StringComparison.OrdinalIgnoreCase)
            ? BareUrl().Replace(prose, InlineText.Opaque.ToString())
            : prose;
    }

    /// <summary>
    /// Forms that GB/T 1.1-2020 or the ISO/IEC Directives say not to use for a provision: "must" (only for external
    /// constraints), "may not" (neither permission nor prohibition), "need to", "might", "could"; 必须/须 for 应,
    /// 不得/不可 for 不应, and 需/不需要 (the Chinese "need to"/"does not need to"). The classifier reports them with
    /// their own form ("may not" as a negative permission, "must" as an external constraint); the rule engine flags them.
    /// </summary>
    public static FrozenSet<string> AmbiguousForms { get; } = new[]
    {
        "must", "must not", "mustn't", "may not", "need to", "needs to", "do not need to", "does not need to",
        "might", "might not", "could", "could not", "couldn't",
        "必须", "必須", "须", "須", "不得", "不可", "不可以", "需", "不需", "不需要",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Requirements, recommendations and permissions: what may not appear in informative places.</summary>
    public static bool IsNormative(ProvisionKind kind) => kind is ProvisionKind.Requirement or ProvisionKind.Recommendation
        or ProvisionKind.Permission;

    /// <summary>Whether <paramref name="form"/> (as reported in <see cref="Provision.Form"/>) is one of <see cref="AmbiguousForms"/>.</summary>
    public static bool IsAmbiguousForm(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return AmbiguousForms.Contains(NormalizeForm(form));
    }

    private static Mode ModeFor(string? language, string text)
    {
        if (!string.IsNullOrWhiteSpace(language))
        {
            var tag = language.Trim().ToLowerInvariant();
            return tag == "en" || tag.StartsWith("en-", StringComparison.Ordinal) ? Mode.English
                : tag == "zh" || tag.StartsWith("zh-", StringComparison.Ordinal) ? Mode.Chinese
                : Mode.None;
        }
        var han = false;
        foreach (var ch in text)
        {
            if (Script.IsKana(ch) || Script.IsHangul(ch))
            {
                return Mode.None;
            }
            han |= Script.IsHan(ch);
        }
        return han ? Mode.Chinese : Mode.English;
    }

    private static List<Candidate> FindInSentence(string sentence, bool chinese)
    {
        var candidates = chinese ? FindChinese(sentence) : FindEnglish(sentence);
        var accepted = ResolveOverlaps(candidates);
        accepted.RemoveAll(c => IsMentioned(sentence, c));
        DropChained(sentence, accepted);
        var seen = new HashSet<(ProvisionKind, string, bool)>();
        accepted.RemoveAll(c => !seen.Add((c.Kind, c.Form, c.Negative)));
        return accepted;
    }

    private static List<Candidate> FindChinese(string sentence) =>
        ChineseLexicon.Default.Scan(sentence)
            .Select(m => new Candidate(m.Start, m.End, m.Start, m.Entry.Kind!.Value, m.Entry.Negative, m.Entry.Form))
            .ToList();

    private static List<Candidate> FindEnglish(string sentence)
    {
        var s = sentence.Replace('’', '\'');
        var candidates = new List<Candidate>();
        var keywords = new EnglishForms.KeywordPresence(s);
        foreach (var rule in EnglishForms.All)
        {
            if (!keywords.MayMatch(rule))
            {
                continue;
            }
            foreach (Match m in rule.Pattern.Matches(s))
            {
                if (!IsVetoed(rule.Veto, s, m))
                {
                    var gap = m.Groups["gap"];
                    candidates.Add(new Candidate(m.Index, m.Index + m.Length, gap.Success ? gap.Index + gap.Length : m.Index,
                        rule.Kind, rule.Negative, EnglishFormText(m)));
                }
            }
        }
        if (InstructionVerb(s) is { } verb)
        {
            candidates.Add(new Candidate(verb.Start, verb.End, verb.Start, ProvisionKind.Instruction, false, verb.Form));
        }
        return candidates;
    }

    /// <summary>The form as found, lower-cased, white space collapsed, a gap shown as "…", an inner adverb left out.</summary>
    private static string EnglishFormText(Match m)
    {
        var value = m.Value;
        var inner = new[] { (Group: m.Groups["adv"], Text: " "), (Group: m.Groups["gap"], Text: " … ") }
            .Where(x => x.Group.Success)
            .OrderByDescending(x => x.Group.Index);
        foreach (var (group, text) in inner)
        {
            var at = group.Index - m.Index;
            value = value[..at] + text + value[(at + group.Length)..];
        }
        return NormalizeForm(value);
    }

    private static string NormalizeForm(string form) =>
        Whitespace().Replace(form.Trim().Replace('’', '\''), " ").ToLowerInvariant();

    private static bool IsVetoed(EnglishVeto veto, string s, Match m)
    {
        var end = m.Index + m.Length;
        switch (veto)
        {
            case EnglishVeto.PurposeOrIdiom:
            {
                var next = NextWord(s, end);
                if (m.Value.EndsWith("be", StringComparison.OrdinalIgnoreCase))
                {
                    if (EnglishForms.IdiomParticiples.Contains(next))
                    {
                        return true;
                    }
                }
                else if (EnglishForms.PrepositionalObjects.Contains(next) || next.Equals("say", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
                return HasPurposeSubject(ClauseBefore(s, m.Index).ToList());
            }
            case EnglishVeto.HaveToIdiom:
                return EnglishForms.HaveToIdioms.Contains(NextWord(s, end)) || DoWith().IsMatch(s[end..])
                    || EnglishForms.HypotheticalModals.Contains(PreviousWord(s, m.Index));
            case EnglishVeto.ConditionalInversion:
                return IsSentenceStart(s, m.Index) && s.IndexOf(',', end) > 0;
            case EnglishVeto.Month:
            {
                if (!char.IsUpper(s[m.Index]))
                {
                    return false;
                }
                var prev = PreviousWord(s, m.Index);
                var next = NextWord(s, end);
                return EnglishForms.MonthPredecessors.Contains(prev) || IsNumber(prev) || IsNumber(next);
            }
            case EnglishVeto.NounCan:
                return EnglishForms.CanNounPredecessors.Contains(PreviousWord(s, m.Index))
                    || EnglishForms.CanNounSuccessors.Contains(NextWord(s, end));
            case EnglishVeto.NounAfterDeterminer:
                return EnglishForms.Determiners.Contains(PreviousWord(s, m.Index));
            case EnglishVeto.NotImperative:
                return !IsClauseStartForImperative(s, m.Index);
            default:
                return false;
        }
    }

    /// <summary>An imperative "Do not": at the start of the sentence, after a list label ("a)"), or after : ; — –.</summary>
    private static bool IsClauseStartForImperative(string s, int index)
    {
        var before = s[..index].TrimEnd();
        return before.Length == 0
            || !before.Any(char.IsLetterOrDigit)
            || ListLabel().IsMatch(before)
            || before[^1] is ':' or ';' or '—' or '–';
    }

    private static bool IsSentenceStart(string s, int index) => !s[..index].Any(char.IsLetterOrDigit);

    /// <summary>The words of the clause before <paramref name="index"/> (back to the last , ; : or parenthesis).</summary>
    private static IEnumerable<string> ClauseBefore(string s, int index)
    {
        var start = s.LastIndexOfAny([',', ';', ':', '(', ')'], Math.Max(0, index - 1)) + 1;
        return Word().Matches(s[start..index]).Select(w => w.Value);
    }

    /// <summary>
    /// Whether the clause before "is to" has a purpose noun as its subject: a purpose noun followed only by its
    /// complements ("The purpose of this document"), with no verb or relative pronoun between it and "is to".
    /// </summary>
    private static bool HasPurposeSubject(List<string> words)
    {
        for (var i = words.Count - 1; i >= 0; i--)
        {
            if (EnglishForms.ClauseBreakers.Contains(words[i]))
            {
                return false;
            }
            if (EnglishForms.PurposeNouns.Contains(words[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static string PreviousWord(string s, int index)
    {
        var i = index;
        while (i > 0 && char.IsWhiteSpace(s[i - 1]))
        {
            i--;
        }
        var end = i;
        while (i > 0 && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] == '\''))
        {
            i--;
        }
        return s[i..end];
    }

    private static string NextWord(string s, int index)
    {
        var i = index;
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
        var start = i;
        while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '\''))
        {
            i++;
        }
        return s[start..i];
    }

    private static bool IsNumber(string word) => word.Length > 0 && word.All(char.IsDigit);

    /// <summary>
    /// A procedural verb opening a complete sentence (ending in . : or !) and followed by a determiner, pronoun, particle
    /// or number ("Weigh the sample", "Weigh 5 g"). The verb may follow an adverb ("Carefully mix …"), a label
    /// ("CAUTION — Only use …") or an adverbial lead-in up to the first comma ("Using tweezers, separate the kernels").
    /// </summary>
    private static (int Start, int End, string Form)? InstructionVerb(string s)
    {
        var trimmed = s.TrimEnd();
        if (trimmed.Length == 0 || trimmed[^1] is not ('.' or ':' or '!'))
        {
            return null;
        }
        var start = 0;
        while (start < s.Length && !char.IsLetter(s[start]))
        {
            start++;
        }
        if (start >= s.Length || !char.IsUpper(s[start]))
        {
            return null;
        }
        var first = NextWord(s, start);
        if (EnglishForms.InstructionLabels.Contains(first))
        {
            start += first.Length;
            while (start < s.Length && !char.IsLetter(s[start]))
            {
                start++;
            }
        }
        else if (EnglishForms.InstructionLeadIns.Contains(first) && s.IndexOf(',', start) is var comma and > 0)
        {
            return VerbAt(s, SkipSpaces(s, comma + 1));
        }
        return VerbAt(s, start);
    }

    private static (int Start, int End, string Form)? VerbAt(string s, int start)
    {
        var verb = NextWord(s, start);
        if (EnglishForms.InstructionAdverbs.Contains(verb))
        {
            start = SkipSpaces(s, start + verb.Length);
            verb = NextWord(s, start);
        }
        var end = start + verb.Length;
        if (!EnglishForms.InstructionVerbs.Contains(verb) || end >= s.Length || !char.IsWhiteSpace(s[end]))
        {
            return null;
        }
        var next = NextWord(s, end);
        if (!EnglishForms.InstructionObjects.Contains(next) && !IsNumber(next))
        {
            return null;
        }
        return (start, end, verb.ToLowerInvariant());
    }

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>
    /// A form that is mentioned rather than used: quoted on its own ("shall", “应”), or the whole sentence (a table
    /// cell listing verbal forms).
    /// </summary>
    private static bool IsMentioned(string sentence, Candidate c)
    {
        const string opening = "\"'“‘「『«";
        const string closing = "\"'”’」』»";
        if (c.Start > 0 && c.End < sentence.Length && opening.Contains(sentence[c.Start - 1]) && closing.Contains(sentence[c.End]))
        {
            return true;
        }
        return LettersOnly(sentence) == LettersOnly(c.Form);
    }

    private static string LettersOnly(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (char.IsLetterOrDigit(ch))
            {
                sb.Append(char.ToLowerInvariant(ch));
            }
        }
        return sb.ToString();
    }

    /// <summary>Leftmost first, longest first at a position; a candidate overlapping an accepted one is dropped.</summary>
    private static List<Candidate> ResolveOverlaps(List<Candidate> candidates)
    {
        var accepted = new List<Candidate>();
        foreach (var c in candidates.OrderBy(c => c.Start).ThenByDescending(c => c.End - c.Start))
        {
            if (!accepted.Any(a => c.OccupyStart < a.End && a.OccupyStart < c.End))
            {
                accepted.Add(c);
            }
        }
        accepted.Sort((a, b) => a.Start.CompareTo(b.Start));
        return accepted;
    }

    /// <summary>
    /// Drops a capability, possibility or permission form that directly follows another form, as part of the same verb
    /// group: "shall be able to", "may be able to", 应能, 宜可.
    /// </summary>
    private static void DropChained(string sentence, List<Candidate> accepted)
    {
        for (var i = accepted.Count - 1; i > 0; i--)
        {
            var b = accepted[i];
            if (b.Kind is not (ProvisionKind.Capability or ProvisionKind.Possibility or ProvisionKind.Permission))
            {
                continue;
            }
            var a = accepted[i - 1];
            if (a.Kind != ProvisionKind.Instruction && a.End <= b.Start && string.IsNullOrWhiteSpace(sentence[a.End..b.Start]))
            {
                accepted.RemoveAt(i);
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\b(?:https?://|ftp://|www\.)[^\s<>()（）""“”，。；]*[^\s<>()（）""“”，。；.,;:!?]", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\s+do\s+with\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoWith();

    [GeneratedRegex(@"^\(?[A-Za-z0-9]{1,3}[.)]$")]
    private static partial Regex ListLabel();
}
