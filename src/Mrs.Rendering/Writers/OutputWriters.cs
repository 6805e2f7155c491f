using Mrs.Serialization;

namespace Mrs.Rendering.Writers;

/// <summary>
/// Every output format, registered in this one place; <c>build --to</c> and <c>render --to</c> answer from it, in this
/// order. A new writer (HTML, PDF, the bundle) replaces its <see cref="PlannedWriter"/> line here; the commands do not change.
/// </summary>
public static class OutputWriters
{
    public static IReadOnlyList<IOutputWriter> All { get; } =
    [
        new ModelFileWriter("yaml", ModelFormat.Yaml),
        new ModelFileWriter("json", ModelFormat.Json),
        new Html.HtmlWriter(),
        new Pdf.PdfWriter(),
        new Bundle.BundleWriter(),
    ];

    /// <summary>The writer of that --to name (any case); null when there is none.</summary>
    public static IOutputWriter? Find(string name) =>
        All.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The writers of one kind, in registry order.</summary>
    public static IReadOnlyList<IOutputWriter> OfKind(OutputKind kind) => All.Where(w => w.Kind == kind).ToList();
}
