using System.Text.Json;
using Mrs.Model;

namespace Mrs.Serialization;

/// <summary>
/// Writes the model as its JSON tree directly (camelCase keys in declaration order, "type" first on blocks, nothing for
/// absent values, empty lists, false flags or implied kinds); <see cref="ModelTreeReader"/> reads it back. It exists for
/// speed and native AOT: the general serializer spends about 0.3 s setting itself up in every new process and needs
/// reflection. A test checks that it gives the tree of the general serializer (the tests' reference mapping) for every
/// sample, fixture and imported corpus document.
/// </summary>
internal static class ModelTreeWriter
{
    public static void Write(Utf8JsonWriter w, StandardDocument d)
    {
        w.WriteStartObject();
        Str(w, "schemaVersion", d.SchemaVersion);
        w.WritePropertyName(ModelNames.Metadata);
        Metadata(w, d.Metadata);
        List(w, ModelNames.Preface, d.Preface, Section);
        List(w, ModelNames.Clauses, d.Clauses, Clause);
        List(w, ModelNames.Annexes, d.Annexes, Annex);
        if (d.Bibliography is { } b)
        {
            w.WritePropertyName(ModelNames.Bibliography);
            w.WriteStartObject();
            Str(w, "id", b.Id);
            Str(w, ModelNames.Title, b.Title);
            List(w, ModelNames.Blocks, b.Blocks, Block);
            List(w, ModelNames.Entries, b.Entries, Reference);
            w.WriteEndObject();
        }
        if (d.Index is { } index)
        {
            w.WritePropertyName(ModelNames.Index);
            Section(w, index);
        }
        List(w, ModelNames.Footnotes, d.Footnotes, Footnote);
        List(w, ModelNames.Assets, d.Assets, Asset);
        if (d.Source is { } s)
        {
            w.WritePropertyName("source");
            w.WriteStartObject();
            Str(w, "file", s.File);
            Str(w, "format", s.Format);
            Str(w, "sha256", s.Sha256);
            Str(w, "profile", s.Profile);
            Str(w, "generator", s.Generator);
            Strings(w, "conversions", s.Conversions);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void Metadata(Utf8JsonWriter w, Metadata m)
    {
        w.WriteStartObject();
        Str(w, "identifier", m.Identifier);
        Enum(w, "kind", m.Kind);
        Enum(w, "level", m.Level);
        List(w, ModelNames.Titles, m.Titles, (w, t) =>
        {
            w.WriteStartObject();
            Str(w, "language", t.Language);
            Str(w, ModelNames.Intro, t.Intro);
            Str(w, ModelNames.Main, t.Main);
            Str(w, ModelNames.Part, t.Part);
            w.WriteEndObject();
        });
        Strings(w, "ics", m.Ics);
        Strings(w, "ccs", m.Ccs);
        Str(w, "stage", m.Stage);
        Enum(w, "status", m.Status);
        Str(w, "publicationDate", m.PublicationDate);
        Str(w, "implementationDate", m.ImplementationDate);
        Strings(w, "issuingBodies", m.IssuingBodies);
        Strings(w, "supersedes", m.Supersedes);
        List(w, "adoptions", m.Adoptions, (w, a) =>
        {
            w.WriteStartObject();
            Str(w, "identifier", a.Identifier);
            Str(w, ModelNames.Title, a.Title);
            Enum(w, "degree", (AdoptionDegree?)a.Degree);
            w.WriteEndObject();
        });
        Strings(w, "languages", m.Languages);
        if (m.Committee is { } c)
        {
            w.WritePropertyName("committee");
            w.WriteStartObject();
            Str(w, "identifier", c.Identifier);
            Str(w, "name", c.Name);
            w.WriteEndObject();
        }
        Str(w, "proposedBy", m.ProposedBy);
        Str(w, "filingNumber", m.FilingNumber);
        Strings(w, "draftingOrganizations", m.DraftingOrganizations);
        Strings(w, "drafters", m.Drafters);
        List(w, "otherFields", m.OtherFields, (w, f) =>
        {
            w.WriteStartObject();
            Str(w, "name", f.Name);
            Str(w, "value", f.Value);
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }

    private static void Section(Utf8JsonWriter w, Section s)
    {
        w.WriteStartObject();
        Str(w, "id", s.Id);
        if (s.Kind != SectionKind.Other)
        {
            Enum(w, "kind", (SectionKind?)s.Kind);
        }
        Str(w, ModelNames.Title, s.Title);
        List(w, ModelNames.Blocks, s.Blocks, Block);
        List(w, ModelNames.Clauses, s.Clauses, Clause);
        Strings(w, "suppress", s.Suppress);
        w.WriteEndObject();
    }

    private static void Clause(Utf8JsonWriter w, Clause c)
    {
        w.WriteStartObject();
        Str(w, "id", c.Id);
        Str(w, "number", c.Number);
        Str(w, ModelNames.Title, c.Title);
        if (c.Kind != ClauseKind.General)
        {
            Enum(w, "kind", (ClauseKind?)c.Kind);
        }
        List(w, ModelNames.Blocks, c.Blocks, Block);
        List(w, ModelNames.References, c.References, Reference);
        List(w, ModelNames.Terms, c.Terms, Term);
        List(w, ModelNames.Clauses, c.Clauses, Clause);
        Strings(w, "suppress", c.Suppress);
        w.WriteEndObject();
    }

    private static void Annex(Utf8JsonWriter w, Annex a)
    {
        w.WriteStartObject();
        Str(w, "id", a.Id);
        Str(w, "letter", a.Letter);
        Str(w, "label", a.Label);
        Enum(w, "obligation", a.Obligation);
        Str(w, ModelNames.Title, a.Title);
        List(w, ModelNames.Blocks, a.Blocks, Block);
        List(w, ModelNames.References, a.References, Reference);
        List(w, ModelNames.Terms, a.Terms, Term);
        List(w, ModelNames.Clauses, a.Clauses, Clause);
        Strings(w, "suppress", a.Suppress);
        w.WriteEndObject();
    }

    private static void Reference(Utf8JsonWriter w, ReferenceEntry r)
    {
        w.WriteStartObject();
        Str(w, "id", r.Id);
        Str(w, "label", r.Label);
        Str(w, "identifier", r.Identifier);
        Str(w, "year", r.Year);
        Str(w, ModelNames.Title, r.Title);
        Str(w, ModelNames.Text, r.Text);
        Str(w, ModelNames.Footnote, r.Footnote);
        Str(w, "url", r.Url);
        Strings(w, "suppress", r.Suppress);
        w.WriteEndObject();
    }

    private static void Term(Utf8JsonWriter w, TermEntry t)
    {
        w.WriteStartObject();
        Str(w, "id", t.Id);
        Str(w, "number", t.Number);
        List(w, ModelNames.Preferred, t.Preferred, Designation);
        List(w, ModelNames.Admitted, t.Admitted, Designation);
        List(w, ModelNames.Deprecated, t.Deprecated, Designation);
        List(w, ModelNames.Equivalents, t.Equivalents, Designation);
        Str(w, "abbreviation", t.Abbreviation);
        Str(w, "domain", t.Domain);
        Str(w, ModelNames.Definition, t.Definition);
        List(w, ModelNames.Blocks, t.Blocks, Block);
        List(w, ModelNames.Examples, t.Examples, (w, e) => BlockBody(w, e, withType: false));
        List(w, ModelNames.Notes, t.Notes, (w, n) => BlockBody(w, n, withType: false));
        List(w, ModelNames.Sources, t.Sources, (w, s) =>
        {
            w.WriteStartObject();
            Str(w, ModelNames.Reference, s.Reference);
            Str(w, "locality", s.Locality);
            Bool(w, "modified", s.Modified);
            Str(w, ModelNames.Modification, s.Modification);
            Str(w, ModelNames.Text, s.Text);
            w.WriteEndObject();
        });
        Strings(w, "suppress", t.Suppress);
        w.WriteEndObject();
    }

    private static void Designation(Utf8JsonWriter w, Designation d)
    {
        w.WriteStartObject();
        Str(w, ModelNames.Text, d.Text);
        Str(w, "language", d.Language);
        w.WriteEndObject();
    }

    private static void Footnote(Utf8JsonWriter w, Footnote f)
    {
        w.WriteStartObject();
        Str(w, "id", f.Id);
        Str(w, "mark", f.Mark);
        Bool(w, "endnote", f.Endnote);
        List(w, ModelNames.Blocks, f.Blocks, Block);
        w.WriteEndObject();
    }

    private static void Asset(Utf8JsonWriter w, Asset a)
    {
        w.WriteStartObject();
        Str(w, "id", a.Id);
        Str(w, "path", a.Path);
        Str(w, "link", a.Link);
        Str(w, "mediaType", a.MediaType);
        Str(w, "sha256", a.Sha256);
        Bool(w, "needsConversion", a.NeedsConversion);
        w.WriteEndObject();
    }

    private static void Block(Utf8JsonWriter w, Block b) => BlockBody(w, b, withType: true);

    /// <summary>A block; in block lists it starts with its "type", as notes and examples of tables, figures and terms do not.</summary>
    private static void BlockBody(Utf8JsonWriter w, Block b, bool withType)
    {
        w.WriteStartObject();
        if (withType)
        {
            w.WriteString("type", TypeName(b));
        }
        Str(w, "id", b.Id);
        Strings(w, "suppress", b.Suppress);
        switch (b)
        {
            case Paragraph p:
                Str(w, ModelNames.Text, p.Text);
                List(w, "provisions", p.Provisions, Provision);
                break;
            case ListBlock l:
                Bool(w, "ordered", l.Ordered);
                Enum(w, "marker", l.Marker);
                List(w, ModelNames.Items, l.Items, (w, i) =>
                {
                    w.WriteStartObject();
                    Str(w, "id", i.Id);
                    Str(w, "label", i.Label);
                    Str(w, ModelNames.Text, i.Text);
                    List(w, "provisions", i.Provisions, Provision);
                    List(w, ModelNames.Blocks, i.Blocks, Block);
                    w.WriteEndObject();
                });
                break;
            case Note n:
                Str(w, "number", n.Number);
                List(w, ModelNames.Blocks, n.Blocks, Block);
                break;
            case Example e:
                Str(w, "number", e.Number);
                Str(w, ModelNames.Title, e.Title);
                List(w, ModelNames.Blocks, e.Blocks, Block);
                break;
            case Table t:
                Str(w, "number", t.Number);
                Str(w, ModelNames.Title, t.Title);
                w.WriteNumber("headerRows", t.HeaderRows);
                if (t.ColumnWidths.Count > 0)
                {
                    w.WriteStartArray("columnWidths");
                    foreach (var width in t.ColumnWidths)
                    {
                        w.WriteNumberValue(width);
                    }
                    w.WriteEndArray();
                }
                List(w, ModelNames.Rows, t.Rows, (w, r) =>
                {
                    w.WriteStartObject();
                    List(w, ModelNames.Cells, r.Cells, (w, c) =>
                    {
                        w.WriteStartObject();
                        Str(w, ModelNames.Text, c.Text);
                        List(w, ModelNames.Blocks, c.Blocks, Block);
                        Int(w, "colSpan", c.ColSpan);
                        Int(w, "rowSpan", c.RowSpan);
                        Enum(w, "align", c.Align);
                        Bool(w, "header", c.Header);
                        w.WriteEndObject();
                    });
                    w.WriteEndObject();
                });
                List(w, ModelNames.Notes, t.Notes, (w, n) => BlockBody(w, n, withType: false));
                List(w, ModelNames.Footnotes, t.Footnotes, Footnote);
                break;
            case Figure f:
                Str(w, "number", f.Number);
                Str(w, ModelNames.Title, f.Title);
                List(w, ModelNames.Images, f.Images, Image);
                List(w, ModelNames.Key, f.Key, Item);
                List(w, ModelNames.Notes, f.Notes, (w, n) => BlockBody(w, n, withType: false));
                break;
            case Formula f:
                Str(w, "number", f.Number);
                Str(w, "mathMl", f.MathMl);
                Str(w, "latex", f.Latex);
                Str(w, ModelNames.Text, f.Text);
                List(w, ModelNames.Where, f.Where, Item);
                if (f.Image is { } image)
                {
                    w.WritePropertyName(ModelNames.Image);
                    Image(w, image);
                }
                break;
            case DefinitionList d:
                List(w, ModelNames.Items, d.Items, Item);
                break;
            case CodeBlock c:
                Str(w, "language", c.Language);
                Str(w, ModelNames.Text, c.Text);
                break;
            case RawBlock r:
                Str(w, "kind", r.Kind);
                Str(w, "origin", r.Origin);
                Str(w, ModelNames.Text, r.Text);
                Str(w, "format", r.Format);
                Str(w, "content", r.Content);
                break;
        }
        w.WriteEndObject();
    }

    private static string TypeName(Block b)
    {
        foreach (var (type, name) in ModelNames.BlockTypes)
        {
            if (type == b.GetType())
            {
                return name;
            }
        }
        throw new InvalidOperationException($"{b.GetType().Name} is not a registered block type");
    }

    private static void Provision(Utf8JsonWriter w, Provision p)
    {
        w.WriteStartObject();
        Enum(w, "kind", (ProvisionKind?)p.Kind);
        Str(w, "form", p.Form);
        Bool(w, "negative", p.Negative);
        Int(w, "sentence", p.Sentence);
        w.WriteEndObject();
    }

    private static void Image(Utf8JsonWriter w, Image i)
    {
        w.WriteStartObject();
        Str(w, "asset", i.Asset);
        Str(w, "alt", i.Alt);
        if (i.WidthMm is { } width)
        {
            w.WriteNumber("widthMm", width);
        }
        if (i.HeightMm is { } height)
        {
            w.WriteNumber("heightMm", height);
        }
        Str(w, "label", i.Label);
        Str(w, ModelNames.Title, i.Title);
        w.WriteEndObject();
    }

    private static void Item(Utf8JsonWriter w, DefinitionItem i)
    {
        w.WriteStartObject();
        Str(w, ModelNames.Term, i.Term);
        Str(w, ModelNames.Definition, i.Definition);
        w.WriteEndObject();
    }

    private static void Str(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Bool(Utf8JsonWriter w, string name, bool value)
    {
        if (value)
        {
            w.WriteBoolean(name, true);
        }
    }

    private static void Int(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }

    private static void Enum<T>(Utf8JsonWriter w, string name, T? value) where T : struct, System.Enum
    {
        if (value is { } v)
        {
            w.WriteString(name, ModelEnumNames<T>.NameOf(v));
        }
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }
        w.WriteEndArray();
    }

    private static void List<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.Count == 0)
        {
            return;
        }
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            write(w, item);
        }
        w.WriteEndArray();
    }
}
