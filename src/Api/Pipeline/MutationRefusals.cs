using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Wuzhong.Api.Auth;
using Wuzhong.Api.Security;
using Wuzhong.Domain.Access;
using Wuzhong.Domain.Auditing;
using Wuzhong.GraphQLEngine.Http;
using Wuzhong.GraphQLEngine.Limits;
using Wuzhong.Infrastructure.Auditing;

namespace Wuzhong.Api.Pipeline;

/// <summary>
/// The manual (docs/manual/security.md) promises that every mutation, accepted or refused, is audited. Mutations that run are audited by the
/// reporting service with their outcome; this audits those refused before they ran: 401 (no or a bad token), 403, 429,
/// and documents that do not validate. A database outage (503) is not a refusal and is not recorded as one.
/// </summary>
public sealed class MutationRefusals(IOptions<RequestLimitOptions> limits, RefusalAudit audit)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="operation">The operation if the endpoint parsed the document before refusing it; else it is parsed here.</param>
    public void AuditIfRefused(HttpContext http, GraphQLRequest? request, GraphQLOperationDefinition? operation, GraphQLOutcome outcome)
    {
        if (outcome.Result.Executed || outcome.Status == StatusCodes.Status503ServiceUnavailable || request?.Query is not { } query)
        {
            return;
        }
        operation ??= query.Length <= limits.Value.MaxQueryLength
            ? OperationOf(query, request.OperationName)
            : null;
        if (operation is not { Operation: OperationType.Mutation })
        {
            return;
        }
        var actor = Actors.From(http.User);
        var fields = operation.SelectionSet.Selections.OfType<GraphQLField>().Select(f => f.Name.StringValue).ToList();
        var codes = outcome.Result.Errors?.Select(e => e.Code).OfType<string>().Distinct().ToList() ?? [];
        // The audit keeps what it can (RefusalAudit cuts each part to its column).
        audit.Record(new RefusedMutation(
            Actor: http.User.Identity?.IsAuthenticated == true ? actor.Name : CallerRateLimiter.Caller(http),
            Roles: string.Join(",", actor.Roles.Order(StringComparer.Ordinal)),
            Action: fields.Count == 0 ? "mutation" : string.Join(",", fields),
            Input: InputOf(query, request),
            Reason: $"{AuditOutcome.RefusedPrefix}{outcome.Status} {string.Join(", ", codes)}".TrimEnd()));
    }

    /// <summary>The document and its variables as JSON; the document alone when the variables cannot be written as JSON.</summary>
    private static string InputOf(string query, GraphQLRequest request)
    {
        try
        {
            return JsonSerializer.Serialize(new { query, variables = request.Variables }, Json);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or JsonException)
        {
            return JsonSerializer.Serialize(new { query, variables = "(not recordable)" }, Json);
        }
    }

    private static GraphQLOperationDefinition? OperationOf(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return null;
        }
        return RequestAdmission.OperationOf(document, operationName);
    }
}
