using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;

namespace Wuzhong.GraphQLEngine.Http;

/// <summary>Reads a GraphQL request from a GET query string or a POST JSON body, refusing what the specification refuses.</summary>
public static class GraphQLRequestReader
{
    public static (GraphQLRequest? Request, HttpFailure? Failure) FromQueryString(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        var query = request.Query["query"].ToString();
        var documentId = request.Query["documentId"].ToString();
        if (string.IsNullOrWhiteSpace(query) && string.IsNullOrWhiteSpace(documentId) && !request.Query["extensions"].ToString().Contains("persistedQuery", StringComparison.Ordinal))
        {
            return (null, new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.QueryMissing, "The query string has no \"query\" (or \"documentId\") parameter."));
        }
        try
        {
            return (new GraphQLRequest
            {
                Query = string.IsNullOrWhiteSpace(query) ? null : query,
                DocumentId = string.IsNullOrWhiteSpace(documentId) ? null : documentId,
                OperationName = request.Query["operationName"] is { Count: > 0 } name && name.ToString().Length > 0 ? name.ToString() : null,
                Variables = request.Query["variables"] is { Count: > 0 } variables ? serializer.Deserialize<Inputs>(variables.ToString()) : null,
                Extensions = request.Query["extensions"] is { Count: > 0 } extensions ? serializer.Deserialize<Inputs>(extensions.ToString()) : null,
            }, null);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return (null, new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, "The \"variables\" or \"extensions\" parameter is not a JSON object."));
        }
    }

    public static async Task<(GraphQLRequest? Request, HttpFailure? Failure)> FromBodyAsync(HttpRequest request, IGraphQLTextSerializer serializer, GraphQLHttpOptions options)
    {
        if (!MediaTypes.IsJsonRequest(request.ContentType))
        {
            return (null, new HttpFailure(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"The request's Content-Type must be {MediaTypes.Json} (UTF-8), not \"{request.ContentType}\"."));
        }
        if (request.ContentLength > options.MaxRequestBytes)
        {
            return (null, TooLarge(options));
        }

        var body = await ReadLimitedAsync(request.Body, options.MaxRequestBytes, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return (null, TooLarge(options));
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body).TrimStart();
        }
        catch (DecoderFallbackException)
        {
            return (null, new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, "The request body is not valid UTF-8."));
        }
        if (text.StartsWith('['))
        {
            return (null, new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.BatchingNotSupported,
                "Batched requests (a JSON array) are not supported: send one operation per request."));
        }
        if (!text.StartsWith('{'))
        {
            return (null, new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, "The request body must be a JSON object with a \"query\"."));
        }

        GraphQLRequest? graphQLRequest;
        try
        {
            graphQLRequest = serializer.Deserialize<GraphQLRequest>(text);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException or InvalidCastException or OverflowException)
        {
            return (null, new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, "The request body is not a valid GraphQL request: " + e.Message));
        }
        if (string.IsNullOrWhiteSpace(graphQLRequest?.Query) && string.IsNullOrWhiteSpace(graphQLRequest?.DocumentId)
            && graphQLRequest?.Extensions?.ContainsKey("persistedQuery") != true)
        {
            return (null, new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.QueryMissing, "The request has no \"query\" (or \"documentId\")."));
        }
        return (graphQLRequest, null);
    }

    private static HttpFailure TooLarge(GraphQLHttpOptions options) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge, $"The request body is larger than {options.MaxRequestBytes} bytes.");

    /// <summary>The body, or null when it is longer than the limit (read no further than one chunk past it).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
