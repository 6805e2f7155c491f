using System.Diagnostics;
using Mrs.Import;
using Mrs.Import.Docx.Numbering;
using Mrs.Model;
using Para = Mrs.Tests.Import.Numbering.SyntheticDocx.Para;

namespace Mrs.Tests.Import.Numbering;

/// <summary>
/// Numbering rules of <see cref="Mrs.Import.Docx.Numbering.NumberingEngine"/> checked on whole Word files: small files
/// built from a real document's styles and lists (<see cref="SyntheticDocx"/>), imported as the CLI does, and the corpus
/// documents that show each rule, against Word's own table of contents.
/// </summary>
public class NumberingDocumentTests
{
    private const string S123 = "standards/iho/iho-ohi__S-123-Product-Specification-Development__S-123_DCEG_Ed.2.0.0_20260323.docx";
    private const string S128 =
        "standards/iho/iho-ohi__S-128-Product-Specification-Development__S-128_Catalogue_of_Nautical_Products_Ed_2.0.0_FINAL.docx";

    /// <summary>Builds a file from <paramref name="template"/> with <paramref name="body"/> and imports it.</summary>
    private static StandardDocument Import(string template, params Para[] body) => Import(template, null, body);

    private static StandardDocument Import(string template, System.Xml.Linq.XElement? numbering, params Para[] body)
    {
        var templatePath = TestPaths.CorpusFile(template);
        if (!File.Exists(templatePath))
        {
            Assert.Skip($"corpus file missing: {templatePath}");
        }
        var path = Path.Combine(TestPaths.TempFolder(), "synthetic.docx");
        SyntheticDocx.Write(templatePath, path, body, numbering);
        return DocumentImporter.Import(path, new ImportOptions()).Document;
    }

    /// <summary>"number title" of every clause, depth first.</summary>
    private static List<string> Headings(StandardDocument document)
    {
        var list = new List<string>();
        void Walk(IEnumerable<Clause> clauses)
        {
            foreach (var c in clauses)
            {
                list.Add($"{c.Number} {c.Title}".Trim());
                Walk(c.Clauses);
            }
        }
        Walk(document.Clauses);
        return list;
    }

    private static ImportReport ImportCorpus(string file)
    {
        var path = TestPaths.CorpusFile(file);
        if (!File.Exists(path))
        {
            Assert.Skip($"corpus file missing: {path}");
        }
        return DocumentImporter.Import(path, new ImportOptions()).Report;
    }

    [Fact]
    public void A_skipped_heading_level_counts_as_used()
    {
        // heading 1, heading 3 directly, then heading 2: 1, 1.1.1, 1.2 (Word, as the Ecma standards show; LibreOffice too)
        var document = Import(S123,
            new Para("heading 1", Text: "One"), new Para("heading 3", Text: "Deep"), new Para("heading 2", Text: "Next"),
            new Para("heading 4", Text: "Deeper"), new Para("heading 3", Text: "Then"), new Para("heading 1", Text: "Two"));
        Assert.Equal(["1 One", "1.1.1 Deep", "1.2 Next", "1.2.1.1 Deeper", "1.2.2 Then", "2 Two"], Headings(document));
    }

    [Fact]
    public void A_heading_numbered_from_another_list_leaves_the_heading_list_s_first_level_skipped()
    {
        // The S-123 DCEG's start: heading 1 "Overview" with a direct numPr to list 1 (its own abstractNum, restarting every
        // level), heading 2s of the heading list (numId 17), then heading 1 of the heading list.
        var document = Import(S123,
            new Para("heading 1", NumId: 1, Ilvl: 0, Text: "Overview"), new Para("heading 2", Text: "Preface"),
            new Para("heading 2", Text: "Maintenance"), new Para("heading 1", Text: "General"), new Para("heading 2", Text: "Introduction"));
        Assert.Equal(["1 Overview", "1.1 Preface", "1.2 Maintenance", "2 General", "2.1 Introduction"], Headings(document));
    }

    [Fact]
    public void S123_clause_numbers_follow_the_skipped_level_of_the_heading_list()
    {
        var toc = ImportCorpus(S123).TableOfContents!;
        Assert.Equal(302, toc.Entries);
        // Before the rule "a skipped level counts", every clause from "2 General" on was one too low (99 entries matched).
        // The 15 entries left are "n.n.1 General"-style subclauses the model numbers differently for reasons outside
        // the numbering (LibreOffice and the engine both give those headings the TOC's numbers).
        string[] decidedByNumbering = ["1 Overview", "1.1 Preface", "1.6 Maintenance", "2 General", "2.1 Introduction", "2.6.4 Discovery metadata"];
        Assert.DoesNotContain(toc.Mismatches.Concat(toc.Stale), m => decidedByNumbering.Any(e => m.StartsWith(e + " ", StringComparison.Ordinal)));
        Assert.True(toc.Matched >= 287, $"{toc.Matched} of {toc.Entries} entries match");
    }

