using System.Text.RegularExpressions;
using Mrs.Text.Language;

namespace Mrs.Import.Structure;

/// <summary>The patterns the structure builder reads text with (the labels shared with other stages are in <see cref="TypedLabels"/>).</summary>
internal sealed partial class StructureBuilder
{
    /// <summary>A parenthesis at the start: "(normative)", "（资料性）".</summary>
    [GeneratedRegex(@"^\s*[(（][^)）]{0,40}[)）]")]
    private static partial Regex LeadingParenthesis();

    /// <summary>A term entry on one line: "3.1.1⇥Term [Reference]: definition" (ITU-T and others).</summary>
    [GeneratedRegex(@"^\s*(?<number>\d{1,3}(?:\.\d{1,3})+)\s+(?<term>[^:：\[]{1,80}?)\s*(?:\[(?<source>[^\]]{1,80})\])?\s*[:：]\s*(?<definition>.*)$",
        RegexOptions.Singleline)]
    private static partial Regex NumberedTermLine();

    /// <summary>A glossary line: "“Term” – definition", "Term: definition".</summary>
    [GeneratedRegex(@"^\s*[“""「]?(?<term>[^“”""「」–—:：\t]{1,60}?)[”""」]?\s*(?:[–—]|\s-\s|-\s|[:：])\s*(?<definition>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex TermAndDefinitionLine();

    /// <summary>"式中：E——能量": the where lead and what follows it on its line.</summary>
    [GeneratedRegex(@"^\s*(式中|其中|where|Where)\s*[:：]?\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex WhereLeadAndRest();

    /// <summary>The lead of a figure key: "说明：", "Key".</summary>
    [GeneratedRegex(@"^\s*(说明|說明|Key|KEY)\s*[:：]?\s*")]
    private static partial Regex KeyLeadPrefix();

    /// <summary>"is" or "are" starting the explanation of a symbol.</summary>
    [GeneratedRegex(@"^(?:is|are)\s+(?=\S)")]
    private static partial Regex WhereVerb();

    /// <summary>The label of a deprecated term: "DEPRECATED:", "被取代：".</summary>
    [GeneratedRegex(@"^\s*(DEPRECATED|Deprecated|被取代|拒用)\s*[:：]\s*")]
    private static partial Regex DeprecatedLabel();

    /// <summary>"标准化文件　standardizing document": the Chinese term and its English equivalent, set apart by a wide gap.</summary>
    [GeneratedRegex(@"^(?<zh>.*?[" + Script.HanClass + @"）)][^A-Za-z]*?)(?:\u3000+|\t+| {2,}|\s*\\\n\s*)(?<en>[A-Za-z].*)$")]
    private static partial Regex ChineseAndEnglishTerm();

    /// <summary>The domain of a definition: "&lt;rice&gt; …", "〈…〉".</summary>
    [GeneratedRegex(@"^\s*(?:\\<|<|〈|＜)(?<domain>[^>〉＞\\]{1,60})(?:\\>|>|〉|＞)\s*")]
    private static partial Regex TermDomain();

    /// <summary>A source closing a definition paragraph: "…的集合。[来源：GB/T 20000.1—2014，3.1]".</summary>
    [GeneratedRegex(@"[\[【［]\s*(来源|來源|SOURCE|Source)\s*[:：].*[\]】］]\s*$")]
    private static partial Regex TrailingTermSource();

    /// <summary>", modified — Note 1 to entry has been added.", "，有修改".</summary>
    [GeneratedRegex(@"[,，]\s*(modified|有修改|修改)\s*(?:[—–-]+|[,，:：])?\s*(?<how>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex SourceModified();

    /// <summary>A comma between the parts of a source, in either script.</summary>
    [GeneratedRegex(@"\s*[,，]\s*")]
    private static partial Regex ListComma();

    /// <summary>White space in an identifier, non-breaking and thin spaces included.</summary>
    [GeneratedRegex(@"[\s\u00a0\u2009\u202f]+")]
    private static partial Regex IdentifierSpace();

    /// <summary>Any run of white space in a title.</summary>
    [GeneratedRegex(@"[\s\u00a0]+")]
    private static partial Regex TitleSpace();
}
