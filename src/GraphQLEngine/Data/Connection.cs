namespace Wuzhong.GraphQLEngine.Data;

/// <summary>A Relay connection page; <see cref="TotalCount"/> is only computed when the query selects it.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount) : IConnection
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    IEnumerable<object> IConnection.NodeObjects => Edges.Select(e => (object)e.Node!);

    IEnumerable<IEdge> IConnection.EdgeObjects => Edges;

    /// <summary>The filtered set the page came from, for aggregates.</summary>
    public ConnectionScope<T>? Scope { get; init; }
}

/// <summary>An edge; its cursor is encoded when it is read, so that a query that asks for no cursor pays for none.</summary>
public sealed class Edge<T>(Func<string> cursor, T node) : IEdge
{
    private string? _cursor;

    public string Cursor => _cursor ??= cursor();

    public T Node { get; } = node;

    object IEdge.NodeObject => Node!;
}

/// <summary>Where the page stands; the start and end cursors are the first and last edges'.</summary>
public sealed class PageInfo(bool hasNextPage, bool hasPreviousPage, Func<string?> startCursor, Func<string?> endCursor)
{
    public bool HasNextPage { get; } = hasNextPage;

    public bool HasPreviousPage { get; } = hasPreviousPage;

    public string? StartCursor => startCursor();

    public string? EndCursor => endCursor();
}
