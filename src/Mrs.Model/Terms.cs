namespace Mrs.Model;

/// <summary>A term entry of a terms-and-definitions clause.</summary>
public sealed record TermEntry : IBlockContainer
{
    /// <summary>Stable id, e.g. "term-3.1".</summary>
    public string Id { get; init; } = "";

    /// <summary>The entry number as shown, e.g. "3.1", "3.1.2".</summary>
    public string? Number { get; init; }

    /// <summary>Preferred terms (at least one).</summary>
    public IReadOnlyList<Designation> Preferred { get; init; } = [];

    public IReadOnlyList<Designation> Admitted { get; init; } = [];

    public IReadOnlyList<Designation> Deprecated { get; init; } = [];

    /// <summary>Equivalents in other languages, e.g. the English equivalent of a Chinese term.</summary>
    public IReadOnlyList<Designation> Equivalents { get; init; } = [];

    /// <summary>Abbreviated form, e.g. "PDF".</summary>
    public string? Abbreviation { get; init; }

    /// <summary>Subject field, written as &lt;domain&gt; before the definition.</summary>
    public string? Domain { get; init; }

    /// <summary>The definition (inline Markdown): one phrase that can replace the term.</summary>
    public string? Definition { get; init; }

    /// <summary>Further content of the entry: figures, formulas, tables, lists.</summary>
    public IReadOnlyList<Block> Blocks { get; init; } = [];

    public IReadOnlyList<Example> Examples { get; init; } = [];

    /// <summary>Notes to entry.</summary>
    public IReadOnlyList<Note> Notes { get; init; } = [];

    public IReadOnlyList<TermSource> Sources { get; init; } = [];

    public IReadOnlyList<string> Suppress { get; init; } = [];
}

public sealed record Designation
{
    public string Text { get; init; } = "";
    /// <summary>BCP 47 language tag, when it differs from the document's.</summary>
    public string? Language { get; init; }
}

/// <summary>Where a term entry comes from: [来源：GB/T 20000.1—2014，3.1，有修改] / [SOURCE: ISO 9000:2015, 3.1.1, modified — …].</summary>
public sealed record TermSource
{
    /// <summary>Identifier of the source document.</summary>
    public string Reference { get; init; } = "";
    /// <summary>Clause, entry or page in the source.</summary>
    public string? Locality { get; init; }
    public bool Modified { get; init; }
    /// <summary>How it was modified (the text after "modified —" / "有修改，").</summary>
    public string? Modification { get; init; }
    /// <summary>
    /// The source text as shown, only when the other fields do not give it back as the drafting rules write it in the
    /// document's language ("[来源：…，…，有修改，…]", "[SOURCE: …, …, modified — …]"): a fact is stored once.
    /// </summary>
    public string? Text { get; init; }
}
