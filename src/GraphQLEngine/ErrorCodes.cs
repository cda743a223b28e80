namespace Wuzhong.GraphQLEngine;

/// <summary>
/// The engine's <c>extensions.code</c> values, all in one place; clients may switch on them. The application adds its
/// own in one catalogue of its own (Wuzhong: <c>Api/ApiErrorCodes.cs</c>, <c>Domain/Reporting/ReportingErrorCodes.cs</c>).
/// </summary>
public static class ErrorCodes
{
    // Paging, filters, ids (Data, Nodes).
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string PageSizeTooLarge = "PAGE_SIZE_TOO_LARGE";
    public const string InvalidPagingArguments = "INVALID_PAGING_ARGUMENTS";
    public const string InvalidId = "INVALID_ID";
    public const string InvalidFilter = "INVALID_FILTER";

    /// <summary>An <c>order</c> the sort input types accept but that orders by nothing (a key given null).</summary>
    public const string InvalidSort = "INVALID_SORT";

    // Limits checked before and while validating (BoundedDocumentValidator).
    public const string CostExceeded = "MAX_COST_EXCEEDED";
    public const string DepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string IntrospectionTooDeep = "MAX_INTROSPECTION_DEPTH_EXCEEDED";
    public const string TooManyErrors = "TOO_MANY_ERRORS";
    public const string InputTooDeep = "INPUT_TOO_DEEP";
    public const string InputTooLarge = "INPUT_TOO_LARGE";

    // Requests the HTTP transport refuses before execution (the application's policy adds its own: who, how often, which documents).
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string InvalidJson = "INVALID_JSON";
    public const string QueryMissing = "QUERY_MISSING";
    public const string BatchingNotSupported = "BATCHING_NOT_SUPPORTED";
    public const string QueryTooLong = "QUERY_TOO_LONG";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string TooManyOperations = "TOO_MANY_OPERATIONS";
    public const string OperationNameTooLong = "OPERATION_NAME_TOO_LONG";
    public const string OperationNotFound = "OPERATION_NOT_FOUND";

    // The request ran out of its own time (not the database's: that is the application's DATABASE_UNAVAILABLE).
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";
}
