using GraphQLParser.AST;
using Wuzhong.GraphQLEngine.Http;

namespace Wuzhong.Api.Pipeline;

/// <summary>
/// A request as <see cref="RequestAdmission"/> left it: the parsed document and the operation every check was made on,
/// or the refusal. Every transport runs exactly this operation.
/// </summary>
public sealed record AdmittedRequest(ParsedDocument? Parsed, GraphQLOperationDefinition? Operation, HttpFailure? Failure)
{
    public GraphQLDocument? Document => Parsed?.Document;

    public string? OperationName => Operation?.Name?.StringValue;

    public bool IsMutation => Operation?.Operation == OperationType.Mutation;

    public bool IsSubscription => Operation?.Operation == OperationType.Subscription;

    public static AdmittedRequest Refused(HttpFailure failure, ParsedDocument? parsed = null, GraphQLOperationDefinition? operation = null) =>
        new(parsed, operation, failure);
}
