using GraphQL.Types;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>An edge of a connection; named after the connection (WorkTasksEdge), as HotChocolate names them.</summary>
public sealed class EdgeGraphType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeType : IGraphType
{
    public EdgeGraphType(string name)
    {
        Name = name;
        Description = "An edge in a connection.";
        Field(e => e.Cursor).Description("A cursor for use in pagination.");
        Field<NonNullGraphType<TNodeType>>("node").Description("The item at the end of the edge.").Resolve(c => c.Source.Node);
    }
}
