namespace Mrs.Serialization;

/// <summary>A model file that cannot be read at all (syntax, encoding, duplicate keys, limits), with its place.</summary>
public sealed class ModelReadException(string message, int line, int column) : Exception(message)
{
    /// <summary>1-based line, 0 when unknown.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column, 0 when unknown.</summary>
    public int Column { get; } = column;
}
