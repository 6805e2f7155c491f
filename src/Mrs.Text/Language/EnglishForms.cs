using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Mrs.Model;

namespace Mrs.Text.Language;

/// <summary>Why a match of an English pattern is not a provision after all (a "veto"), looked up as data.</summary>
public enum EnglishVeto
{
    None,
    /// <summary>
    /// "is to": the subject is a purpose noun ("The purpose of this document is to specify …"), or "that is to say", "is to be expected".
    /// </summary>
    PurposeOrIdiom,
    /// <summary>"has to do with", "has to say", "has to offer"; hypothetical "would have to".</summary>
    HaveToIdiom,
    /// <summary>"Should the test fail, …": sentence-initial conditional inversion.</summary>
    ConditionalInversion,
    /// <summary>"May" the month ("1 May 2020", "in May").</summary>
    Month,
    /// <summary>"can" the noun ("a can", "can opener").</summary>
    NounCan,
    /// <summary>"must" or "need" the noun ("a must", "the need to …").</summary>
    NounAfterDeterminer,
    /// <summary>"do not" other than at the start of a sentence or clause: indicative ("values that do not apply").</summary>
    NotImperative,
}

/// <summary>One English verbal form: a pattern, what it expresses and what can veto it.</summary>
/// <param name="Pattern">
/// Case-insensitive pattern. A group named "gap" is material between the parts of the form ("only … is permitted"); it
/// is reported as "…" and other forms inside it are still found. A group named "adv" is an adverb inside the form
/// ("shall also not") and is dropped from the reported form.
/// </param>
public sealed record EnglishForm(Regex Pattern, ProvisionKind Kind, bool Negative, EnglishVeto Veto = EnglishVeto.None)
{
    /// <summary>
    /// Words of which the sentence must contain at least one for the pattern to be tried (a cheap filter before the
    /// regular expression); empty when the pattern has no distinctive word and is always tried.
    /// </summary>
    public IReadOnlyList<string> Keywords => EnglishForms.WordsOf(KeywordBits);

    /// <summary><see cref="Keywords"/> as bits, one per distinctive word (as <see cref="EnglishForms.KeywordPresence"/> reads them).</summary>
    internal ulong KeywordBits { get; } = EnglishForms.KeywordBitsOf(Pattern.ToString());
}

/// <summary>
/// The English verbal forms of ISO/IEC Directives Part 2 (Tables 3–7), with the ambiguous forms the rules flag (must,
/// may not, need to, might, could), as a table. Longest match wins at a position, so "shall not" beats "shall".
/// </summary>
public static class EnglishForms
{
    // Interpreted, not compiled: compiling some fifty patterns costs more at start-up than the keyword filter leaves to match.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Adv = @"(?:\s+(?<adv>also|therefore|then|normally|generally|usually|further|still|always|otherwise))?";
    private const string Be = @"(?:is|are)";

    private static EnglishForm F(string pattern, ProvisionKind kind, bool negative = false, EnglishVeto veto = EnglishVeto.None) =>
        new(new Regex(pattern, Options), kind, negative, veto);

    private static readonly string[] Distinctive =
    [
        "shall", "shan't", "required", "necessary", "permitted", "allowed", "acceptable", "permissible", "don't", "not", "should", "shouldn't",
        "recommended", "ought", "may", "need", "needn't", "cannot", "can", "can't", "able", "unable", "possibility", "possible", "might",
        "could", "couldn't", "must", "mustn't", "only",
    ];

    /// <summary>The distinctive words a pattern's text contains (see <see cref="EnglishForm.Keywords"/>), as bits.</summary>
    internal static ulong KeywordBitsOf(string pattern)
    {
        var words = Regex.Matches(pattern, @"[a-z']+").Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        // A pattern is tried when any of its distinctive words occurs in the sentence.
        var bits = 0UL;
        for (var i = 0; i < Distinctive.Length; i++)
        {
            if (words.Contains(Distinctive[i]))
            {
                bits |= 1UL << i;
            }
        }
        return bits;
    }

    /// <summary>The distinctive words of <see cref="KeywordBitsOf"/>'s bits.</summary>
    internal static IReadOnlyList<string> WordsOf(ulong bits) =>
        Distinctive.Where((_, i) => (bits & (1UL << i)) != 0).ToList();

    /// <summary>
    /// Which distinctive words a sentence contains (case-insensitively, anywhere), each looked for once per sentence
    /// however many patterns name it, and only when a pattern asks.
    /// </summary>
    internal struct KeywordPresence(string sentence)
    {
        private ulong known;
        private ulong present;

