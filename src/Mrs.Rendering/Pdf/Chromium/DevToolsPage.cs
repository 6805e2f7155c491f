using System.Collections.Concurrent;
using System.Text.Json;

namespace Mrs.Rendering.Pdf.Chromium;

/// <summary>
/// One tab of the browser, driven over its own flat session: scripts off, every request but data: URLs and
/// about:blank refused (and noted), the HTML set as the document's content, printed to PDF, closed.
/// </summary>
internal sealed class DevToolsPage
{
    private readonly DevToolsConnection connection;
    private readonly string targetId;
    private readonly string sessionId;
    private readonly TimeSpan timeout;
    private TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool reset;

    private DevToolsPage(DevToolsConnection connection, string targetId, string sessionId, TimeSpan timeout)
    {
        this.connection = connection;
        this.targetId = targetId;
        this.sessionId = sessionId;
        this.timeout = timeout;
    }

    /// <summary>The requests the page made that were refused.</summary>
    public ConcurrentQueue<string> Blocked { get; } = new();

    /// <summary>The requests let through (data: URLs and about:blank, the first 64 characters).</summary>
    public ConcurrentQueue<string> Loaded { get; } = new();

    /// <summary>A new tab (about:blank) with its session, its scripts off and its requests intercepted.</summary>
    public static async Task<DevToolsPage> OpenAsync(DevToolsConnection connection, TimeSpan timeout)
    {
        var created = await connection.SendAsync("Target.createTarget", w => w.WriteString("url", "about:blank"), null, timeout)
            .ConfigureAwait(false);
        var targetId = created.GetProperty("targetId").GetString()!;
        var attached = await connection.SendAsync("Target.attachToTarget", w =>
        {
            w.WriteString("targetId", targetId);
            w.WriteBoolean("flatten", true);
        }, null, timeout).ConfigureAwait(false);
        var page = new DevToolsPage(connection, targetId, attached.GetProperty("sessionId").GetString()!, timeout);
        connection.Listen(page.sessionId, page.OnEvent);
        // A session runs its commands in order: send them together, wait once.
        await Task.WhenAll(
            page.SendAsync("Page.enable", null),
            page.SendAsync("Page.setLifecycleEventsEnabled", w => w.WriteBoolean("enabled", true)),
            page.SendAsync("Emulation.setScriptExecutionDisabled", w => w.WriteBoolean("value", true)),
            page.SendAsync("Fetch.enable", w =>
            {
                w.WriteStartArray("patterns");
                w.WriteStartObject();
                w.WriteString("urlPattern", "*");
                w.WriteEndObject();
                w.WriteEndArray();
            })).ConfigureAwait(false);
        return page;
    }

