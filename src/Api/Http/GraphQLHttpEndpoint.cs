using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Wuzhong.Api.Auth;

namespace Wuzhong.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: POST with application/json (any operation) or GET with a query string
/// (queries only); answers in application/graphql-response+json, or application/json for clients that ask for it.
/// Request errors (unreadable JSON, a document that does not parse or validate) are 400 in the former, 200 in
/// the latter, as the specification says.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        endpoints.Map(options.Path, HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http, IDocumentExecuter<ISchema> executer,
        IGraphQLTextSerializer serializer, IOptions<GraphQLHttpOptions> options, IOptions<AuthOptions> auth)
    {
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, serializer, MediaTypes.Json, new Failure(StatusCodes.Status405MethodNotAllowed, HttpErrorCodes.MethodNotAllowed,
                $"{http.Request.Method} is not allowed: send queries with GET or POST, mutations with POST."));
            return;
        }

        var mediaType = MediaTypes.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, serializer, MediaTypes.Json, new Failure(StatusCodes.Status406NotAcceptable, HttpErrorCodes.NotAcceptable,
                $"None of the accepted media types can be served; accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}."));
            return;
        }

        var authenticated = http.User.Identity?.IsAuthenticated == true;
        if (!authenticated && http.Request.Headers.Authorization.Count > 0)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await WriteErrorAsync(http, serializer, mediaType, new Failure(StatusCodes.Status401Unauthorized, HttpErrorCodes.InvalidToken,
                "The bearer token is not valid (malformed, expired, or not signed by this server)."));
            return;
        }
        if (!authenticated && !auth.Value.AllowAnonymousRead)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteErrorAsync(http, serializer, mediaType, new Failure(StatusCodes.Status401Unauthorized, AuthorizationValidationRule.Unauthenticated,
                "This API needs a bearer token."));
            return;
        }

        var (request, failure) = isGet ? ReadQueryString(http.Request, serializer) : await ReadBodyAsync(http.Request, serializer, options.Value);
        if (failure is not null)
        {
            await WriteErrorAsync(http, serializer, mediaType, failure.Value);
            return;
        }

        GraphQLDocument? document = null;
        try
        {
            document = GraphQLParser.Parser.Parse(request!.Query!);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            // The executer reports the syntax error with its location, as any other request error.
        }

        if (isGet && document is not null && OperationTypeOf(document, request!.OperationName) is { } type and not GraphQLParser.AST.OperationType.Query)
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, serializer, mediaType, new Failure(StatusCodes.Status405MethodNotAllowed, HttpErrorCodes.MethodNotAllowed,
                $"A {type.ToString().ToLowerInvariant()} cannot be sent with GET; use POST."));
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request!.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        });

        var status = !result.Executed && AuthorizationStatus(result) is { } authStatus ? authStatus
            : mediaType == MediaTypes.GraphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        if (status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }
        await WriteAsync(http, serializer, mediaType, status, result);
    }

    private readonly record struct Failure(int Status, string Code, string Message);

    /// <summary>401 or 403 when the only reason a document was refused is who sent it.</summary>
    private static int? AuthorizationStatus(ExecutionResult result)
    {
        var codes = result.Errors?.Select(e => e.Code).ToList() ?? [];
        return codes.Count == 0 ? null
            : codes.All(c => c == AuthorizationValidationRule.Unauthenticated) ? StatusCodes.Status401Unauthorized
            : codes.All(c => c is AuthorizationValidationRule.Unauthenticated or AuthorizationValidationRule.Forbidden) ? StatusCodes.Status403Forbidden
            : null;
    }

    private static (GraphQLRequest? Request, Failure? Failure) ReadQueryString(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        var query = request.Query["query"].ToString();
        if (string.IsNullOrWhiteSpace(query))
        {
            return (null, new Failure(StatusCodes.Status400BadRequest, HttpErrorCodes.QueryMissing, "The query string has no \"query\" parameter."));
        }
        try
        {
            return (new GraphQLRequest
            {
                Query = query,
                OperationName = request.Query["operationName"] is { Count: > 0 } name && name.ToString().Length > 0 ? name.ToString() : null,
                Variables = request.Query["variables"] is { Count: > 0 } variables ? serializer.Deserialize<Inputs>(variables.ToString()) : null,
                Extensions = request.Query["extensions"] is { Count: > 0 } extensions ? serializer.Deserialize<Inputs>(extensions.ToString()) : null,
            }, null);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return (null, new Failure(StatusCodes.Status400BadRequest, HttpErrorCodes.InvalidJson, "The \"variables\" or \"extensions\" parameter is not a JSON object."));
        }
    }

    private static async Task<(GraphQLRequest? Request, Failure? Failure)> ReadBodyAsync(HttpRequest request, IGraphQLTextSerializer serializer, GraphQLHttpOptions options)
    {
        if (!MediaTypes.IsJsonRequest(request.ContentType))
        {
            return (null, new Failure(StatusCodes.Status415UnsupportedMediaType, HttpErrorCodes.UnsupportedMediaType,
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

        var text = Encoding.UTF8.GetString(body).TrimStart();
        if (text.StartsWith('['))
        {
            return (null, new Failure(StatusCodes.Status400BadRequest, HttpErrorCodes.BatchingNotSupported,
                "Batched requests (a JSON array) are not supported: send one operation per request."));
        }
        if (!text.StartsWith('{'))
        {
            return (null, new Failure(StatusCodes.Status400BadRequest, HttpErrorCodes.InvalidJson, "The request body must be a JSON object with a \"query\"."));
        }

        GraphQLRequest? graphQLRequest;
        try
        {
            graphQLRequest = serializer.Deserialize<GraphQLRequest>(text);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return (null, new Failure(StatusCodes.Status400BadRequest, HttpErrorCodes.InvalidJson, "The request body is not a valid GraphQL request: " + e.Message));
        }
        if (string.IsNullOrWhiteSpace(graphQLRequest?.Query))
        {
            return (null, new Failure(StatusCodes.Status400BadRequest, HttpErrorCodes.QueryMissing, "The request has no \"query\"."));
        }
        return (graphQLRequest, null);
    }

    private static Failure TooLarge(GraphQLHttpOptions options) =>
        new(StatusCodes.Status413PayloadTooLarge, HttpErrorCodes.PayloadTooLarge, $"The request body is larger than {options.MaxRequestBytes} bytes.");

    /// <summary>The body, or null when it is longer than the limit (read no further than one byte past it).</summary>
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

    private static GraphQLParser.AST.OperationType? OperationTypeOf(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
        return operation?.Operation;
    }

    private static Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, Failure failure) =>
        WriteAsync(http, serializer, mediaType, failure.Status, new ExecutionResult
        {
            Errors = [new ExecutionError(failure.Message) { Code = failure.Code }],
        });

    private static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        if (serializer is IGraphQLSerializer streaming)
        {
            await streaming.WriteAsync(http.Response.Body, result, http.RequestAborted);
        }
        else
        {
            await http.Response.WriteAsync(serializer.Serialize(result), http.RequestAborted);
        }
    }
}
