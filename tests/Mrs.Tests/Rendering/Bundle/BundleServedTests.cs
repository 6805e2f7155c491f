using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Mrs.Rendering.Bundle;

namespace Mrs.Tests.Rendering.Bundle;

/// <summary>
/// The bundle is an API as soon as a static file server serves it: a minimal one (HttpListener on 127.0.0.1, files
/// only, no listing) serves the bundle of a GB/T document; a clause, a term and the OpenAPI description are fetched
/// over HTTP, the description read by Microsoft.OpenApi from its URL, and every schema it refers to fetched too.
/// </summary>
public class BundleServedTests
{
    [Fact]
    public async Task A_static_server_serves_the_bundle_as_an_api_described_by_its_openapi_document()
    {
        var root = BundleFixture.Write("corpus/standards/gbt/real/laolv2023__28181-2022__GBT_28181_2022.docx");
        using var server = new StaticServer(root);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };

        // A clause, by the id the clause index gives.
        using var index = JsonDocument.Parse(await http.GetStringAsync("clauses/index.json", TestContext.Current.CancellationToken));
        var clauseItem = index.RootElement.GetProperty("items").EnumerateArray()
            .First(i => i.GetProperty("kind").GetString() == "clause" && i.GetProperty("depth").GetInt32() == 1);
        var clauseId = clauseItem.GetProperty("id").GetString()!;
        using var clauseResponse = await http.GetAsync("clauses/" + clauseId + ".json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, clauseResponse.StatusCode);
        Assert.Equal("application/json", clauseResponse.Content.Headers.ContentType!.MediaType);
        using var clause = JsonDocument.Parse(await clauseResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            new JsonDocumentOptions { MaxDepth = 1024 });
        Assert.Equal(clauseId, clause.RootElement.GetProperty("id").GetString());
        Assert.Equal(clauseItem.GetProperty("number").GetString(), clause.RootElement.GetProperty("number").GetString());
        Assert.Equal(JsonValueKind.Object, clause.RootElement.GetProperty("parent").ValueKind);

        // A term.
        using var terms = JsonDocument.Parse(await http.GetStringAsync("terms.json", TestContext.Current.CancellationToken));
        var termPath = terms.RootElement.GetProperty("terms")[0].GetProperty("path").GetString()!;
        using var term = JsonDocument.Parse(await http.GetStringAsync(termPath, TestContext.Current.CancellationToken));
        Assert.NotEmpty(term.RootElement.GetProperty("preferred").EnumerateArray());
        Assert.Equal(JsonValueKind.String, term.RootElement.GetProperty("definition").ValueKind);

        // The OpenAPI description, read by Microsoft.OpenApi from its URL.
        var result = await OpenApiDocument.LoadAsync(new Uri(server.Address, "openapi.json").ToString(), new OpenApiReaderSettings(),
            TestContext.Current.CancellationToken);
        Assert.Empty(result.Diagnostic!.Errors);
        Assert.Empty(result.Diagnostic.Warnings);
        var api = result.Document!;
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, result.Diagnostic.SpecificationVersion);
        Assert.Contains("/clauses/{id}.json", api.Paths.Keys);
        Assert.Contains("/terms/{id}.json", api.Paths.Keys);
        // Each path without a parameter is a file the server has; each schema it names is served too.
        foreach (var path in api.Paths.Keys.Where(p => !p.Contains('{', StringComparison.Ordinal)))
        {
            using var response = await http.GetAsync(path.TrimStart('/'), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, path);
        }
        var text = await http.GetStringAsync("openapi.json", TestContext.Current.CancellationToken);
        var schemas = Regex.Matches(text, "\"\\$ref\": \"(schemas/[^\"#]+)#\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Contains("schemas/bundle-clause.schema.json", schemas);
        foreach (var schema in schemas)
        {
            using var schemaDocument = JsonDocument.Parse(await http.GetStringAsync(schema, TestContext.Current.CancellationToken));
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", schemaDocument.RootElement.GetProperty("$schema").GetString());
        }
        using var missing = await http.GetAsync("clauses/no-such-clause.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    /// <summary>A static file server of one folder on 127.0.0.1 (a free port), media types from the bundle's manifest; stops when disposed.</summary>
    private sealed class StaticServer : IDisposable
    {
        private readonly HttpListener listener = new();
        private readonly string root;
        private readonly Task loop;

        public StaticServer(string root)
        {
            this.root = Path.GetFullPath(root);
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Address = new Uri($"http://127.0.0.1:{port}/");
            listener.Prefixes.Add(Address.ToString());
            listener.Start();
            loop = Task.Run(Serve);
        }

        public Uri Address { get; }

        private async Task Serve()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }
                using var response = context.Response;
                var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
                var full = Path.GetFullPath(Path.Combine(root, relative));
                if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
                {
                    response.StatusCode = 404;
                    continue;
                }
                var bytes = await File.ReadAllBytesAsync(full);
                response.ContentType = relative.EndsWith(".json", StringComparison.Ordinal)
                    && !relative.StartsWith("schemas/", StringComparison.Ordinal) && relative != "openapi.json"
                    ? "application/json"
                    : BundleMediaType(relative);
                response.ContentLength64 = bytes.Length;
                await response.OutputStream.WriteAsync(bytes);
            }
        }

        private static string BundleMediaType(string path) =>
            path.EndsWith(".json", StringComparison.Ordinal) ? "application/json" : path.EndsWith(".tbx", StringComparison.Ordinal)
                ? "application/xml" : "application/octet-stream";

        public void Dispose()
        {
            listener.Stop();
            listener.Close();
            loop.Wait(TimeSpan.FromSeconds(10));
        }
    }
}
