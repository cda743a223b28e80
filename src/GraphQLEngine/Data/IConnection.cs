namespace Wuzhong.GraphQLEngine.Data;

/// <summary>A connection page of any entity, as the generated connection and edge types read it.</summary>
public interface IConnection
{
    IEnumerable<object> NodeObjects { get; }
    IEnumerable<IEdge> EdgeObjects { get; }
    PageInfo PageInfo { get; }
    int? TotalCount { get; }
}

/// <summary>An edge of any entity's connection.</summary>
public interface IEdge
{
    string Cursor { get; }
    object NodeObject { get; }
}
