using System.Text.Json;
using Mrs.Model;

namespace Mrs.Serialization;

/// <summary>
/// Builds the model from its JSON tree directly, the inverse of <see cref="ModelTreeWriter"/>: camelCase keys, "type" as
/// the block discriminator, enums as text, and every absent member left at the model's own default (empty lists, ""
/// for required text). It exists for speed and for native AOT: no reflection, no run-time code. The tree has passed the
/// clause-model schema before it comes here; what the schema lets through and the model cannot hold (a whole number
/// written as 2.0 where a count is meant) throws <see cref="JsonException"/>. A test checks that reading and writing back
/// gives the same tree for every sample, fixture and imported corpus document.
/// </summary>
internal static class ModelTreeReader
{
    public static StandardDocument Read(JsonElement e)
    {
        Expect(e, JsonValueKind.Object, "the model");
        return new StandardDocument
        {
            SchemaVersion = Str(e, "schemaVersion") ?? ModelInfo.SchemaVersion,
            Metadata = Obj(e, ModelNames.Metadata, Metadata) ?? new Metadata(),
            Preface = List(e, ModelNames.Preface, Section),
            Clauses = List(e, ModelNames.Clauses, Clause),
            Annexes = List(e, ModelNames.Annexes, Annex),
            Bibliography = Obj(e, ModelNames.Bibliography, b => new Bibliography
            {
                Id = Str(b, "id"),
                Title = Str(b, ModelNames.Title),
                Blocks = List(b, ModelNames.Blocks, Block),
                Entries = List(b, ModelNames.Entries, Reference),
            }),
            Index = Obj(e, ModelNames.Index, Section),
            Footnotes = List(e, ModelNames.Footnotes, Footnote),
            Assets = List(e, ModelNames.Assets, Asset),
            Source = Obj(e, "source", s => new SourceInfo
            {
                File = Str(s, "file"),
                Format = Str(s, "format"),
                Sha256 = Str(s, "sha256"),
                Profile = Str(s, "profile"),
                Generator = Str(s, "generator"),
                Conversions = Strings(s, "conversions"),
            }),
        };
    }

    private static Metadata Metadata(JsonElement m) => new()
    {
        Identifier = Str(m, "identifier"),
        Kind = Enum<DocumentKind>(m, "kind"),
        Level = Enum<DocumentLevel>(m, "level"),
        Titles = List(m, ModelNames.Titles, t => new Title
        {
            Language = Str(t, "language") ?? "",
            Intro = Str(t, ModelNames.Intro),
            Main = Str(t, ModelNames.Main) ?? "",
            Part = Str(t, ModelNames.Part),
        }),
        Ics = Strings(m, "ics"),
        Ccs = Strings(m, "ccs"),
        Stage = Str(m, "stage"),
        Status = Enum<DocumentStatus>(m, "status"),
        PublicationDate = Str(m, "publicationDate"),
        ImplementationDate = Str(m, "implementationDate"),
        IssuingBodies = Strings(m, "issuingBodies"),
        Supersedes = Strings(m, "supersedes"),
        Adoptions = List(m, "adoptions", a => new Adoption
        {
            Identifier = Str(a, "identifier") ?? "",
            Title = Str(a, ModelNames.Title),
            Degree = Enum<AdoptionDegree>(a, "degree") ?? default,
        }),
        Languages = Strings(m, "languages"),
        Committee = Obj(m, "committee", c => new Committee { Identifier = Str(c, "identifier"), Name = Str(c, "name") }),
        ProposedBy = Str(m, "proposedBy"),
        FilingNumber = Str(m, "filingNumber"),
        DraftingOrganizations = Strings(m, "draftingOrganizations"),
        Drafters = Strings(m, "drafters"),
        OtherFields = List(m, "otherFields", f => new MetadataField { Name = Str(f, "name") ?? "", Value = Str(f, "value") ?? "" }),
    };

    private static Section Section(JsonElement s) => new()
    {
        Id = Str(s, "id"),
        Kind = Enum<SectionKind>(s, "kind") ?? default,
        Title = Str(s, ModelNames.Title),
        Blocks = List(s, ModelNames.Blocks, Block),
        Clauses = List(s, ModelNames.Clauses, Clause),
        Suppress = Strings(s, "suppress"),
    };

    private static Clause Clause(JsonElement c) => new()
    {
        Id = Str(c, "id") ?? "",
        Number = Str(c, "number"),
        Title = Str(c, ModelNames.Title),
        Kind = Enum<ClauseKind>(c, "kind") ?? default,
        Blocks = List(c, ModelNames.Blocks, Block),
        References = List(c, ModelNames.References, Reference),
        Terms = List(c, ModelNames.Terms, Term),
        Clauses = List(c, ModelNames.Clauses, Clause),
        Suppress = Strings(c, "suppress"),
    };

