using System.Globalization;
using System.Text;

namespace Mrs.Validation.Rules;

/// <summary>Writes docs/rules.md from the registry: the catalogue, configuration, suppression and a CI example.</summary>
public static class RuleCatalogue
{
    public static readonly IReadOnlyList<(string Code, string Title)> Categories =
    [
        ("STRUCT", "Structure"),
        ("NUM", "Numbering"),
        ("REF", "References and citations"),
        ("TERM", "Terms"),
        ("PROV", "Provisions"),
        ("BLOCK", "Blocks"),
        ("META", "Metadata"),
    ];

    public static string Markdown(IReadOnlyList<Rule>? rules = null)
    {
        rules ??= RuleRegistry.All;
        var sb = new StringBuilder();
        void Line(string s = "") => sb.Append(s).Append('\n');

        Line("# mrs rule catalogue");
        Line();
        Line("<!-- Generated from the rule registry (src/Mrs.Validation/Rules/RuleRegistry.cs) by RuleCatalogue.Markdown().");
        Line("     Do not edit by hand: run `MRS_UPDATE_DOCS=1 dotnet test --project tests/Mrs.Tests` to regenerate; a test fails when it is out "
            + "of date. -->");
        Line();
        Line("`mrs validate` checks a model against the clause-model JSON Schema first and then, when the model follows the schema, against "
            + $"{rules.Count} drafting rules in five families:");
        Line();
        foreach (var f in Rules.Families.All)
        {
            Line($"- `{f.Name}` ({f.Title}, {rules.Count(r => r.AppliesTo(f.Family))} rules): {f.Documents}");
        }
        Line();
        Line("The rules of the `generic` family hold for any standard and run in every family. The family is chosen per document (`--rules auto`, "
            + "the default) from, in order: the document's identifier (in its metadata, then standing alone on its cover); the header of a "
            + "committee contribution or change request (→ generic); the first body its cover names as publisher; its import profile (gbt, iso; an "
            + "ETSI or ITU template without an ETSI or ITU identifier is a contribution → generic); and, for a model written by hand with none of "
            + "these, its language (Chinese → gbt, otherwise iso). Every report says which family and why, in English and Chinese. `--rules "
            + "gbt|iso|etsi|itu|generic` or `family:` in .mrs.yaml choose it; `mrs validate --rules` lists the families.");
        Line();
        Line("Wording advice (prescribed lead-ins, term source form) is given in the document's language whatever its family: a Chinese document "
            + "is told the Chinese sentence, an English one the English sentence, a document in another language neither.");
        Line();
        Line("Codes are stable: a code keeps its meaning forever, and a retired rule's code is not reused. Every finding names the clause it "
            + "concerns (a number such as `5.2` or `A.1`, or `Annex A`, `Foreword`, `Introduction`, `Bibliography`, `Cover`).");
        Line("Messages are given in English and Simplified Chinese (`--lang en|zh-CN`).");
        Line();
        Line("The reference clauses are our reading of the standards; a clause marked (?) could not be checked against the text of the standard "
            + "and should be verified. GB/T 1.1-2020 clause numbers follow its table of contents (8.1 cover … 8.14 index, 9.1 … 9.13, Annex C for "
            + "verbal forms); ISO/IEC Directives Part 2:2021 numbers follow its ninth edition (Clause 7 verbal forms, Clauses 11 to 34 for the "
            + "elements).");
        Line();
        Line("| Category | Rules | gbt | iso | etsi | itu | generic | Errors | Warnings | Infos |");
        Line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (code, title) in Categories)
        {
            var c = rules.Where(r => r.Category == code).ToList();
            Line($"| {title} (`{code}`) | {c.Count} | {PerFamily(c)} | {c.Count(r => r.DefaultSeverity == Severity.Error)} | "
                + $"{c.Count(r => r.DefaultSeverity == Severity.Warning)} | {c.Count(r => r.DefaultSeverity == Severity.Info)} |");
        }
        Line($"| **All** | {rules.Count} | {PerFamily(rules)} | {rules.Count(r => r.DefaultSeverity == Severity.Error)} | "
            + $"{rules.Count(r => r.DefaultSeverity == Severity.Warning)} | {rules.Count(r => r.DefaultSeverity == Severity.Info)} |");
        Line();
        Line("## Contents");
        Line();
        Line("| Code | Name | Severity | Families | Summary |");
        Line("|---|---|---|---|---|");
        Line("| [SCHEMA](#schema) | SchemaViolation | error | generic | The model follows the clause-model JSON Schema. |");
        foreach (var r in rules)
        {
            Line($"| [{r.Code}](#{r.Anchor}) | {r.Name} | {SeverityName(r)} | {Families(r)} | {Escape(r.Summary)} |");
        }
        Line();
        Line("## SCHEMA");
        Line();
        Line("**SchemaViolation** · error · generic");
        Line();
        Line("The model follows the clause-model JSON Schema (`schemas/clause-model.schema.json`, printed by `mrs schema`). Schema violations are "
            + "reported with the JSON pointer of the offending value; the drafting rules run only on models without them, and an input with schema "
            + "violations makes `mrs validate` exit with 2.");
        Line();
        Line("模型符合条款模型 JSON Schema；不符合时不检查起草规则，`mrs validate` 以退出码 2 结束。");
        Line();

