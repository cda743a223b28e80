using System.Text;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using Wuzhong.Api.Auth;
using Wuzhong.Api.Pipeline;
using Wuzhong.GraphQLEngine;
using Wuzhong.GraphQLEngine.Http;

namespace Wuzhong.Api.Subscriptions;

/// <summary>
/// GraphQL over Server-Sent Events, the graphql-sse protocol's distinct-connections mode: a GET or POST to the GraphQL
/// path that accepts <c>text/event-stream</c> is one operation; each result is a <c>next</c> event, the end a
/// <c>complete</c> event; a comment line keeps the connection open through proxies. A request refused before it runs
/// is answered as <c>/graphql</c> answers it (status and JSON errors). When the server stops, the stream ends without
/// <c>complete</c>, so that the client reconnects.
/// </summary>
public static class ServerSentEvents
{
    public const string MediaType = "text/event-stream";

    /// <summary>
    /// Whether the client prefers an event stream to JSON, by the Accept header's q-values and then its order (RFC 9110):
    /// <c>text/event-stream</c> alone, or ranked above every JSON type. urql's default
    /// (<c>application/graphql-response+json, …, application/json, text/event-stream, multipart/mixed</c>) prefers JSON,
    /// so its queries and mutations are answered as JSON, its subscriptions as a stream (<see cref="Accepts"/>).
    /// </summary>
    public static bool Wants(HttpContext http) => Preference(http) is { Stream: > 0 } p && (p.Stream > p.Json || (p.Stream == p.Json && p.StreamFirst));

    /// <summary>Whether the client accepts an event stream at all (a subscription is sent as one when it does).</summary>
    public static bool Accepts(HttpContext http) => Preference(http) is { Stream: > 0 };

    /// <summary>The qualities of text/event-stream and of the best JSON type (*/* counts as JSON), and which was named first.</summary>
    private static (double Stream, double Json, bool StreamFirst)? Preference(HttpContext http)
    {
        var accept = http.Request.Headers.Accept;
        if (accept.Count == 0 || !Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParseList(accept, out var values))
        {
            return null;
        }
        double stream = 0, json = 0;
        int streamAt = int.MaxValue, jsonAt = int.MaxValue;
        for (var i = 0; i < values.Count; i++)
        {
            var quality = values[i].Quality ?? 1;
            switch (values[i].MediaType.Value?.ToLowerInvariant())
            {
                case MediaType when quality > stream:
                    (stream, streamAt) = (quality, i);
                    break;
                case MediaTypes.GraphQLResponse or MediaTypes.Json or "application/*" or "*/*" when quality > json:
                    (json, jsonAt) = (quality, i);
                    break;
            }
        }
        return (stream, json, streamAt < jsonAt);
    }

    public static async Task ServeAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await RefuseAsync(http, serializer, new HttpFailure(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                $"{http.Request.Method} is not allowed: subscribe with GET or POST."));
            return;
        }
        var authenticated = http.User.Identity?.IsAuthenticated == true;
        var (request, failure) = HttpMethods.IsGet(http.Request.Method)
            ? GraphQLRequestReader.FromQueryString(http.Request, serializer)
            : await GraphQLRequestReader.FromBodyAsync(http.Request, serializer, services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value);
        failure ??= services.GetRequiredService<RequestAdmission>().CheckCaller(http);
        if (failure is not null)
        {
            await RefuseAsync(http, serializer, failure.Value);
            return;
        }

        var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        // A stream opened with a token holds its rights as long as HTTP would accept the token.
        using var expiry = CredentialExpiry.CancelAt(CredentialExpiry.Of(http.User, services.GetRequiredService<IOptions<Auth.AuthOptions>>().Value), http.RequestAborted);
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping, expiry.Token);
        await using var operation = await StreamedOperations.StartAsync(http, request!, ending.Token);
        if (operation.Refusal is { } refusal)
        {
            await RefuseAsync(http, serializer, refusal);
            return;
        }
        if (operation.Result is { Executed: false } invalid)
        {
            await GraphQLResponses.WriteAsync(http, serializer, MediaTypes.Json, StatusCodes.Status400BadRequest, invalid);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = MediaType + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        // Proxies such as nginx would otherwise hold events back.
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await WriteAsync(http, ":\n\n", ending.Token);
        try
        {
            if (operation.Result is { } result)
            {
                await WriteAsync(http, Next(serializer, result), ending.Token);
            }
            else
            {
                await StreamAsync(http, serializer, operation, services.GetRequiredService<IOptions<SubscriptionOptions>>().Value, ending.Token);
            }
            await WriteAsync(http, "event: complete\ndata:\n\n", ending.Token);
        }
        catch (OperationCanceledException) when (expiry.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested && !stopping.IsCancellationRequested)
        {
            // The token expired: the stream ends with a coded error and complete, so that the client does not reconnect with it.
            var expired = new ExecutionResult { Errors = [new ExecutionError("The bearer token expired; subscribe again with a new one.") { Code = CredentialExpiry.TokenExpired }] };
            await WriteAsync(http, Next(serializer, expired) + "event: complete\ndata:\n\n", http.RequestAborted);
        }
        catch (OperationCanceledException) when (ending.IsCancellationRequested)
        {
            // The client left, or the server is stopping: the stream ends without complete, and the client reconnects.
        }
    }

    private static async Task StreamAsync(HttpContext http, IGraphQLTextSerializer serializer, StreamedOperation operation, SubscriptionOptions options,
        CancellationToken cancellationToken)
    {
        var events = operation.Events!;
        var keepAlive = TimeSpan.FromSeconds(Math.Max(1, options.KeepAliveSeconds));
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(keepAlive);
            bool more;
            try
            {
                more = await events.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await WriteAsync(http, ":\n\n", cancellationToken);
                continue;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await WriteAsync(http, Next(serializer, StreamMessages.Ended(e)), cancellationToken);
                return;
            }
            if (!more)
            {
                return;
            }
            while (events.TryRead(out var next))
            {
                await WriteAsync(http, Next(serializer, next), cancellationToken);
            }
        }
    }

    private static string Next(IGraphQLTextSerializer serializer, ExecutionResult result) => $"event: next\ndata: {StreamMessages.Result(serializer, result)}\n\n";

    private static async Task WriteAsync(HttpContext http, string text, CancellationToken cancellationToken)
    {
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        await http.Response.Body.FlushAsync(cancellationToken);
    }

    private static Task RefuseAsync(HttpContext http, IGraphQLTextSerializer serializer, HttpFailure failure) =>
        GraphQLResponses.WriteAsync(http, serializer, MediaTypes.Json, failure.Status, failure.ToResult());
}
