using Mrs.Model;
using Mrs.Serialization;
using Mrs.Validation;
using Mrs.Validation.Rules;

namespace Mrs.Tests.Validation;

/// <summary>Loads models and runs the rule engine for tests.</summary>
public static class RuleTestKit
{
    public static string Folder => Path.Combine(TestPaths.Repository, "tests", "Mrs.Tests", "Validation");

    public static string Fixtures => Path.Combine(Folder, "Fixtures");

    public static string Seeded(string name) => Path.Combine(Folder, "Seeded", name);

    /// <summary>Loads a model file that must be schema-valid and runs every rule over it.</summary>
    public static RuleRunResult Run(string path, RuleRunOptions? options = null)
    {
        using var model = ModelReader.Load(path);
        Assert.True(model.Document is not null,
            $"{path} is not schema-valid: " + string.Join("; ", model.SchemaViolations.Select(v => $"{v.Pointer}: {v.Message}")));
        return new RuleEngine().Run(model.Document!, new ModelFileLocator(model), options);
    }

    public static StandardDocument Load(string path)
    {
        using var model = ModelReader.Load(path);
        Assert.True(model.Document is not null, $"{path} is not schema-valid");
        return model.Document!;
    }

    public static RuleRunResult Run(StandardDocument document, RuleRunOptions? options = null) =>
        new RuleEngine().Run(document, new PointerLocator("memory.std.yaml"), options);

    public static string Describe(IEnumerable<Finding> findings) =>
        string.Join("\n", findings.Select(f => $"{f.Code} [{f.Clause}] {f.Location.Pointer} {f.Message}"));
}
