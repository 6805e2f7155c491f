namespace Mrs.Import;

/// <summary>A document that cannot be imported: the message says why, in one line, for a standards editor.</summary>
public sealed class ImportException(string message, Exception? inner = null) : Exception(message, inner);
