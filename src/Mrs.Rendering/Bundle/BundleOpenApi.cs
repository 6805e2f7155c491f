using System.Globalization;
using Microsoft.OpenApi;
using Mrs.Model;

namespace Mrs.Rendering.Bundle;

/// <summary>
/// openapi.json: an OpenAPI 3.1 description of the bundle as a static API (every path a GET of a file), made with
/// Microsoft.OpenApi. Each response's schema, and each entry of components/schemas, is a reference to the JSON Schema
/// of that kind of file in schemas/ ("schemas/bundle-clause.schema.json#"), so the files and the description say the
/// same. Paths with an id take the URL-safe ids of the bundle (the HTML anchors). The server is the folder the
/// description is in ("."), wherever the bundle is served from.
/// </summary>
internal static class BundleOpenApi
{
    private sealed record Route(string Path, string Operation, string Summary, string? Schema, string MediaType, string? Parameter = null,
        string? ParameterDescription = null);

    public static string Write(StandardDocument model, IEnumerable<string> files)
    {
        var present = files.ToHashSet(StringComparer.Ordinal);
        var metadata = model.Metadata;
        var title = string.Join(" ", new[] { metadata.Identifier, metadata.Titles.FirstOrDefault()?.Main }.Where(s => !string.IsNullOrEmpty(s)));
        var document = new OpenApiDocument
        {
            Info = new OpenApiInfo
            {
                Title = title.Length > 0 ? title : "mrs bundle",
                Version = metadata.Identifier ?? BundleBuilder.FormatVersion,
                Summary = "The standard as a static, read-only JSON API (mrs bundle " + BundleBuilder.FormatVersion + ").",
                Description = "Every clause, term, provision and reference of the standard as JSON files, each described by a JSON Schema in "
                    + "schemas/. Ids are the anchors of the HTML edition.",
            },
            Servers = [new OpenApiServer { Url = ".", Description = "The folder this description is in." }],
            Paths = [],
            Components = new OpenApiComponents { Schemas = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal) },
        };

        var routes = new List<Route>
        {
            new("/manifest.json", "getManifest",
                "The bundle's manifest: identifier, version, titles, languages and every file with its size, media type and SHA-256.",
                "bundle-manifest", "application/json"),
            new("/document.json", "getDocument", "The whole clause model.", "clause-model", "application/json"),
            new("/clauses/index.json", "listClauses", "Every clause, front section, annex and the bibliography in document order.", "bundle-index",
                "application/json"),
            new("/clauses/{id}.json", "getClause",
                "One clause: its place in the tree, its content as model blocks, plain text and HTML, its provisions, terms and citations.",
                "bundle-clause", "application/json", "id", "The clause's id, e.g. clause-5.2, annex-A (its anchor in the HTML edition)."),
            new("/terms.json", "listTerms", "Every term entry.", "bundle-terms", "application/json"),
            new("/terms/{id}.json", "getTerm", "One term entry: designations, definition, notes, sources and its clause.", "bundle-term",
                "application/json", "id", "The entry's id, e.g. term-3.1."),
            new("/terms.tbx", "getTermsTbx", "The term entries as TBX-Basic (ISO 30042), for terminology tools.", null, "application/x-tbx+xml"),
            new("/provisions.json", "listProvisions", "Every requirement, recommendation, permission … with its kind, verbal form, text and clause.",
                "bundle-provisions", "application/json"),
            new("/references.json", "listReferences", "Normative references and bibliography entries, with where each is cited.", "bundle-references",
                "application/json"),
        };
        if (present.Contains("tables/index.json"))
        {
            routes.Add(new("/tables/index.json", "listTables", "Every table with an id.", "bundle-index", "application/json"));
            routes.Add(new("/tables/{id}.json", "getTable", "One table as a model block, with its clause.", "bundle-block", "application/json", "id",
                "The table's id, e.g. table-1."));
        }
        if (present.Contains("figures/index.json"))
        {
            routes.Add(new("/figures/index.json", "listFigures", "Every figure with an id.", "bundle-index", "application/json"));
            routes.Add(new("/figures/{id}.json", "getFigure", "One figure as a model block, with its clause and picture files.", "bundle-block",
                "application/json", "id", "The figure's id, e.g. figure-1."));
        }
        if (present.Any(p => p.StartsWith("assets/", StringComparison.Ordinal)))
        {
            routes.Add(new("/assets/{name}", "getAsset", "A picture of the document (content-hash name).", null, "application/octet-stream", "name",
                "The file name, as the model and the HTML give it."));
        }
        routes.Add(new("/schemas/{name}", "getSchema", "The JSON Schema of one kind of file.", null, "application/schema+json", "name",
            "e.g. bundle-clause.schema.json."));

        foreach (var name in BundleSchemas.Names)
        {
            document.Components.Schemas[ComponentName(name)] = External(document, "schemas/" + name);
        }
        foreach (var route in routes)
        {
            var operation = new OpenApiOperation
            {
                OperationId = route.Operation,
                Summary = route.Summary,
                Responses = new OpenApiResponses
                {
                    ["200"] = new OpenApiResponse
                    {
                        Description = "The file.",
                        Content = new Dictionary<string, IOpenApiMediaType>(StringComparer.Ordinal)
                        {
                            [route.MediaType] = new OpenApiMediaType
                            {
                                Schema = route.Schema is { } schema ? External(document, "schemas/" + schema + ".schema.json") : null,
                            },
                        },
                    },
                    ["404"] = new OpenApiResponse { Description = "No such file in the bundle." },
                },
            };
            if (route.Parameter is { } parameter)
            {
                operation.Parameters =
                [
                    new OpenApiParameter
                    {
                        Name = parameter,
                        In = ParameterLocation.Path,
                        Required = true,
                        Description = route.ParameterDescription,
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[A-Za-z0-9._~-]+$" },
                    },
                ];
            }
            document.Paths[route.Path] =
                new OpenApiPathItem { Operations = new Dictionary<HttpMethod, OpenApiOperation> { [HttpMethod.Get] = operation } };
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        document.SerializeAsV31(new OpenApiJsonWriter(text));
        return text.ToString().Replace("\r\n", "\n").TrimEnd('\n') + "\n";
    }

    /// <summary>"bundle-clause.schema.json" → "bundleClause".</summary>
    private static string ComponentName(string file)
    {
        var parts = file[..^".schema.json".Length].Split('-');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    /// <summary>A reference to a whole JSON Schema file of the bundle: {"$ref": "schemas/….schema.json#"}.</summary>
    private static OpenApiSchemaReference External(OpenApiDocument document, string file) =>
        new(ComponentName(file["schemas/".Length..]), document, file)
        {
            Reference = new JsonSchemaReference
            {
                ExternalResource = file, Id = "", IsFragment = true, Type = ReferenceType.Schema,
                HostDocument = document
            },
        };
}