    private static Annex Annex(JsonElement a) => new()
    {
        Id = Str(a, "id") ?? "",
        Letter = Str(a, "letter") ?? "",
        Label = Str(a, "label"),
        Obligation = Enum<AnnexObligation>(a, "obligation"),
        Title = Str(a, ModelNames.Title),
        Blocks = List(a, ModelNames.Blocks, Block),
        References = List(a, ModelNames.References, Reference),
        Terms = List(a, ModelNames.Terms, Term),
        Clauses = List(a, ModelNames.Clauses, Clause),
        Suppress = Strings(a, "suppress"),
    };

    private static ReferenceEntry Reference(JsonElement r) => new()
    {
        Id = Str(r, "id") ?? "",
        Label = Str(r, "label"),
        Identifier = Str(r, "identifier"),
        Year = Str(r, "year"),
        Title = Str(r, ModelNames.Title),
        Text = Str(r, ModelNames.Text) ?? "",
        Footnote = Str(r, ModelNames.Footnote),
        Url = Str(r, "url"),
        Suppress = Strings(r, "suppress"),
    };

    private static TermEntry Term(JsonElement t) => new()
    {
        Id = Str(t, "id") ?? "",
        Number = Str(t, "number"),
        Preferred = List(t, ModelNames.Preferred, Designation),
        Admitted = List(t, ModelNames.Admitted, Designation),
        Deprecated = List(t, ModelNames.Deprecated, Designation),
        Equivalents = List(t, ModelNames.Equivalents, Designation),
        Abbreviation = Str(t, "abbreviation"),
        Domain = Str(t, "domain"),
        Definition = Str(t, ModelNames.Definition),
        Blocks = List(t, ModelNames.Blocks, Block),
        Examples = List(t, ModelNames.Examples, Example),
        Notes = List(t, ModelNames.Notes, Note),
        Sources = List(t, ModelNames.Sources, s => new TermSource
        {
            Reference = Str(s, ModelNames.Reference) ?? "",
            Locality = Str(s, "locality"),
            Modified = Bool(s, "modified"),
            Modification = Str(s, ModelNames.Modification),
            Text = Str(s, ModelNames.Text),
        }),
        Suppress = Strings(t, "suppress"),
    };

    private static Designation Designation(JsonElement d) => new() { Text = Str(d, ModelNames.Text) ?? "", Language = Str(d, "language") };

    private static Footnote Footnote(JsonElement f) => new()
    {
        Id = Str(f, "id") ?? "",
        Mark = Str(f, "mark"),
        Endnote = Bool(f, "endnote"),
        Blocks = List(f, ModelNames.Blocks, Block),
    };

    private static Asset Asset(JsonElement a) => new()
    {
        Id = Str(a, "id") ?? "",
        Path = Str(a, "path"),
        Link = Str(a, "link"),
        MediaType = Str(a, "mediaType") ?? "",
        Sha256 = Str(a, "sha256"),
        NeedsConversion = Bool(a, "needsConversion"),
    };

    /// <summary>A block of a block list: its "type" names its kind.</summary>
    private static Block Block(JsonElement b)
    {
        var type = Str(b, "type") ?? throw new JsonException("a block has no 'type'");
        var id = Str(b, "id");
        var suppress = Strings(b, "suppress");
        return type switch
        {
            "paragraph" => new Paragraph
            {
                Id = id, Suppress = suppress, Text = Str(b, ModelNames.Text) ?? "",
                Provisions = List(b, "provisions", Provision)
            },
            "list" => new ListBlock
            {
                Id = id,
                Suppress = suppress,
                Ordered = Bool(b, "ordered"),
                Marker = Enum<ListMarker>(b, "marker"),
                Items = List(b, ModelNames.Items, i => new ListItem
                {
                    Id = Str(i, "id"),
                    Label = Str(i, "label"),
                    Text = Str(i, ModelNames.Text) ?? "",
                    Provisions = List(i, "provisions", Provision),
                    Blocks = List(i, ModelNames.Blocks, Block),
                }),
            },
            "note" => Note(b),
            "example" => Example(b),
            "table" => Table(b),
            "figure" => new Figure
            {
                Id = id,
                Suppress = suppress,
                Number = Str(b, "number"),
                Title = Str(b, ModelNames.Title),
                Images = List(b, ModelNames.Images, Image),
                Key = List(b, ModelNames.Key, Item),
                Notes = List(b, ModelNames.Notes, Note),
            },
            "formula" => new Formula
            {
                Id = id,
                Suppress = suppress,
                Number = Str(b, "number"),
                MathMl = Str(b, "mathMl"),
                Latex = Str(b, "latex"),
                Text = Str(b, ModelNames.Text),
                Where = List(b, ModelNames.Where, Item),
                Image = Obj(b, ModelNames.Image, Image),
            },
            "definitionList" => new DefinitionList { Id = id, Suppress = suppress, Items = List(b, ModelNames.Items, Item) },
            "code" => new CodeBlock { Id = id, Suppress = suppress, Language = Str(b, "language"), Text = Str(b, ModelNames.Text) ?? "" },
            "raw" => new RawBlock
            {
                Id = id,
                Suppress = suppress,
                Kind = Str(b, "kind") ?? "",
                Origin = Str(b, "origin"),
                Text = Str(b, ModelNames.Text),
                Format = Str(b, "format"),
                Content = Str(b, "content"),
            },
            _ => throw new JsonException($"'{type}' is not a block type"),
        };
    }

