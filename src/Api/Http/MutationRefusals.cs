using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Wuzhong.Api.Auth;
using Wuzhong.Api.Security;
using Wuzhong.Infrastructure.Auditing;

namespace Wuzhong.Api.Http;

/// <summary>
/// The README promises that every mutation, accepted or refused, is audited. Mutations that run are audited by the
/// reporting service with their outcome; this audits those refused before they ran: 401 (no or a bad token), 403, 429,
/// and documents that do not validate. A database outage (503) is not a refusal and is not recorded as one.
/// </summary>
public static class MutationRefusals
{
    /// <summary>The longest input kept per entry: the document and variables, cut short.</summary>
    public const int MaxInputLength = 4000;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void AuditIfRefused(HttpContext http, GraphQLRequest? request, GraphQLOutcome outcome)
    {
        if (outcome.Result.Executed || outcome.Status == StatusCodes.Status503ServiceUnavailable || request?.Query is not { } query
            || query.Length > http.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.MaxQueryLength
            || MutationOf(query, request.OperationName) is not { } mutation)
        {
            return;
        }
        var actor = Actors.From(http.User);
        var fields = mutation.SelectionSet.Selections.OfType<GraphQLField>().Select(f => f.Name.StringValue).ToList();
        var codes = outcome.Result.Errors?.Select(e => e.Code).OfType<string>().Distinct().ToList() ?? [];
        var input = JsonSerializer.Serialize(new { query, variables = request.Variables }, Json);
        http.RequestServices.GetRequiredService<RefusalAudit>().Record(new RefusedMutation(
            Actor: http.User.Identity?.IsAuthenticated == true ? actor.Name : CallerRateLimiter.Caller(http),
            Roles: string.Join(",", actor.Roles.Order(StringComparer.Ordinal)),
            Action: fields.Count == 0 ? "mutation" : string.Join(",", fields),
            Input: input.Length <= MaxInputLength ? input : input[..MaxInputLength] + "…",
            Reason: $"refused: {outcome.Status} {string.Join(", ", codes)}".TrimEnd()));
    }

    private static GraphQLOperationDefinition? MutationOf(string query, string? operationName)
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
        var operation = GraphQLHttpEndpoint.OperationOf(document, operationName);
        return operation is { Operation: OperationType.Mutation } ? operation : null;
    }
}
