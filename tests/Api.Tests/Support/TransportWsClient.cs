using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Newtonsoft.Json.Linq;

namespace Wuzhong.Api.Tests.Support;

/// <summary>A graphql-transport-ws client over the test server's WebSocket: sends messages, reads them, and sees how the server closed.</summary>
public sealed class TransportWsClient : IAsyncDisposable
{
    private readonly WebSocket _socket;

    private TransportWsClient(WebSocket socket) => _socket = socket;

    public static async Task<TransportWsClient> ConnectAsync<T>(WebApplicationFactory<T> factory, string? subProtocol = "graphql-transport-ws",
        string? bearer = null, string? origin = null) where T : class
    {
        var client = factory.Server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            if (bearer is not null)
            {
                request.Headers.Authorization = "Bearer " + bearer;
            }
            if (origin is not null)
            {
                request.Headers.Origin = origin;
            }
        };
        if (subProtocol is not null)
        {
            client.SubProtocols.Add(subProtocol);
        }
        return new TransportWsClient(await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), CancellationToken.None));
    }

    public string? SubProtocol => _socket.SubProtocol;

    /// <summary>The code the server closed with, once it has.</summary>
    public int? CloseCode => (int?)_socket.CloseStatus;

    public string? CloseReason => _socket.CloseStatusDescription;

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) => _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public async Task<JObject> InitAsync(object? payload = null)
    {
        await SendAsync(new { type = "connection_init", payload });
        return await ReceiveAsync() ?? throw new InvalidOperationException($"closed with {CloseCode}: {CloseReason}");
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>
    /// Returns once the server has handled every message sent before: it handles them in order, and a subscription is in
    /// place (listening to the change feed) before the next message is read, so a ping's pong means "subscribed".
    /// </summary>
    public async Task SubscribedAsync()
    {
        await SendAsync(new { type = "ping", payload = new { barrier = true } });
        while ((string?)(await ReceiveAsync() ?? throw new InvalidOperationException($"closed with {CloseCode}: {CloseReason}"))["type"] != "pong")
        {
        }
    }

    /// <summary>The next message, skipping the server's pings; null when the server closed the connection.</summary>
    public async Task<JObject?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var text = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await _socket.ReceiveAsync(buffer, cancel.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }
                text.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);
            var message = JObject.Parse(Encoding.UTF8.GetString(text.ToArray()));
            if ((string?)message["type"] != "ping")
            {
                return message;
            }
        }
    }

    /// <summary>The close code after reading until the server closes.</summary>
    public async Task<int?> ClosedWithAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }
        return CloseCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }
        _socket.Dispose();
    }
}