    private static Note Note(JsonElement n) => new()
    {
        Id = Str(n, "id"),
        Suppress = Strings(n, "suppress"),
        Number = Str(n, "number"),
        Blocks = List(n, ModelNames.Blocks, Block),
    };

    private static Example Example(JsonElement x) => new()
    {
        Id = Str(x, "id"),
        Suppress = Strings(x, "suppress"),
        Number = Str(x, "number"),
        Title = Str(x, ModelNames.Title),
        Blocks = List(x, ModelNames.Blocks, Block),
    };

    private static Table Table(JsonElement t) => new()
    {
        Id = Str(t, "id"),
        Suppress = Strings(t, "suppress"),
        Number = Str(t, "number"),
        Title = Str(t, ModelNames.Title),
        HeaderRows = Int(t, "headerRows") ?? 0,
        ColumnWidths = List(t, "columnWidths", w => Number(w, "columnWidths")),
        Rows = List(t, ModelNames.Rows, r => new TableRow
        {
            Cells = List(r, ModelNames.Cells, c => new TableCell
            {
                Text = Str(c, ModelNames.Text),
                Blocks = List(c, ModelNames.Blocks, Block),
                ColSpan = Int(c, "colSpan"),
                RowSpan = Int(c, "rowSpan"),
                Align = Enum<CellAlignment>(c, "align"),
                Header = Bool(c, "header"),
            }),
        }),
        Notes = List(t, ModelNames.Notes, Note),
        Footnotes = List(t, ModelNames.Footnotes, Footnote),
    };

    private static Provision Provision(JsonElement p) => new()
    {
        Kind = Enum<ProvisionKind>(p, "kind") ?? default,
        Form = Str(p, "form"),
        Negative = Bool(p, "negative"),
        Sentence = Int(p, "sentence"),
    };

    private static Image Image(JsonElement i) => new()
    {
        Asset = Str(i, "asset") ?? "",
        Alt = Str(i, "alt"),
        WidthMm = Double(i, "widthMm"),
        HeightMm = Double(i, "heightMm"),
        Label = Str(i, "label"),
        Title = Str(i, ModelNames.Title),
    };

    private static DefinitionItem Item(JsonElement i) => new()
    {
        Term = Str(i, ModelNames.Term) ?? "",
        Definition = Str(i, ModelNames.Definition) ?? ""
    };

    // Members. JSON null counts as absent, as an absent member leaves the model's default.

    private static bool Member(JsonElement e, string name, out JsonElement value) =>
        e.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    private static string? Str(JsonElement e, string name)
    {
        if (!Member(e, name, out var value))
        {
            return null;
        }
        Expect(value, JsonValueKind.String, name);
        return value.GetString();
    }

    private static bool Bool(JsonElement e, string name)
    {
        if (!Member(e, name, out var value))
        {
            return false;
        }
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new JsonException($"'{name}' must be true or false"),
        };
    }

    private static int? Int(JsonElement e, string name)
    {
        if (!Member(e, name, out var value))
        {
            return null;
        }
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n
            : throw new JsonException($"'{name}' must be a whole number");
    }

    private static double? Double(JsonElement e, string name) => Member(e, name, out var value) ? Number(value, name) : null;

    private static double Number(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var n) ? n : throw new JsonException($"'{name}' must be a number");

    private static T? Enum<T>(JsonElement e, string name) where T : struct, System.Enum
    {
        if (!Member(e, name, out var value))
        {
            return null;
        }
        Expect(value, JsonValueKind.String, name);
        var text = value.GetString()!;
        return ModelEnumNames<T>.TryParse(text, out var result) ? result : throw new JsonException($"'{text}' is not a value of {typeof(T).Name}");
    }

    private static T? Obj<T>(JsonElement e, string name, Func<JsonElement, T> read) where T : class
    {
        if (!Member(e, name, out var value))
        {
            return null;
        }
        Expect(value, JsonValueKind.Object, name);
        return read(value);
    }

    private static IReadOnlyList<string> Strings(JsonElement e, string name) => List(e, name, s =>
    {
        Expect(s, JsonValueKind.String, name);
        return s.GetString()!;
    });

    private static IReadOnlyList<T> List<T>(JsonElement e, string name, Func<JsonElement, T> read)
    {
        if (!Member(e, name, out var value))
        {
            return [];
        }
        Expect(value, JsonValueKind.Array, name);
        var result = new List<T>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            result.Add(read(item));
        }
        return result;
    }

    private static void Expect(JsonElement value, JsonValueKind kind, string name)
    {
        if (value.ValueKind != kind)
        {
            var what = kind switch
            {
                JsonValueKind.Object => "a mapping",
                JsonValueKind.Array => "a list",
                _ => "text",
            };
            throw new JsonException($"'{name}' must be {what}, not {value.ValueKind.ToString().ToLowerInvariant()}");
        }
    }
}
