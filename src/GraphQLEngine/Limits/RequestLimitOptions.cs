namespace Wuzhong.GraphQLEngine.Limits;

/// <summary>
/// Configuration section <c>Security</c>, the engine's part: how large, deep, costly and long a request may be
/// (docs/manual/security.md). The application's policy in the same section (who may introspect, trusted documents,
/// rates, origins) is its own (Wuzhong: <c>Api/Security/SecurityPolicyOptions.cs</c>).
/// </summary>
public sealed class RequestLimitOptions
{
    public const string SectionName = "Security";

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
}
