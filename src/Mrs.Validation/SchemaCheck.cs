using Mrs.Serialization;

namespace Mrs.Validation;

/// <summary>Turns the schema violations of a loaded model into located findings.</summary>
public static class SchemaCheck
{
    public const string Code = "SCHEMA";

    public static IReadOnlyList<Finding> Findings(LoadedModel model) =>
        model.SchemaViolations.Select(v =>
        {
            var (line, column) = model.Locate(v.Pointer, v.AtKey);
            return new Finding
            {
                Code = Code,
                Severity = Severity.Error,
                Message = v.Message,
                MessageZh = v.MessageZh,
                Location = new FindingLocation { File = model.Path, Line = line, Column = column, Pointer = v.Pointer.Length == 0 ? "/" : v.Pointer },
            };
        }).ToList();
}
