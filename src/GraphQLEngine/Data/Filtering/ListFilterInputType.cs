using GraphQL;
using GraphQL.Types;

namespace Wuzhong.GraphQLEngine.Data.Filtering;

/// <summary>Conditions on a list of entities, e.g. ListFilterInputTypeOfDistrictFilterInput.</summary>
// Made by DataInputTypes from the entity descriptions, not by the container.
[DoNotRegister]
public sealed class ListFilterInputType : InputObjectGraphType
{
    public ListFilterInputType(IEntityDeclaration elementEntity)
    {
        Name = FilterTypeNames.ListFilter(elementEntity.Name);
        Description = $"Conditions on a list of {elementEntity.Name}.";
        var element = new GraphQLTypeReference(FilterTypeNames.Filter(elementEntity.Name));
        Field("all", element).Description("Every element satisfies the filter.");
        Field("none", element).Description("No element satisfies the filter.");
        Field("some", element).Description("At least one element satisfies the filter.");
        Field("any", new GraphQLTypeReference("Boolean")).Description("true: the list has elements; false: it is empty.");
        if (elementEntity.Measures is { } measures)
        {
            Field("aggregates", new GraphQLTypeReference(FilterTypeNames.Filter(measures.Name)))
                .Description("Conditions on the list's measures, e.g. `{ overdueCount: { gt: 0 } }`.");
        }
    }
}
