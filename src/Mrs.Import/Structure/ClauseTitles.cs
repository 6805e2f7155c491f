using Mrs.Model;

namespace Mrs.Import.Structure;

/// <summary>Titles that identify special clauses and sections, in Chinese (both scripts) and English. Data, not logic.</summary>
internal static class ClauseTitles
{
    private static readonly (ClauseKind Kind, string[] Titles)[] Clauses =
    [
        (ClauseKind.Scope, ["范围", "範圍", "Scope", "適用範囲", "Anwendungsbereich", "Domaine d'application"]),
        (ClauseKind.NormativeReferences,
            ["规范性引用文件", "規範性引用文件", "引用文件", "Normative references", "Normative reference", "References", "引用規格", "Normative Verweisungen",
                "Références normatives"]),
        (ClauseKind.TermsAndDefinitions,
            ["术语和定义", "術語和定義", "术语", "術語", "Terms and definitions", "Terms, definitions and abbreviated terms",
                "Terms, definitions and abbreviations",
            "Terms, definitions, symbols and abbreviated terms", "Terms, definitions, symbols and abbreviations", "Definitions", "Terminology",
                "Definitions and abbreviations", "用語及び定義", "用語と定義", "用語および定義", "Begriffe", "Termes et définitions", "Definition of terms",
            "术语、定义和缩略语", "术语和定义、缩略语", "术语、定义、符号和缩略语", "定义", "定義", "用語の定義", "用語", "Definitionen", "Définitions"]),
        (ClauseKind.SymbolsAndAbbreviatedTerms,
            ["符号和缩略语", "缩略语", "符号", "符號和縮略語", "縮略語", "Symbols and abbreviated terms", "Abbreviated terms", "Symbols", "Abbreviations",
                "Symbols and abbreviations", "Abbreviations and acronyms", "略語"]),
    ];

    private static readonly Dictionary<string, ClauseKind> ClauseKinds = Clauses
        .SelectMany(c => c.Titles.Select(t => (Title: Normalize(t), c.Kind)))
        .DistinctBy(x => x.Title, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(x => x.Title, x => x.Kind, StringComparer.OrdinalIgnoreCase);

    public static ClauseKind KindOf(string? title) =>
        title is not null && ClauseKinds.TryGetValue(Normalize(title), out var kind) ? kind : ClauseKind.General;

    private static readonly string[] Foreword = ["前言", "Foreword", "FOREWORD", "序言", "まえがき", "Vorwort", "Avant-propos"];
    private static readonly string[] Introduction = ["引言", "Introduction", "INTRODUCTION", "序文", "Einleitung", "0 Introduction", "导言"];
    private static readonly string[] Contents = ["目次", "目录", "目錄", "Contents", "CONTENTS", "Table of contents", "Table of Contents", "目　次", "目 次",
        "Inhalt", "Inhaltsverzeichnis", "Sommaire", "Table des matières", "Оглавление", "Содержание", "فهرست مطالب", "目錄", "目次 "];
    private static readonly string[] Bibliography = ["参考文献", "參考文獻", "Bibliography", "BIBLIOGRAPHY", "Informative references", "参考资料", "参考書目",
        "Literaturhinweise"];
    private static readonly string[] Index = ["索引", "Index", "INDEX"];

    private static readonly HashSet<string> ForewordSet = Set(Foreword);
    private static readonly HashSet<string> IntroductionSet = Set(Introduction);
    private static readonly HashSet<string> ContentsSet = Set(Contents);
    private static readonly HashSet<string> BibliographySet = Set(Bibliography);
    private static readonly HashSet<string> IndexSet = Set(Index);

    private static HashSet<string> Set(string[] titles) => titles.Select(Normalize).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsForeword(string text) => Matches(text, ForewordSet);
    public static bool IsIntroduction(string text) => Matches(text, IntroductionSet);
    public static bool IsContents(string text) => Matches(text, ContentsSet);
    public static bool IsBibliography(string text) => Matches(text, BibliographySet);
    public static bool IsIndex(string text) => Matches(text, IndexSet);

    /// <summary>Titles are short: longer text is never one (and is not normalised for nothing).</summary>
    private static bool Matches(string text, HashSet<string> titles) => text.Length <= 60 && titles.Contains(Normalize(text));

    /// <summary>Without white space (GB writes "前　　言") and a final colon.</summary>
    private static string Normalize(string s)
    {
        var first = 0;
        while (first < s.Length && !char.IsWhiteSpace(s[first]))
        {
            first++;
        }
        if (first < s.Length)
        {
            var kept = new System.Text.StringBuilder(s.Length).Append(s, 0, first);
            foreach (var c in s.AsSpan(first))
            {
                if (!char.IsWhiteSpace(c))
                {
                    kept.Append(c);
                }
            }
            s = kept.ToString();
        }
        return s.TrimEnd(':', '：');
    }
}
