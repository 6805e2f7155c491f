namespace Mrs.Model;

/// <summary>
/// The bounds every stage of mrs keeps, so that a hostile document or model cannot exhaust the stack or the memory.
/// </summary>
public static class ModelLimits
{
    /// <summary>
    /// The one nesting limit of the pipeline: no tree mrs reads or writes is deeper than this. It holds for the XML
    /// elements of every part of a Word package (checked while the part is read), for the model the importer makes
    /// (its YAML/JSON tree, checked before the import is accepted), and for the model files the reader accepts. What
    /// the importer accepts, the writers write and the reader reads back. Real standards stay far below it (the
    /// deepest part in the test corpus nests 45 elements).
    /// </summary>
    public const int MaxDepth = 256;
}