        /// <summary>True when the pattern has no distinctive word, or the sentence contains one of its words.</summary>
        public bool MayMatch(EnglishForm form)
        {
            var wanted = form.KeywordBits;
            if (wanted == 0 || (present & wanted) != 0)
            {
                return true;
            }
            for (var unknown = wanted & ~known; unknown != 0; unknown &= unknown - 1)
            {
                var bit = unknown & (~unknown + 1);
                known |= bit;
                if (sentence.Contains(Distinctive[System.Numerics.BitOperations.TrailingZeroCount(bit)], StringComparison.OrdinalIgnoreCase))
                {
                    present |= bit;
                    return true;
                }
            }
            return false;
        }
    }

    public static IReadOnlyList<EnglishForm> All { get; } =
    [
        // requirement (Table 3)
        F($@"\bshall{Adv}\s+(?:not|never)\b", ProvisionKind.Requirement, negative: true),
        F(@"\bshan't\b", ProvisionKind.Requirement, negative: true),
        F(@"\bshall\b", ProvisionKind.Requirement),
        F($@"\b{Be}\s+required\s+to\s+be\s+not\b", ProvisionKind.Requirement, negative: true),
        F($@"\b{Be}\s+required\s+to\b", ProvisionKind.Requirement),
        F(@"\bit\s+is\s+required\s+that\b", ProvisionKind.Requirement),
        F(@"\bit\s+is\s+necessary\b", ProvisionKind.Requirement),
        F(@"\b(?:has|have)\s+to\b", ProvisionKind.Requirement, veto: EnglishVeto.HaveToIdiom),
        F($@"\b{Be}\s+to\b(?:\s+be\b)?", ProvisionKind.Requirement, veto: EnglishVeto.PurposeOrIdiom),
        F(@"\bonly\b(?<gap>[^.;:!?,]{1,80}?)\b(?:is|are)\s+(?:permitted|allowed)\b", ProvisionKind.Requirement),
        F($@"\b{Be}\s+not\s+(?:allowed|permitted|acceptable|permissible)\b", ProvisionKind.Requirement, negative: true),
        F($@"\b{Be}\s+not\s+to\b(?:\s+be\b)?", ProvisionKind.Requirement, negative: true, veto: EnglishVeto.PurposeOrIdiom),
        F(@"\b(?:do\s+not|don't)\b", ProvisionKind.Requirement, negative: true, veto: EnglishVeto.NotImperative),

        // recommendation (Table 4)
        F($@"\bshould{Adv}\s+(?:not|never)\b", ProvisionKind.Recommendation, negative: true),
        F(@"\bshouldn't\b", ProvisionKind.Recommendation, negative: true),
        F(@"\bshould\b", ProvisionKind.Recommendation, veto: EnglishVeto.ConditionalInversion),
        F(@"\bit\s+is\s+recommended\s+that\b", ProvisionKind.Recommendation),
        F(@"\bit\s+is\s+not\s+recommended\s+that\b", ProvisionKind.Recommendation, negative: true),
        F($@"\b{Be}\s+recommended\b", ProvisionKind.Recommendation),
        F($@"\b{Be}\s+not\s+recommended\b", ProvisionKind.Recommendation, negative: true),
        F(@"\bought\s+to\b", ProvisionKind.Recommendation),
        F(@"\bought\s+not\s+to\b", ProvisionKind.Recommendation, negative: true),

        // permission (Table 5); "may not" is reported as a negative permission and flagged as ambiguous
        F($@"\bmay{Adv}\s+not\b", ProvisionKind.Permission, negative: true),
        F(@"\bmay\b", ProvisionKind.Permission, veto: EnglishVeto.Month),
        F($@"\b{Be}{Adv}\s+(?:permitted|allowed|permissible)\b", ProvisionKind.Permission),
        F(@"\bneed\s+not\b", ProvisionKind.Permission, negative: true),
        F(@"\bneedn't\b", ProvisionKind.Permission, negative: true),
        F(@"\bit\s+is\s+not\s+required\s+that\b", ProvisionKind.Permission, negative: true),
        F(@"\bit\s+is\s+not\s+necessary\b", ProvisionKind.Permission, negative: true),
        F(@"\bno\b(?<gap>[^.;:!?,]{1,60}?)\b(?:is|are)\s+required\b(?!\s+to\b)", ProvisionKind.Permission, negative: true),
        F($@"\b{Be}\s+not\s+required\b", ProvisionKind.Permission, negative: true),
        F(@"\b(?:do|does)\s+not\s+need\s+to\b", ProvisionKind.Permission, negative: true),
        F(@"\b(?:(?:do|does|did)\s+not|don't|doesn't|didn't)\s+have\s+to\b", ProvisionKind.Permission, negative: true, veto: EnglishVeto.HaveToIdiom),

        // possibility and capability (Table 6): "can" is reported as a possibility, "be able to" as a capability
        F(@"\b(?:cannot|can\s+not|can't)\b", ProvisionKind.Possibility, negative: true),
        F(@"\bcan\b", ProvisionKind.Possibility, veto: EnglishVeto.NounCan),
        F(@"\b(?:is|are|be|been|being|am)\s+able\s+to\b", ProvisionKind.Capability),
        F(@"\b(?:is|are|be|been|being|am)\s+(?:unable|not\s+able)\s+to\b", ProvisionKind.Capability, negative: true),
        F(@"\bthere\s+is\s+a\s+possibility\s+(?:of|that)\b", ProvisionKind.Possibility),
        F(@"\bthere\s+is\s+no\s+possibility\s+(?:of|that)\b", ProvisionKind.Possibility, negative: true),
        F(@"\bit\s+is\s+possible\s+(?:to|that|for)\b", ProvisionKind.Possibility),
        F(@"\bit\s+is\s+not\s+possible\s+(?:to|that|for)\b", ProvisionKind.Possibility, negative: true),
        F(@"\bmight\s+not\b", ProvisionKind.Possibility, negative: true),
        F(@"\bmight\b", ProvisionKind.Possibility),
        F(@"\b(?:could\s+not|couldn't)\b", ProvisionKind.Possibility, negative: true),
        F(@"\bcould\b", ProvisionKind.Possibility),

        // external constraint (not a provision of the document) and "need to" (ambiguous requirement)
        F($@"\bmust{Adv}\s+not\b", ProvisionKind.ExternalConstraint, negative: true),
        F(@"\bmustn't\b", ProvisionKind.ExternalConstraint, negative: true),
        F(@"\bmust\b", ProvisionKind.ExternalConstraint, veto: EnglishVeto.NounAfterDeterminer),
        F(@"\bneeds?\s+to\b", ProvisionKind.Requirement, veto: EnglishVeto.NounAfterDeterminer),
    ];

