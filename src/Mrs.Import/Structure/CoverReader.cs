using System.Globalization;
using System.Text.RegularExpressions;
using Mrs.Import.Docx.Word;
using Mrs.Import.Profiles;
using Mrs.Model;
using Mrs.Text.Language;

namespace Mrs.Import.Structure;

/// <summary>
/// Metadata from the cover (styled fields, frames, text boxes, content controls) and the foreword's statements
/// (提出, 归口, 起草单位, 起草人). Each cover line is either reproduced exactly by a metadata field or kept verbatim in
/// otherFields, so that no cover text is lost.
/// </summary>
internal static partial class CoverReader
{
    public static Metadata Read(List<(WordParagraph Paragraph, StyleRole Role)> cover, IReadOnlyDictionary<string, string> core,
        ImportSession session, List<SectionNode> preface)
    {
        string? identifier = null, stage = null, publication = null, implementation = null, filing = null, committee = null;
        var titlesZh = new List<string>();
        var titlesEn = new List<string>();
        var ics = new List<string>();
        var ccs = new List<string>();
        var bodies = new List<string>();
        var supersedes = new List<string>();
        var adoptions = new List<Adoption>();
        // cover lines kept as they are, with their place on the cover (they are written in that order)
        var kept = new List<(int Line, MetadataField Field)>();
        DocumentLevel? level = null;
        string? pendingLabel = null;
        // Lines no field claimed, in order: the title of a cover without cover styles is found among them afterwards.
        var unclaimed = new List<(int Line, string Text, string Name)>();
        string? boilerplate = null;
        var line = -1;
        var identifierLine = -1;

        foreach (var (paragraph, role) in cover)
        {
            var text = Clean(paragraph.Text);
            line++;
            if (text.Length == 0)
            {
                continue;
            }
            var field = role.Kind == RoleKind.Cover ? role.Detail ?? "other" : null;
            var name = paragraph.ContentControl ?? (field is null ? boilerplate ?? "other" : field);
            var exact = false;
            if (Boilerplate.KindOf(text) is { } heading)
            {
                // "Important notice", "Copyright Notification" …: the heading and the lines under it are that notice
                boilerplate = heading;
                kept.Add((line, new MetadataField { Name = heading, Value = text }));
                continue;
            }
            if (identifier is not null && Squash(text) == Squash(identifier))
            {
                continue; // the identifier again (a running head on the cover's second page)
            }
            if (text is "发" or "布" or "發" or "发布" or "發布" && bodies.Count > 0)
            {
                continue; // "发布" set letter by letter beside the issuing bodies: the label of that field
            }

            // "ICS" and its code sometimes stand in two paragraphs.
            if (pendingLabel is not null)
            {
                text = pendingLabel + " " + text;
                pendingLabel = null;
            }
            if (text is "ICS" or "CCS")
            {
                pendingLabel = text;
                continue;
            }

            if (IcsPattern().Match(text) is { Success: true } icsMatch)
            {
                ics.AddRange(icsMatch.Groups["code"].Captures.Select(c => c.Value));
                exact = icsMatch.Length == text.Length && icsMatch.Groups["code"].Captures.Count == 1
                    && text == "ICS " + icsMatch.Groups["code"].Value;
                if (CcsPattern().Match(text) is { Success: true } alsoCcs)
                {
                    ccs.Add(alsoCcs.Groups["code"].Value);
                    exact = false;
                }
            }
            else if (CcsPattern().Match(text) is { Success: true } ccsMatch)
            {
                ccs.Add(ccsMatch.Groups["code"].Value);
                exact = text == "CCS " + ccsMatch.Groups["code"].Value;
            }
            else if (field is "designation" || DesignationPattern().IsMatch(text))
            {
                level ??= LevelOf(text);
            }
            else if (field is "supersedes" || SupersedesPattern().IsMatch(text))
            {
                var replaced = SupersedesPattern().Match(text);
                var list = (replaced.Success ? replaced.Groups["ids"].Value : text)
                    .Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                supersedes.AddRange(list.Where(s => s.Trim('\u2002', ' ').Length > 0));
            }
            else if (field is "identifier"
                || identifier is null && IdentifierPattern().Match(text) is { Success: true } m0 && m0.Index == 0 && field is null or "other")
            {
                var m = IdentifierPattern().Match(text);
                // a styled identifier field that the pattern reads only in part ("ETSI TS 1DD DDD Vm.t.e (yyyy-mm)",
                // a template's placeholder) is kept whole
                identifier ??= m.Success && (field is not "identifier" || SupersedesInLine().IsMatch(text[m.Length..])) ? m.Value.Trim() : text;
                exact = identifier == text;
                var stageMatch = DraftStagePattern().Match(text);
                if (stageMatch.Success)
                {
                    stage ??= stageMatch.Groups["stage"].Value;
                }
                if (SupersedesInLine().Match(text) is { Success: true } replaced)
                {
                    // "GB/T 28181—2022 代替 GB/T 28181—2016" on one line
                    supersedes.AddRange(replaced.Groups["ids"].Value.Split(['、', ',', '，', ';', '；'],
                        StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    exact = false;
                }
            }
            else if (DatedLine().Matches(text) is { Count: 2 } dated && DatedLine().Replace(text, "").Trim().Length == 0)
            {
                // "2022-12-30 发布 2023-07-01 实施": both dates on one line
                foreach (System.Text.RegularExpressions.Match d in dated)
                {
                    if (PublicationPattern().IsMatch(d.Value))
                    {
                        publication ??= Date(d.Value);
                    }
                    else
                    {
                        implementation ??= Date(d.Value);
                    }
                }
            }
            else if (field is null or "other" && Script.IsMostlyHan(text) && KnownBodies(text) is { Count: > 0 } known)
            {
                bodies.AddRange(known); // "国家市场监督管理总局国家标准化管理委员会" without the 发布 beside it
                exact = true;
            }
            else if (field is "issuingBody"
                || field is null or "other" && PublicationPattern().IsMatch(text) && !DatePattern().IsMatch(text) && Script.IsMostlyHan(text))
            {
                // "国家市场监督管理总局⏎国家标准化管理委员会　发布": the bodies stand on lines of their own
                bodies.AddRange(IssuingBodies(paragraph.Text));
            }
            else if (field is "publicationDate" || PublicationPattern().IsMatch(text))
            {
                publication ??= Date(text);
                exact = publication is not null && DatedLine().Replace(text, "").Trim().Length == 0; // "2026 - 06 - 30发布" is the date
            }
            else if (field is "implementationDate" || ImplementationPattern().IsMatch(text))
            {
                implementation ??= Date(text);
                exact = implementation is not null && DatedLine().Replace(text, "").Trim().Length == 0;
            }
            else if (field is "adoption" || AdoptionPattern().Match(text) is { Success: true } && text.TrimStart().StartsWith('(')
                || text.TrimStart().StartsWith('（') && DegreePattern().IsMatch(text))
            {
                var a = AdoptionPattern().Match(text);
                if (a.Success && Enum.TryParse<AdoptionDegree>(a.Groups["degree"].Value, ignoreCase: true, out var degree))
                {
                    adoptions.Add(new Adoption { Identifier = a.Groups["id"].Value.Trim().TrimEnd(',', '，'), Degree = degree });
                }
            }
            else if (field is "stage" || StagePattern().IsMatch(text))
            {
                stage ??= StagePattern().Match(text) is { Success: true } s ? s.Value : text;
                exact = stage == text;
            }
            else if (FilingPattern().Match(text) is { Success: true } filingMatch)
            {
                filing ??= filingMatch.Groups["number"].Value;
            }
            else if (CommitteePattern().Match(text) is { Success: true } committeeMatch && text.Length < 60)
            {
                committee ??= committeeMatch.Value.Trim();
                exact = committee == text;
            }
            else if (field is "title" or "titleEn")
            {
                (Script.IsMostlyHan(text) ? titlesZh : titlesEn).Add(text);
                exact = true;
            }
            else if (field is null or "other" && TitleLike(text)
                && (titlesEn.Count == 0 && titlesZh.Count == 0
                    || !Script.IsMostlyHan(text) && titlesEn.Count > 0
                    && titlesEn.All(t => LanguageDetector.OfLatinTitle(t) != LanguageDetector.OfLatinTitle(text))))
            {
                (Script.IsMostlyHan(text) ? titlesZh : titlesEn).Add(text);
                exact = true;
            }
            else if (field is null && boilerplate is null)
            {
                unclaimed.Add((line, text, name));
                continue;
            }
            if (!exact)
            {
                kept.Add((line, new MetadataField { Name = name, Value = text }));
            }
            if (field == "identifier" || identifier is not null && identifierLine < 0)
            {
                identifierLine = line;
            }
        }
        if (titlesZh.Count == 0 && titlesEn.Count == 0 && identifier is not null && session.Language.StartsWith("zh", StringComparison.Ordinal))
        {
            // a Chinese cover without cover styles: the title lines follow the identifier
            var used = TitleFromLines(unclaimed.Where(u => u.Line > identifierLine).ToList(), titlesZh, titlesEn);
            unclaimed.RemoveAll(u => used.Contains(u.Line));
        }
        kept.AddRange(unclaimed.Select(u => (u.Line, new MetadataField { Name = u.Name, Value = u.Text })));
        var other = kept.OrderBy(k => k.Line).Select(k => k.Field).ToList();

        foreach (var title in session.DocumentTitles)
        {
            var clean = Clean(MarkdownText.Plain(title));
            if (clean.Length > 0 && !titlesZh.Concat(titlesEn).Any(t => Squash(t) == Squash(clean)))
            {
                (Script.IsMostlyHan(clean) ? titlesZh : titlesEn).Add(clean);
            }
        }
        if (titlesZh.Count == 0 && titlesEn.Count == 0 && core.TryGetValue("title", out var coreTitle))
        {
            (Script.IsMostlyHan(coreTitle) ? titlesZh : titlesEn).Add(Clean(coreTitle));
        }

        // The foreword states who proposed the document, which committee administers it, and who drafted it.
        string? proposedBy = null;
        var drafters = new List<string>();
        var organizations = new List<string>();
        foreach (var text in preface.Where(s => s.Kind == SectionKind.Foreword).SelectMany(s => s.Blocks).OfType<LeafNode>().Select(l => l.Block)
            .OfType<Paragraph>().Select(p => MarkdownText.Plain(p.Text)))
        {
            if (ProposedPattern().Match(text) is { Success: true } proposed)
            {
                proposedBy ??= proposed.Groups["who"].Value;
            }
            if (AdministeredPattern().Match(text) is { Success: true } administered)
            {
                committee ??= administered.Groups["who"].Value.Replace("提出并", "", StringComparison.Ordinal).Trim();
            }
            if (DraftersPattern().Match(text) is { Success: true } d)
            {
                drafters.AddRange(Split(d.Groups["who"].Value));
            }
            if (OrganizationsPattern().Match(text) is { Success: true } o)
            {
                organizations.AddRange(Split(o.Groups["who"].Value));
            }
        }

        var language = session.Language;
        var titles = new List<Title>();
        if (titlesZh.Count > 0)
        {
            titles.Add(SplitTitle(titlesZh[0], language.StartsWith("zh", StringComparison.Ordinal) ? language : "zh-CN"));
        }
        // Latin titles: the English one, and one per other language (ISO covers give the French title too).
        foreach (var group in titlesEn.GroupBy(LanguageDetector.OfLatinTitle))
        {
            titles.Add(SplitTitle(group.First(), group.Key));
            titlesEn = titlesEn.Except([group.First()]).ToList();
        }
        foreach (var extra in titlesZh.Skip(1).Concat(titlesEn))
        {
            // further lines of a title field: a sentence is a notice (a draft's patent notice), a parenthesis the
            // relation to an adopted document
            var kindOfLine = extra.EndsWith('。') || extra.EndsWith('.') ? "notice" : extra.StartsWith('（') || extra.StartsWith('(') ? "adoption"
                : "title";
            other.Add(new MetadataField { Name = kindOfLine, Value = extra });
        }

        other.AddRange(session.Boilerplate);
        var (kind, inferredLevel) = Classify(identifier);
        return new Metadata
        {
            Identifier = identifier,
            Kind = kind,
            Level = level ?? inferredLevel,
            Titles = titles,
            Ics = ics.Distinct().ToList(),
            Ccs = ccs.Distinct().ToList(),
            Stage = stage,
            Status = stage is not null ? DocumentStatus.Draft : null,
            PublicationDate = publication,
            ImplementationDate = implementation,
            IssuingBodies = bodies.Distinct().ToList(),
            Supersedes = supersedes.Distinct().ToList(),
            Adoptions = adoptions,
            Languages = [language],
            Committee = committee is null ? null : CommitteeOf(committee),
            ProposedBy = proposedBy,
            FilingNumber = filing,
            DraftingOrganizations = organizations.Distinct().ToList(),
            Drafters = drafters.Distinct().ToList(),
            OtherFields = other,
        };
    }

    /// <summary>
    /// The title of a Chinese cover set without cover styles: consecutive short Chinese lines (the elements of the title,
    /// one per line: 公共安全视频监控联网系统 / 信息传输、交换、控制技术要求), then the English title in the Latin lines
    /// after them (wrapped over lines). Returns the cover lines used.
    /// </summary>
    private static HashSet<int> TitleFromLines(List<(int Line, string Text, string Name)> lines, List<string> zh, List<string> en)
    {
        bool TitleLine(string t, bool cjk) => Script.IsMostlyHan(t) == cjk && t.Length <= (cjk ? 40 : 160) && !t.EndsWith('。') && !t.EndsWith('.')
            && !t.Any(char.IsAsciiDigit);
        var start = lines.FindIndex(l => TitleLine(l.Text, cjk: true));
        if (start < 0)
        {
            return [];
        }
        var end = start;
        while (end + 1 < lines.Count && end - start < 2 && lines[end + 1].Line == lines[end].Line + 1 && TitleLine(lines[end + 1].Text, cjk: true))
        {
            end++;
        }
        zh.Add(string.Join("\u3000", lines.Skip(start).Take(end - start + 1).Select(l => l.Text)));
        var english = end + 1;
        var last = english;
        while (last < lines.Count && last - english < 4 && (last == english || lines[last].Line == lines[last - 1].Line + 1)
            && TitleLine(lines[last].Text, cjk: false))
        {
            last++;
        }
        if (last > english)
        {
            en.Add(string.Join(" ", lines.Skip(english).Take(last - english).Select(l => l.Text)));
        }
        return lines.Skip(start).Take(last - start).Select(l => l.Line).ToHashSet();
    }

    /// <summary>Issuing bodies of Chinese standards, to split a line that runs several together.</summary>
    private static readonly string[] IssuingBodyNames =
    [
        "国家市场监督管理总局", "国家标准化管理委员会", "中国国家标准化管理委员会", "中华人民共和国国家质量监督检验检疫总局",
        "中华人民共和国工业和信息化部", "中华人民共和国公安部", "中华人民共和国住房和城乡建设部", "中华人民共和国交通运输部",
        "中华人民共和国生态环境部", "中华人民共和国农业农村部", "国家能源局", "中国民用航空局",
    ];

    /// <summary>The bodies of a line made only of known issuing bodies' names, in order; empty otherwise.</summary>
    private static List<string> KnownBodies(string text)
    {
        var rest = Regex.Replace(text, @"\s+", "");
        var found = new List<string>();
        while (rest.Length > 0 && IssuingBodyNames.FirstOrDefault(n => rest.StartsWith(n, StringComparison.Ordinal)) is { } name)
        {
            found.Add(name);
            rest = rest[name.Length..];
        }
        return rest.Length == 0 ? found : [];
    }

    private static Committee CommitteeOf(string text)
    {
        var m = CommitteePattern().Match(text);
        if (m.Success)
        {
            var rest = text.Replace(m.Value, "", StringComparison.Ordinal).Trim('（', '）', '(', ')', ' ', '，', ',');
            return new Committee { Identifier = m.Value.Trim(), Name = rest.Length > 0 ? rest : null };
        }
        return new Committee { Name = text };
    }

    private static string Squash(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static IEnumerable<string> Split(string list) =>
        list.TrimEnd('。', '.').Split(['、', '，', ',', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length > 0);

    private static string Clean(string text)
    {
        var clean = Regex.Replace(text.Replace('\u00a0', ' ').Replace('\t', ' ').Replace('\n', ' '), @"[ \u2002\u2003\u2009]+", " ").Trim();
        // Documents converted from PDF space out what the PDF set apart: letter-spaced Chinese ("中 华 人 民 共 和 国"),
        // spaces around Chinese punctuation ("传输 、交换") and around the dots of codes ("13 . 310").
        if (Regex.IsMatch(clean, $"^(?:[{Script.HanClass}] ){{2,}}[{Script.HanClass}]$"))
        {
            clean = clean.Replace(" ", "", StringComparison.Ordinal);
        }
        clean = Regex.Replace(clean, @" ?([、，。：；）】]) ?| ?([（【]) ?", "$1$2");
        return Regex.Replace(clean, @"(?<=\d) \. (?=\d)", ".");
    }

    /// <summary>The bodies named in a cover line, one per line or per wide gap, without the closing 发布.</summary>
    private static IEnumerable<string> IssuingBodies(string raw) =>
        Regex.Split(raw, @"\n|\t|\u3000+|\s{2,}")
            .Select(s => Regex.Replace(Clean(s), @"\s*(发布|發布)$", ""))
            .Where(s => s.Length > 1);

    private static bool TitleLike(string text) =>
        text.Length is > 8 and < 300
            && (text.Contains(" — ", StringComparison.Ordinal) || text.Contains('—') && Script.IsMostlyHan(text)
                || text.Contains("\u3000", StringComparison.Ordinal));

    /// <summary>Splits a title into intro — main — part elements.</summary>
    internal static Title SplitTitle(string text, string language)
    {
        // Elements are separated by a spaced dash, an ideographic space or a wide gap; English titles typeset in the
        // GB style use an em dash without spaces ("Information technology—Structured representation—Part 1: …").
        var separators = language.StartsWith("zh", StringComparison.Ordinal) ? @"\s+[—–]\s+|\u3000+|\s{2,}"
            : @"\s+[—–]\s+|(?<=\S)—(?=\S)|\u3000+|\s{2,}";
        var parts = Regex.Split(text, separators).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        string? intro = null, part = null;
        string main;
        bool IsPart(string s) => Regex.IsMatch(s, @"^(Part|Partie|Teil)\s*\d|^第.{1,4}部分", RegexOptions.IgnoreCase);
        if (parts.Count >= 3)
        {
            intro = parts[0];
            main = string.Join(" — ", parts.Skip(1).Take(parts.Count - 2));
            part = parts[^1];
            if (!IsPart(part))
            {
                main = string.Join(" — ", parts.Skip(1));
                part = null;
            }
        }
        else if (parts.Count == 2)
        {
            if (IsPart(parts[1]))
            {
                main = parts[0];
                part = parts[1];
            }
            else
            {
                intro = parts[0];
                main = parts[1];
            }
        }
        else
        {
            main = text.Trim();
        }
        return new Title { Language = language, Intro = intro, Main = main, Part = part };
    }

    private static string? Date(string text)
    {
        var m = DatePattern().Match(text);
        if (!m.Success)
        {
            return null;
        }
        var year = m.Groups["y"].Value;
        var month = m.Groups["m"].Success
            ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture) : null;
        var day = m.Groups["d"].Success
            ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture) : null;
        return month is null ? year : day is null ? $"{year}-{month}" : $"{year}-{month}-{day}";
    }

    private static DocumentLevel? LevelOf(string designation) => designation switch
    {
        _ when designation.Contains("国家标准") || designation.Contains("國家標準") => DocumentLevel.National,
        _ when designation.Contains("行业标准") || designation.Contains("行業標準") => DocumentLevel.Industry,
        _ when designation.Contains("地方标准") => DocumentLevel.Local,
        _ when designation.Contains("团体标准") || designation.Contains("團體標準") => DocumentLevel.Group,
        _ when designation.Contains("企业标准") => DocumentLevel.Enterprise,
        _ when designation.Contains("International Standard", StringComparison.OrdinalIgnoreCase) => DocumentLevel.International,
        _ => null,
    };

    /// <summary>Kind and level from the identifier's prefix.</summary>
    internal static (DocumentKind?, DocumentLevel?) Classify(string? identifier)
    {
        if (identifier is null)
        {
            return (null, null);
        }
        var id = identifier.Trim();
        if (id.StartsWith("GB/Z", StringComparison.Ordinal)) return (DocumentKind.GuidanceTechnicalDocument, DocumentLevel.National);
        if (id.StartsWith("GB", StringComparison.Ordinal)) return (DocumentKind.Standard, DocumentLevel.National);
        if (id.StartsWith("DB", StringComparison.Ordinal)) return (DocumentKind.Standard, DocumentLevel.Local);
        if (id.StartsWith("T/", StringComparison.Ordinal)) return (DocumentKind.Standard, DocumentLevel.Group);
        if (id.StartsWith("Q/", StringComparison.Ordinal)) return (DocumentKind.Standard, DocumentLevel.Enterprise);
        if (Regex.IsMatch(id, @"^[A-Z]{2}/[TZ]\s")) return (DocumentKind.Standard, DocumentLevel.Industry);
        if (Regex.IsMatch(id, @"^(ISO|IEC)[ /]?(TS|/TS)")) return (DocumentKind.TechnicalSpecification, DocumentLevel.International);
        if (Regex.IsMatch(id, @"^(ISO|IEC)[ /]?(TR|/TR)")) return (DocumentKind.TechnicalReport, DocumentLevel.International);
        if (Regex.IsMatch(id, @"^(ISO|IEC)[ /]?PAS")) return (DocumentKind.PubliclyAvailableSpecification, DocumentLevel.International);
        if (id.StartsWith("ISO", StringComparison.Ordinal) || id.StartsWith("IEC", StringComparison.Ordinal)) return (DocumentKind.Standard,
            DocumentLevel.International);
        if (id.StartsWith("ITU", StringComparison.Ordinal)) return (DocumentKind.Recommendation, DocumentLevel.International);
        if (id.StartsWith("ETSI TR", StringComparison.Ordinal)) return (DocumentKind.TechnicalReport, DocumentLevel.Regional);
        if (id.StartsWith("ETSI TS", StringComparison.Ordinal)) return (DocumentKind.TechnicalSpecification, DocumentLevel.Regional);
        if (id.StartsWith("ETSI", StringComparison.Ordinal) || id.StartsWith("EN ", StringComparison.Ordinal)) return (DocumentKind.Standard,
            DocumentLevel.Regional);
        return (null, null);
    }

    [GeneratedRegex(@"\bICS\s*[:：]?\s*(?:(?<code>\d{2}(?:\.\d{3}){0,2}(?:\.\d{2})?)[\s;；,，]*)+")]
    private static partial Regex IcsPattern();

    [GeneratedRegex(@"\bCCS\s*[:：]?\s*(?<code>[A-Z]\s?\d{2})")]
    private static partial Regex CcsPattern();

    [GeneratedRegex(@"^(GB/[TZ]|GB|[A-Z]{2}/[TZ]|DB\s?\d{2,6}/T|T/[A-Z0-9]{2,}|Q/\w+|ISO/IEC(?:/IEEE)?(?:\s+(?:TS|TR|PAS|DIS|FDIS|CD|WD))?"
        + @"|ISO(?:/(?:TS|TR|PAS|DIS|FDIS|CD|WD|NP|DTS|DTR))?|IEC(?:/(?:TS|TR))?|ITU-T\s+[A-Z]\.)\s?[\dX][\dX.\-]*(?:\s*[—:–]\s*(?:\d{4}|X{4}|—))?"
        + @"|^ETSI\s+(?:TS|TR|EN|ES|EG|GS|GR)\s+\d{3}\s?\d{3}(?:-\d+)*(?:\s+V\d+\.\d+\.\d+)?(?:\s+\(\d{4}-\d{2}\))?")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex(@"ISO/(?<stage>CD|DIS|FDIS|WD|NP|DTS|DTR)|\((?<stage>draft)[^)]*\)")]
    private static partial Regex DraftStagePattern();

    [GeneratedRegex(@"^(中华人民共和国|中華人民共和國).*(标准|標準)$|^(International Standard|INTERNATIONAL STANDARD)$|^.{0,20}(团体标准|地方标准|行业标准)$")]
    private static partial Regex DesignationPattern();

    [GeneratedRegex(@"^(代替|代\s*替|Supersedes|Replaces)\s*[:：]?\s*(?<ids>.+)$")]
    private static partial Regex SupersedesPattern();

    [GeneratedRegex(@"(发布|發布|Publication date)\s*$|^(Publication date|Date)\s*[:：]")]
    private static partial Regex PublicationPattern();

    [GeneratedRegex(@"(实施|實施|Implementation date)\s*$")]
    private static partial Regex ImplementationPattern();

    /// <summary>A date with its label: "2022-12-30 发布", "2023-07-01 实施".</summary>
    [GeneratedRegex(@"(?:19|20)\d{2}\s*[-—–/.年]\s*\d{1,2}(?:\s*[-—–/.月]\s*\d{1,2}日?)?\s*(?:发布|發布|实施|實施)")]
    private static partial Regex DatedLine();

    /// <summary>"代替 GB/T 28181—2016" after the identifier on its line.</summary>
    [GeneratedRegex(@"(?:代\s*替|Supersedes|Replaces)\s*[:：]?\s*(?<ids>\S.*)$")]
    private static partial Regex SupersedesInLine();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*[-—–/.年]\s*(?<m>\d{1,2})(?:\s*[-—–/.月]\s*(?<d>\d{1,2}))?")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"[(（]\s*(?<id>[^,，()（）]*?)\s*[,，]\s*(?<degree>IDT|MOD|NEQ)\s*[)）]", RegexOptions.IgnoreCase)]
    private static partial Regex AdoptionPattern();

    [GeneratedRegex(@"\b(IDT|MOD|NEQ)\b")]
    private static partial Regex DegreePattern();

    [GeneratedRegex(@"征求意见稿|送审稿|报批稿|徵求意見稿|送審稿|報批稿|\b(WD|CD|DIS|FDIS|PRF|NP)\s+stage\b|Working Draft|Committee Draft|Draft International Standard"
        + @"|\bDraft\b")]
    private static partial Regex StagePattern();

    [GeneratedRegex(@"备案号\s*[:：]\s*(?<number>\S+)")]
    private static partial Regex FilingPattern();

    [GeneratedRegex(@"(SAC/TC\s*\d+(?:/SC\s*\d+)?|(?:ISO|IEC|ISO/IEC JTC 1)?/?TC\s*\d+(?:/SC\s*\d+)?(?:/WG\s*\d+)?)")]
    private static partial Regex CommitteePattern();

    [GeneratedRegex(@"本(?:文件|标准|部分)由(?<who>.+?)提出")]
    private static partial Regex ProposedPattern();

    [GeneratedRegex(@"本(?:文件|标准|部分)由(?<who>.+?)归口")]
    private static partial Regex AdministeredPattern();

    [GeneratedRegex(@"(?:主要)?起草人\s*[:：]\s*(?<who>.+)$")]
    private static partial Regex DraftersPattern();

    [GeneratedRegex(@"起草单位\s*[:：]\s*(?<who>.+)$")]
    private static partial Regex OrganizationsPattern();
}
