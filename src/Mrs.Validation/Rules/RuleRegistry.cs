using Mrs.Validation.Rules.Blocks;
using Mrs.Validation.Rules.Metadata;
using Mrs.Validation.Rules.Numbering;
using Mrs.Validation.Rules.Provisions;
using Mrs.Validation.Rules.References;
using Mrs.Validation.Rules.Structure;
using Mrs.Validation.Rules.Terms;

namespace Mrs.Validation.Rules;

/// <summary>
/// Every rule, registered in this one place (as Markdig registers its extensions). Order is the order of the catalogue
/// in docs/rules.md. Adding a rule: write its class in Rules/&lt;Category&gt;/, add it here, add its fixtures under
/// tests/Mrs.Tests/Validation/Fixtures/&lt;CODE&gt;/, and regenerate docs/rules.md.
/// </summary>
public static class RuleRegistry
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        // Structure
        new ScopeIsClauseOne(),
        new NormativeReferencesIsClauseTwo(),
        new TermsIsClauseThree(),
        new ForewordPresent(),
        new ForewordContent(),
        new TechnicalClausePresent(),
        new ScopeHasNoSubclauses(),
        new SingleSymbolsClause(),
        new SymbolsClauseContent(),
        new ClauseDepth(),
        new LoneSubclause(),
        new HangingParagraph(),
        new SubclauseTitlesConsistent(),
        new FirstLevelSubclauseTitled(),
        new HeadingNoFullStop(),
        new AnnexObligationStated(),
        new AnnexCited(),
        new NormativeAnnexCitedAsRequirement(),
        new SymbolsClausePosition(),
        new EmptyClause(),

        // Numbering
        new DuplicateClauseNumber(),
        new ClauseNumberSequence(),
        new ClauseNumberMatchesParent(),
        new AnnexLetterSequence(),
        new TableNumbering(),
        new FigureNumbering(),
        new FormulaNumbering(),
        new NoteNumbering(),
        new ExampleNumbering(),
        new ClauseNumberMissing(),
        new TableFootnoteMarks(),

        // References and citations
        new CrossReferenceTarget(),
        new PlainCitationTarget(),
        new NormativeReferenceCited(),
        new CitedDocumentListed(),
        new NormativeReferencesLeadIn(),
        new UndatedReferenceLocality(),
        new ReferenceIdentifierForm(),
        new DatedReferenceYear(),
        new NormativeReferencesUnnumbered(),
        new BibliographyEntryCited(),
        new UniqueIds(),
        new FootnoteUsed(),
        new ReferenceListedOnce(),
        new ImageAssetDeclared(),
        new StaleCrossReference(),

        // Terms
        new TermEntryNumbering(),
        new TermHasDefinition(),
        new DefinitionStartsWithoutArticle(),
        new DefinitionNoFinalFullStop(),
        new DefinitionHasNoProvision(),
        new DefinitionOneSentence(),
        new DuplicatePreferredTerm(),
        new EnglishEquivalentPresent(),
        new TermSourceForm(),
        new NotesToEntryNumbered(),
        new TermUsed(),
        new TermsLeadIn(),
        new DeprecatedTermUsed(),

        // Provisions
        new ScopeHasNoProvision(),
        new ForewordHasNoProvision(),
        new IntroductionHasNoProvision(),
        new NoteHasNoProvision(),
        new ExampleHasNoProvision(),
        new FootnoteHasNoProvision(),
        new MustForRequirement(),
        new ZhVerbalForm(),
        new MayNot(),
        new InformalModal(),
        new GuidanceDocumentRequirement(),

        // Blocks
        new NestedNoteOrExample(),
        new EmptyBlock(),
        new TableTitle(),
        new FigureTitle(),
        new TableCited(),
        new FigureCited(),
        new CaptionNoFullStop(),
        new FormulaWhereList(),
        new ListLeadIn(),
        new ListDepth(),
        new ListMarkerConsistency(),
        new FootnoteInTitle(),

        // Metadata
        new IdentifierPresent(),
        new IdentifierMatchesKind(),
        new IdentifierYear(),
        new TitlePresent(),
        new EnglishTitleForGb(),
        new TitleElementsConsistent(),
        new IcsForm(),
        new CcsForm(),
        new DateOrder(),
        new SupersessionForm(),
        new AdoptionForm(),
        new CoverFieldsPresent(),
    ];

    private static readonly Dictionary<string, Rule> ByCodeMap = All.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);

    public static Rule? ByCode(string code) => ByCodeMap.GetValueOrDefault(code);
}
