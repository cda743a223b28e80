using GraphQL;
using GraphQL.Types;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// A Relay connection type: <c>nodes</c>, <c>edges { cursor node }</c>, <c>pageInfo</c> and <c>totalCount</c>.
/// Each entity's connection derives from it only to give its name (WorkTasksConnection, WorkTasksEdge).
/// </summary>
public abstract class ConnectionGraphType<TNodeType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
{
    protected ConnectionGraphType(string pluralName)
    {
        Name = pluralName + "Connection";
        Description = "A connection to a list of items.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("A flattened list of the nodes.")
            .Resolve(c => c.Source.Nodes);
        Field("edges", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new EdgeGraphType<TNodeType, TNode>(pluralName + "Edge")))))
            .Description("A list of edges.")
            .Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Information to aid in pagination.")
            .Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Identifies the total count of items in the connection, whatever the page.")
            // The resolver counts only when the query selects totalCount, so it is always there when asked for.
            .Resolve(c => c.Source.TotalCount ?? throw new InvalidOperationException("totalCount was not computed"));
    }
}
