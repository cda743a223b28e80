using GraphQL.Types;

namespace Wuzhong.GraphQLEngine.Nodes;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "The node interface is implemented by entities that have a global unique identifier.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global, opaque id of this node.");
    }
}
