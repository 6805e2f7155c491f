using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

namespace Mrs.Rendering.Pdf.Chromium;

/// <summary>A command Chromium answered with an error ("Fetch.enable: No target with given id found").</summary>
internal sealed class DevToolsException(string message) : Exception(message);

/// <summary>
/// The Chrome DevTools Protocol over Chromium's web socket: commands with an id, answered in any order, and events,
/// handed to whoever listens to their session (flat sessions: a page's messages carry its sessionId; the browser's
/// none). Messages are written with <see cref="Utf8JsonWriter"/> and read with <see cref="JsonDocument"/>: no
/// reflection, native-AOT safe. Event handlers run on the receiving loop, so they must not wait for an answer.
/// </summary>
internal sealed class DevToolsConnection : IDisposable
{
    private readonly ClientWebSocket socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    private readonly ConcurrentDictionary<string, Action<string, JsonElement>> listeners = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly CancellationTokenSource closed = new();
    private readonly Task receiving;
    private int lastId;

    private DevToolsConnection(ClientWebSocket socket)
    {
        this.socket = socket;
        receiving = Task.Run(ReceiveAsync);
    }

    /// <summary>Cancelled when the connection ends (Chromium closed it, crashed, or it was disposed).</summary>
    public CancellationToken Closed => closed.Token;

    public bool IsConnected => !closed.IsCancellationRequested && socket.State == WebSocketState.Open;

    public static async Task<DevToolsConnection> ConnectAsync(Uri endpoint, TimeSpan timeout)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await socket.ConnectAsync(endpoint, cancel.Token).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        return new DevToolsConnection(socket);
    }

    /// <summary>Sends a command and waits for its result; <paramref name="parameters"/> writes the members of "params".</summary>
    public async Task<JsonElement> SendAsync(string method, Action<Utf8JsonWriter>? parameters, string? sessionId, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref lastId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = answer;
        try
        {
            var message = new ArrayBufferWriter<byte>(256);
            using (var writer = new Utf8JsonWriter(message))
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", id);
                writer.WriteString("method", method);
                if (sessionId is not null)
                {
                    writer.WriteString("sessionId", sessionId);
                }
                writer.WriteStartObject("params");
                parameters?.Invoke(writer);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            await sending.WaitAsync(closed.Token).ConfigureAwait(false);
            try
            {
                await socket.SendAsync(message.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, closed.Token).ConfigureAwait(false);
            }
            finally
            {
                sending.Release();
            }
            return await answer.Task.WaitAsync(timeout, closed.Token).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Chromium did not answer {method} in {timeout.TotalSeconds:0} s");
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            throw new IOException($"the connection to Chromium ended during {method}", ex);
        }
        finally
        {
            pending.TryRemove(id, out _);
        }
    }

    /// <summary>Hands every event of a session ("" for the browser's own) to <paramref name="listener"/> (method, params).</summary>
    public void Listen(string sessionId, Action<string, JsonElement> listener) => listeners[sessionId] = listener;

    public void StopListening(string sessionId) => listeners.TryRemove(sessionId, out _);

    private async Task ReceiveAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult part;
                do
                {
                    part = await socket.ReceiveAsync(buffer.GetMemory(64 * 1024), closed.Token).ConfigureAwait(false);
                    buffer.Advance(part.Count);
                }
                while (!part.EndOfMessage && part.MessageType != WebSocketMessageType.Close);
                if (part.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
                Dispatch(buffer.WrittenMemory);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or JsonException or ObjectDisposedException)
        {
            // The connection ended; whoever waits learns it below.
        }
        finally
        {
            closed.Cancel();
            foreach (var waiting in pending.Values)
            {
                waiting.TrySetException(new IOException("Chromium closed the connection"));
            }
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> message)
    {
        using var json = JsonDocument.Parse(message);
        var root = json.RootElement;
        if (root.TryGetProperty("id", out var id))
        {
            if (!pending.TryGetValue(id.GetInt32(), out var answer))
            {
                return;
            }
            if (root.TryGetProperty("error", out var error))
            {
                var text = error.TryGetProperty("message", out var m) ? m.GetString() : error.GetRawText();
                answer.TrySetException(new DevToolsException(text ?? "error"));
            }
            else
            {
                answer.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
            }
            return;
        }
        if (root.TryGetProperty("method", out var method))
        {
            var session = root.TryGetProperty("sessionId", out var s) ? s.GetString() ?? "" : "";
            if (listeners.TryGetValue(session, out var listener))
            {
                listener(method.GetString() ?? "", root.TryGetProperty("params", out var p) ? p.Clone() : default);
            }
        }
    }

    public void Dispose()
    {
        if (!closed.IsCancellationRequested)
        {
            try
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, quick.Token).Wait(TimeSpan.FromSeconds(2));
            }
            catch (Exception ex) when (ex is AggregateException or WebSocketException or ObjectDisposedException)
            {
                // Chromium is gone already.
            }
        }
        closed.Cancel();
        socket.Abort();
        receiving.Wait(TimeSpan.FromSeconds(2));
        socket.Dispose();
    }
}
