using GraphQL.Builders;
using GraphQL.Types;

namespace Wuzhong.GraphQLEngine.Data;

public static class ConnectionFields
{
    /// <summary>A connection field of an entity: its generated connection type and its where, order and paging arguments.</summary>
    public static FieldBuilder<TSource, object> Connection<TSource, TNode>(this ComplexGraphType<TSource> type, string name, EntityDeclaration<TNode> nodes)
        where TNode : class =>
        type.Field(name, ConnectionGraphType.Reference(nodes)).WithDataArguments(nodes);

    /// <summary>A root connection over every row of the entity's table, filtered, sorted and paged as asked.</summary>
    public static FieldBuilder<TSource, object> RootConnection<TSource, TNode>(this ComplexGraphType<TSource> type, string name, EntityDeclaration<TNode> nodes)
        where TNode : class =>
        type.Connection(name, nodes).ResolveAsync(async context => await ConnectionResolver.ResolveAsync(context, context.Data().Set<TNode>(), nodes));
}
