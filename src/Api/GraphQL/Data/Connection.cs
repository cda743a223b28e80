namespace Wuzhong.Api.GraphQL.Data;

/// <summary>A Relay connection page; <see cref="TotalCount"/> is only computed when the query selects it.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    /// <summary>The filtered set the page came from, for aggregates.</summary>
    public ConnectionScope<T>? Scope { get; init; }
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
