using BenchmarkDotNet.Attributes;
using Mrs.Import;
using Mrs.Model;
using Mrs.Validation.Rules;

namespace Mrs.Benchmarks;

/// <summary>The full rule set over the model of the OASIS SARIF specification (the largest corpus standard), in-process.</summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private StandardDocument sarif = new();
    private StandardDocument rice = new();
    private readonly RuleEngine engine = new();

    [GlobalSetup]
    public void Setup()
    {
        sarif = DocumentImporter.Import(BenchPaths.Corpus("standards/oasis/sarif-v2.1.0-committee-specification.docx"), new ImportOptions()).Document;
        rice = DocumentImporter.Import(BenchPaths.Corpus("standards/iso/metanorma-iso_rice.docx"), new ImportOptions()).Document;
    }

    [Benchmark]
    public int RulesOverSarifSpecification() => engine.Run(sarif, new PointerLocator("sarif")).Findings.Count;

    [Benchmark]
    public int RulesOverRiceModel() => engine.Run(rice, new PointerLocator("rice")).Findings.Count;
}