    [Fact]
    public void An_empty_heading_that_only_ends_a_section_is_neither_numbered_nor_counted()
    {
        // IHO S-128: an empty heading 2 carrying the section break after "12.2 Discovery metadata"; Word's table of
        // contents numbers the next heading 3 "12.2.1". LibreOffice drops such a paragraph on import, with the same numbers.
        var document = Import(S123,
            new Para("heading 1", Text: "", SectionBreak: true), new Para("heading 1", Text: "Scope"),
            new Para("heading 2", Text: "Discovery"), new Para("heading 2", Text: "", SectionBreak: true),
            new Para("heading 3", Text: "Catalogue"), new Para("heading 2", Text: "Next"));
        Assert.Equal(["1 Scope", "1.1 Discovery", "1.1.1 Catalogue", "1.2 Next"], Headings(document));
    }

    [Fact]
    public void Empty_numbered_paragraphs_without_a_section_break_and_headings_that_end_a_section_count()
    {
        var document = Import(S123,
            new Para("heading 1", Text: "One"), new Para("heading 2", Text: ""), new Para("heading 2", Text: "Second", SectionBreak: true),
            new Para("heading 2", Text: "Third"));
        Assert.Equal(["1 One", "1.2 Second", "1.3 Third"], Headings(document).Where(h => h.Any(char.IsLetter)));
    }

    [Fact]
    public void S128_heading_after_an_empty_section_ending_heading_has_the_table_of_contents_number()
    {
        var toc = ImportCorpus(S128).TableOfContents!;
        // before: the empty heading 2 was counted, "12.2.1 S100_ExchangeCatalogue" and the next four entries were 12.3.x
        string[] entries = ["12.2.1 S100_ExchangeCatalogue", "12.2.2 S100_DatasetDiscoveryMetadata", "12.2.5 Miscellaneous metadata types"];
        Assert.DoesNotContain(toc.Mismatches.Concat(toc.Stale), m => entries.Any(e => m.StartsWith(e + " ", StringComparison.Ordinal)));
        Assert.True(toc.Matched >= 75, $"{toc.Matched} of {toc.Entries} entries match");
    }

    [Fact]
    public void Start_values_near_the_int_limit_give_short_labels_that_do_not_wrap()
    {
        // The S-123 heading styles on a list whose levels start at 2^31-1 (letters, Roman) or more than an int holds
        // (Chicago), and whose level 3 has a 100 000-character level text; 2 000 headings.
        var templatePath = TestPaths.CorpusFile(S123);
        if (!File.Exists(templatePath))
        {
            Assert.Skip($"corpus file missing: {templatePath}");
        }
        var numbering = Wml.NumberingPart(
            Wml.AbstractNum(13,
                Wml.Lvl(0, "%1", "upperLetter", start: int.MaxValue, extra: """<w:pStyle w:val="1"/>""")
                + Wml.Lvl(1, "%1.%2", "lowerRoman", start: int.MaxValue, extra: """<w:pStyle w:val="20"/>""")
                + Wml.Lvl(2, "%1.%2.%3", "chicago", extra: """<w:pStyle w:val="30"/>""")
                + Wml.Lvl(3, new string('x', 100_000) + "%4", extra: """<w:pStyle w:val="41"/>"""))
            + Wml.Num(17, 13, """<w:lvlOverride w:ilvl="2"><w:startOverride w:val="99999999999"/></w:lvlOverride>"""));
        var body = Enumerable.Range(0, 500).SelectMany(i => new Para[]
        {
            new("heading 1", Text: $"H{i}"), new("heading 2", Text: $"S{i}"), new("heading 3", Text: $"T{i}"), new("heading 4", Text: $"U{i}"),
        });
        var path = Path.Combine(TestPaths.TempFolder(), "big-start.docx");
        SyntheticDocx.Write(templatePath, path, body, numbering);

        var watch = Stopwatch.StartNew();
        var labels = DocxNumberingProbe.Run(path).Select(p => p.Label?.Text).ToList();
        var document = DocumentImporter.Import(path, new ImportOptions()).Document;
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");

        // start values are kept at 32767, the largest Word holds; upperLetter 32767 would be 1261 letters and chicago 8192
        // symbols: decimal instead; lowerRoman 32767 is 40 characters and stays Roman
        var roman = new string('m', 32) + "dcclxvii";
        Assert.Equal(2000, labels.Count);
        Assert.Equal(["32767", $"32767.{roman}", $"32767.{roman}.32767"], labels.Take(3));
        Assert.StartsWith(new string('x', 200), labels[3]);
        Assert.Equal(["32768", $"32768.{roman}", $"32768.{roman}.32767"], labels.Skip(4).Take(3));
        Assert.Equal("33266", labels[1996]); // 32767 + 499, no wrap-around
        Assert.All(labels, l => Assert.True(l is not null && l.Length <= NumberingEngine.MaxLabelLength && !l.Contains('-'), l));
        Assert.NotNull(document);
    }
}
