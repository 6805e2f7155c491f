using Mrs.Model;

namespace Mrs.Import.Structure;

/// <summary>Titles that identify special clauses and sections, in Chinese (both scripts) and English. Data, not logic.</summary>
internal static class ClauseTitles
{
    private static readonly (ClauseKind Kind, string[] Titles)[] Clauses =
    [
        (ClauseKind.Scope, ["范围", "範圍", "Scope", "適用範囲", "Anwendungsbereich", "Domaine d'application"]),
        (ClauseKind.NormativeReferences, ["规范性引用文件", "規範性引用文件", "引用文件", "Normative references", "Normative reference", "References", "引用規格", "Normative Verweisungen", "Références normatives"]),
        (ClauseKind.TermsAndDefinitions, ["术语和定义", "術語和定義", "术语", "術語", "Terms and definitions", "Terms, definitions and abbreviated terms", "Terms, definitions and abbreviations",
            "Terms, definitions, symbols and abbreviated terms", "Terms, definitions, symbols and abbreviations", "Definitions", "Terminology", "Definitions and abbreviations", "用語及び定義", "Begriffe", "Termes et définitions", "Definition of terms",
            "术语、定义和缩略语", "术语和定义、缩略语", "术语、定义、符号和缩略语", "定义", "定義", "用語の定義", "用語", "Definitionen", "Définitions"]),
        (ClauseKind.SymbolsAndAbbreviatedTerms, ["符号和缩略语", "缩略语", "符号", "符號和縮略語", "縮略語", "Symbols and abbreviated terms", "Abbreviated terms", "Symbols", "Abbreviations", "Symbols and abbreviations", "Abbreviations and acronyms", "略語"]),
    ];

    public static ClauseKind KindOf(string? title)
    {
        if (title is null)
        {
            return ClauseKind.General;
        }
        var t = Normalize(title);
        foreach (var (kind, titles) in Clauses)
        {
            if (titles.Any(x => string.Equals(Normalize(x), t, StringComparison.OrdinalIgnoreCase)))
            {
                return kind;
            }
        }
        return ClauseKind.General;
    }

    private static readonly string[] Foreword = ["前言", "Foreword", "FOREWORD", "序言", "まえがき", "Vorwort", "Avant-propos"];
    private static readonly string[] Introduction = ["引言", "Introduction", "INTRODUCTION", "序文", "Einleitung", "0 Introduction", "导言"];
    private static readonly string[] Contents = ["目次", "目录", "目錄", "Contents", "CONTENTS", "Table of contents", "Table of Contents", "目　次", "目 次", "Inhalt", "Inhaltsverzeichnis", "Sommaire", "Table des matières", "Оглавление", "Содержание", "فهرست مطالب", "目錄", "目次 "];
    private static readonly string[] Bibliography = ["参考文献", "參考文獻", "Bibliography", "BIBLIOGRAPHY", "Informative references", "参考资料", "参考書目", "Literaturhinweise"];
    private static readonly string[] Index = ["索引", "Index", "INDEX"];

    public static bool IsForeword(string text) => Matches(text, Foreword);
    public static bool IsIntroduction(string text) => Matches(text, Introduction);
    public static bool IsContents(string text) => Matches(text, Contents);
    public static bool IsBibliography(string text) => Matches(text, Bibliography);
    public static bool IsIndex(string text) => Matches(text, Index);

    private static bool Matches(string text, string[] titles)
    {
        var t = Normalize(text);
        return titles.Any(x => string.Equals(Normalize(x), t, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Without white space (GB writes "前　　言") and a final colon.</summary>
    private static string Normalize(string s) => new string(s.Where(c => !char.IsWhiteSpace(c)).ToArray()).TrimEnd(':', '：');
}
