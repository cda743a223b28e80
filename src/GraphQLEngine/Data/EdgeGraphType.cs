using GraphQL;
using GraphQL.Types;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>An edge of a connection; named after the connection (WorkTasksEdge), as HotChocolate names them.</summary>
[DoNotRegister]
public sealed class EdgeGraphType : ObjectGraphType<object>
{
    public EdgeGraphType(string name, IGraphType node)
    {
        Name = name;
        Description = "An edge in a connection.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("A cursor for use in pagination.").Resolve(c => ((IEdge)c.Source!).Cursor);
        Field("node", node).Description("The item at the end of the edge.").Resolve(c => ((IEdge)c.Source!).NodeObject);
    }
}
