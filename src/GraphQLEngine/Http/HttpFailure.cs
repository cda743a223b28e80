namespace Wuzhong.GraphQLEngine.Http;

/// <summary>A request refused before GraphQL execution: its HTTP status, error code and message.</summary>
public readonly record struct HttpFailure(int Status, string Code, string Message);
