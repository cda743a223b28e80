namespace Wuzhong.Api.Security;

/// <summary>
/// Configuration section <c>Security</c>, the API's policy: who may introspect, which documents anonymous callers may
/// run, how often a caller may ask, which browser origins and proxies are trusted (docs/manual/security.md). The limits
/// on a request's size, depth, cost and time in the same section are the engine's
/// (<see cref="Wuzhong.GraphQLEngine.Limits.RequestLimitOptions"/>).
/// </summary>
public sealed class SecurityPolicyOptions
{
    public const string SectionName = "Security";

    /// <summary>Analysts explore the schema in Banana Cake Pop; switch off to refuse __schema and __type.</summary>
    public bool AllowIntrospection { get; set; } = true;

    /// <summary>
    /// Anonymous callers may introspect (analysts explore the schema in Banana Cake Pop without signing in); switch
    /// off to keep introspection for signed-in callers.
    /// </summary>
    public bool AllowAnonymousIntrospection { get; set; } = true;

    /// <summary>Anonymous callers may only run registered (trusted) documents; signed-in callers keep ad-hoc queries.</summary>
    public bool TrustedDocumentsOnlyForAnonymous { get; set; }

    /// <summary>
    /// Apollo's automatic persisted queries: a text sent with its hash is kept (per process, the most recent
    /// <see cref="PersistedQueryCacheSize"/>) so that later requests may send the hash alone. Registered documents are
    /// found by their hash whether or not this is on. Callers who may only run registered documents register nothing.
    /// </summary>
    public bool AutomaticPersistedQueries { get; set; } = true;

    /// <summary>How many texts of automatic persisted queries one process keeps.</summary>
    public int PersistedQueryCacheSize { get; set; } = 1000;

    /// <summary>Browser origins allowed to call the API (CORS); none by default.</summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>
    /// Browser origins besides the API's own (and <see cref="CorsOrigins"/>) allowed to open a WebSocket: browsers apply
    /// no CORS to WebSockets, so a page of any other site is refused (403) by default.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>
    /// Addresses of the reverse proxies in front of the API: from them, X-Forwarded-For and X-Forwarded-Proto are read,
    /// so that limits per address key on the client behind the proxy. None by default (the socket's address counts).
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>Requests per minute for one caller (token subject, else client address).</summary>
    public int QueriesPerMinute { get; set; } = 600;

    /// <summary>Mutations per minute for one caller: stricter than reads.</summary>
    public int MutationsPerMinute { get; set; } = 60;

    /// <summary>
    /// How often each process adds its admissions to the counters shared through the database and reads the totals:
    /// a caller may exceed its limit by what the other processes admit it within this interval.
    /// </summary>
    public int RateLimitSyncMilliseconds { get; set; } = 250;
}
