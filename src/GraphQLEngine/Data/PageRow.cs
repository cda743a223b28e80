namespace Wuzhong.GraphQLEngine.Data;

/// <summary>A row of a page with the values of its sort keys, read in the same SQL statement, for its cursor.</summary>
public sealed class PageRow<T>
{
    public required T Node { get; init; }
    public required object?[] Keys { get; init; }
}
