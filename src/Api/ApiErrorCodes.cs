namespace Wuzhong.Api;

/// <summary>
/// The <c>extensions.code</c> values the Wuzhong API adds to the engine's (<c>Wuzhong.GraphQLEngine.ErrorCodes</c>) and to
/// the reporting rules' (<c>ReportingErrorCodes</c>); clients may switch on them.
/// </summary>
public static class ApiErrorCodes
{
    /// <summary>A field needs a signed-in caller.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>A field needs a role the caller does not have.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>Bad arguments of aggregates, groupedAggregates or reportingCompliance.</summary>
    public const string InvalidAggregation = "INVALID_AGGREGATION";

    /// <summary>An export whose query selects no connection to write out.</summary>
    public const string NoConnection = "NO_CONNECTION";

    /// <summary>An export would hold only the default first page of a list inside its rows that has more: never a silent cut.</summary>
    public const string ExportIncomplete = "EXPORT_INCOMPLETE";

    /// <summary>A table of an export has more rows than <c>Export:MaxRows</c>: narrow it, or export it in parts.</summary>
    public const string ExportTooLarge = "EXPORT_TOO_LARGE";

    /// <summary>The database did not answer (refused, unreachable or over the time limit): 503 with Retry-After.</summary>
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";

    /// <summary>
    /// Apollo's automatic persisted queries: the hash is neither a registered document nor one this process has seen;
    /// the message is "PersistedQueryNotFound", as Apollo's link reads it, and the client sends the text with the hash.
    /// </summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>Automatic persisted queries are switched off (<c>Security:AutomaticPersistedQueries</c>): the client sends texts.</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary><c>extensions.persistedQuery</c> is not version 1 with a SHA-256 in hex, or the hash is not the text's.</summary>
    public const string PersistedQueryInvalid = "PERSISTED_QUERY_INVALID";

    /// <summary>A bearer token was sent but does not authenticate (malformed, expired, not signed by this server): never read as anonymous.</summary>
    public const string InvalidToken = "INVALID_TOKEN";

    /// <summary>The caller sent more than <c>Security:QueriesPerMinute</c> (or <c>MutationsPerMinute</c>): 429 with Retry-After.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>No registered document has the <c>documentId</c> sent (see <c>register-documents</c>).</summary>
    public const string DocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";

    /// <summary>A <c>documentId</c> was sent with a query that is not its registered text.</summary>
    public const string DocumentMismatch = "PERSISTED_DOCUMENT_MISMATCH";

    /// <summary>The caller may only run registered documents (<c>Security:TrustedDocumentsOnlyForAnonymous</c>).</summary>
    public const string TrustedDocumentRequired = "TRUSTED_DOCUMENT_REQUIRED";

    /// <summary>An export was sent a mutation or subscription: exports run queries only.</summary>
    public const string QueryRequired = "QUERY_REQUIRED";

    /// <summary>A mutation sent over SSE or a WebSocket: mutations go to <c>POST /graphql</c>, where refusals are audited.</summary>
    public const string MutationNotStreamed = "MUTATION_NOT_STREAMED";

    /// <summary>A subscription sent as a plain request: it needs a stream (SSE or a WebSocket) to send its events on.</summary>
    public const string SubscriptionNeedsStream = "SUBSCRIPTION_NEEDS_STREAM";

    /// <summary>The caller (or all anonymous callers) already hold as many subscriptions as this server gives them.</summary>
    public const string TooManySubscriptions = "TOO_MANY_SUBSCRIPTIONS";

    /// <summary>Anything else unexpected; the answer carries a correlation id that the log has too.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
