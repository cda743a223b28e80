using GraphQL;
using GraphQL.Types;

namespace Wuzhong.GraphQLEngine.Data.Filtering;

/// <summary>The <c>where</c> input of an entity, generated from its description, e.g. WorkTaskFilterInput.</summary>
// Made by DataInputTypes from the entity descriptions, not by the container.
[DoNotRegister]
public sealed class EntityFilterInputType : InputObjectGraphType
{
    public EntityFilterInputType(IEntityDeclaration entity)
    {
        Name = FilterTypeNames.Filter(entity.Name);
        Description = $"Filters {entity.Name}: every field given must hold; combine with and/or.";
        var self = new GraphQLTypeReference(Name);
        Field("and", new ListGraphType(new NonNullGraphType(self))).Description("All of these filters hold.");
        Field("or", new ListGraphType(new NonNullGraphType(self))).Description("At least one of these filters holds.");
        foreach (var field in entity.Fields.Where(f => f.Filterable))
        {
            var type = field.Kind switch
            {
                FieldKind.Scalar => FilterTypeNames.Operations(field.ValueType, field.TypeName),
                FieldKind.Object => FilterTypeNames.Filter(field.Target!().Name),
                _ => FilterTypeNames.ListFilter(field.Target!().Name),
            };
            Field(field.Name, new GraphQLTypeReference(type)).Description(field.Description);
        }
    }
}
