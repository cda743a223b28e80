namespace Wuzhong.GraphQLEngine.Http;

/// <summary>The <c>extensions.code</c> of requests refused before GraphQL execution.</summary>
public static class HttpErrorCodes
{
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string QueryRequired = "QUERY_REQUIRED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string InvalidJson = "INVALID_JSON";
    public const string QueryMissing = "QUERY_MISSING";
    public const string BatchingNotSupported = "BATCHING_NOT_SUPPORTED";
    public const string InvalidToken = "INVALID_TOKEN";
    public const string QueryTooLong = "QUERY_TOO_LONG";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string TooManyOperations = "TOO_MANY_OPERATIONS";
    public const string RateLimited = "RATE_LIMITED";
    public const string DocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";
    public const string DocumentMismatch = "PERSISTED_DOCUMENT_MISMATCH";
    public const string TrustedDocumentRequired = "TRUSTED_DOCUMENT_REQUIRED";
}
