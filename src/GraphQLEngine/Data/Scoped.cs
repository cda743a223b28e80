namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// An item of a connection tagged with the scope it belongs to: 0 for a root connection, the parent's id for a
/// nested one (a department's tasks), so that measures over many parents come from one statement.
/// </summary>
public sealed class Scoped<T>
{
    public int ScopeId { get; set; }
    public required T Item { get; set; }
}