        foreach (var (code, title) in Categories)
        {
            Line($"## {title}");
            Line();
            foreach (var r in rules.Where(r => r.Category == code))
            {
                Line($"### {r.Code}");
                Line();
                Line($"**{r.Name}** · {SeverityName(r)} · {Families(r)}");
                Line();
                Line(Escape(r.Summary));
                Line();
                Line(Escape(r.SummaryZh));
                Line();
                Line($"- Enforces: {(r.ReferenceText() is { Length: > 0 } t ? t : "—")}");
                Line("- Messages:");
                foreach (var m in r.Messages)
                {
                    Line($"  - {Escape(m.En)}");
                    Line($"    {Escape(m.Zh)}");
                }
                Line($"- Fixtures: [`tests/Mrs.Tests/Validation/Fixtures/{r.Code}/`](../tests/Mrs.Tests/Validation/Fixtures/{r.Code}/)");
                Line();
            }
        }

        Line("## Configuration: .mrs.yaml");
        Line();
        Line("`mrs validate` reads the file given with `--config`, or else the first `.mrs.yaml` found in the input's folder or its parents (the "
            + "search stops at the folder that holds `.git`). Its JSON Schema is `schemas/mrs-config.schema.json`. A malformed file stops the run "
            + "with one line naming `file:line:col` and exit code 2.");
        Line();
        Line("```yaml");
        Line("family: gbt                  # gbt | iso | auto (default); --rules gbt|iso overrides it");
        Line("rules:                       # per rule: off | error | warning | info");
        Line("  STRUCT-012: off");
        Line("  TERM-011: warning");
        Line("ignore:                      # path-based ignores, globs relative to this file's folder");
        Line("  - path: \"drafts/**\"        # ** spans folders; * and ? stay within one; no / = any file of that name");
        Line("    rules: [STRUCT-020, NUM-008]");
        Line("  - path: \"legacy/*.std.yaml\" # no rules: every rule is ignored there");
        Line("docsUrl: https://example.org/mrs/docs/rules.md   # published copy of this page: absolute SARIF helpUri");
        Line("```");
        Line();
        Line("## Inline suppression");
        Line();
        Line("Clauses, front sections, annexes, blocks, term entries and reference entries carry a `suppress` list of rule codes (`\"*\"` for "
            + "all). A suppression covers findings at that node and everything below it:");
        Line();
        Line("```yaml");
        Line("- id: clause-5");
        Line("  number: \"5\"");
        Line("  title: 要求");
        Line("  suppress: [STRUCT-012]      # this clause keeps its hanging paragraph, knowingly");
        Line("  blocks:");
        Line("    - type: note");
        Line("      suppress: [\"*\"]");
        Line("      blocks: [{ type: paragraph, text: 试样应干燥。 }]");
        Line("```");
        Line();
        Line("## Output and exit codes");
        Line();
        Line("- `--format text` (default): `file:line:col: severity: [clause] message [CODE]`, grouped by file, then a summary line counting "
            + "errors, warnings and infos; coloured only on a terminal when `NO_COLOR` is unset.");
        Line("- `--format json`: one report object following `schemas/validation-report.schema.json`.");
        Line("- `--format sarif`: SARIF 2.1.0 with every rule (help text and Markdown, help URI, tags), every result with its region, the clause "
            + "as a logical location and a `mrsFinding/v1` partial fingerprint that survives line shifts.");
        Line("  SARIF asks for an absolute `helpUri`; mrs has no website, so it writes the repository-relative `docs/rules.md#code` unless "
            + "`docsUrl` (or `MRS_DOCS_URL`) names a published copy, in which case the link is absolute.");
        Line("- `--format github`: GitHub Actions workflow commands only (`::error file=…,line=…,col=…,title=…::message`).");
        Line("- Exit codes: 0 no finding at or above `--fail-on` (error by default; `warning`, `never`); 1 findings at or above it; 2 a usage "
            + "error, a malformed configuration, or an input that cannot be read or does not follow the schema.");
        Line();
        Line("## GitHub Actions");
        Line();
        Line("Annotate pull requests with workflow commands and send SARIF to code scanning, which tracks each finding across runs by its "
            + "fingerprint:");
        Line();
        Line("```yaml");
        Line("name: standards");
        Line("on: [push, pull_request]");
        Line("permissions:");
        Line("  contents: read");
        Line("  security-events: write      # upload-sarif");
        Line("jobs:");
        Line("  validate:");
        Line("    runs-on: ubuntu-latest");
        Line("    steps:");
        Line("      - uses: actions/checkout@v4");
        Line("      - uses: actions/setup-dotnet@v4");
        Line("        with:");
        Line("          dotnet-version: 10.0.x");
        Line("      - name: Install mrs");
        Line("        run: dotnet tool install --global Mrs.Tool   # or --add-source with the package built by build.ps1 pack");
        Line("      - name: Annotate");
        Line("        run: mrs validate standards/*.std.yaml --format github");
        Line("      - name: SARIF");
        Line("        if: always()");
        Line("        run: mrs validate standards/*.std.yaml --format sarif --fail-on never > mrs.sarif");
        Line("      - uses: github/codeql-action/upload-sarif@v3");
        Line("        if: always()");
        Line("        with:");
        Line("          sarif_file: mrs.sarif");
        Line("          category: mrs");
        Line("```");
        return sb.ToString();
    }

    private static string PerFamily(IEnumerable<Rule> rules) =>
        string.Join(" | ", Rules.Families.All.Select(f => rules.Count(r => r.AppliesTo(f.Family)).ToString(CultureInfo.InvariantCulture)));

    private static string SeverityName(Rule r) => r.DefaultSeverity.ToString().ToLower(CultureInfo.InvariantCulture);

    private static string Families(Rule r) => Rules.Families.Describe(r.Families);

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
