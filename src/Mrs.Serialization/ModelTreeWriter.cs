using System.Text.Json;
using Mrs.Model;

namespace Mrs.Serialization;

/// <summary>
/// Writes the model as its JSON tree directly, with the mapping rules of <see cref="ModelJsonOptions"/> (camelCase keys in
/// declaration order, "type" first on blocks, nothing for absent values, empty lists, false flags or implied kinds).
/// It exists for speed: the general serializer spends about 0.3 s setting itself up in every new process. A test
/// checks that both give the same tree for every sample, fixture and imported corpus document.
/// </summary>
internal static class ModelTreeWriter
{
    public static void Write(Utf8JsonWriter w, StandardDocument d)
    {
        w.WriteStartObject();
        Str(w, "schemaVersion", d.SchemaVersion);
        w.WritePropertyName("metadata");
        Metadata(w, d.Metadata);
        List(w, "preface", d.Preface, Section);
        List(w, "clauses", d.Clauses, Clause);
        List(w, "annexes", d.Annexes, Annex);
        if (d.Bibliography is { } b)
        {
            w.WritePropertyName("bibliography");
            w.WriteStartObject();
            Str(w, "id", b.Id);
            Str(w, "title", b.Title);
            List(w, "blocks", b.Blocks, Block);
            List(w, "entries", b.Entries, Reference);
            w.WriteEndObject();
        }
        if (d.Index is { } index)
        {
            w.WritePropertyName("index");
            Section(w, index);
        }
        List(w, "footnotes", d.Footnotes, Footnote);
        List(w, "assets", d.Assets, Asset);
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
        List(w, "titles", m.Titles, (w, t) =>
        {
            w.WriteStartObject();
            Str(w, "language", t.Language);
            Str(w, "intro", t.Intro);
            Str(w, "main", t.Main);
            Str(w, "part", t.Part);
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
            Str(w, "title", a.Title);
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
        Str(w, "title", s.Title);
        List(w, "blocks", s.Blocks, Block);
        List(w, "clauses", s.Clauses, Clause);
        Strings(w, "suppress", s.Suppress);
        w.WriteEndObject();
    }

    private static void Clause(Utf8JsonWriter w, Clause c)
    {
        w.WriteStartObject();
        Str(w, "id", c.Id);
        Str(w, "number", c.Number);
        Str(w, "title", c.Title);
        if (c.Kind != ClauseKind.General)
        {
            Enum(w, "kind", (ClauseKind?)c.Kind);
        }
        List(w, "blocks", c.Blocks, Block);
        List(w, "references", c.References, Reference);
        List(w, "terms", c.Terms, Term);
        List(w, "clauses", c.Clauses, Clause);
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
        Str(w, "title", a.Title);
        List(w, "blocks", a.Blocks, Block);
        List(w, "references", a.References, Reference);
        List(w, "terms", a.Terms, Term);
        List(w, "clauses", a.Clauses, Clause);
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
        Str(w, "title", r.Title);
        Str(w, "text", r.Text);
        Str(w, "footnote", r.Footnote);
        Str(w, "url", r.Url);
        Strings(w, "suppress", r.Suppress);
        w.WriteEndObject();
    }

    private static void Term(Utf8JsonWriter w, TermEntry t)
    {
        w.WriteStartObject();
        Str(w, "id", t.Id);
        Str(w, "number", t.Number);
        List(w, "preferred", t.Preferred, Designation);
        List(w, "admitted", t.Admitted, Designation);
        List(w, "deprecated", t.Deprecated, Designation);
        List(w, "equivalents", t.Equivalents, Designation);
        Str(w, "abbreviation", t.Abbreviation);
        Str(w, "domain", t.Domain);
        Str(w, "definition", t.Definition);
        List(w, "blocks", t.Blocks, Block);
        List(w, "examples", t.Examples, (w, e) => BlockBody(w, e, withType: false));
        List(w, "notes", t.Notes, (w, n) => BlockBody(w, n, withType: false));
        List(w, "sources", t.Sources, (w, s) =>
        {
            w.WriteStartObject();
            Str(w, "reference", s.Reference);
            Str(w, "locality", s.Locality);
            Bool(w, "modified", s.Modified);
            Str(w, "modification", s.Modification);
            Str(w, "text", s.Text);
            w.WriteEndObject();
        });
        Strings(w, "suppress", t.Suppress);
        w.WriteEndObject();
    }

    private static void Designation(Utf8JsonWriter w, Designation d)
    {
        w.WriteStartObject();
        Str(w, "text", d.Text);
        Str(w, "language", d.Language);
        w.WriteEndObject();
    }

    private static void Footnote(Utf8JsonWriter w, Footnote f)
    {
        w.WriteStartObject();
        Str(w, "id", f.Id);
        Str(w, "mark", f.Mark);
        Bool(w, "endnote", f.Endnote);
        List(w, "blocks", f.Blocks, Block);
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
                Str(w, "text", p.Text);
                List(w, "provisions", p.Provisions, Provision);
                break;
            case ListBlock l:
                Bool(w, "ordered", l.Ordered);
                Enum(w, "marker", l.Marker);
                List(w, "items", l.Items, (w, i) =>
                {
                    w.WriteStartObject();
                    Str(w, "id", i.Id);
                    Str(w, "label", i.Label);
                    Str(w, "text", i.Text);
                    List(w, "provisions", i.Provisions, Provision);
                    List(w, "blocks", i.Blocks, Block);
                    w.WriteEndObject();
                });
                break;
            case Note n:
                Str(w, "number", n.Number);
                List(w, "blocks", n.Blocks, Block);
                break;
            case Example e:
                Str(w, "number", e.Number);
                Str(w, "title", e.Title);
                List(w, "blocks", e.Blocks, Block);
                break;
            case Table t:
                Str(w, "number", t.Number);
                Str(w, "title", t.Title);
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
                List(w, "rows", t.Rows, (w, r) =>
                {
                    w.WriteStartObject();
                    List(w, "cells", r.Cells, (w, c) =>
                    {
                        w.WriteStartObject();
                        Str(w, "text", c.Text);
                        List(w, "blocks", c.Blocks, Block);
                        Int(w, "colSpan", c.ColSpan);
                        Int(w, "rowSpan", c.RowSpan);
                        Enum(w, "align", c.Align);
                        Bool(w, "header", c.Header);
                        w.WriteEndObject();
                    });
                    w.WriteEndObject();
                });
                List(w, "notes", t.Notes, (w, n) => BlockBody(w, n, withType: false));
                List(w, "footnotes", t.Footnotes, Footnote);
                break;
            case Figure f:
                Str(w, "number", f.Number);
                Str(w, "title", f.Title);
                List(w, "images", f.Images, Image);
                List(w, "key", f.Key, Item);
                List(w, "notes", f.Notes, (w, n) => BlockBody(w, n, withType: false));
                break;
            case Formula f:
                Str(w, "number", f.Number);
                Str(w, "mathMl", f.MathMl);
                Str(w, "latex", f.Latex);
                Str(w, "text", f.Text);
                List(w, "where", f.Where, Item);
                if (f.Image is { } image)
                {
                    w.WritePropertyName("image");
                    Image(w, image);
                }
                break;
            case DefinitionList d:
                List(w, "items", d.Items, Item);
                break;
            case CodeBlock c:
                Str(w, "language", c.Language);
                Str(w, "text", c.Text);
                break;
            case RawBlock r:
                Str(w, "kind", r.Kind);
                Str(w, "origin", r.Origin);
                Str(w, "text", r.Text);
                Str(w, "format", r.Format);
                Str(w, "content", r.Content);
                break;
        }
        w.WriteEndObject();
    }

    private static string TypeName(Block b)
    {
        foreach (var (type, name) in ModelJsonOptions.BlockTypes)
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
        Str(w, "title", i.Title);
        w.WriteEndObject();
    }

    private static void Item(Utf8JsonWriter w, DefinitionItem i)
    {
        w.WriteStartObject();
        Str(w, "term", i.Term);
        Str(w, "definition", i.Definition);
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
            w.WriteString(name, ModelEnumConverter<T>.NameOf(v));
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
