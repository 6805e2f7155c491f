namespace Mrs.Model;

/// <summary>
/// The names the serialized model (JSON and YAML) gives the parts of a document: the one table that JSON pointers into
/// a model are built from. The model walker names its nodes with them and the model writer writes them; a test checks
/// that the general serializer names the properties so too.
/// </summary>
public static class ModelNames
{
    // Parts of the document and of its containers.
    public const string Metadata = "metadata";
    public const string Titles = "titles";
    public const string Preface = "preface";
    public const string Clauses = "clauses";
    public const string Annexes = "annexes";
    public const string Bibliography = "bibliography";
    public const string Index = "index";
    public const string Footnotes = "footnotes";
    public const string Assets = "assets";
    public const string Blocks = "blocks";
    public const string References = "references";
    public const string Terms = "terms";
    public const string Entries = "entries";

    // Parts of a term entry.
    public const string Preferred = "preferred";
    public const string Admitted = "admitted";
    public const string Deprecated = "deprecated";
    public const string Equivalents = "equivalents";
    public const string Examples = "examples";
    public const string Notes = "notes";
    public const string Sources = "sources";

    // Parts of blocks.
    public const string Items = "items";
    public const string Rows = "rows";
    public const string Cells = "cells";
    public const string Images = "images";
    public const string Image = "image";
    public const string Key = "key";
    public const string Where = "where";

    // Text fields.
    public const string Title = "title";
    public const string Text = "text";
    public const string Definition = "definition";
    public const string Term = "term";
    public const string Footnote = "footnote";
    public const string Reference = "reference";
    public const string Modification = "modification";
    public const string Intro = "intro";
    public const string Main = "main";
    public const string Part = "part";

    /// <summary>Block kinds and the names their "type" gives them, in the order the schema lists them.</summary>
    public static readonly IReadOnlyList<(Type Type, string Name)> BlockTypes =
    [
        (typeof(Paragraph), "paragraph"),
        (typeof(ListBlock), "list"),
        (typeof(Note), "note"),
        (typeof(Example), "example"),
        (typeof(Table), "table"),
        (typeof(Figure), "figure"),
        (typeof(Formula), "formula"),
        (typeof(DefinitionList), "definitionList"),
        (typeof(CodeBlock), "code"),
        (typeof(RawBlock), "raw"),
    ];
}
