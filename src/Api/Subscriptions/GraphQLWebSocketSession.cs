using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using Wuzhong.Api.Auth;
using Wuzhong.Api.Security;
using Wuzhong.GraphQLEngine.Http;

namespace Wuzhong.Api.Subscriptions;

/// <summary>
/// One WebSocket connection speaking graphql-transport-ws (the protocol of the graphql-ws library): connection_init
/// with the token (or the upgrade request's Authorization header), then subscribe/next/error/complete per operation,
/// ping/pong both ways. Every protocol breach closes the connection with the protocol's code; a refused operation gets
/// an error message and the connection stays. When the server stops, the connection is closed with 1001 so that the
/// client reconnects, to another process behind the load balancer.
/// </summary>
public sealed class GraphQLWebSocketSession
{
    public const string Protocol = "graphql-transport-ws";

    private readonly HttpContext _http;
    private readonly WebSocket _socket;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly SubscriptionOptions _options;
    private readonly int _maxMessageBytes;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closing;
    private bool _initReceived;
    private volatile bool _acknowledged;

    private GraphQLWebSocketSession(HttpContext http, WebSocket socket)
    {
        _http = http;
        _socket = socket;
        _serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        _options = http.RequestServices.GetRequiredService<IOptions<SubscriptionOptions>>().Value;
        _maxMessageBytes = http.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.MaxRequestBytes;
        _logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Wuzhong.WebSocket");
        var stopping = http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        _closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
    }

    public static async Task AcceptAsync(HttpContext http)
    {
        if (!BrowserOrigins.Allowed(http))
        {
            // A page of another site would otherwise read the API through its visitor's browser (and network): browsers
            // send Origin with every WebSocket and apply no CORS to it, so the server has to look.
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(Protocol))
        {
            using var refused = await http.WebSockets.AcceptWebSocketAsync();
            await refused.CloseAsync(WebSocketCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable: use graphql-transport-ws", CancellationToken.None);
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            SubProtocol = Protocol,
            // Pings are the protocol's own (messages), sent by the session.
            KeepAliveInterval = TimeSpan.Zero,
        });
        await new GraphQLWebSocketSession(http, socket).RunAsync();
    }

