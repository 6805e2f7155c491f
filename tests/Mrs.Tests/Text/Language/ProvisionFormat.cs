using Mrs.Model;

namespace Mrs.Tests.Text.Language;

/// <summary>Writes provisions compactly for table-driven tests: "Requirement-:shall not@1; Permission:may@2".</summary>
internal static class ProvisionFormat
{
    public static string Format(IEnumerable<Provision> provisions) =>
        string.Join("; ", provisions.Select(p => $"{p.Kind}{(p.Negative ? "-" : "")}:{p.Form}@{p.Sentence}"));
}
