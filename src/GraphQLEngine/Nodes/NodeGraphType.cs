using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.GraphQLEngine.Nodes;

/// <summary>An entity type that implements <c>Node</c>: its <c>id</c> is the global id of its type and database id.</summary>
public abstract class NodeGraphType<T> : ObjectGraphType<T>
{
    protected NodeGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = value => value is T;
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The global, opaque id of this node.")
            .Resolve(context => GlobalId.Encode(name, EntityId<T>.Of(context.Source)));
    }
}
