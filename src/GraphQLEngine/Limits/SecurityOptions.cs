namespace Wuzhong.GraphQLEngine.Limits;

/// <summary>Configuration section <c>Security</c>: the limits every request is held to (README, "Security").</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Analysts explore the schema in Banana Cake Pop; switch off to refuse __schema and __type.</summary>
    public bool AllowIntrospection { get; set; } = true;

    /// <summary>The deepest selection accepted (introspection fields excluded).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>The largest estimated cost accepted: every field once per item it may be resolved for.</summary>
    public int MaxCost { get; set; } = 100_000;

    /// <summary>Items a list without paging (a task's departments …) is counted as.</summary>
    public int DefaultListSize { get; set; } = 10;

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

    /// <summary>Browser origins allowed to call the API (CORS); none by default.</summary>
    public string[] CorsOrigins { get; set; } = [];

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
