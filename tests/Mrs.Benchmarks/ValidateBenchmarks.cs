using BenchmarkDotNet.Attributes;
using Mrs.Serialization;

namespace Mrs.Benchmarks;

/// <summary>`mrs validate` on schema-valid models, in-process: read, parse, schema check, build the model.</summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private byte[] gbt = [];
    private byte[] iso = [];

    [GlobalSetup]
    public void Setup()
    {
        gbt = File.ReadAllBytes(BenchPaths.Sample("gbt-sample.std.yaml"));
        iso = File.ReadAllBytes(BenchPaths.Sample("iso-sample.std.yaml"));
    }

    [Benchmark]
    public int ValidateGbtSample()
    {
        using var model = ModelReader.Parse(gbt, ModelFormat.Yaml);
        return model.SchemaViolations.Count;
    }

    [Benchmark]
    public int ValidateIsoSample()
    {
        using var model = ModelReader.Parse(iso, ModelFormat.Yaml);
        return model.SchemaViolations.Count;
    }
}
