using Mrs.Import;
using Mrs.Model;
using Mrs.Tests.Import.Numbering;

namespace Mrs.Tests.Import.Docx;

/// <summary>
/// Clause numbers and titles against two independent oracles: the document's own table of contents (Word's cached
/// field result) for every standard that has one, and LibreOffice's text rendering for the GB/T documents without one.
/// </summary>
public class NumberOracleTests
{
    /// <summary>Entries of a table of contents that Word never updated, checked by hand in the document.</summary>
    private static readonly Dictionary<string, string[]> KnownStaleEntries = new()
    {
        // The Google-Docs export's contents list still has "4.3.1.1 Publish without session"; the heading in the body
        // reads "4.3.1 Publish without session: Any number of deliveries".
        ["standards/oasis/mqtt-sn-2-0-wd_2024-06-06.docx"] = ["4.3.1.1 Publish without session 68"],
        // An empty template: its cached contents list shows a sample heading the body does not have.
        ["standards/ecma/ecma334_MarkdownConverter_template.docx"] = ["1. Section 1"],
        // A working draft whose contents list was not updated after clauses were removed: the body has no such headings
        // (5.4.2.2 is "TOSCA timestamp type" there, without a "Keywords" subclause; 6.2 stops at 6.2.11).
        ["standards/oasis/oasis-tcs__tosca-specs__TOSCA-v2.0-wd06-rev02-comments-only.docx"] =
            ["5.4.2.2.2 Keywords 104", "5.4.6.1.1 Comparable value types 116", "6.2.9 in_range 161", "6.2.12 min_length 161", "6.2.13 max_length 161",
                "6.2.14 pattern 161"],
        // The ISO Simple template's sample entry, left in the cached contents; the body has no clause 5.1.1.
        ["standards/iso/opengeospatial__ogcapi-features__ISO19168_draft_ogc.docx"] = ["5.1.1 Subclause autonumber 2"],
        // The old ISO template's sample contents, kept above generated clauses: no clause 8, no annexes, no bibliography in the body.
        ["standards/iso/ISO-TC211__UML-Best-Practices__19135.docx"] =
            ["8 Special 3", "Annex\u00a0A (normative)  Annex title 3", "A.1 General 3",
                "Annex\u00a0B (informative)  Which styles correspond to which element\u00a0— Quick reference guide 3", "Bibliography 3"],
    };

    public static TheoryData<string> Standards() => CorpusFiles.Data(CorpusFiles.Standards());

    [Theory]
    [MemberData(nameof(Standards))]
    public void Clause_numbers_and_titles_equal_the_table_of_contents(string file)
    {
        var result = CorpusFiles.ImportOrSkip(file);
        var toc = result.Report.TableOfContents!;
        if (toc.Entries == 0)
        {
            return; // no table of contents: see the LibreOffice oracle below
        }
        var allowed = KnownStaleEntries.GetValueOrDefault(file) ?? [];
        var unexplained = toc.Mismatches.Except(allowed).ToList();
        Assert.True(unexplained.Count == 0,
            $"{toc.Matched} of {toc.Entries} entries match; not found in the model: {string.Join(" | ", unexplained)}");
    }

    [Fact]
    public void Tables_of_contents_of_real_standards_are_matched_entry_by_entry()
    {
        var sarif = DocumentImporter.Import(TestPaths.CorpusFile("standards/oasis/sarif-v2.1.0-committee-specification.docx"), new ImportOptions())
            .Report.TableOfContents!;
        Assert.Equal(547, sarif.Entries);
        Assert.Equal(547, sarif.Matched);
        var rice = DocumentImporter.Import(TestPaths.CorpusFile("standards/iso/metanorma-iso_rice.docx"), new ImportOptions())
            .Report.TableOfContents!;
        Assert.Equal(rice.Entries, rice.Matched);
        Assert.True(rice.Entries >= 26);
    }

    [Theory]
    [InlineData("standards/gbt/generated/gbt-minimal.docx")]
    [InlineData("standards/gbt/generated/industry-minimal.docx")]
    public void Gbt_clause_numbers_and_titles_equal_LibreOffice_rendering(string file)
    {
        var soffice = LibreOfficeText.FindSoffice();
        if (soffice is null)
        {
            Assert.Skip("LibreOffice (soffice) is not installed; .ci/run installs it");
        }
        var path = TestPaths.CorpusFile(file);
        var lines = LibreOfficeText.Convert(soffice, [path])[path];
        Assert.NotNull(lines);
        var rendered = lines!.Select(Squash).ToHashSet(StringComparer.Ordinal);
        var model = DocumentImporter.Import(path, new ImportOptions()).Document;

        var expected = new List<string>();
        void Walk(IEnumerable<Clause> clauses)
        {
            foreach (var c in clauses)
            {
                expected.Add(Squash($"{c.Number} {c.Title}"));
                Walk(c.Clauses);
            }
        }
        Walk(model.Clauses);
        foreach (var annex in model.Annexes)
        {
            expected.Add(Squash(annex.Label ?? ""));
            Walk(annex.Clauses);
        }
        Assert.True(expected.Count >= 5);
        var missing = expected.Where(e => !rendered.Any(r => r.StartsWith(e, StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, "not rendered so by LibreOffice: " + string.Join(" | ", missing));
    }

    private static string Squash(string s) => new(s.Where(c => !char.IsWhiteSpace(c) && c != '\u3000').ToArray());
}
