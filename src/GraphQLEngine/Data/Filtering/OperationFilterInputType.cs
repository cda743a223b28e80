using GraphQL;
using GraphQL.Types;

namespace Wuzhong.GraphQLEngine.Data.Filtering;

/// <summary>The operators on one kind of value, e.g. StringOperationFilterInput or IntOperationFilterInput.</summary>
// Made by DataInputTypes from the entity descriptions, not by the container.
[DoNotRegister]
public sealed class OperationFilterInputType : InputObjectGraphType
{
    public OperationFilterInputType(Type valueType, string? typeName = null)
    {
        var scalar = FilterTypeNames.Scalar(valueType, typeName);
        var kind = Operators.KindOf(valueType);
        Name = FilterTypeNames.Operations(valueType, typeName);
        Description = $"Conditions on a {scalar} value; several operators in one object must all hold.";
        if (kind == OperationKind.String)
        {
            var self = new GraphQLTypeReference(Name);
            Field("and", new ListGraphType(new NonNullGraphType(self))).Description("All of these conditions hold.");
            Field("or", new ListGraphType(new NonNullGraphType(self))).Description("At least one of these conditions holds.");
        }
        foreach (var op in Operators.Of(kind))
        {
            IGraphType type = op.TakesList ? new ListGraphType(new GraphQLTypeReference(scalar)) : new GraphQLTypeReference(scalar);
            Field(op.Name, type).Description(op.Description);
        }
    }
}