    private async Task RunAsync()
    {
        var stopping = _http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var onStopping = stopping.Register(() => _ = CloseAsync(WebSocketCloseCodes.GoingAway, "Server is shutting down"));
        _ = CloseUnlessInitialisedAsync();
        _ = PingAsync();
        try
        {
            while (_socket.State == WebSocketState.Open && await ReceiveAsync() is { } message)
            {
                await HandleAsync(message);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away or the server is stopping.
        }
        catch (Exception e)
        {
            // A fault of the server's own: the client is told so with the protocol's code, not left with a dropped socket.
            _logger.LogError(e, "A WebSocket session failed");
            await CloseAsync(WebSocketCloseCodes.InternalServerError, "Internal server error");
        }
        finally
        {
            await _closing.CancelAsync();
            foreach (var operation in _operations.Values)
            {
                await operation.CancelAsync();
            }
        }
    }

    private async Task HandleAsync(string text)
    {
        JsonElement message;
        try
        {
            using var document = JsonDocument.Parse(text);
            message = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            await CloseAsync(WebSocketCloseCodes.BadRequest, "Invalid message received: not JSON");
            return;
        }
        var type = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        switch (type)
        {
            case "connection_init":
                await InitialiseAsync(message);
                break;
            case "ping":
                await SendAsync(message.TryGetProperty("payload", out var payload) ? $"{{\"type\":\"pong\",\"payload\":{payload.GetRawText()}}}" : "{\"type\":\"pong\"}");
                break;
            case "pong":
                break;
            case "subscribe":
                await SubscribeAsync(message);
                break;
            case "complete":
                if (message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && _operations.TryRemove(id.GetString()!, out var operation))
                {
                    await operation.CancelAsync();
                }
                break;
            default:
                await CloseAsync(WebSocketCloseCodes.BadRequest, $"Invalid message received: unknown type \"{type}\"");
                break;
        }
    }

    private async Task InitialiseAsync(JsonElement message)
    {
        if (_initReceived)
        {
            await CloseAsync(WebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }
        _initReceived = true;
        if (await AuthenticateAsync(message.TryGetProperty("payload", out var payload) ? payload : default) is { } refusal)
        {
            await CloseAsync(WebSocketCloseCodes.Forbidden, refusal);
            return;
        }
        _acknowledged = true;
        _ = CloseWhenTheTokenExpiresAsync();
        await SendAsync("{\"type\":\"connection_ack\"}");
    }

    /// <summary>
    /// The same token as HTTP: from connection_init's payload (browsers cannot set headers) or the upgrade request; null
    /// when accepted. Credentials that are there but unreadable (a number, an empty string, a payload that is not an
    /// object) are refused: a caller who meant to sign in must not be served as anonymous.
    /// </summary>
    private async Task<string?> AuthenticateAsync(JsonElement payload)
    {
        if (payload.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
        {
            return "Forbidden: connection_init's payload must be an object";
        }
        var (token, malformed) = payload.ValueKind == JsonValueKind.Object ? TokenOf(payload) : (null, false);
        if (malformed)
        {
            return "Forbidden: the credentials in connection_init are not a bearer token";
        }
        if (token is null && _http.Request.Headers.Authorization.Count > 0 && _http.User.Identity?.IsAuthenticated != true)
        {
            return "Forbidden: the bearer token is not valid";
        }
        if (token is not null)
        {
            if (await _http.RequestServices.GetRequiredService<BearerTokens>().AuthenticateAsync(token) is not { } caller)
            {
                return "Forbidden: the bearer token is not valid";
            }
            _http.User = caller;
        }
        var auth = _http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value;
        return _http.User.Identity?.IsAuthenticated != true && !auth.AllowAnonymousRead ? "Forbidden: this API needs a bearer token" : null;
    }

    /// <summary>The session holds the token's rights as long as HTTP would accept the token, and not a moment longer.</summary>
    private async Task CloseWhenTheTokenExpiresAsync()
    {
        if (CredentialExpiry.Of(_http.User, _http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value) is not { } expiresAt)
        {
            return;
        }
        try
        {
            await CredentialExpiry.DelayUntilAsync(expiresAt, _closing.Token);
        }
        catch (OperationCanceledException)
        {
            // The session ended first.
            return;
        }
        await CloseAsync(WebSocketCloseCodes.Forbidden, "Forbidden: the bearer token expired");
    }

    /// <summary>The token named in the payload, and whether one of the credential keys held something that is not one.</summary>
    private static (string? Token, bool Malformed) TokenOf(JsonElement payload)
    {
        foreach (var name in (string[])["Authorization", "authorization", "token", "accessToken"])
        {
            if (!payload.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }
            if (value.ValueKind != JsonValueKind.String || value.GetString() is not { } text || string.IsNullOrWhiteSpace(text))
            {
                return (null, true);
            }
            var token = text.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? text["Bearer ".Length..].Trim() : text.Trim();
            return token.Length == 0 ? (null, true) : (token, false);
        }
        return (null, false);
    }

    private async Task SubscribeAsync(JsonElement message)
    {
        if (!_acknowledged)
        {
            await CloseAsync(WebSocketCloseCodes.Unauthorized, "Unauthorized");
            return;
        }
        if (!message.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String || idElement.GetString() is not { Length: > 0 } id
            || !message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            await CloseAsync(WebSocketCloseCodes.BadRequest, "Invalid message received: subscribe needs an id and a payload");
            return;
        }
        GraphQLRequest? request;
        try
        {
            request = _serializer.Deserialize<GraphQLRequest>(payload.GetRawText());
        }
        catch (JsonException)
        {
            request = null;
        }
        if (request is null || (string.IsNullOrWhiteSpace(request.Query) && string.IsNullOrWhiteSpace(request.DocumentId)))
        {
            await CloseAsync(WebSocketCloseCodes.BadRequest, "Invalid message received: the payload needs a query or a documentId");
            return;
        }
        var stop = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        if (!_operations.TryAdd(id, stop))
        {
            stop.Dispose();
            await CloseAsync(WebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }
        if (_operations.Count > _options.MaxPerConnection)
        {
            _operations.TryRemove(id, out _);
            stop.Dispose();
            await SendErrorAsync(id, new HttpFailure(StatusCodes.Status429TooManyRequests, ApiErrorCodes.TooManySubscriptions,
                $"A connection may run {_options.MaxPerConnection} operations at once; complete one first.").ToResult());
            return;
        }
        // Started here, in turn (one operation's checks at a time); its events are sent in the background.
        var operation = await StreamedOperations.StartAsync(_http, request, stop.Token);
        _ = PumpAsync(id, operation, stop);
    }

    private async Task PumpAsync(string id, StreamedOperation operation, CancellationTokenSource stop)
    {
        await using var _ = operation;
        try
        {
            if (operation.Refusal is { } refusal)
            {
                await SendErrorAsync(id, refusal.ToResult());
                return;
            }
            if (operation.Result is { } result)
            {
                if (!result.Executed)
                {
                    await SendErrorAsync(id, result);
                    return;
                }
                await SendNextAsync(id, result);
            }
            else
            {
                try
                {
                    await foreach (var next in operation.Events!.ReadAllAsync(stop.Token))
                    {
                        await SendNextAsync(id, next);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    await SendNextAsync(id, StreamMessages.Ended(e));
                }
            }
            // Not after the client's own complete (then the id is gone).
            if (_operations.TryRemove(id, out var _))
            {
                await SendAsync($"{{\"id\":{JsonSerializer.Serialize(id)},\"type\":\"complete\"}}");
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, stop));
            stop.Dispose();
        }
    }

    private Task SendNextAsync(string id, ExecutionResult result) =>
        SendAsync($"{{\"id\":{JsonSerializer.Serialize(id)},\"type\":\"next\",\"payload\":{StreamMessages.Result(_serializer, result)}}}");

    private async Task SendErrorAsync(string id, ExecutionResult result)
    {
        _operations.TryRemove(id, out var _);
        await SendAsync($"{{\"id\":{JsonSerializer.Serialize(id)},\"type\":\"error\",\"payload\":{StreamMessages.Errors(_serializer, result)}}}");
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(_options.ConnectionInitTimeoutSeconds), _closing.Token);
            if (!_initReceived)
            {
                await CloseAsync(WebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task PingAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, _options.KeepAliveSeconds)));
        try
        {
            while (await timer.WaitForNextTickAsync(_closing.Token))
            {
                if (_acknowledged)
                {
                    await SendAsync("{\"type\":\"ping\"}");
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
    }

    private async Task<string?> ReceiveAsync()
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, _closing.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                // The client's close is answered, which completes the closing handshake.
                await CloseAsync(WebSocketCloseStatus.NormalClosure, "");
                return null;
            }
            if (received.MessageType == WebSocketMessageType.Binary)
            {
                await CloseAsync(WebSocketCloseCodes.BadRequest, "Invalid message received: binary");
                return null;
            }
            message.Write(buffer, 0, received.Count);
            if (message.Length > _maxMessageBytes)
            {
                await CloseAsync(WebSocketCloseStatus.MessageTooBig, $"A message may have {_maxMessageBytes} bytes");
                return null;
            }
            if (received.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            }
        }
    }

    private async Task SendAsync(string text)
    {
        await _sending.WaitAsync(_closing.Token);
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, _closing.Token);
            }
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        try
        {
            await _sending.WaitAsync(CancellationToken.None);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    _logger.LogInformation("Closing a WebSocket with {Code}: {Reason}", (int)status, reason);
                    await _socket.CloseOutputAsync(status, reason, CancellationToken.None);
                }
            }
            finally
            {
                _sending.Release();
            }
        }
        catch (WebSocketException)
        {
        }
        await _closing.CancelAsync();
    }
}