    /// <summary>
    /// Words that, between a purpose noun and "is to", show the noun is not the subject of that "is"
    /// ("A policy is a set of configurations that specify how results are to be treated").
    /// </summary>
    public static FrozenSet<string> ClauseBreakers { get; } = new[]
    {
        "is", "are", "was", "were", "be", "been", "that", "which", "who", "whom", "whose", "where", "when", "shall",
        "should", "may", "can", "must", "will", "would", "and", "or",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns whose "… is to …" states a purpose, not a requirement ("The aim of this document is to …").</summary>
    public static FrozenSet<string> PurposeNouns { get; } = new[]
    {
        "purpose", "purposes", "aim", "aims", "objective", "objectives", "goal", "goals", "intent", "intention", "intentions",
        "idea", "role", "task", "tasks", "function", "mission", "challenge", "solution", "approach", "strategy", "plan",
        "step", "option", "priority", "focus", "object", "point", "answer", "policy", "practice", "principle", "tendency",
        "desire", "wish", "hope", "trend", "effect", "result", "ambition", "vision", "target", "recommendation", "scope",
        "alternative", "remedy", "aspiration", "motivation", "rationale", "difficulty", "problem", "question",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after "has to" that make it an idiom, not a requirement ("what the policy has to say").</summary>
    public static FrozenSet<string> HaveToIdioms { get; } = new[]
    {
        "say", "offer",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Modals before "have to" that make it hypothetical ("the consumer would have to open …").</summary>
    public static FrozenSet<string> HypotheticalModals { get; } = new[]
    {
        "would", "might", "could", "may",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after "is to" that make "to" a preposition ("is to the left of").</summary>
    public static FrozenSet<string> PrepositionalObjects { get; } = new[]
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "each", "every",
        "some", "any", "all", "both", "which", "whom", "what",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Participles after which "is to be" is an idiom, not a requirement ("as is to be expected").</summary>
    public static FrozenSet<string> IdiomParticiples { get; } = new[]
    {
        "expected", "noted", "hoped", "regretted", "welcomed", "feared", "found",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before "can" that make it a noun ("the can", "aerosol can").</summary>
    public static FrozenSet<string> CanNounPredecessors { get; } = new[]
    {
        "a", "an", "the", "each", "every", "per", "aerosol", "tin", "spray", "watering", "trash", "garbage",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after "can" that make it a noun ("can opener").</summary>
    public static FrozenSet<string> CanNounSuccessors { get; } = new[]
    {
        "opener", "openers", "lid", "lids",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Determiners before "must"/"need" that make them nouns ("a must", "the need to"). "that" is not one: in
    /// "records that must be produced" it is a relative pronoun.
    /// </summary>
    public static FrozenSet<string> Determiners { get; } = new[]
    {
        "a", "an", "the", "this", "no", "any", "each", "every", "its", "their", "our", "his", "her", "your", "my",
        "whose", "such", "some", "great", "real", "clear", "urgent", "growing", "increasing",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before "May" that make it the month ("in May", "until May").</summary>
    public static FrozenSet<string> MonthPredecessors { get; } = new[]
    {
        "in", "of", "on", "by", "since", "until", "till", "from", "during", "before", "after", "early", "mid", "late", "end",
        "through", "between", "and", "to",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Verbs that open an instruction in a test method or procedure ("Weigh the sample", "Report the results"). Only
    /// capitalised, at the very start of a complete sentence and followed by one of <see cref="InstructionObjects"/>.
    /// Cross-references ("Refer to …", "See …") are not instructions to carry out, and "Set to …" describes a field.
    /// Management verbs (ensure, identify, document, establish …) are left out on purpose: in requirement lists they
    /// continue a lead-in such as "The organization shall:", and would be misread as instructions.
    /// </summary>
    public static FrozenSet<string> InstructionVerbs { get; } = new[]
    {
        "add", "adjust", "agitate", "allow", "apply", "assemble", "attach", "blend", "boil", "calculate", "calibrate",
        "carry", "centrifuge", "check", "clamp", "clean", "close", "collect", "combine", "compute", "condition",
        "connect", "cool", "count", "cover", "crush", "cut", "decant", "degas", "determine", "dilute", "disconnect",
        "discard", "dismantle", "disperse", "dissolve", "distil", "distill", "divide", "drain", "dry", "empty",
        "equilibrate", "evaporate", "examine", "expose", "express", "extract", "filter", "fill", "fit", "flush",
        "grind", "heat", "homogenize", "homogenise", "ignite", "immerse", "incubate", "inject", "insert", "inspect",
        "install", "introduce", "keep", "label", "leave", "load", "lower", "mark", "measure", "mill", "mix", "moisten",
        "mount", "observe", "open", "perform", "pipette", "place", "plot", "position", "pour", "prepare", "press",
        "proceed", "raise", "read", "record", "remove", "repeat", "replace", "report", "reset", "rinse",
        "rotate", "run", "scrape", "seal", "select", "separate", "set", "shake", "sieve", "soak", "spread", "stir",
        "stop", "store", "subtract", "switch", "take", "let", "tare", "tighten", "transfer", "turn", "use", "verify", "wait",
        "warm", "wash", "weigh", "wipe", "withdraw", "zero",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adverbs that may precede an instruction verb ("Carefully mix …", "Then add …").</summary>
    public static FrozenSet<string> InstructionAdverbs { get; } = new[]
    {
        "carefully", "gently", "slowly", "quickly", "thoroughly", "immediately", "then", "first", "next", "finally",
        "subsequently", "again", "rapidly", "cautiously", "only", "always", "never",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words opening an adverbial lead-in after which, past the first comma, an instruction may start
    /// ("Using tweezers, separate the kernels", "After drying, weigh the dish").
    /// </summary>
    public static FrozenSet<string> InstructionLeadIns { get; } = new[]
    {
        "using", "with", "after", "before", "when", "once", "while", "if", "where", "to", "for", "during", "having",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Upper-case labels that may precede an instruction ("CAUTION — Only use …").</summary>
    public static FrozenSet<string> InstructionLabels { get; } = new[]
    {
        "CAUTION", "WARNING", "DANGER", "IMPORTANT", "NOTE",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that may follow an instruction verb (a determiner, a pronoun, a particle or a number).</summary>
    public static FrozenSet<string> InstructionObjects { get; } = new[]
    {
        "the", "a", "an", "each", "all", "any", "both", "either", "it", "them", "this", "these", "that", "those", "its",
        "their", "one", "two", "three", "approximately", "about", "at", "from", "with", "in", "into", "on", "onto",
        "for", "until", "out", "off", "up", "down", "back", "together", "thoroughly", "carefully", "immediately",
        "gently", "slowly", "only", "again", "separately", "successively", "enough", "sufficient", "some", "more",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