    /// <summary>Makes <paramref name="html"/> the page's document and waits for its load event (pictures and fonts included).</summary>
    public async Task SetContentAsync(string html, TimeSpan wait)
    {
        loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        reset = false;
        // The main frame of a tab has the tab's id. Setting the content opens the document anew: its lifecycle starts
        // again ("init") and ends with "load" once every picture and style sheet is in.
        await SendAsync("Page.setDocumentContent", w =>
        {
            w.WriteString("frameId", targetId);
            w.WriteString("html", html);
        }).ConfigureAwait(false);
        try
        {
            await loaded.Task.WaitAsync(wait, connection.Closed).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"the page did not load in {wait.TotalSeconds:0} s");
        }
        // Web fonts (none today: fonts are the system's) are ready only when document.fonts says so.
        await SendAsync("Runtime.evaluate", w =>
        {
            w.WriteString("expression", "document.fonts.ready.then(() => true)");
            w.WriteBoolean("awaitPromise", true);
            w.WriteBoolean("returnByValue", true);
        }).ConfigureAwait(false);
    }

    /// <summary>Prints the page: A4 unless its CSS says otherwise, backgrounds, tagged, no outline of Chromium's own.</summary>
    public async Task<byte[]> PrintAsync(TimeSpan wait)
    {
        var printed = await connection.SendAsync("Page.printToPDF", w =>
        {
            w.WriteBoolean("landscape", false);
            w.WriteBoolean("displayHeaderFooter", false);
            w.WriteBoolean("printBackground", true);
            w.WriteNumber("scale", 1);
            // A4 in inches, as the paper when the page's CSS gives no size.
            w.WriteNumber("paperWidth", 8.27);
            w.WriteNumber("paperHeight", 11.7);
            w.WriteNumber("marginTop", 0);
            w.WriteNumber("marginBottom", 0);
            w.WriteNumber("marginLeft", 0);
            w.WriteNumber("marginRight", 0);
            w.WriteBoolean("preferCSSPageSize", true);
            w.WriteBoolean("generateTaggedPDF", true);
            w.WriteBoolean("generateDocumentOutline", false);
            w.WriteString("transferMode", "ReturnAsStream");
        }, sessionId, wait).ConfigureAwait(false);
        var stream = printed.GetProperty("stream").GetString()!;
        using var pdf = new MemoryStream();
        while (true)
        {
            var chunk = await SendAsync("IO.read", w =>
            {
                w.WriteString("handle", stream);
                w.WriteNumber("size", 4 << 20);
            }).ConfigureAwait(false);
            var data = chunk.GetProperty("data").GetString() ?? "";
            if (chunk.TryGetProperty("base64Encoded", out var base64) && base64.GetBoolean())
            {
                pdf.Write(Convert.FromBase64String(data));
            }
            else
            {
                pdf.Write(System.Text.Encoding.Latin1.GetBytes(data));
            }
            if (chunk.GetProperty("eof").GetBoolean())
            {
                break;
            }
        }
        await SendAsync("IO.close", w => w.WriteString("handle", stream)).ConfigureAwait(false);
        return pdf.ToArray();
    }

    /// <summary>Closes the tab; a browser that is gone has closed it already.</summary>
    public async Task CloseAsync()
    {
        connection.StopListening(sessionId);
        if (!connection.IsConnected)
        {
            return;
        }
        try
        {
            await connection.SendAsync("Target.closeTarget", w => w.WriteString("targetId", targetId), null, timeout).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or DevToolsException or TimeoutException)
        {
            // Gone with the browser.
        }
    }

    private Task<JsonElement> SendAsync(string method, Action<Utf8JsonWriter>? parameters) =>
        connection.SendAsync(method, parameters, sessionId, timeout);

    /// <summary>Events of this tab, on the connection's receiving loop: answers go out without waiting for them.</summary>
    private void OnEvent(string method, JsonElement parameters)
    {
        switch (method)
        {
            case "Fetch.requestPaused":
                var id = parameters.GetProperty("requestId").GetString()!;
                var url = parameters.GetProperty("request").GetProperty("url").GetString() ?? "";
                if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || url == "about:blank")
                {
                    Loaded.Enqueue(url.Length > 64 ? url[..64] : url);
                    Answer("Fetch.continueRequest", w => w.WriteString("requestId", id));
                }
                else
                {
                    Blocked.Enqueue(url);
                    Answer("Fetch.failRequest", w =>
                    {
                        w.WriteString("requestId", id);
                        w.WriteString("errorReason", "Failed");
                    });
                }
                break;
            case "Page.lifecycleEvent" when parameters.GetProperty("frameId").GetString() == targetId:
                var name = parameters.GetProperty("name").GetString();
                reset |= name == "init";
                if (name == "load" && reset)
                {
                    loaded.TrySetResult();
                }
                break;
            case "Inspector.targetCrashed":
                loaded.TrySetException(new IOException("the page crashed in Chromium"));
                break;
        }
    }

    private void Answer(string method, Action<Utf8JsonWriter> parameters) =>
        _ = SendAsync(method, parameters).ContinueWith(
            t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
