namespace Wuzhong.GraphQLEngine.Limits;

/// <summary>Configuration section <c>Security</c>: the limits every request is held to (docs/manual/security.md).</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Analysts explore the schema in Banana Cake Pop; switch off to refuse __schema and __type.</summary>
    public bool AllowIntrospection { get; set; } = true;

    /// <summary>
    /// Anonymous callers may introspect (analysts explore the schema in Banana Cake Pop without signing in); switch
    /// off to keep introspection for signed-in callers.
    /// </summary>
    public bool AllowAnonymousIntrospection { get; set; } = true;

    /// <summary>
    /// How deep introspection may nest <c>fields</c>, <c>inputFields</c>, <c>interfaces</c> and <c>possibleTypes</c> in
    /// each other (HotChocolate's default, 1): the standard introspection query needs one; each more repeats the schema.
    /// </summary>
    public int MaxIntrospectionListDepth { get; set; } = 1;

    /// <summary>How deep introspection may nest <c>ofType</c> (HotChocolate's default, 16; graphql-js asks for 9).</summary>
    public int MaxIntrospectionOfTypeDepth { get; set; } = 16;

    /// <summary>The deepest selection accepted (introspection fields excluded: they have their own limits above).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>The largest estimated cost accepted: every field once per item it may be resolved for.</summary>
    public int MaxCost { get; set; } = 100_000;

    /// <summary>Items a list without paging (a task's departments …) is counted as.</summary>
    public int DefaultListSize { get; set; } = 10;

    /// <summary>
    /// What one aggregate statement over a connection's set costs, and again for each dimension it groups by: its
    /// statement reads every row of the set, whatever it returns.
    /// </summary>
    public int AggregateScanCost { get; set; } = 2_000;

    /// <summary>The most validation errors reported for one document (HotChocolate reports 5); the rest are counted.</summary>
    public int MaxValidationErrors { get; set; } = 20;

    /// <summary>The longest operation name accepted, in characters.</summary>
    public int MaxOperationNameLength { get; set; } = 256;

    /// <summary>The longest document accepted, in characters.</summary>
    public int MaxQueryLength { get; set; } = 20_000;

    public int MaxAliases { get; set; } = 100;
    public int MaxOperations { get; set; } = 10;

    /// <summary>The deepest <c>where</c>/<c>having</c> input accepted (and/or nesting included).</summary>
    public int MaxInputDepth { get; set; } = 16;

    /// <summary>
    /// The most values, objects and lists one argument may hold (variables included): a filter becomes one SQL
    /// condition, and SQLite refuses expressions more than 1000 deep (a list of or-terms is as deep as it is long).
    /// </summary>
    public int MaxInputNodes { get; set; } = 500;

    /// <summary>Execution time after which a request is cancelled, its SQL command too.</summary>
    public double ExecutionTimeoutSeconds { get; set; } = 10;

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
