using GraphQL;
using GraphQL.Types;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// The Relay connection type of an entity, made from its declaration: <c>nodes</c>, <c>edges { cursor node }</c>,
/// <c>pageInfo</c>, <c>totalCount</c>, and the extra fields the declaration adds (aggregates). Named as HotChocolate
/// names them: WorkTasksConnection, WorkTasksEdge.
/// </summary>
[DoNotRegister]
public sealed class ConnectionGraphType : ObjectGraphType<object>
{
    public ConnectionGraphType(IEntityDeclaration entity)
    {
        var plural = entity.ConnectionPlural ?? throw new InvalidOperationException($"{entity.Name} declares no connection");
        Name = NameOf(entity);
        Description = "A connection to a list of items.";
        var node = new NonNullGraphType(new GraphQLTypeReference(entity.Name));
        Field("nodes", new NonNullGraphType(new ListGraphType(node)))
            .Description("A flattened list of the nodes.")
            .Resolve(c => ((IConnection)c.Source!).NodeObjects);
        Field("edges", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new EdgeGraphType(plural + "Edge", node)))))
            .Description("A list of edges.")
            .Resolve(c => ((IConnection)c.Source!).EdgeObjects);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Information to aid in pagination.")
            .Resolve(c => ((IConnection)c.Source!).PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Identifies the total count of items in the connection, whatever the page.")
            // The resolver counts only when the query selects totalCount, so it is always there when asked for.
            .Resolve(c => ((IConnection)c.Source!).TotalCount ?? throw new InvalidOperationException("totalCount was not computed"));
        entity.ConnectionFields?.Invoke(this);
    }

    public static string NameOf(IEntityDeclaration entity) => entity.ConnectionPlural + "Connection";

    /// <summary>The connection type of an entity, as a field's type: <c>WorkTasksConnection!</c>.</summary>
    public static IGraphType Reference(IEntityDeclaration entity) => new NonNullGraphType(new GraphQLTypeReference(NameOf(entity)));
}
